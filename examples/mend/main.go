// Command mend cleans text files with textmend and prints the result.
//
//	go run ./examples/mend [flags] [FILE...]
//
// With no FILE it reads standard input. By default it prints the cleaned
// text of each input in order. With -json it prints one JSON object per
// input, one per line, in argument order:
//
//	{"text": "...", "edits": [...], "spans": [...], "quotes": [...]}
//
// Offsets in edits are byte offsets into the input; offsets in spans and
// quotes are byte offsets into "text".
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/lang"
	"github.com/textmend/textmend/quote"
)

type editJSON struct {
	Rule  string `json:"rule"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

type spanJSON struct {
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Lang       string  `json:"lang"`
	Script     string  `json:"script"`
	Confidence float64 `json:"confidence"`
	Text       string  `json:"text"`
}

type quoteJSON struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Open    string `json:"open"`
	Close   string `json:"close"`
	Depth   int    `json:"depth"`
	Kind    string `json:"kind"`
	Closed  bool   `json:"closed"`
	Speaker string `json:"speaker"`
	Cue     string `json:"cue"`
}

type document struct {
	Text   string      `json:"text"`
	Edits  []editJSON  `json:"edits"`
	Spans  []spanJSON  `json:"spans"`
	Quotes []quoteJSON `json:"quotes"`
}

type options struct {
	json bool
	raw  bool
	// What the flags ask of each package: -lang, -lexicon and -cjk-spacing
	// for cleanup, -lang for quote, -langs for lang.
	clean []cleanup.Option
	quote []quote.Option
	langs []lang.Option
	dicts *dictionaries // -dicts: a Cleaner for each input's language
}

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: mend [flags] [FILE...]\n\nCleans each FILE (standard input when none) and prints the result.\n\nflags:\n")
		flag.PrintDefaults()
	}
	jsonOut := flag.Bool("json", false, "print one JSON object per input: text, edits, spans, quotes")
	raw := flag.Bool("raw", false, "skip cleaning: text is the input as is, with no edits")
	langHint := flag.String("lang", "", "language of the input as a BCP 47 tag (default: guess)")
	langList := flag.String("langs", "", "comma-separated BCP 47 tags the language spans may use (default: lang.DefaultLanguages())")
	lexiconFile := flag.String("lexicon", "", "word list for splitting glued words: one word, or \"word count\", per line; or a hunspell .dic with its .aff beside it")
	cjkSpacing := flag.Bool("cjk-spacing", false, "space between CJK and Latin letters or digits (pangu style)")
	flag.Parse()

	opts, err := parseOptions(*jsonOut, *raw, *langHint, *langList, *lexiconFile, *cjkSpacing)
	if err == nil {
		opts.dicts, err = parseDicts(*dictsFlag, *langHint, opts.clean)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "mend:", err)
		flag.Usage()
		os.Exit(2)
	}
	if err := run(opts, flag.Args(), os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "mend:", err)
		os.Exit(1)
	}
}

// parseOptions turns the flags into the options of each package.
func parseOptions(jsonOut, raw bool, langHint, langList, lexiconFile string, cjkSpacing bool) (options, error) {
	opts := options{json: jsonOut, raw: raw}
	if langHint != "" {
		tag, err := language.Parse(langHint)
		if err != nil {
			return opts, fmt.Errorf("-lang %q: %v", langHint, err)
		}
		opts.clean = append(opts.clean, cleanup.WithLanguage(tag))
		opts.quote = append(opts.quote, quote.WithLanguage(tag))
	}
	if langList != "" {
		var tags []language.Tag
		for _, code := range strings.Split(langList, ",") {
			tag, err := language.Parse(strings.TrimSpace(code))
			if err != nil {
				return opts, fmt.Errorf("-langs %q: %v", code, err)
			}
			tags = append(tags, tag)
		}
		opts.langs = append(opts.langs, lang.WithLanguages(tags...))
		if _, err := lang.New(opts.langs...); err != nil {
			return opts, fmt.Errorf("-langs: %v", err)
		}
	}
	if lexiconFile != "" {
		lex, err := readAnyLexicon(lexiconFile)
		if err != nil {
			return opts, fmt.Errorf("-lexicon: %v", err)
		}
		opts.clean = append(opts.clean, cleanup.WithLexicon(lex))
	}
	opts.clean = append(opts.clean, cleanup.WithCJKSpacing(cjkSpacing))
	return opts, nil
}

func run(opts options, files []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cleaner, err := cleanup.New(opts.clean...)
	if err != nil {
		return err
	}
	quotes, err := quote.New(opts.quote...)
	if err != nil {
		return err
	}
	t := &tools{cleaner: cleaner, quotes: quotes}
	if opts.json {
		// Only -json prints spans: plain runs do not pay for loading models.
		d, err := lang.New(opts.langs...)
		if err != nil {
			return err
		}
		t.spans = d
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)

	inputs := files
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	var failed error
	for _, name := range inputs {
		data, err := read(name, stdin)
		if err != nil {
			// Report and go on: one unreadable file should not hide the others.
			fmt.Fprintln(stderr, "mend:", err)
			failed = errors.New("some inputs could not be read")
			continue
		}
		if opts.dicts != nil {
			if t.cleaner, err = opts.dicts.cleaner(string(data)); err != nil {
				return err
			}
		}
		doc := t.process(opts, string(data))
		if opts.json {
			if err := enc.Encode(doc); err != nil {
				return err
			}
			continue
		}
		if _, err := io.WriteString(w, doc.Text); err != nil {
			return err
		}
	}
	return failed
}

func read(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(stdin)
	}
	return os.ReadFile(name)
}

// tools are what mend runs over each input.
type tools struct {
	cleaner *cleanup.Cleaner
	spans   *lang.Detector // nil unless -json
	quotes  *quote.Extractor
}

// invalidOnly makes raw text valid UTF-8 for JSON, with edits that say so.
var invalidOnly = func() *cleanup.Cleaner {
	c, err := cleanup.New(cleanup.WithOnlyRules("invalid-utf8"))
	if err != nil {
		panic(err) // a rule of the pipeline: RuleNames has it
	}
	return c
}()

// process cleans one input (unless raw) and fills the JSON document.
func (t *tools) process(opts options, input string) document {
	doc := document{Text: input, Edits: []editJSON{}, Spans: []spanJSON{}, Quotes: []quoteJSON{}}
	var r cleanup.Result
	switch {
	case !opts.raw:
		r = t.cleaner.Explain(input)
	case !utf8.ValidString(input):
		// JSON cannot carry invalid UTF-8: even raw text is made valid, and
		// the edits say which bytes were replaced.
		r = invalidOnly.Explain(input)
	default:
		r = cleanup.Result{Text: input}
	}
	doc.Text = r.Text
	for _, e := range r.Edits {
		doc.Edits = append(doc.Edits, editJSON{e.Rule, e.Start, e.End, e.Old, e.New})
	}
	if !opts.json {
		return doc
	}
	for _, s := range t.spans.Spans(doc.Text) {
		doc.Spans = append(doc.Spans, spanJSON{
			Start: s.Start, End: s.End, Lang: s.Lang.String(), Script: s.Script,
			Confidence: s.Confidence, Text: doc.Text[s.Start:s.End],
		})
	}
	for _, q := range t.quotes.Extract(doc.Text) {
		doc.Quotes = append(doc.Quotes, quoteJSON{
			Start: q.Start, End: q.End, Text: q.Text, Open: q.Open, Close: q.Close,
			Depth: q.Depth, Kind: q.Kind.String(), Closed: q.Closed, Speaker: q.Speaker, Cue: q.Cue,
		})
	}
	return doc
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
