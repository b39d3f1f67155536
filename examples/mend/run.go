package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/textmend/textmend/examples/internal/corpus"
)

// An invocation is one run of mend: its inputs, output, counts and the
// problems it reports at the end.
type invocation struct {
	opts     options
	inputs   []input
	stdin    io.Reader
	out      *sink
	stderr   io.Writer
	progress *progress
	stats    corpus.Stats
	failed   int // inputs refused or unreadable
	badRecs  int // -jsonl records with an error
	reported int // messages written to stderr about records
}

// run does the work of main: it reads files (standard input when there are
// none), writes to stdout (or -o) and reports problems on stderr. It
// returns an error when some input failed, after doing all the others.
func run(opts options, files []string, stdin io.Reader, stdout, stderr io.Writer) error {
	start := time.Now()
	out, err := openSink(opts.out, stdout)
	if err != nil {
		return err
	}
	r := &invocation{opts: opts, inputs: listInputs(files), stdin: stdin, out: out, stderr: stderrOr(stderr)}
	r.progress = startProgress(opts.progress, totalSize(r.inputs), r.stderr)
	switch {
	case opts.jsonl:
		if opts.tuneGC {
			tuneGC(opts.dictionaries)
		}
		err = r.records()
	case opts.json:
		if opts.tuneGC && !opts.dictionaries {
			tuneDocumentGC(r.inputs)
		}
		err = r.documents()
	default:
		err = r.plain()
	}
	r.progress.finish()
	if ferr := out.finish(err == nil); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	r.stats.Seconds = time.Since(start).Seconds()
	if err := r.writeStats(); err != nil {
		return err
	}
	return r.outcome()
}

// outcome is the error that makes mend exit 1: inputs or records it
// could not do.
func (r *invocation) outcome() error {
	var msgs []string
	if r.failed > 0 {
		msgs = append(msgs, fmt.Sprintf("%d of %d inputs refused or unreadable", r.failed, len(r.inputs)))
	}
	if r.badRecs > 0 {
		msgs = append(msgs, fmt.Sprintf("%d records with an error (see their \"error\" field)", r.badRecs))
	}
	if len(msgs) == 0 {
		return nil
	}
	return errors.New(strings.Join(msgs, "; "))
}

// fail reports an input that could not be done and counts it.
func (r *invocation) fail(err error) {
	fmt.Fprintln(r.stderr, "mend:", err)
	r.failed++
	r.stats.Add(corpus.RecordStats{Error: err.Error()})
}

func (r *invocation) writeStats() error {
	if r.opts.stats {
		if err := r.stats.WriteText(r.stderr); err != nil {
			return err
		}
		if mb, ok := peakRSS(); ok {
			fmt.Fprintf(r.stderr, "memory: peak RSS %.0f MB\n", mb)
		}
	}
	if r.opts.statsJSON == "" {
		return nil
	}
	b, err := json.MarshalIndent(r.stats, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(r.opts.statsJSON, append(b, '\n'), 0o644)
}
