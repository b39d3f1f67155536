package cleanup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fixHTMLEntities decodes character references that leaked into plain
// text: "Fish &amp; Chips", "&#8222;Hallo&#8220;", "&#x2019;", and the
// ALL-CAPS names of shouting HTML ("CAF&EACUTE;"). A reference needs its
// semicolon ("AT&T;" is rare, "AT&T" common). Text that holds HTML tags
// is HTML, where references are right, and is left alone. A reference to
// "&" that forms another reference with the text after it ("&amp;lt;", a
// doubly escaped "<") is decoded through, so that cleaning twice changes
// nothing more.
func fixHTMLEntities(_ *pass, s string, out *changes) {
	i := strings.IndexByte(s, '&')
	if i < 0 || looksLikeHTML(s) {
		return
	}
	for i >= 0 {
		r, end, ok := parseReference(s, i+1)
		for ok && r == '&' {
			r2, end2, ok2 := parseReference(s, end)
			if !ok2 {
				break
			}
			r, end = r2, end2
		}
		if ok {
			out.replace(i, end, string(r))
			i = end
		} else {
			i++
		}
		j := strings.IndexByte(s[i:], '&')
		if j < 0 {
			break
		}
		i += j
	}
}

// looksLikeHTML reports whether s holds a tag, a comment or a doctype:
// "<" then a letter, "/" or "!", and a ">" later on the same line.
func looksLikeHTML(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		if c := s[i+1]; c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			rest := s[i+1:]
			if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
				rest = rest[:nl]
			}
			if strings.IndexByte(rest, '>') >= 0 {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// maxEntityName bounds the name of a reference; the longest HTML 4 name
// has 8 letters.
const maxEntityName = 10

// parseReference reads a character reference whose "&" ends before byte
// i of s. It returns the character and the end of the reference.
func parseReference(s string, i int) (r rune, end int, ok bool) {
	if i >= len(s) {
		return 0, 0, false
	}
	if s[i] == '#' {
		return parseNumericReference(s, i+1)
	}
	j := i
	for j < len(s) && j-i <= maxEntityName && (isEntityLetter(s[j]) || j > i && s[j] >= '0' && s[j] <= '9') {
		j++
	}
	if j == i || j >= len(s) || s[j] != ';' {
		return 0, 0, false
	}
	name := s[i:j]
	if r, ok := htmlEntities[name]; ok {
		return r, j + 1, true
	}
	// ALL-CAPS HTML: &EACUTE; is É, &AMP; is &.
	if isUpperASCII(name) {
		var buf [maxEntityName + 1]byte
		lower := buf[:len(name)]
		for k := 0; k < len(name); k++ {
			lower[k] = name[k] | 0x20
			if name[k] >= '0' && name[k] <= '9' {
				lower[k] = name[k]
			}
		}
		if r, ok := htmlEntities[string(lower)]; ok {
			return unicode.ToUpper(r), j + 1, true
		}
	}
	return 0, 0, false
}

// parseNumericReference reads the digits of "&#8222;" or "&#x201E;"
// starting at byte i. References to C1 controls mean Windows-1252
// characters, as browsers read them; references to NUL, surrogates and
// beyond U+10FFFF are not characters and stay as they are.
func parseNumericReference(s string, i int) (rune, int, bool) {
	hex := i < len(s) && (s[i] == 'x' || s[i] == 'X')
	if hex {
		i++
	}
	var v rune
	j := i
	for ; j < len(s) && j-i < 8; j++ {
		c := s[j]
		switch {
		case c >= '0' && c <= '9':
			v = v*numBase(hex) + rune(c-'0')
		case hex && (c|0x20) >= 'a' && (c|0x20) <= 'f':
			v = v*16 + rune(c|0x20-'a'+10)
		default:
			goto done
		}
	}
done:
	if j == i || j >= len(s) || s[j] != ';' {
		return 0, 0, false
	}
	if v >= 0x80 && v <= 0x9F {
		v = windows1252.decode[v]
	}
	if v == 0 || v > unicode.MaxRune || v >= 0xD800 && v <= 0xDFFF || !utf8.ValidRune(v) {
		return 0, 0, false
	}
	return v, j + 1, true
}

func numBase(hex bool) rune {
	if hex {
		return 16
	}
	return 10
}

func isEntityLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isUpperASCII(s string) bool {
	letters := 0
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			letters++
		}
	}
	return letters > 1
}
