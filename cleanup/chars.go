package cleanup

import (
	"unicode"
	"unicode/utf8"
)

// Character classes shared by the rules.

// isBlank reports horizontal white space as the spacing rules see it
// after unicode-spaces has run: plain spaces and tabs.
func isBlank(b byte) bool { return b == ' ' || b == '\t' }

// isLetterOrDigit is the class whose sequence no spacing rule may change.
func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isCJK reports scripts that are written without spaces between words.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) ||
		r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}

// runeBefore returns the rune ending at byte i of s, or utf8.RuneError
// with size 0 at the start.
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return utf8.RuneError, 0
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// runeAt returns the rune starting at byte i of s, or utf8.RuneError with
// size 0 at the end.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Quotation marks. A mark's role (opening or closing) depends on the
// convention: “ opens in English and closes in German, so the punctuation
// rules ask quoteRole, which also looks at the marks before it.
const (
	lowDouble     = '„' // U+201E, opens in German and Polish
	lowSingle     = '‚' // U+201A, opens in German
	leftDouble    = '“' // U+201C, opens in English, closes in German
	rightDouble   = '”' // U+201D, closes in English and Polish
	leftSingle    = '‘' // U+2018, opens in English, closes in German
	rightSingle   = '’' // U+2019, closes in English; also the apostrophe
	leftGuill     = '«'
	rightGuill    = '»'
	leftGuillOne  = '‹'
	rightGuillOne = '›'
)

func isQuoteMark(r rune) bool {
	switch r {
	case lowDouble, lowSingle, leftDouble, rightDouble, leftSingle, rightSingle,
		leftGuill, rightGuill, leftGuillOne, rightGuillOne, '"':
		return true
	}
	return false
}

func isOpenBracket(r rune) bool  { return r == '(' || r == '[' || r == '{' }
func isCloseBracket(r rune) bool { return r == ')' || r == ']' || r == '}' }

// isWebToken reports whether tok, a white-space-delimited token, is a
// URL, an e-mail address, a handle or a hashtag: punctuation inside those
// is never spacing.
func isWebToken(tok string) bool {
	if len(tok) > 0 && (tok[0] == '#' || tok[0] == '@') {
		return true
	}
	for k := 0; k+1 < len(tok); k++ {
		switch {
		case tok[k] == '@':
			return true
		case tok[k] == ':' && k+2 < len(tok) && tok[k+1] == '/' && tok[k+2] == '/':
			return true
		case k+4 <= len(tok) && (tok[k:k+4] == "www." || tok[k:k+4] == "WWW."):
			return true
		}
	}
	return false
}

// byteToken returns the token around byte i, delimited by ASCII white
// space.
func byteToken(s string, i int) (lo, hi int) {
	lo, hi = i, i
	for lo > 0 && !isSpaceByte(s[lo-1]) {
		lo--
	}
	for hi < len(s) && !isSpaceByte(s[hi]) {
		hi++
	}
	return lo, hi
}

// A tokenMemo remembers the verdict on the token last asked about. Rules
// ask about every mark of a token, and without it a megabyte without
// spaces would be scanned once per mark: quadratic.
type tokenMemo struct {
	start, end int // the token; end == 0 before the first question
	verdict    bool
}

// judge returns judge(token around i), with the token found by bounds,
// computing both only when i is outside the token it last judged.
func (m *tokenMemo) judge(s string, i int, bounds func(string, int) (int, int), judge func(string) bool) bool {
	if m.end > 0 && m.start <= i && i < m.end {
		return m.verdict
	}
	lo, hi := bounds(s, i)
	m.start, m.end, m.verdict = lo, max(hi, lo+1), judge(s[lo:hi])
	return m.verdict
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
