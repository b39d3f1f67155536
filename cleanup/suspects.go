package cleanup

import "unicode/utf8"

// A suspect is a kind of place that some rule may have to change. One
// scan over a segment finds which kinds occur, and a rule whose suspects
// are all absent is skipped: that is what lets clean text pass at memory
// speed rather than once per rule.
type suspect uint16

const (
	suspectCR         suspect = 1 << iota // \r
	suspectSpaceRun                       // two blanks, a tab, a blank before a line end
	suspectSpacePunct                     // a blank before closing punctuation or after an opener
	suspectPunctGlued                     // punctuation directly followed by a letter or mark
	suspectQuoteSpace                     // a quotation mark with a blank beside it, or followed by . ! ?
	suspectSpecial                        // a non-ASCII space, invisible or line-separator character
	suspectInvalid                        // bytes that are not UTF-8
)

// ruleSuspects says which suspects can make each rule act. Rules missing
// here always run.
var ruleSuspects = map[string]suspect{
	"invalid-utf8":       suspectInvalid,
	"line-breaks":        suspectCR | suspectSpecial,
	"invisible-chars":    suspectSpecial,
	"unicode-spaces":     suspectSpecial,
	"space-runs":         suspectSpaceRun,
	"space-before-punct": suspectSpacePunct | suspectQuoteSpace,
	"space-after-punct":  suspectPunctGlued,
	"duplicate-punct":    suspectQuoteSpace,
}

// byteClass sorts bytes for the scan.
var byteClass = func() (t [256]uint8) {
	for _, b := range []byte(",.;:!?)]}") {
		t[b] = classClosePunct
	}
	for _, b := range []byte("([{") {
		t[b] = classOpen
	}
	t[' '] = classBlank
	t['\t'] = classTab
	t['\r'] = classCR
	t['\n'] = classLF
	t['"'] = classASCIIQuote
	for b := 0x80; b < 0x100; b++ {
		t[b] = classHigh
	}
	return t
}()

const (
	classOther uint8 = iota
	classClosePunct
	classOpen
	classBlank
	classTab
	classCR
	classLF
	classASCIIQuote
	classHigh
)

// findSuspects scans s once and returns the kinds of suspect places in it.
func findSuspects(s string) suspect {
	var found suspect
	prev := classLF // the start of a segment is like the start of a line
	for i := 0; i < len(s); i++ {
		c := s[i]
		cls := byteClass[c]
		if cls == classOther {
			// Letters and digits: the bulk of any text, and nothing to see.
			for i+1 < len(s) && byteClass[s[i+1]] == classOther {
				i++
			}
			prev = classOther
			continue
		}
		switch cls {
		case classLF:
		case classBlank:
			if i+1 == len(s) {
				found |= suspectSpaceRun
			} else {
				switch byteClass[s[i+1]] {
				case classBlank, classTab, classLF, classCR:
					if prev != classLF { // indentation is kept
						found |= suspectSpaceRun
					}
				case classClosePunct:
					found |= suspectSpacePunct
				}
			}
			if prev == classOpen {
				found |= suspectSpacePunct
			}
		case classTab:
			found |= suspectSpaceRun
		case classCR:
			found |= suspectCR
		case classClosePunct:
			if i+1 < len(s) {
				if n := byteClass[s[i+1]]; n == classOther && !isDigitByte(s[i+1]) || n == classHigh || n == classASCIIQuote {
					found |= suspectPunctGlued
				}
			}
		case classASCIIQuote:
			found |= suspectQuoteSpace
		case classHigh:
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && n == 1:
				found |= suspectInvalid
			case isQuoteMark(r):
				if quoteSuspect(s, i, n) {
					found |= suspectQuoteSpace
				}
			case isSpecialChar(r):
				found |= suspectSpecial
			case (r == '¿' || r == '¡') && i+n < len(s) && isBlank(s[i+n]):
				found |= suspectSpacePunct
			}
			i += n - 1
		}
		prev = cls
	}
	return found
}

// quoteSuspect reports a quotation mark with a blank on a side where a
// blank may be stray, or followed by sentence punctuation (a duplicate).
func quoteSuspect(s string, i, n int) bool {
	before := i > 0 && isBlank(s[i-1])
	atStart := i == 0 || s[i-1] == '\n' || byteClass[s[i-1]] == classOpen
	j := i + n
	after := j < len(s) && isBlank(s[j])
	atEnd := j == len(s) || s[j] == '\n' || byteClass[s[j]] == classClosePunct
	if after && (before || atStart) || before && (after || atEnd) {
		return true
	}
	if after && j+1 < len(s) && byteClass[s[j+1]] == classClosePunct {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if (r == lowDouble || r == lowSingle) && after {
		return true
	}
	return j < len(s) && (s[j] == '.' || s[j] == '!' || s[j] == '?')
}

// isSpecialChar reports the characters the invisible, unicode-spaces and
// line-breaks rules look for.
func isSpecialChar(r rune) bool {
	switch r {
	case '\u0085', softHyphen, byteOrderMark, '\u2028', '\u2029':
		return true
	}
	return isUnicodeSpace(r) || r >= '\u200B' && r <= '\u200F' || r >= '\u202A' && r <= '\u202E' || r >= '\u2060' && r <= '\u2069'
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }
