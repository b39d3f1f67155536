package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/textmend/textmend/examples/internal/corpus"
)

// A document is one input of -json as a worker returns it: analysed, and
// encoded only when its turn comes to be written, straight onto the output.
type document struct {
	analysis *corpus.Analysis // nil when line is set
	line     []byte           // {"file","error"} of an input that could not be read
	stats    corpus.RecordStats
	err      error // unreadable or refused
}

// documents prints one JSON object per input, in input order, reading and
// analysing up to -j inputs at once.
func (r *invocation) documents() error {
	p, err := corpus.New(r.opts.corpusOptions()...)
	if err != nil {
		return err
	}
	produce := func(send func(input) bool) {
		for _, in := range r.inputs {
			if !send(in) {
				return
			}
		}
	}
	work := func(in input) document { return r.document(p, in) }
	return ordered(r.opts.jobs, documentsInFlight(r.inputs), inputWeight, produce, work, func(d document) error {
		if d.err != nil {
			r.fail(d.err)
		} else {
			r.stats.Add(d.stats)
		}
		r.progress.addRecords(1)
		if d.analysis != nil {
			if _, err := d.analysis.WriteTo(r.out); err != nil {
				return err
			}
		} else {
			r.out.Write(d.line)
		}
		return r.out.WriteByte('\n')
	})
}

// documentBudget bounds the input bytes of the documents in flight (see
// documentsInFlight), and is what standard input, of unknown size, counts
// as: a larger document is read and analysed alone, so memory follows the
// largest document, not the number of workers.
const documentBudget = 8 << 20

// inputWeight is what an input is expected to hold: its size, four times
// that when it is compressed; standard input, of unknown size, counts as
// the whole budget.
func inputWeight(in input) int64 {
	switch {
	case in.size < 0:
		return documentBudget
	case strings.HasSuffix(in.name, ".gz") || strings.HasSuffix(in.name, ".zst"):
		return 4 * in.size
	}
	return in.size
}

// document reads one input whole and analyses it. Its head is sniffed
// first, so that binary data is refused before it is read into memory.
func (r *invocation) document(p *corpus.Processor, in input) document {
	name := in.name
	fail := func(err error) document {
		// The line has the file already: its error says only why.
		return document{line: corpus.FileError(name, reason(name, err)), err: refusal(name, err)}
	}
	f, err := open(in, r.stdin, r.progress.addBytes)
	if err != nil {
		return fail(err)
	}
	defer f.close()
	forced := r.opts.charset
	if r.opts.noCharset || r.opts.raw {
		forced = "UTF-8"
	}
	if _, err := corpus.Sniff(f.Reader, forced); err != nil {
		return fail(err)
	}
	data, err := readWhole(f, in)
	if err != nil {
		return fail(err)
	}
	a, st := p.Analyse(name, data)
	if st.Error != "" {
		return document{analysis: a, stats: st, err: fmt.Errorf("%s: refused: %s", name, st.Error)}
	}
	return document{analysis: a, stats: st}
}

// readWhole reads an input into one buffer of its size when that is known,
// rather than doubling one as io.ReadAll does (a 50 MB file would take up
// to 100 MB).
func readWhole(r io.Reader, in input) ([]byte, error) {
	if in.size <= 0 || inputWeight(in) != in.size { // unknown, or compressed
		return io.ReadAll(r)
	}
	b := bytes.NewBuffer(make([]byte, 0, in.size+bytes.MinRead))
	_, err := b.ReadFrom(r)
	return b.Bytes(), err
}

// reason is an input's error without its name in front.
func reason(name string, err error) error {
	msg := refusal(name, err).Error()
	if rest, ok := strings.CutPrefix(msg, name+": "); ok {
		return errors.New(rest)
	}
	return errors.New(msg)
}
