package cleanup

import "strings"

// A quoteRole says whether a quotation mark opens or closes a quotation,
// or is no quotation mark at all (an apostrophe).
type quoteRole uint8

const (
	roleNone quoteRole = iota
	roleOpen
	roleClose
)

// quoteState follows the quotation marks of a line from left to right,
// so that an ambiguous mark can be read by the ones before it: “ closes
// after „ (German) and opens otherwise (English); » opens when the line's
// first guillemet was » (German) and closes after «. The rules reset it
// at every line break: a stray mark must not flip the marks of the lines
// after it, which scraped text joins from unrelated sources.
type quoteState struct {
	low, lowSingle   int  // „ and ‚ waiting for their closer
	left, leftSingle int  // “ and ‘ opened English-style
	ascii            int  // " seen in this paragraph
	guillSet         bool // the paragraph's first guillemet has been seen
	guillOpensLeft   bool // « opens (French, Swiss) rather than closes
	guillOneSet      bool
	guillOneLeft     bool
}

func (q *quoteState) reset() { *q = quoteState{} }

// role decides the role of the mark r at s[i:i+n] without changing the state.
func (q *quoteState) role(s string, i, n int, r rune) quoteRole {
	prev, _ := runeBefore(s, i)
	next, _ := runeAt(s, i+n)
	left := flanksOpen(prev, next)   // looks like an opener: "␣„Wort"
	right := flanksClose(prev, next) // looks like a closer: "Wort“␣"
	switch r {
	case lowDouble, lowSingle:
		return roleOpen
	case leftDouble:
		// A “ after „ closes (German); one that stands after text before a
		// space is a stray closer even with no „ before it.
		if q.low > 0 || right && !left {
			return roleClose
		}
		return roleOpen
	case leftSingle:
		if q.lowSingle > 0 || right && !left && !isLetterOrDigit(next) {
			return roleClose
		}
		return roleOpen
	case rightDouble:
		if left && !right && q.left == 0 && q.low == 0 {
			return roleOpen // Swedish and Finnish open with ” too
		}
		return roleClose
	case rightSingle:
		if isLetterOrDigit(prev) && isLetterOrDigit(next) {
			return roleNone // don't
		}
		if q.leftSingle > 0 || q.lowSingle > 0 {
			return roleClose
		}
		return roleNone
	case leftGuill, rightGuill, leftGuillOne, rightGuillOne:
		if isSeparator(s, i, n, r) {
			return roleNone
		}
	}
	switch r {
	case leftGuill, rightGuill, leftGuillOne, rightGuillOne:
		if role, ok := guillemetByFlanks(prev, next); ok {
			return role
		}
		if (r == rightGuill && !q.guillSet || r == rightGuillOne && !q.guillOneSet) && nextGuillemetOpens(s, i+n, r) {
			return roleNone // "Start » Νέα: «Το σπίτι»": » is no German opener here
		}
	}
	switch r {
	case leftGuill, rightGuill:
		opensLeft := q.guillOpensLeft
		if !q.guillSet {
			opensLeft = r == leftGuill
		}
		if (r == leftGuill) == opensLeft {
			return roleOpen
		}
		return roleClose
	case leftGuillOne, rightGuillOne:
		opensLeft := q.guillOneLeft
		if !q.guillOneSet {
			opensLeft = r == leftGuillOne
		}
		if (r == leftGuillOne) == opensLeft {
			return roleOpen
		}
		return roleClose
	case '"':
		switch {
		case left && !right:
			return roleOpen
		case right && !left:
			return roleClose
		case q.ascii%2 == 1:
			return roleClose
		case isBlankOrEdge(prev) && isBlankOrEdge(next) && !asciiQuoteAhead(s, i+n):
			return roleNone // ` " ` with nothing open before it and no partner after it
		}
		return roleOpen
	}
	return roleNone
}

// guillemetByFlanks decides a guillemet that touches a word on one side
// and a blank on the other: it belongs to that word, whatever the
// convention (« Bien », »Gut«, «Καλά»). ok is false for a mark between
// blanks or between words: then the marks before it on its line decide.
func guillemetByFlanks(prev, next rune) (role quoteRole, ok bool) {
	blankBefore, blankAfter := isBlankOrEdge(prev), isBlankOrEdge(next)
	switch {
	case blankBefore && isLetterOrDigit(next):
		return roleOpen, true
	case isLetterOrDigit(prev) && blankAfter, isClosingPunct(next) || isCloseBracket(next):
		return roleClose, true // "mot», dit-il": nothing opens before a comma
	}
	return roleNone, false
}

