package quote

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// pendings keeps the pending quotes of one pairing for the next.
var pendings sync.Pool

// open is a quote whose closing mark has not been seen yet.
type open struct {
	mark rune
	q    int // index into the quotes being built
}

// maxReach bounds how far below the top of the stack a closing mark may
// look for its opener. It keeps the scan linear on runs of unbalanced
// marks while still repairing a quote left open inside another one.
const maxReach = 3

// maxDepth bounds the nesting of quotes: an opening mark inside maxDepth
// open quotes is stray. Real text nests three deep at most; the bound
// keeps the text of all quotes together within maxDepth times the input.
const maxDepth = 6

// pending is a quote while pairing: small, since unbalanced input makes
// many that are dropped again; kept ones become a Quote in finish.
type pending struct {
	start, end  int
	open, close uint8 // lengths of the marks
	closed      bool
	dead        bool // dropped at its paragraph end
}

// pairer holds the state of one scan over a text.
type pairer struct {
	text  string
	conv  convention
	qs    []pending
	stack []open
}

// pairMarks finds the quotations of text: it pairs marks with a stack,
// decides the role of ambiguous marks from their neighbours, ends unclosed
// quotes at the paragraph end and joins English multi-paragraph quotes.
// It looks at every byte once and at a bounded part of the stack for
// every mark, so its cost is linear in the length of text.
func pairMarks(text string, conv convention) []Quote {
	p := &pairer{text: text, conv: conv}
	if b, ok := pendings.Get().(*[]pending); ok {
		p.qs = (*b)[:0]
	}
	defer func() {
		if cap(p.qs) <= maxKept {
			pendings.Put(&p.qs)
		}
	}()
	for i := 0; i < len(text); {
		// Most bytes are neither a mark, the first byte of one, nor a
		// line break: skip them with one table lookup each, and from
		// every eighth byte on eight at a time while no byte of the eight
		// can be one.
		for i < len(text) && !markLead[text[i]] {
			i++
			if i&7 == 0 {
				i = skipPlain(text, i)
			}
		}
		if i >= len(text) {
			break
		}
		b := text[i]
		switch {
		case b == '\n':
			i = p.newline(i)
			continue
		case b == '\'' && i+1 < len(text) && text[i+1] == '\'':
			// Two apostrophes typed for a double quote: ''…''.
			p.mark('"', i, 2)
			i += 2
			continue
		case b == '"' || b == '\'':
			p.mark(rune(b), i, 1)
			i++
			continue
		case b < 0xC2 || (b != 0xC2 && b != 0xE2 && b != 0xE3 && b != 0xEF):
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isMark(r) {
			p.mark(r, i, size)
		}
		i += size
	}
	p.endAll(len(text))
	return p.finish()
}

// mark handles one quotation mark at byte i.
func (p *pairer) mark(r rune, i, size int) {
	c := contextAt(p.text, i, size)
	switch r {
	case '\'', sqRight, sqLeft:
		if apostrophe(p.text, i, size, c) {
			return
		}
	case guilL, sguilL:
		// French « with an inner space: space on both sides, still opening;
		// also after an elided article or preposition ("d'« irresponsable »").
		if classOf(c.next) == clSpace && (!c.close || c.prev == '\'' || c.prev == sqRight) {
			c.opens, c.close = true, false
		}
	case guilR, sguilR:
		// French » with an inner space closes.
		if classOf(c.prev) == clSpace && (classOf(c.next) == clSpace || classOf(c.next) == clClose) {
			c.close, c.opens = true, false
		}
	}
	how := openingOf(r, p.conv)

	// Rule 1: close the innermost quote when the mark fits it, unless
	// the mark can open and stands clearly where an opening mark stands.
	if n := len(p.stack); n > 0 && closes(p.stack[n-1].mark, r) {
		if how == never || how == always || c.close || !c.opens {
			p.closeAt(n-1, i, r, size)
			return
		}
	}
	// Rule 2: a mark in closing position may close a quote a little
	// further down, ending the quotes left open inside it.
	if how == never || (c.close && !c.opens) {
		for k := len(p.stack) - 2; k >= 0 && k >= len(p.stack)-1-maxReach; k-- {
			if closes(p.stack[k].mark, r) {
				p.closeAt(k, i, r, size)
				return
			}
		}
	}
	// Rule 3: open when the mark may open here.
	switch how {
	case always:
	case flanking:
		if c.close && !c.opens {
			return
		}
		// A straight or single mark alone between spaces is no quote;
		// French guillemets have said above that they open.
		if !c.opens && classOf(c.prev) == clSpace && classOf(c.next) == clSpace {
			return
		}
		if !c.opens && classOf(c.prev) == clLetter && classOf(c.next) == clLetter {
			return // inside a word: an inch sign, a typo
		}
	case leftOnly:
		if !c.opens {
			return
		}
	default:
		return // Rule 4: a stray closing mark is ignored and swallows nothing
	}
	if len(p.stack) >= maxDepth {
		return // Rule 5: too deep to be a quote; the mark is stray
	}
	p.qs = append(p.qs, pending{start: i + size, end: -1, open: uint8(size)})
	p.stack = append(p.stack, open{mark: r, q: len(p.qs) - 1})
}

// closeAt closes the quote at stack level k with the mark at byte i and
// ends every quote opened inside it at the same place.
func (p *pairer) closeAt(k, i int, r rune, size int) {
	t := trimEnd(p.text, i)
	for len(p.stack)-1 > k {
		p.end(t)
	}
	o := p.stack[k]
	q := &p.qs[o.q]
	q.end = i
	q.close = uint8(size)
	q.closed = true
	p.stack = p.stack[:k]
	p.dropEmpty(o.q)
}

// dropEmpty forgets quote k, just ended, when it is the last one begun and
// holds nothing but spaces and marks (or is dead): runs of unbalanced marks
// then reuse one slot instead of keeping a pending quote per mark. Such a
// quote holds no other, so its text is scanned here once.
func (p *pairer) dropEmpty(k int) {
	if k != len(p.qs)-1 {
		return
	}
	if q := p.qs[k]; q.dead || nextContent(p.text[:q.end], q.start) >= q.end {
		p.qs = p.qs[:k]
	}
}

// end ends the innermost open quote, unclosed, at byte t, which the
// caller has moved back over white space: trimmed once for all the quotes
// that end there, so that ending many costs no more than ending one.
func (p *pairer) end(t int) {
	o := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	q := &p.qs[o.q]
	q.end = max(q.start, t)
	q.dead = q.dead || discardUnclosed(o.mark)
	p.dropEmpty(o.q)
}

// endAll ends every open quote at byte i, the end of a paragraph. The
// outermost takes in the quotes left open inside it: their text is the end
// of its text, so they are not reported again (quotes closed inside it are).
func (p *pairer) endAll(i int) {
	t := trimEnd(p.text, i)
	for len(p.stack) > 1 {
		inner := p.stack[len(p.stack)-1].q
		p.qs[inner].dead = true
		p.end(t)
	}
	if len(p.stack) > 0 {
		p.end(t)
	}
}

// newline handles a line break at byte i and returns where to go on.
// A blank line ends the paragraph: open quotes end there, unless the next
// paragraph opens again with the mark of the outermost one, the English
// way of running a quotation over several paragraphs. A single line
// break keeps quotes open (hard-wrapped text), except when the next line
// opens with the same mark as the open quote: a new turn of dialogue.
func (p *pairer) newline(i int) int {
	if len(p.stack) == 0 {
		return i + 1
	}
	j := i + 1
	blank := false
	for j < len(p.text) {
		switch p.text[j] {
		case ' ', '\t', '\r', '\f', '\v':
			j++
			continue
		case '\n':
			blank = true
			j++
			continue
		}
		break
	}
	if j >= len(p.text) {
		return j
	}
	r, size := utf8.DecodeRuneInString(p.text[j:])
	first := p.stack[0].mark
	if blank {
		if r == first && !unicode.IsSpace(nextRune(p.text, j+size)) {
			t := trimEnd(p.text, i)
			for len(p.stack) > 1 {
				p.end(t)
			}
			return j + size
		}
		p.endAll(i)
		return j
	}
	if r == first && openingOf(r, p.conv) != never && !unicode.IsSpace(nextRune(p.text, j+size)) {
		p.endAll(i)
	}
	return i + 1
}

func nextRune(s string, i int) rune {
	if i >= len(s) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// finish drops discarded and empty quotes, fills Text and recomputes
// depths from the nesting of what is left.
func (p *pairer) finish() []Quote {
	// First mark what is dropped and count the rest, so that the result
	// is allocated once: unbalanced input can make a million quotes.
	next, n := 0, 0 // next: the first content rune at or after the last start
	for k := range p.qs {
		q := &p.qs[k]
		if q.dead {
			continue
		}
		// Starts only grow, so one pointer finds content for all quotes.
		if next < q.start {
			next = q.start
		}
		next = nextContent(p.text, next)
		if next >= q.end {
			q.dead = true // nothing but spaces and marks
			continue
		}
		n++
	}
	// The fields are set in place in the zeroed slice: appending a
	// Quote literal copies all of it, with a write barrier for each of
	// its strings while the garbage collector runs.
	out := make([]Quote, n)
	j := 0
	for k := range p.qs {
		q := &p.qs[k]
		if q.dead {
			continue
		}
		o := &out[j]
		j++
		o.Start, o.End, o.Closed, o.SpeakerStart, o.SpeakerEnd = q.start, q.end, q.closed, -1, -1
		o.Text = p.text[q.start:q.end]
		o.Open, o.Close = p.text[q.start-int(q.open):q.start], p.text[q.end:q.end+int(q.close)]
	}
	var ends []int
	for k := range out {
		q := &out[k]
		for len(ends) > 0 && ends[len(ends)-1] < q.End {
			ends = ends[:len(ends)-1]
		}
		q.Depth = len(ends)
		ends = append(ends, q.End)
	}
	return out
}

// nextContent returns the first byte at or after i that starts a rune
// other than a space or a quotation mark, or len(s).
func nextContent(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) && !isMark(r) {
			return i
		}
		i += size
	}
	return i
}

// trimEnd moves i back over white space.
func trimEnd(s string, i int) int {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= size
	}
	return i
}

// skipPlain returns the first i' >= i such that the eight bytes from i'
// may hold a byte of markLead: it steps over eight ASCII bytes at a time
// that hold no line feed and no ASCII quote.
func skipPlain(text string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for i+8 <= len(text) {
		w := le64(text[i:])
		nl, dq, sq := w^(ones*'\n'), w^(ones*'"'), w^(ones*'\'')
		// A byte of w is 0 in nl, dq or sq when it is that sign; a high
		// bit is set when it is not ASCII.
		if ((nl-ones)&^nl|(dq-ones)&^dq|(sq-ones)&^sq|w)&highs != 0 {
			return i
		}
		i += 8
	}
	return i
}

// markLead marks the bytes that may start a quotation mark or a line
// break: ASCII quotes, the line feed and the lead bytes of the marks'
// UTF-8 encodings (U+00AB/BB, U+2018–203A, U+300C–300F, U+FE41–FE44).
var markLead = [256]bool{'\n': true, '"': true, '\'': true, 0xC2: true, 0xE2: true, 0xE3: true, 0xEF: true}
