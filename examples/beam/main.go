// Command beam cleans a JSON Lines corpus with textmend on Apache Beam: the
// same records as mend -jsonl, at the scale of a cluster.
//
//	go run . -input 'corpus/*.jsonl.gz' -output out/
//
// It reads every file that matches -input (a glob on any Beam filesystem,
// comma-separated for several; .gz and .zst read transparently), cleans
// each record with the same code and options as mend -jsonl, and writes
//
//	out/records-NNNNN.jsonl     the cleaned records, sharded (-shards)
//	out/deadletter-00000.jsonl  records that failed, with file, line and reason
//	out/summary.json            counts as mend -stats-json writes them
//
// Without -runner it runs in process on Beam's Prism runner; -runner
// dataflow, flink or spark with Beam's usual flags runs it on a cluster
// (see README.md).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/textmend/textmend/examples/internal/cleanflags"
	"github.com/textmend/textmend/examples/internal/corpus"
)

// config is what one run does: where it reads and writes, and how it cleans.
type config struct {
	inputs    []string
	output    string
	shards    int
	maxRecord int
	settings  settings
}

func main() {
	var cfg config
	cfg.register(flag.CommandLine) // beside Beam's own flags: -runner, -project, ...
	flag.Parse()
	// On a worker, Init runs the worker and never returns: the checks below
	// are for the launcher, whose flags the workers do not get.
	beam.Init()
	if err := cfg.check(); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		flag.Usage()
		os.Exit(2)
	}
	inputs, err := expandDirs(cfg.inputs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
	cfg.inputs = inputs
	if err := run(context.Background(), cfg); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
}

// register defines the flags of cfg in fs: mend's flags that shape the
// cleaning, with the same names and defaults, and where to read and write.
func (cfg *config) register(fs *flag.FlagSet) {
	st := &cfg.settings
	fs.Func("input", "JSON Lines files to read: a glob on any Beam filesystem, comma-separated for several; .gz and .zst are read transparently", func(v string) error {
		cfg.inputs = append(cfg.inputs, cleanflags.SplitList(v)...)
		return nil
	})
	fs.StringVar(&cfg.output, "output", "", "directory (on any Beam filesystem) for records-*.jsonl, deadletter-*.jsonl and summary.json")
	fs.IntVar(&cfg.shards, "shards", 4, "number of record files to write")
	fs.IntVar(&cfg.maxRecord, "max-record", 64<<20, "longest record in bytes; longer ones go to the dead letters")
	fs.StringVar(&st.TextField, "text-field", "text", "the field of each record that holds the text")
	fs.StringVar(&st.Analyses, "analyses", "edits,spans,quotes", "what to add to the text (edits, spans, quotes; spans and quotes cost the most)")
	fs.BoolVar(&st.Raw, "raw", false, "skip cleaning: text is the input as is, with no edits")
	st.Clean.Register(fs)
	fs.StringVar(&st.Charset, "charset", "", "charset of every input (Shift_JIS, windows-1251, UTF-16LE, ...; default: detect)")
}

// check refuses a config that cannot run, before anything starts.
func (cfg config) check() error {
	switch {
	case len(cfg.inputs) == 0:
		return fmt.Errorf("-input is required")
	case cfg.output == "":
		return fmt.Errorf("-output is required")
	case cfg.shards < 1:
		return fmt.Errorf("-shards %d: must be at least 1", cfg.shards)
	case cfg.maxRecord < 1:
		return fmt.Errorf("-max-record %d: must be at least 1", cfg.maxRecord)
	}
	opts, err := cfg.settings.processorOptions(context.Background())
	if err != nil {
		return err
	}
	// processorOptions built cleanup, lang and quote with the options once
	// (language models load lazily, on the workers).
	_, err = corpus.New(opts...)
	return err
}

// buildPipeline lays out the pipeline for cfg.
func buildPipeline(cfg config) *beam.Pipeline {
	p, s := beam.NewPipelineWithRoot()
	records, refused, fileCounts := readLines(s, cfg.inputs, cfg.maxRecord, cfg.settings)
	cleaned, dead, counts := beam.ParDo3(s, &cleanFn{Settings: cfg.settings}, records)
	writeSharded(s.Scope("records"), outputPrefix(cfg.output, "records"), cfg.shards, cleaned)
	writeSharded(s.Scope("deadletters"), outputPrefix(cfg.output, "deadletter"), 1, beam.Flatten(s, dead, refused))
	summarize(s, summaryPath(cfg.output), beam.Flatten(s, counts, fileCounts))
	return p
}

func summaryPath(output string) string { return outputPrefix(output, "summary.json") }

// run runs the pipeline, then puts its wall time into the summary and
// prints the summary as mend -stats does.
func run(ctx context.Context, cfg config) error {
	start := time.Now()
	if err := beamx.Run(ctx, buildPipeline(cfg)); err != nil {
		return err
	}
	if *jobopts.Async {
		return nil // the job still runs: its summary keeps "seconds": 0
	}
	st, err := readSummary(ctx, summaryPath(cfg.output))
	if err != nil {
		return err
	}
	st.Seconds = time.Since(start).Seconds()
	if err := writeSummary(ctx, summaryPath(cfg.output), st); err != nil {
		return err
	}
	return st.WriteText(os.Stderr)
}
