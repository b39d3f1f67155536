package cleanup

import (
	"unicode"
	"unicode/utf8"
)

// Invisible characters that scraping leaves behind.
const (
	zeroWidthSpace   = '\u200B'
	zeroWidthNonJoin = '\u200C'
	zeroWidthJoiner  = '\u200D'
	wordJoiner       = '\u2060'
	byteOrderMark    = '\uFEFF'
	softHyphen       = '\u00AD'
	variationSel16   = '\uFE0F'
)

// fixInvisible removes zero-width spaces, word joiners, soft hyphens, byte
// order marks and unpaired bidi controls. It keeps the joiners where they
// do a job: ZWJ inside emoji sequences (👩‍💻) and ZWJ/ZWNJ between letters of
// scripts whose shaping uses them (Persian, the Indic scripts, …).
func fixInvisible(_ *pass, s string, out *changes) {
	var bidi bidiPairs
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0xC2 {
			if c == '\n' {
				bidi.endLine(out)
			}
			i++
			if len(bidi.stack) == 0 {
				// Nothing open that a line end would close: jump to the
				// next non-ASCII byte, eight bytes at a time.
				k := firstNonASCII(s[i:])
				if k < 0 {
					break
				}
				i += k
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case zeroWidthSpace, wordJoiner, byteOrderMark, softHyphen:
			out.remove(i, i+n)
		case zeroWidthNonJoin, zeroWidthJoiner:
			if !joinerNeeded(s, i, n, r) {
				out.remove(i, i+n)
			}
		case '\u202A', '\u202B', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068':
			bidi.open(r, i, n)
		case '\u202C', '\u2069':
			bidi.close(r, i, n, out)
		}
		i += n
	}
	bidi.endLine(out)
	sortChanges(out.list)
}

// isInvisibleChar reports the characters fixInvisible may remove.
func isInvisibleChar(r rune) bool {
	switch r {
	case zeroWidthSpace, wordJoiner, byteOrderMark, softHyphen, zeroWidthNonJoin, zeroWidthJoiner,
		'\u202A', '\u202B', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u202C', '\u2069':
		return true
	}
	return false
}

// joinerNeeded reports whether the joiner r at s[i:i+n] sits where it
// changes how the text is drawn.
func joinerNeeded(s string, i, n int, r rune) bool {
	prev, _ := runeBefore(s, i)
	next, _ := runeAt(s, i+n)
	if r == zeroWidthJoiner && (isEmoji(prev) || prev == variationSel16) && isEmoji(next) {
		return true
	}
	return joiningScript(prev) && joiningScript(next)
}

// joiningScript reports scripts in which ZWJ and ZWNJ select letter forms.
func joiningScript(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko,
		unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati,
		unicode.Oriya, unicode.Tamil, unicode.Telugu, unicode.Kannada,
		unicode.Malayalam, unicode.Sinhala, unicode.Myanmar, unicode.Khmer,
		unicode.Mongolian, unicode.Tibetan) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// isEmoji is a cheap test for the pictographic blocks that ZWJ sequences use.
func isEmoji(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r >= 0x1F3FB && r <= 0x1F3FF
}

// bidiPairs matches bidi embeddings, overrides and isolates with their
// terminators within one line. An opener without terminator, or a
// terminator without opener, is unpaired and removed.
type bidiPairs struct {
	stack []bidiMark // allocated only when a bidi control occurs
}

type bidiMark struct {
	r        rune
	pos, len int
}

func (b *bidiPairs) open(r rune, i, n int) {
	b.stack = append(b.stack, bidiMark{r, i, n})
}

func (b *bidiPairs) close(r rune, i, n int, out *changes) {
	isolate := r == '\u2069'
	for k := len(b.stack) - 1; k >= 0; k-- {
		m := b.stack[k]
		if (m.r >= '\u2066') == isolate {
			// Openers above the match are unpaired.
			for _, u := range b.stack[k+1:] {
				out.remove(u.pos, u.pos+u.len)
			}
			b.stack = b.stack[:k]
			return
		}
	}
	out.remove(i, i+n)
}

func (b *bidiPairs) endLine(out *changes) {
	for _, u := range b.stack {
		out.remove(u.pos, u.pos+u.len)
	}
	b.stack = b.stack[:0]
}
