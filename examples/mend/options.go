package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/examples/internal/corpus"
	"github.com/textmend/textmend/lang"
	"github.com/textmend/textmend/quote"
)

// options are the settings turned into what each part of mend runs with.
type options struct {
	json, jsonl, raw bool
	// What the flags ask of each package: -lang, -lexicon, -cjk-spacing,
	// -without, -only, -protect, -straight-quotes for cleanup, -lang for
	// quote, -langs for lang.
	clean []cleanup.Option
	quote []quote.Option
	langs []lang.Option

	textField string
	analyses  corpus.Analyses // zero value with -json: all
	charset   string          // forced charset, "" to detect
	noCharset bool            // -without charset: take every input as UTF-8
	jobs      int
	out       string
	progress  bool
	stats     bool
	statsJSON string
	// cleanerFor, when set, chooses the Cleaner of each input or record
	// from its text (a dictionary per language: -dicts).
	cleanerFor func(text string) (*cleanup.Cleaner, error)
}

// parseOptions checks the flags and turns them into options.
func parseOptions(s settings) (options, error) {
	opts := options{json: s.json, jsonl: s.jsonl, raw: s.raw, textField: s.textField, charset: s.charset,
		jobs: max(s.jobs, 1), out: s.out, progress: s.progress, stats: s.stats, statsJSON: s.statsJSON}
	if s.json && s.jsonl {
		return opts, fmt.Errorf("-json and -jsonl exclude each other")
	}
	var err error
	if opts.analyses, err = corpus.ParseAnalyses(s.analyses); err != nil {
		return opts, fmt.Errorf("-analyses: %v", err)
	}
	if err := opts.languageFlags(s.lang, s.langs); err != nil {
		return opts, err
	}
	if s.lexicon != "" {
		lex, err := readLexicon(s.lexicon)
		if err != nil {
			return opts, fmt.Errorf("-lexicon: %v", err)
		}
		opts.clean = append(opts.clean, cleanup.WithLexicon(lex))
	}
	if err := opts.ruleFlags(s.without, s.only, s.protect); err != nil {
		return opts, err
	}
	if err := opts.analysisFlags(s.minConfidence, s.cues); err != nil {
		return opts, err
	}
	opts.clean = append(opts.clean, cleanup.WithCJKSpacing(s.cjkSpacing), cleanup.WithStraightQuotes(s.straight))
	if s.charset != "" {
		if _, _, err := cleanup.LookupCharset(s.charset); err != nil {
			return opts, fmt.Errorf("-charset: %v", err)
		}
	}
	// Build once now, so that a bad combination fails before any input.
	if _, err := cleanup.New(opts.clean...); err != nil {
		return opts, err
	}
	return opts, nil
}

// languageFlags reads -lang and -langs.
func (opts *options) languageFlags(langHint, langList string) error {
	if langHint != "" {
		tag, err := language.Parse(langHint)
		if err != nil {
			return fmt.Errorf("-lang %q: %v", langHint, err)
		}
		opts.clean = append(opts.clean, cleanup.WithLanguage(tag))
		opts.quote = append(opts.quote, quote.WithLanguage(tag))
	}
	if langList == "" {
		return nil
	}
	var tags []language.Tag
	for _, code := range strings.Split(langList, ",") {
		tag, err := language.Parse(strings.TrimSpace(code))
		if err != nil {
			return fmt.Errorf("-langs %q: %v", code, err)
		}
		tags = append(tags, tag)
	}
	opts.langs = append(opts.langs, lang.WithLanguages(tags...))
	if _, err := lang.New(opts.langs...); err != nil {
		return fmt.Errorf("-langs: %v", err)
	}
	return nil
}

// ruleFlags reads -without, -only and -protect. The rule "charset" is
// mend's decoding step, not a Cleaner rule: -without takes it out here.
func (opts *options) ruleFlags(without, only, protect string) error {
	if rules := splitList(without); len(rules) > 0 {
		if i := slices.Index(rules, cleanup.CharsetRule); i >= 0 {
			opts.noCharset = true
			rules = slices.Delete(rules, i, i+1)
		}
		if len(rules) > 0 {
			opts.clean = append(opts.clean, cleanup.WithoutRules(rules...))
		}
	}
	if rules := splitList(only); len(rules) > 0 {
		if i := slices.Index(rules, cleanup.CharsetRule); i >= 0 {
			rules = slices.Delete(rules, i, i+1)
		} else {
			opts.noCharset = true
		}
		if len(rules) > 0 {
			opts.clean = append(opts.clean, cleanup.WithOnlyRules(rules...))
		} else {
			opts.clean = append(opts.clean, cleanup.WithOnlyRules())
		}
	}
	if protect == "" {
		return nil
	}
	words := splitList(protect)
	if strings.HasPrefix(protect, "@") {
		var err error
		if words, err = readWords(protect[1:]); err != nil {
			return fmt.Errorf("-protect: %v", err)
		}
	}
	opts.clean = append(opts.clean, cleanup.WithProtected(words...))
	return nil
}

// analysisFlags reads -min-confidence and -cues, and builds the lang and
// quote options once so that a bad value fails before any input.
func (opts *options) analysisFlags(minConf float64, cues []string) error {
	if minConf != 0 {
		opts.langs = append(opts.langs, lang.WithMinConfidence(minConf))
		if _, err := lang.New(opts.langs...); err != nil {
			return fmt.Errorf("-min-confidence: %v", err)
		}
	}
	for _, c := range cues {
		code, list, ok := strings.Cut(c, "=")
		tag, err := language.Parse(strings.TrimSpace(code))
		if !ok || err != nil {
			return fmt.Errorf("-cues %q: want TAG=CUE,CUE,... with a BCP 47 tag", c)
		}
		opts.quote = append(opts.quote, quote.WithCues(tag, splitList(list)...))
	}
	if _, err := quote.New(opts.quote...); err != nil {
		return fmt.Errorf("-cues: %v", err)
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for f := range strings.SplitSeq(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// readWords reads one word a line, skipping blank lines and # comments.
func readWords(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w != "" && !strings.HasPrefix(w, "#") {
			words = append(words, w)
		}
	}
	return words, sc.Err()
}

// readLexicon loads a word list for -lexicon.
func readLexicon(path string) (cleanup.Lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return cleanup.ReadLexicon(f)
}

// corpusOptions are the options of the shared record processor.
func (opts options) corpusOptions() []corpus.Option {
	c := []corpus.Option{
		corpus.WithAnalyses(opts.analyses),
		corpus.WithRaw(opts.raw),
		corpus.WithCharsetDetection(!opts.noCharset),
		corpus.WithCleanup(opts.clean...),
		corpus.WithLang(opts.langs...),
		corpus.WithQuote(opts.quote...),
	}
	if opts.textField != "" {
		c = append(c, corpus.WithTextField(opts.textField))
	}
	if opts.charset != "" {
		c = append(c, corpus.WithCharset(opts.charset))
	}
	if opts.cleanerFor != nil {
		c = append(c, corpus.WithCleanerFor(opts.cleanerFor))
	}
	return c
}
