package cleanup

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSegment bounds how much text the rules see at once. Paragraphs are the
// unit: rules such as the language guess look at a whole one, and one
// paragraph's marks or words never change how another is cleaned. A cap
// keeps memory bounded for megabytes without a blank line, and it is what
// lets the streaming Transformer give exactly Clean's output.
const maxSegment = 64 << 10

// nextSegment returns the length of the segment at the start of s, and
// whether that segment ends at a line end (or the end of the input). With
// atEOF false and too little text to decide, ok is false: the caller must
// read more. The cut depends only on the first maxSegment+1 bytes of s, so
// a stream and a whole string are cut alike.
//
// A segment is one paragraph, cut after the line break that ends it (see
// paragraphEnd): cleaning neither makes nor removes a paragraph break, so a
// cleaned text is cut at the same places, and cleaning it again changes
// nothing. A paragraph longer than maxSegment is cut, in order of
// preference, after a line break, before a word that follows a single
// space, and last at a rune boundary.
func nextSegment[T ~string | ~[]byte](s T, atEOF bool) (n int, endsLine, ok bool) {
	c, ok, _ := nextSegmentFrom(s, 0, atEOF)
	return c.n, c.endsLine, ok
}

// A cut is where a segment ends.
type cut struct {
	n        int
	endsLine bool // the segment ends at a line end or the end of the input
	endsPara bool // it ends its paragraph: the next one starts a paragraph
}

// nextSegmentFrom is nextSegment for a caller that has already learnt
// (from resume, returned by an earlier call on a shorter s) that no
// paragraph of s ends before from: a stream that arrives a byte at a time
// is then scanned once, not once per byte.
func nextSegmentFrom[T ~string | ~[]byte](s T, from int, atEOF bool) (c cut, ok bool, resume int) {
	n, found, resume := paragraphEnd(s[:min(len(s), maxSegment+1)], from, atEOF && len(s) <= maxSegment+1)
	if found {
		return cut{n, true, true}, true, 0
	}
	if len(s) <= maxSegment {
		if !atEOF {
			return cut{}, false, resume
		}
		return cut{len(s), true, true}, true, 0
	}
	n, endsLine, _ := longParagraphCut(s)
	return cut{n, endsLine, false}, true, 0
}

// longParagraphCut cuts a paragraph longer than a segment.
func longParagraphCut[T ~string | ~[]byte](s T) (n int, endsLine, ok bool) {
	// Only the last three quarters of the window are searched, so every
	// segment is at least maxSegment/4 long and cutting stays linear.
	w := s[:maxSegment]
	const from = maxSegment / 4
	lineCut := -1
	for i := len(w) - 1; i > from; i-- {
		switch w[i] {
		case '\n':
			if lineCut < 0 {
				lineCut = i + 1
			}
		case '\r':
			// A CR followed by LF is cut after the LF, never between them.
			if lineCut < 0 && s[i+1] != '\n' {
				lineCut = i + 1
			}
		}
	}
	if lineCut > 0 {
		return lineCut, true, true
	}
	for i := len(w) - 1; i > from; i-- {
		if w[i-1] == ' ' && wordStartByte(w[i]) && wordEndByte(w[i-2]) {
			return i, false, true
		}
	}
	// No space: cut inside a word of ASCII letters and digits, where no
	// rule acts between two of them, unless inside a character reference
	// or a chain of them; such a chain is passed over whole.
	for i := len(w) - 1; i > from; i-- {
		if !isWordByte(w[i]) || !isWordByte(w[i-1]) {
			continue
		}
		amp := referenceOpen(w, i)
		if amp < 0 {
			return i, false, true
		}
		i = amp
	}
	i := len(w)
	for i > from && !utf8.RuneStart(s[i]) {
		i--
	}
	return referenceCut(w, i, from), false, true
}

