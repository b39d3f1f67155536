package main

import (
	"fmt"
	"os"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/examples/internal/cleanflags"
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
	// tuneGC sets the collector for the mode (see memory.go): the command
	// does, tests that run in the test process do not.
	tuneGC bool
	// dictionaries: -lexicon or -dicts, which hold up to 100 MB each
	// beside the language tables, more than the soft limits allow for.
	dictionaries bool
}

// parseOptions checks the flags and turns them into options.
func parseOptions(s settings) (options, error) {
	opts := options{json: s.json, jsonl: s.jsonl, raw: s.raw, textField: s.textField, charset: s.charset,
		jobs: max(s.jobs, 1), out: s.out, progress: s.progress, stats: s.stats, statsJSON: s.statsJSON,
		dictionaries: s.dicts != "" || s.clean.Lexicon != ""}
	if s.json && s.jsonl {
		return opts, fmt.Errorf("-json and -jsonl exclude each other")
	}
	var err error
	if opts.analyses, err = corpus.ParseAnalyses(s.analyses); err != nil {
		return opts, fmt.Errorf("-analyses: %v", err)
	}
	if s.charset != "" {
		if _, _, err := cleanup.LookupCharset(s.charset); err != nil {
			return opts, fmt.Errorf("-charset: %v", err)
		}
	}
	o, err := s.clean.Options(cleanflags.Files{Lexicon: readAnyLexicon})
	if err != nil {
		return opts, err
	}
	opts.clean, opts.langs, opts.quote, opts.noCharset = o.Cleanup, o.Lang, o.Quote, o.NoCharset
	dicts, err := parseDicts(s.dicts, s.clean.Lang, opts.clean, o.LangCache)
	if err != nil {
		return opts, err
	}
	if dicts != nil {
		opts.cleanerFor = dicts.cleaner
	}
	return opts, nil
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
