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
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/textmend/textmend/examples/internal/corpus"
	"github.com/textmend/textmend/lang"
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
		cfg.inputs = append(cfg.inputs, splitList(v)...)
		return nil
	})
	fs.StringVar(&cfg.output, "output", "", "directory (on any Beam filesystem) for records-*.jsonl, deadletter-*.jsonl and summary.json")
	fs.IntVar(&cfg.shards, "shards", 4, "number of record files to write")
	fs.IntVar(&cfg.maxRecord, "max-record", 64<<20, "longest record in bytes; longer ones go to the dead letters")
	fs.StringVar(&st.TextField, "text-field", "text", "the field of each record that holds the text")
	fs.StringVar(&st.Analyses, "analyses", "edits,spans,quotes", "what to add to the text (edits, spans, quotes; spans and quotes cost the most)")
	fs.BoolVar(&st.Raw, "raw", false, "skip cleaning: text is the input as is, with no edits")
	fs.StringVar(&st.Lang, "lang", "", "language of the input as a BCP 47 tag (default: guess)")
	fs.StringVar(&st.Langs, "langs", "", "comma-separated BCP 47 tags the language spans may use (default: lang.DefaultLanguages())")
	fs.StringVar(&st.Lexicon, "lexicon", "", "word list for splitting glued words: one word, or \"word count\", per line")
	fs.BoolVar(&st.CJKSpacing, "cjk-spacing", false, "space between CJK and Latin letters or digits (pangu style)")
	fs.Float64Var(&st.MinConfidence, "min-confidence", 0, "confidence below which a span's language is reported as und (lang.WithMinConfidence)")
	fs.Func("cues", "speech cues for quotes as TAG=CUE,CUE,... (quote.WithCues), e.g. de=verkündete,stellte … klar; may be repeated", func(v string) error {
		st.Cues = strings.TrimPrefix(st.Cues+"\n"+v, "\n")
		return nil
	})
	fs.BoolVar(&st.StraightQuotes, "straight-quotes", false, "replace typographic quotation marks and apostrophes by ASCII ones")
	fs.StringVar(&st.Without, "without", "", "comma-separated rules not to run; \"charset\" turns off charset detection")
	fs.StringVar(&st.Only, "only", "", "comma-separated rules to run alone, in pipeline order")
	fs.StringVar(&st.Protect, "protect", "", "words the join rules must never split: WORD,WORD,... or @FILE with one word a line")
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
	// Without spans: the language models load on the workers, not here.
	if _, err := corpus.New(append(opts, corpus.WithAnalyses(corpus.Edits|corpus.Quotes))...); err != nil {
		return err
	}
	if st := cfg.settings; st.Langs != "" || st.MinConfidence != 0 {
		var langOpts []lang.Option
		if st.Langs != "" {
			tags, _ := parseTags(st.Langs) // processorOptions checked them
			langOpts = append(langOpts, lang.WithLanguages(tags...))
		}
		if st.MinConfidence != 0 {
			langOpts = append(langOpts, lang.WithMinConfidence(st.MinConfidence))
		}
		if _, err := lang.New(langOpts...); err != nil {
			return fmt.Errorf("-langs, -min-confidence: %v", err)
		}
	}
	return nil
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
