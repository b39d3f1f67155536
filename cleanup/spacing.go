package cleanup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fixUnicodeSpaces turns no-break and other Unicode spaces into plain
// spaces, except where typography wants them: before French ; : ! ? » and
// after «, inside numbers (6 276) and between a number and its unit
// (100 km), after a short abbreviation (z. B., Dr. Müller), and the
// ideographic space beside CJK text.
func fixUnicodeSpaces(p *pass, s string, out *changes) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			k := firstNonASCII(s[i:]) // the spaces are all non-ASCII
			if k < 0 {
				return
			}
			i += k
			continue
		}
		if c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isUnicodeSpace(r) && !spaceRequired(s, i, n, r) {
			out.replace(i, i+n, " ")
		}
		i += n
	}
}

func isUnicodeSpace(r rune) bool {
	switch r {
	case '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000':
		return true
	}
	return r >= '\u2000' && r <= '\u200A'
}

// spaceRequired reports whether the special space r at s[i:i+n] carries
// typographic meaning that a plain space would lose.
func spaceRequired(s string, i, n int, r rune) bool {
	if r == '\u3000' && ideographicIndent(s, i) {
		return true
	}
	prev, _ := runeBefore(s, i)
	next, _ := runeAt(s, i+n)
	if unicode.IsSpace(prev) || unicode.IsSpace(next) {
		return false // beside another space it only widens a gap
	}
	if r == '\u3000' {
		return isCJK(prev) || isCJK(next)
	}
	switch r {
	case '\u00A0', '\u202F', '\u2009', '\u2007', '\u200A':
	default:
		return false // en, em and other wide spaces are layout, not meaning
	}
	switch {
	case next == ';' || next == ':' || next == '!' || next == '?' || next == rightGuill || next == rightGuillOne:
		return true
	case prev == leftGuill || prev == leftGuillOne:
		return true
	case unicode.IsDigit(prev) && (unicode.IsDigit(next) || unicode.IsLetter(next) || next == '%' || unicode.Is(unicode.Sc, next)):
		return true
	case prev == '§' || prev == '¶' || prev == '№' || unicode.Is(unicode.Sc, prev) && unicode.IsDigit(next):
		return true
	case prev == '.' && (unicode.IsLetter(next) || unicode.IsDigit(next)):
		return shortWordBefore(s, i-1)
	}
	return false
}

// ideographicIndent reports an ideographic space in the run of them that
// starts a line before CJK text: the paragraph indent of Japanese and
// Chinese typesetting ("　今日は…"), which a plain space would not keep.
func ideographicIndent(s string, i int) bool {
	const ideoSpace = "\u3000"
	lo := i
	for lo >= len(ideoSpace) && s[lo-len(ideoSpace):lo] == ideoSpace {
		lo -= len(ideoSpace)
	}
	if lo > 0 && s[lo-1] != '\n' {
		return false
	}
	hi := i
	for strings.HasPrefix(s[hi:], ideoSpace) {
		hi += len(ideoSpace)
	}
	next, _ := runeAt(s, hi)
	return isCJK(next) && next != '\u3000'
}

// shortWordBefore reports whether the letters before byte i form a word of
// at most three letters: the abbreviations (z., Dr., Nr.) that keep a
// no-break space after their period.
func shortWordBefore(s string, i int) bool {
	letters := 0
	for i > 0 {
		r, n := runeBefore(s, i)
		if !unicode.IsLetter(r) {
			break
		}
		letters++
		i -= n
	}
	return letters > 0 && letters <= 3
}

// fixSpaceRuns collapses runs of spaces and tabs inside a line to one
// space and removes white space at the end of a line. Indentation at the
// start of a line is kept (code, verse, lists), and blank lines stay.
func fixSpaceRuns(p *pass, s string, out *changes) {
	lineStart := true
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\n' {
			lineStart = true
			i++
			continue
		}
		if !isBlank(c) {
			lineStart = false
			i++
			continue
		}
		j := i
		for j < len(s) && isBlank(s[j]) {
			j++
		}
		switch {
		case j == len(s) && p.endsLine || j < len(s) && s[j] == '\n':
			out.remove(i, j) // trailing
		case lineStart:
			// indentation
		case j < len(s) && s[j] == ':':
			// a column of labels aligned on their colons: "Physiker  : Albert"
		case j-i > 1 || c == '\t':
			out.replace(i, j, " ")
		}
		i = j
	}
}
