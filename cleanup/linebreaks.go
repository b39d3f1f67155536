package cleanup

import (
	"strings"
	"unicode/utf8"
)

// fixInvalidUTF8 replaces each byte that is not part of valid UTF-8 with
// U+FFFD, one edit per byte, so the output is valid UTF-8 and says where
// the input was not.
func fixInvalidUTF8(_ *pass, s string, out *changes) {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			out.replace(i, i+1, "\uFFFD")
		}
		i += n
	}
}

// fixLineBreaks turns CRLF, lone CR, NEL and the Unicode line and
// paragraph separators into "\n", so every later rule sees one kind of
// line end.
func fixLineBreaks(_ *pass, s string, out *changes) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '\r' && c < utf8.RuneSelf {
			// Skip ASCII up to the next CR or non-ASCII byte, eight bytes
			// at a time where there is none.
			for i+8 <= len(s) && !hasCROrHigh(s[i:i+8]) {
				i += 8
			}
			if i == len(s) {
				return
			}
			if s[i] != '\r' && s[i] < utf8.RuneSelf {
				continue
			}
		}
		switch s[i] {
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				out.remove(i, i+1)
				continue
			}
			// A run of lone CRs is one change, so that it costs the
			// later steps one change, not one per byte.
			j := i + 1
			for j < len(s) && s[j] == '\r' && (j+1 == len(s) || s[j+1] != '\n') {
				j++
			}
			out.replace(i, j, newlines(j-i))
			i = j - 1
		case 0xC2: // U+0085 NEXT LINE
			if i+1 < len(s) && s[i+1] == 0x85 {
				out.replace(i, i+2, "\n")
				i++
			}
		case 0xE2: // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				out.replace(i, i+3, "\n")
				i += 2
			}
		}
	}
}

// hasCROrHigh reports whether the eight bytes of b hold a CR or a byte
// of 0x80 or more.
func hasCROrHigh(b string) bool {
	w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := w ^ (ones * '\r') // zero bytes where b has CR
	return (x-ones)&^x&highs != 0 || w&highs != 0
}

// newlines returns n line feeds, without allocating for the usual one.
func newlines(n int) string {
	if n == 1 {
		return "\n"
	}
	return strings.Repeat("\n", n)
}
