package cleanup

import (
	"unsafe"

	"golang.org/x/text/transform"
)

// Transformer returns a transform.Transformer that cleans a stream, for
// transform.NewReader and transform.NewWriter. It gives exactly what
// Clean gives for the whole input, holding at most about two segments
// (128 KiB) in memory however long the stream. Each Transformer is for
// one stream at a time; the Cleaner behind it may serve many.
func (c *Cleaner) Transformer() transform.Transformer {
	return &streamer{c: c, paras: paragraphs{copies: true}}
}

type streamer struct {
	c       *Cleaner
	pending []byte // input not yet cut into a segment: pending[start:]
	start   int
	resume  int // no paragraph of pending[start:] ends before this
	paras   paragraphs
	out     []byte // cleaned text not yet handed to dst
	outAt   int    // how much of out dst has taken
}

func (t *streamer) Reset() {
	t.pending, t.start, t.out, t.outAt, t.resume = t.pending[:0], 0, t.out[:0], 0, 0
	t.paras.reset()
}

func (t *streamer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for {
		if t.outAt < len(t.out) {
			n := copy(dst[nDst:], t.out[t.outAt:])
			nDst += n
			t.outAt += n
			if t.outAt < len(t.out) {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
		t.out, t.outAt = t.out[:0], 0

		// Read just enough that nextSegment can decide: one byte more
		// than a segment may hold. Consumed input is dropped once it is
		// more than half the buffer, so each byte moves O(1) times
		// however short the paragraphs.
		if t.start > len(t.pending)/2 {
			t.pending = t.pending[:copy(t.pending, t.pending[t.start:])]
			t.start = 0
		}
		if room := maxSegment + 1 - (len(t.pending) - t.start); room > 0 && nSrc < len(src) {
			k := min(room, len(src)-nSrc)
			t.pending = append(t.pending, src[nSrc:nSrc+k]...)
			nSrc += k
		}
		eof := atEOF && nSrc == len(src)
		rest := t.pending[t.start:]
		if len(rest) == 0 {
			return nDst, nSrc, nil
		}
		cut, ok, resume := nextSegmentFrom(rest, t.resume, eof)
		t.resume = resume
		if !ok {
			// Everything offered is buffered; wait for more input.
			return nDst, nSrc, nil
		}
		// The segment is only read while pending stays untouched, and
		// what cleanSegment returns is copied out before pending moves,
		// so a string view avoids copying every segment.
		seg := unsafe.String(unsafe.SliceData(rest), cut.n)
		from := len(t.out)
		t.c.cleanSegment(seg, cut.endsLine, t.paras.context(), nil, &t.out)
		t.paras.after(unsafe.String(unsafe.SliceData(t.out[from:]), len(t.out)-from), cut.endsPara)
		t.start += cut.n
	}
}
