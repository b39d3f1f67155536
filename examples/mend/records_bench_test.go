package main

import (
	"bytes"
	"testing"

	"github.com/textmend/textmend/examples/internal/corpus"
)

// BenchmarkRecords runs the -jsonl pipeline in memory over a generated
// corpus: "serial" is what does not run in parallel (reading, cutting
// into batches, writing in order) with workers that only copy their
// lines; j1 and j2 clean with edits. Buffers are reused as in mend. With serial time s and j1 time t,
// two idle cores can give at most t / (s + (t-s)/2): how the README's
// speed-up figure is bounded on a machine too busy to show it directly.
func BenchmarkRecords(b *testing.B) {
	var buf bytes.Buffer
	if err := writeCorpus(&buf, 8<<20, 2); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	p, err := corpus.New(corpus.WithAnalyses(corpus.Edits))
	if err != nil {
		b.Fatal(err)
	}
	copyBatch := func(bt *batch) batchResult {
		out := newOutput(len(bt.buf) + len(bt.lines))
		for _, l := range bt.lines {
			out = append(append(out, l...), '\n')
		}
		bt.release()
		return batchResult{out: out}
	}
	cases := []struct {
		name string
		jobs int
		work func(*batch) batchResult
	}{
		{"serial", 1, copyBatch},
		{"j1", 1, batchWork(p)},
		{"j2", 2, batchWork(p)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for range b.N {
				runPipeline(b, c.jobs, c.work, data)
			}
		})
	}
}
