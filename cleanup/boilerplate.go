package cleanup

import (
	"strings"
	"unicode/utf8"
)

// Boilerplate paragraphs. A page's navigation, breadcrumbs and teaser lists
// often reach the text with their separators already gone in the source
// (HakkımızdaDuyurular BasınOdası FotoğrafGalerisi), and the text as
// published keeps them so. Scraping damage loses one space here and there;
// a paragraph where three tokens or more are glued at a change of case is
// the page's own layout, where a cut would change the source rather than
// restore it, and which word boundary the source meant is unknown. The join
// rules leave such a paragraph as it is. Protected names (YouTube, iPhone)
// and name prefixes (McDonald) are not counted: they are spelled so.

// boilerplateTokens is the number of glued tokens that makes a paragraph
// boilerplate.
const boilerplateTokens = 3

// A glueMemo caches gluedParagraph for the paragraph last asked about.
type glueMemo struct {
	start, end int // end == 0: none yet
	glued      bool
}

// gluedParagraph reports whether the paragraph around byte i of s (its
// line, in a paragraph too long to guess, as the language guess takes it)
// holds boilerplateTokens tokens or more glued at a change of case.
func (c *Cleaner) gluedParagraph(s string, i int, m *glueMemo) bool {
	if m.end > 0 && m.start <= i && i < m.end {
		return m.glued
	}
	start, end := paragraphAround(s, i)
	if end-start > maxGuessParagraph {
		start, end = lineAround(s, i)
	}
	n := 0
	for k := start; k < end && n < boilerplateTokens; {
		for k < end && isSpaceByte(s[k]) {
			k++
		}
		te := k
		for te < end && !isSpaceByte(s[te]) {
			te++
		}
		if te > k && c.gluedToken(s[k:te]) {
			n++
		}
		k = te
	}
	*m = glueMemo{start: start, end: max(end, start+1), glued: n >= boilerplateTokens}
	return m.glued
}

// gluedToken reports a prose token with a capital right after a lowercase
// letter (carritoAñadir, BasınOdası) or after a digit and before a
// lowercase letter (giỏ hàng12Sản), that is no protected name.
func (c *Cleaner) gluedToken(tok string) bool {
	at := glueInToken(tok)
	if at < 0 {
		return false
	}
	// The word the glue is in must be prose; what follows it may be a
	// sentence glued on (seiteInfo.Dann).
	we := at
	for we < len(tok) {
		r, n := utf8.DecodeRuneInString(tok[we:])
		if !isLetterOrDigit(r) && !isMark(r) {
			break
		}
		we += n
	}
	if isNotProse(tok[:we]) {
		return false
	}
	notWord := func(r rune) bool { return !isLetterOrDigit(r) }
	lead := len(tok) - len(strings.TrimLeftFunc(tok, notWord))
	if at <= lead || c.isProtected(strings.TrimRightFunc(tok[lead:], notWord)) {
		return false
	}
	head := tok[lead:at] // McDonald, iPhone: a prefix, not a word
	return !namePrefixes[head] && utf8.RuneCountInString(head) > 1
}

// glueInToken returns the byte offset of the first glued capital in tok,
// or -1.
func glueInToken(tok string) int {
	prev, prevDigit := caseNone, false
	for k := 0; k < len(tok); {
		r, n := utf8.DecodeRuneInString(tok[k:])
		if isMark(r) {
			k += n
			continue
		}
		cls := caseOfRune(r)
		if cls == caseUpper && (prev == caseLower || prevDigit && caseAt(tok, k+n) == caseLower) {
			return k
		}
		prev, prevDigit = cls, r >= '0' && r <= '9'
		k += n
	}
	return -1
}
