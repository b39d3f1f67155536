package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/examples/internal/cleanflags"
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

// parseFlags reads the command line. The cleaning flags are mend's (package
// cleanflags), so that a page shows what mend prints for the same flags.
// annotate reads its inputs as UTF-8: "charset" in -without or -only
// changes nothing.
func parseFlags(args []string, stderr io.Writer) (config, []string, error) {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: annotate [-o DIR] [flags] FILE...\n\nWrites one HTML page per FILE (- is standard input) and an index.html into DIR.\n\nflags:\n")
		fs.PrintDefaults()
	}
	out := fs.String("o", "annotated", "directory to write the pages into")
	raw := fs.Bool("raw", false, "skip cleaning: show the input as is, with no edits")
	var values cleanflags.Values
	values.Register(fs)
	if err := fs.Parse(args); err != nil {
		return config{}, nil, err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return config{}, nil, fmt.Errorf("no FILE given")
	}
	o, err := values.Options(cleanflags.Files{})
	if err != nil {
		return config{}, nil, err
	}
	cfg := config{out: *out, raw: *raw, clean: o.Cleanup, quote: o.Quote, langs: o.Lang}
	return cfg, fs.Args(), nil
}
