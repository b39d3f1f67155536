// Command annotate shows what textmend did to a text, as HTML pages to look
// at in a browser:
//
//	go run ./examples/annotate [-o DIR] [mend's flags] FILE...
//
// For each FILE it writes DIR/NAME.html and, linking them all, DIR/index.html.
// A page shows the cleaned text (or, with the switch, the original) with every
// edit, language span and quote marked, a list of the edits, and a summary:
// edits per rule, languages by share of letters, and the quotes with their
// speakers. Pages are self-contained: inline CSS, a few lines of plain
// JavaScript for hover, no network.
//
// Marks are elements with data attributes for tools and tests. Inside
// article[data-view=cleaned] (and likewise data-view=original) there is one
// element with data-edit (the rule) per edit, data-lang (the BCP 47 tag) per
// language span and data-quote ("direct" or "partial") per quote, as many as
// mend -json reports. A mark that crosses the boundary of an enclosing one is
// split into fragments, all with data-mark (e3, s0, q2), only the first with
// the data attribute.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	cfg, files, err := parseFlags(os.Args[1:], os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "annotate:", err)
		os.Exit(2)
	}
	if err := run(cfg, files, os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "annotate:", err)
		os.Exit(1)
	}
}

// run writes a page per readable input and the index, and names each file
// it wrote on stdout. An unreadable input is reported and skipped.
func run(cfg config, files []string, stdin io.Reader, stdout, stderr io.Writer) error {
	t, err := newTools(cfg)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return err
	}
	names := pageNames{"index": true}
	var rows []indexRow
	var failed error
	for _, name := range files {
		data, err := read(name, stdin)
		if err != nil {
			fmt.Fprintln(stderr, "annotate:", err)
			failed = errors.New("some inputs could not be read")
			continue
		}
		p := newPage(t.analyse(name, string(data)))
		href := names.take(name)
		if err := writeFile(filepath.Join(cfg.out, href), stdout, func(w io.Writer) error { return renderPage(w, p) }); err != nil {
			return err
		}
		rows = append(rows, indexRowOf(p, name, href))
	}
	index := func(w io.Writer) error { return renderIndex(w, rows) }
	if err := writeFile(filepath.Join(cfg.out, "index.html"), stdout, index); err != nil {
		return err
	}
	return failed
}

func read(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(stdin)
	}
	return os.ReadFile(name)
}

// writeFile creates path, fills it with render and says so on stdout.
func writeFile(path string, stdout io.Writer, render func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	err = render(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	_, err = fmt.Fprintln(stdout, path)
	return err
}
