package cleanup

import "unicode/utf8"

// maxSegment bounds how much text the rules see at once. Paragraphs are the
// natural unit (rules such as the language guess look at a whole one), but
// a cap keeps memory bounded for megabytes without a blank line, and it is
// what lets the streaming Transformer give exactly Clean's output.
const maxSegment = 64 << 10

// nextSegment returns the length of the segment at the start of s, and
// whether that segment ends at a line end (or the end of the input). With
// atEOF false and too little text to decide, ok is false: the caller must
// read more. The cut depends only on the first maxSegment+1 bytes of s, so
// a stream and a whole string are cut alike.
//
// Preferred cuts, in order: after a paragraph break (a line break followed
// by another), after any line break, before a word that follows a single
// space, and last at a rune boundary.
func nextSegment[T ~string | ~[]byte](s T, atEOF bool) (n int, endsLine, ok bool) {
	if len(s) <= maxSegment {
		if !atEOF {
			return 0, false, false
		}
		return len(s), true, true
	}
	// Only the last three quarters of the window are searched, so every
	// segment is at least maxSegment/4 long and cutting stays linear.
	w := s[:maxSegment]
	const from = maxSegment / 4
	lineCut := -1
	for i := len(w) - 1; i > from; i-- {
		switch w[i] {
		case '\n':
			if w[i-1] == '\n' {
				return i, true, true
			}
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
		if w[i-1] == ' ' && isWordByte(w[i]) && isWordByte(w[i-2]) {
			return i, false, true
		}
	}
	i := len(w)
	for i > from && !utf8.RuneStart(s[i]) {
		i--
	}
	return i, false, true
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
