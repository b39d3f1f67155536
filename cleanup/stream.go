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
	return &streamer{c: c}
}

type streamer struct {
	c       *Cleaner
	pending []byte // input not yet cut into a segment
	out     []byte // cleaned text not yet handed to dst
	outAt   int    // how much of out dst has taken
}

func (t *streamer) Reset() {
	t.pending, t.out, t.outAt = t.pending[:0], t.out[:0], 0
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
		// than a segment may hold.
		if room := maxSegment + 1 - len(t.pending); room > 0 && nSrc < len(src) {
			k := min(room, len(src)-nSrc)
			t.pending = append(t.pending, src[nSrc:nSrc+k]...)
			nSrc += k
		}
		eof := atEOF && nSrc == len(src)
		if len(t.pending) == 0 {
			return nDst, nSrc, nil
		}
		n, endsLine, ok := nextSegment(t.pending, eof)
		if !ok {
			// Everything offered is buffered; wait for more input.
			return nDst, nSrc, nil
		}
		// The segment is only read while pending stays untouched, and
		// what cleanSegment returns is copied out before pending moves,
		// so a string view avoids copying every segment.
		seg := unsafe.String(unsafe.SliceData(t.pending), n)
		t.c.cleanSegment(seg, endsLine, false, &t.out)
		t.pending = t.pending[:copy(t.pending, t.pending[n:])]
	}
}
