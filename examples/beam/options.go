package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"golang.org/x/text/language"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/examples/internal/corpus"
	"github.com/textmend/textmend/lang"
	"github.com/textmend/textmend/quote"
)

// settings are the flags that shape the cleaning, the same as mend's. They
// travel inside the DoFn to the workers, so they are plain exported values;
// each worker turns them into a corpus.Processor in Setup.
type settings struct {
	TextField      string
	Analyses       string
	Raw            bool
	Lang           string // BCP 47 tag, "" to guess
	Langs          string // comma-separated BCP 47 tags for spans
	Lexicon        string // path of a word list, on any Beam filesystem
	CJKSpacing     bool
	Without        string // comma-separated rule names
	Only           string // comma-separated rule names
	Protect        string // comma-separated words, or @path of a word list
	StraightQuotes bool
	Charset        string // forced charset of every file, "" to detect
	MinConfidence  float64
	Cues           string // one TAG=CUE,CUE,... a line (-cues, repeated)
}

// forcedCharset is the charset files are read in: "UTF-8" when -raw or
// -without charset turn detection off, as in mend.
func (st settings) forcedCharset() string {
	if st.Raw || slices.Contains(splitList(st.Without), cleanup.CharsetRule) {
		return "UTF-8"
	}
	if rules := splitList(st.Only); len(rules) > 0 && !slices.Contains(rules, cleanup.CharsetRule) {
		return "UTF-8"
	}
	return st.Charset
}

// processorOptions turns the settings into options for corpus.New. Files
// named by the settings are read through Beam's filesystems, so that
// gs://… paths work on Dataflow.
func (st settings) processorOptions(ctx context.Context) ([]corpus.Option, error) {
	analyses, err := corpus.ParseAnalyses(st.Analyses)
	if err != nil {
		return nil, fmt.Errorf("-analyses: %v", err)
	}
	opts := []corpus.Option{corpus.WithTextField(st.TextField), corpus.WithAnalyses(analyses), corpus.WithRaw(st.Raw)}
	var clean []cleanup.Option
	if st.Lang != "" {
		tag, err := language.Parse(st.Lang)
		if err != nil {
			return nil, fmt.Errorf("-lang %q: %v", st.Lang, err)
		}
		clean = append(clean, cleanup.WithLanguage(tag))
		opts = append(opts, corpus.WithQuote(quote.WithLanguage(tag)))
	}
	if st.Langs != "" {
		tags, err := parseTags(st.Langs)
		if err != nil {
			return nil, fmt.Errorf("-langs: %v", err)
		}
		opts = append(opts, corpus.WithLang(lang.WithLanguages(tags...)))
	}
	if st.MinConfidence != 0 {
		opts = append(opts, corpus.WithLang(lang.WithMinConfidence(st.MinConfidence)))
	}
	for _, c := range splitLines(st.Cues) {
		code, list, ok := strings.Cut(c, "=")
		tag, err := language.Parse(strings.TrimSpace(code))
		if !ok || err != nil {
			return nil, fmt.Errorf("-cues %q: want TAG=CUE,CUE,... with a BCP 47 tag", c)
		}
		opts = append(opts, corpus.WithQuote(quote.WithCues(tag, splitList(list)...)))
	}
	if st.Lexicon != "" {
		lex, err := readLexicon(ctx, st.Lexicon)
		if err != nil {
			return nil, fmt.Errorf("-lexicon: %v", err)
		}
		clean = append(clean, cleanup.WithLexicon(lex))
	}
	// "charset" is the decoding of files in readLines, not a Cleaner rule.
	notCharset := func(r string) bool { return r == cleanup.CharsetRule }
	if rules := slices.DeleteFunc(splitList(st.Without), notCharset); len(rules) > 0 {
		clean = append(clean, cleanup.WithoutRules(rules...))
	}
	if st.Only != "" {
		clean = append(clean, cleanup.WithOnlyRules(slices.DeleteFunc(splitList(st.Only), notCharset)...))
	}
	if st.Charset != "" {
		if _, _, err := cleanup.LookupCharset(st.Charset); err != nil {
			return nil, fmt.Errorf("-charset: %v", err)
		}
	}
	if st.Protect != "" {
		words, err := protectedWords(ctx, st.Protect)
		if err != nil {
			return nil, fmt.Errorf("-protect: %v", err)
		}
		clean = append(clean, cleanup.WithProtected(words...))
	}
	clean = append(clean, cleanup.WithCJKSpacing(st.CJKSpacing), cleanup.WithStraightQuotes(st.StraightQuotes))
	return append(opts, corpus.WithCleanup(clean...)), nil
}

func splitList(list string) []string {
	var out []string
	for _, f := range strings.Split(list, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func parseTags(list string) ([]language.Tag, error) {
	var tags []language.Tag
	for _, code := range splitList(list) {
		tag, err := language.Parse(code)
		if err != nil {
			return nil, fmt.Errorf("%q: %v", code, err)
		}
		tags = append(tags, tag)
	}
	return tags, nil
}

func readLexicon(ctx context.Context, path string) (cleanup.Lexicon, error) {
	rc, err := openFile(ctx, path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return cleanup.ReadLexicon(rc)
}

// protectedWords reads "-protect w1,w2" or "-protect @file": one word a
// line, blank lines and # comments skipped, as in mend.
func protectedWords(ctx context.Context, arg string) ([]string, error) {
	path, ok := strings.CutPrefix(arg, "@")
	if !ok {
		return splitList(arg), nil
	}
	rc, err := openFile(ctx, path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var words []string
	sc := bufio.NewScanner(rc)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w != "" && !strings.HasPrefix(w, "#") {
			words = append(words, w)
		}
	}
	return words, sc.Err()
}

// openFile opens a file on any registered Beam filesystem.
func openFile(ctx context.Context, path string) (io.ReadCloser, error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	rc, err := fs.OpenRead(ctx, path)
	if err != nil {
		fs.Close()
		return nil, err
	}
	return closeBoth{rc, fs}, nil
}

type closeBoth struct {
	io.ReadCloser
	fs filesystem.Interface
}

func (c closeBoth) Close() error {
	err := c.ReadCloser.Close()
	c.fs.Close()
	return err
}
