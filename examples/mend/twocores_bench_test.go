package main

import (
	"bufio"
	"bytes"
	"sync"
	"testing"
	"time"

	"github.com/textmend/textmend/examples/internal/corpus"
)

// BenchmarkTwoCores measures what a second core gives on this machine, as
// the ceiling for mend -j 2: each work runs once alone, then as two copies
// at once, each on its own data; "x-two" is the work the two copies do per
// second over what one does alone (2 on two cores that share nothing). The
// works are arithmetic on registers, reading a buffer that fits a core's
// L2 cache and one that needs the shared L3, and mend -jsonl -j 1's
// pipeline on 8 MB of the benchmark corpus. Run it on an idle machine:
//
//	go test -run XXX -bench TwoCores -benchtime 3x ./examples/mend
func BenchmarkTwoCores(b *testing.B) {
	var corpusBuf bytes.Buffer
	if err := writeCorpus(&corpusBuf, 8<<20, 2); err != nil {
		b.Fatal(err)
	}
	p, err := corpus.New(corpus.WithAnalyses(corpus.Edits))
	if err != nil {
		b.Fatal(err)
	}
	records := func() { runPipeline(b, 1, batchWork(p), corpusBuf.Bytes()) }
	works := []struct {
		name string
		make func() func() // one copy's work, with its own data
	}{
		{"arithmetic", func() func() { return func() { sinkTwoCores.Add(arithmetic(300_000_000)) } }},
		{"read-256KiB", func() func() { return reader(256<<10, 4<<30) }},
		{"read-8MiB", func() func() { return reader(8<<20, 4<<30) }},
		{"mend-records", func() func() { return records }},
	}
	for _, w := range works {
		b.Run(w.name, func(b *testing.B) {
			a, c := w.make(), w.make()
			var one, two time.Duration
			for range b.N {
				start := time.Now()
				a()
				one += time.Since(start)
				start = time.Now()
				var wg sync.WaitGroup
				wg.Go(a)
				wg.Go(c)
				wg.Wait()
				two += time.Since(start)
			}
			b.ReportMetric(2*one.Seconds()/two.Seconds(), "x-two")
		})
	}
}

// sinkTwoCores keeps the benchmark's results alive.
var sinkTwoCores sumSink

type sumSink struct {
	mu  sync.Mutex
	sum uint64
}

func (s *sumSink) Add(v uint64) {
	s.mu.Lock()
	s.sum += v
	s.mu.Unlock()
}

// arithmetic runs eight independent chains of integer operations, n steps.
func arithmetic(n int) uint64 {
	var a, b, c, d, e, f, g, h uint64 = 1, 2, 3, 4, 5, 6, 7, 8
	for range n {
		a = a*3 + 1
		b = b*5 + 3
		c ^= c<<1 + 7
		d += d>>3 ^ 11
		e = e*7 + 5
		f ^= f>>2 + 13
		g += g<<2 ^ 17
		h = h*9 + 19
	}
	return a + b + c + d + e + f + g + h
}

// reader returns a work that reads a buffer of size bytes, its own, until
// total bytes are read.
func reader(size, total int) func() {
	buf := make([]uint64, size/8)
	for i := range buf {
		buf[i] = uint64(i) // written, so that its pages are its own
	}
	return func() {
		var s uint64
		for range total / size {
			for i := 0; i+8 <= len(buf); i += 8 {
				s += buf[i] + buf[i+1] + buf[i+2] + buf[i+3] + buf[i+4] + buf[i+5] + buf[i+6] + buf[i+7]
			}
		}
		sinkTwoCores.Add(s)
	}
}

// runPipeline runs mend -jsonl's pipeline over data with jobs workers
// doing work on each batch, the output discarded.
func runPipeline(b *testing.B, jobs int, work func(*batch) batchResult, data []byte) {
	n := 0
	produce := func(send func(*batch) bool) {
		readBatches("bench", bufio.NewReader(bytes.NewReader(data)), send)
	}
	err := ordered(jobs, recordBudget, func(bt *batch) int64 { return int64(len(bt.buf)) }, produce, work, func(r batchResult) error {
		n += len(r.out)
		r.release()
		return nil
	})
	if err != nil || n == 0 {
		b.Errorf("no output: %v", err) // not Fatal: it may run in a goroutine of its own
	}
}
