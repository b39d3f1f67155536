// Command mend cleans text files and JSON Lines corpora with textmend.
//
//	go run ./examples/mend [flags] [FILE|DIR...]
//
// With no FILE it reads standard input; a directory is walked recursively
// in sorted order; .gz and .zst files are read as what they hold. Three
// output modes:
//
//   - plain (the default): the cleaned text of each input, streamed in
//     constant memory; inputs are separated by a newline when one does not
//     end with one.
//   - -json: one JSON object per input, one per line, in argument order:
//     {"file", "text", "edits", "spans", "quotes"}, or {"file", "error"}
//     for an input that could not be read or was refused.
//   - -jsonl: each input line is a JSON object whose "text" (-text-field)
//     is cleaned; every output line is that object with all its fields,
//     the text replaced, and "edits", "spans", "quotes" (-analyses) added.
//
// Offsets in edits are byte offsets into the input; offsets in spans and
// quotes are byte offsets into "text". Binary input is refused; text in
// another charset than UTF-8 is detected and decoded (-charset forces
// one). mend exits with status 1 when some input was refused or could not
// be read, after doing all the others.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/examples/internal/cleanflags"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: mend [flags] [FILE|DIR...]\n\nCleans each FILE (standard input when none) and prints the result.\n\nflags:\n")
		flag.PrintDefaults()
	}
	var s settings
	s.register(flag.CommandLine)
	flag.Parse()
	if s.version {
		fmt.Println("mend", version())
		return
	}
	if s.rules {
		// The Cleaner's rules in pipeline order, after mend's decoding step.
		fmt.Println(strings.Join(append([]string{cleanup.CharsetRule}, cleanup.RuleNames()...), "\n"))
		return
	}
	opts, err := parseOptions(s)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mend:", err)
		flag.Usage()
		os.Exit(2)
	}
	opts.tuneGC = true
	if err := run(opts, flag.Args(), os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "mend:", err)
		os.Exit(1)
	}
}

// settings are the flags as given.
type settings struct {
	clean                    cleanflags.Values // the flags mend shares with annotate and the Beam pipeline
	json, jsonl, raw         bool
	dicts                    string
	textField, analyses      string
	charset                  string
	jobs                     int
	out                      string
	progress, stats, version bool
	rules                    bool
	statsJSON                string
}

func (s *settings) register(fs *flag.FlagSet) {
	fs.BoolVar(&s.json, "json", false, "print one JSON object per input: file, text, edits, spans, quotes")
	fs.BoolVar(&s.jsonl, "jsonl", false, "read JSON Lines: clean the text field of every record, keep its other fields")
	fs.BoolVar(&s.raw, "raw", false, "skip cleaning: text is the input as is, with no edits")
	s.clean.Register(fs)
	fs.Lookup("lexicon").Usage += "; or a hunspell .dic with its .aff beside it"
	fs.Lookup("without").Usage = "comma-separated rules not to run (see -rules); \"charset\" turns off charset detection"
	fs.StringVar(&s.dicts, "dicts", "", dictsUsage)
	fs.StringVar(&s.textField, "text-field", "text", "with -jsonl: the field that holds the text")
	fs.StringVar(&s.analyses, "analyses", "edits,spans,quotes", "with -json and -jsonl: what to add to the text (edits, spans, quotes; spans and quotes cost the most)")
	fs.StringVar(&s.charset, "charset", "", "charset of every input (Shift_JIS, windows-1251, UTF-16LE, ...; default: detect)")
	fs.IntVar(&s.jobs, "j", runtime.GOMAXPROCS(0), "workers for -json and -jsonl; output order does not change")
	fs.StringVar(&s.out, "o", "", "write to FILE instead of standard output, compressed when it ends in .gz or .zst; written whole or not at all")
	fs.BoolVar(&s.progress, "progress", isTerminal(os.Stderr), "show records, bytes, MB/s and ETA on standard error (default: when it is a terminal)")
	fs.BoolVar(&s.stats, "stats", false, "at the end, print documents, bytes, edits per rule, letters per language, quotes, errors and time on standard error")
	fs.StringVar(&s.statsJSON, "stats-json", "", "at the end, write the -stats counts as JSON to FILE")
	fs.BoolVar(&s.version, "version", false, "print the version and exit")
	fs.BoolVar(&s.rules, "rules", false, "list the rules for -only and -without, in the order they run, and exit")
}

// version is the module version mend was built from, or "devel".
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Version == "" || bi.Main.Version == "(devel)" {
		return "devel"
	}
	return bi.Main.Version
}

// stderrOr returns w unless it is nil.
func stderrOr(w io.Writer) io.Writer {
	if w == nil {
		return io.Discard
	}
	return w
}
