package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/textmend/textmend/examples/internal/corpus"
)

// batchBytes is about how much input one batch of records holds: large
// enough that handing batches to workers costs nothing, small enough that
// the batches in flight (three per worker) stay a few megabytes.
const (
	batchBytes   = 1 << 20
	batchRecords = 4096
)

// recordBudget bounds the input bytes of the batches in flight: a record
// of 50 MB is processed alone rather than beside others as large.
const recordBudget = 16 << 20

// A batch is consecutive lines of one input, with the number of its first.
type batch struct {
	file  string
	first int      // line number of lines[0], from 1
	lines [][]byte // each without its newline, backed by buf
	buf   []byte
	err   error // the input failed here: reported in its place
}

// A batchResult is the output lines of a batch and what they counted.
type batchResult struct {
	out     []byte
	stats   corpus.Stats
	records int
	bad     []string // "file:line: error" of the first bad records
	err     error    // the input failed: see batch.err
}

// maxReported bounds the bad records named on standard error; the others
// are counted, and every one has its "error" line in the output.
const maxReported = 20

// records runs -jsonl: every line of every input is a record, processed by
// -j workers in batches and written in input order.
func (r *invocation) records() error {
	p, err := corpus.New(r.opts.corpusOptions()...)
	if err != nil {
		return err
	}
	weight := func(b *batch) int64 { return int64(len(b.buf)) }
	return ordered(r.opts.jobs, recordBudget, weight, r.produceBatches, batchWork(p), func(res batchResult) error {
		defer res.release()
		if res.err != nil {
			r.fail(res.err)
			return nil
		}
		r.stats.Merge(res.stats)
		r.badRecs += int(res.stats.Errors)
		for _, msg := range res.bad {
			if r.reported < maxReported {
				fmt.Fprintln(r.stderr, "mend:", msg)
			}
			r.reported++
		}
		r.progress.addRecords(res.records)
		_, err := r.out.Write(res.out)
		return err
	})
}

// produceBatches reads the inputs one after the other and cuts them into
// batches. An input that cannot be opened or looks binary is refused
// whole, before any of its records is sent.
func (r *invocation) produceBatches(send func(*batch) bool) {
	for _, in := range r.inputs {
		src, closeIn, err := r.openText(in)
		if err != nil {
			if !send(&batch{err: refusal(in.name, err)}) {
				return
			}
			continue
		}
		err = readBatches(in.name, bufio.NewReaderSize(src, 64<<10), send)
		closeIn()
		if errors.Is(err, errStopped) {
			return
		}
		if err != nil && !send(&batch{err: fmt.Errorf("%s: %v", in.name, err)}) {
			return
		}
	}
}

var errStopped = errors.New("stopped")

// readBatches cuts one input into batches of whole lines. A line longer
// than a batch is a batch of its own: records are never cut.
func readBatches(file string, br *bufio.Reader, send func(*batch) bool) error {
	b := newBatch(file, 1)
	lineNo := 0
	flush := func() bool {
		if len(b.lines) == 0 {
			return true
		}
		// lines point into buf: fix them now that buf no longer grows.
		at := 0
		for i, l := range b.lines {
			b.lines[i] = b.buf[at : at+len(l)]
			at += len(l)
		}
		ok := send(b)
		b = newBatch(file, lineNo+1)
		return ok
	}
	for {
		line, err := readLine(br)
		if len(line) > 0 || err == nil {
			lineNo++
			line = bytes.TrimSuffix(line, []byte("\n"))
			b.buf = append(b.buf, line...)
			b.lines = append(b.lines, line[:len(line):len(line)])
			if len(b.buf) >= batchBytes || len(b.lines) >= batchRecords {
				if !flush() {
					return errStopped
				}
			}
		}
		if err == io.EOF {
			if !flush() {
				return errStopped
			}
			return nil
		}
		if err != nil {
			if !flush() {
				return errStopped
			}
			return err
		}
	}
}

// readLine returns the next line with its newline (none at the end of the
// input), however long it is.
func readLine(br *bufio.Reader) ([]byte, error) {
	line, err := br.ReadSlice('\n')
	if !errors.Is(err, bufio.ErrBufferFull) {
		return line, err
	}
	long := append([]byte(nil), line...)
	for errors.Is(err, bufio.ErrBufferFull) {
		line, err = br.ReadSlice('\n')
		long = append(long, line...)
	}
	return long, err
}

// Batches and output buffers are reused: a corpus of a gigabyte would
// otherwise allocate its bytes three times over, and the collector, which
// runs every few megabytes of allocation, would take CPU from the
// workers. Buffers that a very long line grew are left to the collector.
var (
	batchPool  sync.Pool // *batch
	outputPool sync.Pool // *[]byte
)

const maxPooled = 4 * batchBytes

func newBatch(file string, first int) *batch {
	b, _ := batchPool.Get().(*batch)
	if b == nil {
		b = &batch{buf: make([]byte, 0, batchBytes+batchBytes/8), lines: make([][]byte, 0, 1024)}
	}
	b.file, b.first = file, first
	return b
}

// release hands b back for reuse once nothing refers to its lines.
func (b *batch) release() {
	if cap(b.buf) > maxPooled || b.err != nil {
		return
	}
	clear(b.lines)
	*b = batch{buf: b.buf[:0], lines: b.lines[:0]}
	batchPool.Put(b)
}

func newOutput(size int) []byte {
	if p, _ := outputPool.Get().(*[]byte); p != nil {
		return slices.Grow((*p)[:0], size)
	}
	return make([]byte, 0, size)
}

// release hands the output buffer back once it was written.
func (r batchResult) release() {
	if cap(r.out) == 0 || cap(r.out) > 2*maxPooled {
		return
	}
	out := r.out[:0]
	outputPool.Put(&out)
}

// batchWork is what a worker does with a batch: process its records and
// hand its buffer back for the next.
func batchWork(p *corpus.Processor) func(*batch) batchResult {
	return func(b *batch) batchResult {
		res := processBatch(p, b)
		b.release()
		return res
	}
}

// processBatch runs the Processor over every line of a batch.
func processBatch(p *corpus.Processor, b *batch) batchResult {
	if b.err != nil {
		return batchResult{err: b.err}
	}
	res := batchResult{out: newOutput(3*len(b.buf) + len(b.lines))} // edits about double a record
	for i, line := range b.lines {
		n := len(res.out)
		var st corpus.RecordStats
		res.out, st = p.AppendProcess(res.out, line)
		res.stats.Add(st)
		res.records += st.Documents
		if len(res.out) == n {
			continue // a blank line
		}
		res.out = append(res.out, '\n')
		if st.Error != "" && len(res.bad) < maxReported {
			res.bad = append(res.bad, fmt.Sprintf("%s:%d: %s", b.file, b.first+i, st.Error))
		}
	}
	return res
}