// see records the mark r with the role it was given.
func (q *quoteState) see(r rune, role quoteRole) {
	open := role == roleOpen
	switch r {
	case lowDouble:
		q.low++
	case lowSingle:
		q.lowSingle++
	case leftDouble:
		if open {
			q.left++
		} else {
			q.low = max(0, q.low-1)
		}
	case leftSingle:
		if open {
			q.leftSingle++
		} else {
			q.lowSingle = max(0, q.lowSingle-1)
		}
	case rightDouble:
		if !open {
			if q.left > 0 {
				q.left--
			} else {
				q.low = max(0, q.low-1)
			}
		}
	case rightSingle:
		if role == roleClose {
			if q.leftSingle > 0 {
				q.leftSingle--
			} else {
				q.lowSingle = max(0, q.lowSingle-1)
			}
		}
	// The first guillemet of a line that is a quotation mark sets the
	// convention by the role it was given, so a stray closer at the start
	// of a cut sentence ("», dit-il") does not turn the later marks round.
	case leftGuill, rightGuill:
		if !q.guillSet && role != roleNone {
			q.guillSet, q.guillOpensLeft = true, (r == leftGuill) == open
		}
	case leftGuillOne, rightGuillOne:
		if !q.guillOneSet && role != roleNone {
			q.guillOneSet, q.guillOneLeft = true, (r == leftGuillOne) == open
		}
	case '"':
		q.ascii++
	}
}

// flanksOpen: a mark after space or an opening bracket and before text.
func flanksOpen(prev, next rune) bool {
	return (prev == 0xFFFD || isSpaceRune(prev) || isOpenBracket(prev) || prev == '-' || prev == '–' || prev == '—') &&
		next != 0xFFFD && !isSpaceRune(next)
}

// flanksClose: a mark after text and before space, punctuation or the end.
func flanksClose(prev, next rune) bool {
	return prev != 0xFFFD && !isSpaceRune(prev) && !isOpenBracket(prev) &&
		(next == 0xFFFD || isSpaceRune(next) || isClosingPunct(next) || isCloseBracket(next))
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\u00A0' || r == '\u202F'
}

func isClosingPunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '…':
		return true
	}
	return false
}

// nextGuillemetOpens reports whether the next « (‹ for ›) after byte i on
// the line opens by its flanks: then a » between blanks before it cannot
// be the German opener that this « would close.
func nextGuillemetOpens(s string, i int, r rune) bool {
	partner := "«"
	if r == rightGuillOne {
		partner = "‹"
	}
	hi := min(len(s), i+separatorReach)
	if k := strings.IndexByte(s[i:hi], '\n'); k >= 0 {
		hi = i + k
	}
	k := strings.Index(s[i:hi], partner)
	if k < 0 {
		return false
	}
	k += i
	prev, _ := runeBefore(s, k)
	next, _ := runeAt(s, k+len(partner))
	role, ok := guillemetByFlanks(prev, next)
	return ok && role == roleOpen
}

// isBlankOrEdge reports a blank, or the edge of the text (runeBefore and
// runeAt give U+FFFD there), which must read like the edge of a line.
func isBlankOrEdge(r rune) bool { return r == 0xFFFD || isSpaceRune(r) }

// asciiQuoteAhead reports a '"' after byte i on the same line.
func asciiQuoteAhead(s string, i int) bool {
	for k := i; k < len(s) && k < i+separatorReach; k++ {
		switch s[k] {
		case '"':
			return true
		case '\n':
			return false
		}
	}
	return false
}

// separatorReach bounds how far isSeparator looks for a partner mark.
const separatorReach = 200

// isSeparator reports a guillemet used as a separator, as in the
// breadcrumb "Start › Wirtschaft › Technik" or "Home » News": no mark of
// the other direction nearby on its line. It does not look at the blanks
// around the mark: removing one must not turn a separator into a quote.
func isSeparator(s string, i, n int, r rune) bool {
	var partner string
	switch r {
	case leftGuill:
		partner = "»"
	case rightGuill:
		partner = "«"
	case leftGuillOne:
		partner = "›"
	default:
		partner = "‹"
	}
	lo, hi := max(0, i-separatorReach), min(len(s), i+n+separatorReach)
	if k := strings.LastIndexByte(s[lo:i], '\n'); k >= 0 {
		lo += k + 1
	}
	if k := strings.IndexByte(s[i+n:hi], '\n'); k >= 0 {
		hi = i + n + k
	}
	return !strings.Contains(s[lo:hi], partner)
}