// referenceOpen returns where the "&" of a character reference, or of a
// chain of them ("&amp;amp;lt;", decoded through as one), starts when a cut
// before byte i would fall inside it, and -1 otherwise. Everything between
// the "&" and i must be letters, digits, "#" or ";"; the scan stops at the
// first other byte, so each byte is read at most once per cut.
func referenceOpen[T ~string | ~[]byte](w T, i int) int {
	j := i
	for j > 0 && isReferenceByte(w[j-1]) {
		j--
	}
	if j > 0 && w[j-1] == '&' {
		return j - 1
	}
	return -1
}

// referenceCut moves the last-resort cut i out of a reference or chain:
// before its "&" when that leaves a segment long enough, else just after
// the "&", so that no part of a chain longer than a segment is decoded
// (decoding a part would change what the rest decodes to when cleaned
// again). Such a chain is left as it is.
func referenceCut[T ~string | ~[]byte](w T, i, from int) int {
	amp := referenceOpen(w, i)
	switch {
	case amp < 0:
		return i
	case amp > from:
		return amp
	default:
		return amp + 1
	}
}

func isReferenceByte(b byte) bool { return isWordByte(b) || b == '#' || b == ';' }

// wordStartByte and wordEndByte accept the first and last byte of a word: an
// ASCII letter or digit, or a byte of a multi-byte character (so that a
// word of mojibake or of another script is not cut from its space).
func wordStartByte(b byte) bool { return isWordByte(b) || b >= 0xC0 }
func wordEndByte(b byte) bool   { return isWordByte(b) || b >= 0x80 }

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// paragraphEnd returns where the first paragraph of s ends: after the line
// break that a blank line follows, when that ends before maxSegment. A
// line break is LF, CRLF, CR, FF, VT, LS or PS, and a blank line holds only
// white space, invisible characters and C0 controls, because line-breaks,
// space-runs, invisible-chars and control-chars turn each of these into a
// bare "\n\n": the paragraph
// breaks of a cleaned text are those of its input. complete says s is the
// whole rest of the input; otherwise a CR at its end might be half a CRLF.
func paragraphEnd[T ~string | ~[]byte](s T, from int, complete bool) (n int, found bool, resume int) {
	var next lineBreakFinder
	i := from
	for i < len(s) && i < maxSegment {
		if i = next.at(s, i, len(s)); i >= len(s) {
			break
		}
		k := lineBreakAt(s, i)
		if k == 0 {
			i++
			continue
		}
		end := i + k
		if s[i] == '\r' && end == len(s) && !complete {
			return 0, false, i // CR or CRLF: the next byte decides
		}
		switch st, _ := blankLineAt(s, end, complete); st {
		case lineBlank:
			return blankRunEnd(s, end, complete, i)
		case lineOpen:
			return 0, false, i // more text may still make it blank
		}
		i = end
	}
	// A multi-byte line break may be cut at the end: read it again.
	return 0, false, max(from, min(i, len(s))-utf8.UTFMax)
}

// lineBreakFinder finds the bytes that may start a line break (LF, CR,
// FF, VT, and 0xE2 of LS and PS) with IndexByte, which reads many bytes at
// a time. It remembers each kind's next place, and looks for all but LF
// only up to the next LF, so that a search costs the length of the
// paragraph, not of the text after it. NEL is no paragraph break: in
// Latin text control-chars reads U+0085 as the Windows-1252 "…" it was.
type lineBreakFinder struct {
	next    [len(lineBreakStarts)]int // next offset of each at or after the last query, or the end of its search
	started bool
}

// lineBreakStarts are the first bytes of line breaks, LF first.
var lineBreakStarts = [...]byte{'\n', '\r', '\f', '\v', 0xE2}

// at returns the offset of the first such byte of s at or after i, or
// len(s).
func (f *lineBreakFinder) at(s any, i, n int) int {
	if !f.started {
		for k := range f.next {
			f.next[k] = -1
		}
		f.started = true
	}
	if f.next[0] < i {
		f.next[0] = indexByteIn(s, '\n', i, n)
	}
	first := f.next[0]
	for k := 1; k < len(f.next); k++ {
		if f.next[k] < i {
			f.next[k] = indexByteIn(s, lineBreakStarts[k], i, f.next[0])
		}
		first = min(first, f.next[k])
	}
	return first
}

