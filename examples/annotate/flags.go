package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/lang"
	"github.com/textmend/textmend/quote"
)

// config is what the command line asks for: where to write and what each
// package is built with.
type config struct {
	out   string
	raw   bool
	clean []cleanup.Option
	quote []quote.Option
	langs []lang.Option
}

// parseFlags reads the command line. The cleaning flags have mend's names and
// meaning, so that a page shows what mend prints for the same flags.
func parseFlags(args []string, stderr io.Writer) (config, []string, error) {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: annotate [-o DIR] [flags] FILE...\n\nWrites one HTML page per FILE (- is standard input) and an index.html into DIR.\n\nflags:\n")
		fs.PrintDefaults()
	}
	out := fs.String("o", "annotated", "directory to write the pages into")
	raw := fs.Bool("raw", false, "skip cleaning: show the input as is, with no edits")
	langHint := fs.String("lang", "", "language of the input as a BCP 47 tag (default: guess)")
	langList := fs.String("langs", "", "comma-separated BCP 47 tags the language spans may use (default: lang.DefaultLanguages())")
	lexiconFile := fs.String("lexicon", "", "word list for splitting glued words: one word, or \"word count\", per line")
	cjkSpacing := fs.Bool("cjk-spacing", false, "space between CJK and Latin letters or digits (pangu style)")
	without := fs.String("without", "", "comma-separated cleanup rules to turn off")
	only := fs.String("only", "", "comma-separated cleanup rules to run alone")
	straight := fs.Bool("straight-quotes", false, "replace typographic quotation marks with ASCII ones")
	if err := fs.Parse(args); err != nil {
		return config{}, nil, err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return config{}, nil, fmt.Errorf("no FILE given")
	}
	cfg := config{out: *out, raw: *raw}
	err := cfg.addLanguage(*langHint, *langList)
	if err == nil {
		err = cfg.addCleanup(*lexiconFile, *without, *only, *cjkSpacing, *straight)
	}
	return cfg, fs.Args(), err
}

// addLanguage turns -lang and -langs into options, as mend does.
func (c *config) addLanguage(hint, list string) error {
	if hint != "" {
		tag, err := language.Parse(hint)
		if err != nil {
			return fmt.Errorf("-lang %q: %v", hint, err)
		}
		c.clean = append(c.clean, cleanup.WithLanguage(tag))
		c.quote = append(c.quote, quote.WithLanguage(tag))
	}
	if list == "" {
		return nil
	}
	var tags []language.Tag
	for _, code := range strings.Split(list, ",") {
		tag, err := language.Parse(strings.TrimSpace(code))
		if err != nil {
			return fmt.Errorf("-langs %q: %v", code, err)
		}
		tags = append(tags, tag)
	}
	c.langs = append(c.langs, lang.WithLanguages(tags...))
	return nil
}

// addCleanup turns the cleaning flags into cleanup options.
func (c *config) addCleanup(lexiconFile, without, only string, cjkSpacing, straight bool) error {
	if lexiconFile != "" {
		lex, err := readLexicon(lexiconFile)
		if err != nil {
			return fmt.Errorf("-lexicon: %v", err)
		}
		c.clean = append(c.clean, cleanup.WithLexicon(lex))
	}
	if names := ruleList(without); len(names) > 0 {
		c.clean = append(c.clean, cleanup.WithoutRules(names...))
	}
	if names := ruleList(only); len(names) > 0 {
		c.clean = append(c.clean, cleanup.WithOnlyRules(names...))
	}
	c.clean = append(c.clean, cleanup.WithCJKSpacing(cjkSpacing), cleanup.WithStraightQuotes(straight))
	return nil
}

// ruleList splits a comma-separated list of rule names.
func ruleList(s string) []string {
	var names []string
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	return names
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
