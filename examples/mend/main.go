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
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/textmend/textmend/cleanup"
)

type edit struct {
	Rule  string `json:"rule"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

type span struct {
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Lang       string  `json:"lang"`
	Script     string  `json:"script"`
	Confidence float64 `json:"confidence"`
	Text       string  `json:"text"`
}

type quote struct {
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
	Text   string  `json:"text"`
	Edits  []edit  `json:"edits"`
	Spans  []span  `json:"spans"`
	Quotes []quote `json:"quotes"`
}

type options struct {
	json bool
	raw  bool
	lang language.Tag
}

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: mend [flags] [FILE...]\n\nCleans each FILE (standard input when none) and prints the result.\n\nflags:\n")
		flag.PrintDefaults()
	}
	jsonOut := flag.Bool("json", false, "print one JSON object per input: text, edits, spans, quotes")
	raw := flag.Bool("raw", false, "skip cleaning: text is the input as is, with no edits")
	langHint := flag.String("lang", "", "language of the input as a BCP 47 tag (default: guess)")
	flag.Parse()

	opts := options{json: *jsonOut, raw: *raw}
	if *langHint != "" {
		tag, err := language.Parse(*langHint)
		if err != nil {
			fmt.Fprintf(os.Stderr, "mend: -lang %q: %v\n", *langHint, err)
			os.Exit(2)
		}
		opts.lang = tag
	}
	if err := run(opts, flag.Args(), os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "mend:", err)
		os.Exit(1)
	}
}

func run(opts options, files []string, stdin io.Reader, stdout io.Writer) error {
	var cleanOpts []cleanup.Option
	if opts.lang != language.Und {
		cleanOpts = append(cleanOpts, cleanup.WithLanguage(opts.lang))
	}
	c := cleanup.New(cleanOpts...)
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
			fmt.Fprintln(os.Stderr, "mend:", err)
			failed = errors.New("some inputs could not be read")
			continue
		}
		doc := process(c, opts, string(data))
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

// process cleans one input (unless raw) and fills the JSON document.
func process(c *cleanup.Cleaner, opts options, input string) document {
	doc := document{Text: input, Edits: []edit{}, Spans: []span{}, Quotes: []quote{}}
	if !opts.raw {
		r := c.Explain(input)
		doc.Text = r.Text
		for _, e := range r.Edits {
			doc.Edits = append(doc.Edits, edit{e.Rule, e.Start, e.End, e.Old, e.New})
		}
	} else if !utf8.ValidString(input) {
		// JSON cannot carry invalid UTF-8: even raw text is made valid, and
		// the edits say which bytes were replaced.
		r := cleanup.New(cleanup.OnlyRules("invalid-utf8")).Explain(input)
		doc.Text = r.Text
		for _, e := range r.Edits {
			doc.Edits = append(doc.Edits, edit{e.Rule, e.Start, e.End, e.Old, e.New})
		}
	}
	return doc
}
