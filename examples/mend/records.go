package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

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
	work := func(b *batch) batchResult { return processBatch(p, b) }
	weight := func(b *batch) int64 { return int64(len(b.buf)) }
	return ordered(r.opts.jobs, recordBudget, weight, r.produceBatches, work, func(res batchResult) error {
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
	b := &batch{file: file, first: 1}
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
		b = &batch{file: file, first: lineNo + 1}
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

// processBatch runs the Processor over every line of a batch.
func processBatch(p *corpus.Processor, b *batch) batchResult {
	if b.err != nil {
		return batchResult{err: b.err}
	}
	res := batchResult{out: make([]byte, 0, 2*len(b.buf)+len(b.lines))}
	for i, line := range b.lines {
		out, st := p.Process(line)
		res.stats.Add(st)
		res.records += st.Documents
		if out == nil {
			continue
		}
		res.out = append(append(res.out, out...), '\n')
		if st.Error != "" && len(res.bad) < maxReported {
			res.bad = append(res.bad, fmt.Sprintf("%s:%d: %s", b.file, b.first+i, st.Error))
		}
	}
	return res
}
