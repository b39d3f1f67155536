package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"golang.org/x/text/transform"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/examples/internal/corpus"
)

// plain streams each input through the Cleaner's Transformer, in constant
// memory, one input after the other. An input whose output does not end
// with a newline is followed by one when another input comes after it, so
// that no two inputs run together.
func (r *invocation) plain() error {
	cleaner, err := cleanup.New(r.opts.clean...)
	if err != nil {
		return err
	}
	w := &lastByteWriter{w: r.out}
	for _, in := range r.inputs {
		src, closeIn, err := r.openText(in)
		if err != nil {
			r.fail(refusal(in.name, err))
			continue
		}
		var read int
		src = countingReader{src, func(n int) { read += n }}
		if !r.opts.raw {
			c, head, err := r.cleanerOf(cleaner, src)
			if err != nil {
				closeIn()
				r.fail(fmt.Errorf("%s: %v", in.name, err))
				continue
			}
			src = transform.NewReader(head, c.Transformer())
		}
		if w.n > 0 && w.last != '\n' {
			if _, err := w.Write([]byte{'\n'}); err != nil {
				closeIn()
				return err
			}
		}
		_, err = io.Copy(w, src)
		closeIn()
		if err != nil {
			if w.err != nil {
				return w.err // the output failed: nothing more can be written
			}
			r.fail(refusal(in.name, err))
			continue
		}
		r.stats.Add(corpus.RecordStats{Documents: 1, Bytes: read})
	}
	return nil
}

// cleanerOf is the Cleaner for an input: the one of the options, or the
// one cleanerFor chooses from the input's first 64 KiB. The reader it
// returns still has those bytes.
func (r *invocation) cleanerOf(def *cleanup.Cleaner, src io.Reader) (*cleanup.Cleaner, io.Reader, error) {
	if r.opts.cleanerFor == nil {
		return def, src, nil
	}
	br := bufio.NewReaderSize(src, headSize)
	head, err := br.Peek(headSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, nil, err
	}
	c, err := r.opts.cleanerFor(string(head))
	return c, br, err
}

// openText opens an input as UTF-8 text: refused when its head looks
// binary, decoded when its head is in another charset.
func (r *invocation) openText(in input) (io.Reader, func() error, error) {
	f, err := open(in, r.stdin, r.progress.addBytes)
	if err != nil {
		return nil, nil, err
	}
	forced := r.opts.charset
	if r.opts.noCharset || r.opts.raw {
		forced = "UTF-8"
	}
	charset, err := corpus.Sniff(f.Reader, forced)
	if err != nil {
		f.close()
		return nil, nil, err
	}
	enc, _, err := cleanup.LookupCharset(charset)
	if err != nil || enc == nil {
		return f, f.close, err
	}
	return transform.NewReader(f, enc.NewDecoder()), f.close, nil
}

// lastByteWriter remembers the last byte written and the first error.
type lastByteWriter struct {
	w    io.Writer
	n    int64
	last byte
	err  error
}

func (l *lastByteWriter) Write(p []byte) (int, error) {
	n, err := l.w.Write(p)
	if n > 0 {
		l.n += int64(n)
		l.last = p[n-1]
	}
	if err != nil && l.err == nil {
		l.err = err
	}
	return n, err
}