// indexByteIn returns the offset of the first c in s[i:hi], or hi.
func indexByteIn(s any, c byte, i, hi int) int {
	k := -1
	switch v := s.(type) {
	case string:
		k = strings.IndexByte(v[i:hi], c)
	case []byte:
		k = bytes.IndexByte(v[i:hi], c)
	}
	if k < 0 {
		return hi
	}
	return i + k
}

type lineState uint8

const (
	lineFull  lineState = iota // the line holds text
	lineBlank                  // blank and ended by a line break
	lineOpen                   // blank so far, but s ends before the line does
)

// blankRunEnd returns where the run of blank lines at s[at:] ends: a
// segment takes the blank lines after its paragraph, so that a thousand
// empty lines are one segment, not a thousand. brk is the offset of the
// paragraph's last line break, for a caller that must read more.
func blankRunEnd[T ~string | ~[]byte](s T, at int, complete bool, brk int) (n int, found bool, resume int) {
	for at < maxSegment {
		st, end := blankLineAt(s, at, complete)
		switch {
		case st == lineBlank:
			at = end
		case st == lineOpen && !complete:
			return 0, false, brk // more blank lines, or text, may follow
		case st == lineOpen && at < len(s):
			return len(s), len(s) <= maxSegment, 0 // blank to the end
		default:
			return at, true, 0
		}
	}
	// Blank lines longer than a segment: cut after the last one that fits.
	return at, at <= maxSegment, 0
}

// blankLineAt tells whether the line at s[i:] is blank, and for a blank
// line where it ends, after its line break. complete says s is the whole
// rest of the input.
func blankLineAt[T ~string | ~[]byte](s T, i int, complete bool) (lineState, int) {
	for i < len(s) {
		if k := lineBreakAt(s, i); k > 0 {
			if s[i] == '\r' && k == 1 && i+1 == len(s) {
				return lineOpen, i // CR or CRLF: the next byte decides
			}
			return lineBlank, i + k
		}
		if s[i] == 0x1B {
			n, open := blankEscapeLen(s, i, complete)
			if open {
				return lineOpen, i // the sequence may go on past the end of s
			}
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
		if r == utf8.RuneError && i+utf8.UTFMax > len(s) {
			return lineOpen, i // perhaps a rune cut at the end
		}
		if r == utf8.RuneError || !blankRune(r) {
			return lineFull, i
		}
		i += size
	}
	return lineOpen, i
}

// lineBreakAt returns the length of the line break at s[i], or 0.
func lineBreakAt[T ~string | ~[]byte](s T, i int) int {
	switch c := s[i]; {
	case c == '\n' || c == '\f' || c == '\v': // control-chars makes FF and VT a "\n"
		return 1
	case c == '\r':
		// CR before FF or VT is one break, like CRLF: control-chars makes
		// them "\r\n", which line-breaks makes one "\n".
		if i+1 < len(s) && (s[i+1] == '\n' || s[i+1] == '\f' || s[i+1] == '\v') {
			return 2
		}
		return 1
	case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9): // LS, PS
		return 3
	}
	return 0
}

// blankEscapeLen returns the length of the escape sequence at s[i], which
// control-chars removes whole, so that a line of nothing but "\x1b[0m" is
// blank before cleaning as it is after. A string command that holds a line
// break other than LF counts as the ESC alone: that line is judged by its
// text. open says s ends before the sequence may.
func blankEscapeLen[T ~string | ~[]byte](s T, i int, complete bool) (n int, open bool) {
	w := string(s[i:min(len(s), i+maxEscape+2)])
	n = escapeLen(w)
	if n == 1 && !complete && i+maxEscape+2 > len(s) {
		return 0, true
	}
	if strings.ContainsAny(w[:n], "\r\f\v\u2028\u2029") {
		return 1, false
	}
	return n, false
}

// blankRune reports a character that leaves a line blank: white space, a
// format character that invisible-chars removes, or a C0 control or DEL,
// which control-chars always removes.
func blankRune(r rune) bool {
	return r != '\f' && r != '\v' && (unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || r < 0x20 || r == 0x7F)
}
