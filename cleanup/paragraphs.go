package cleanup

import "unsafe"

// The language of a paragraph decides conventions such as the French
// space before ! and ?. It is guessed from the paragraph's own function
// words and, when they do not decide (a heading, "Incroyable !"), from
// the paragraphs just before it. Both come from cleaned text and from
// whole paragraphs, whose breaks cleaning never moves (see paragraphEnd),
// so a cleaned document gets the same guesses and a second Clean changes
// nothing; and no paragraph's marks or stray bytes change another's. A
// paragraph longer than a segment keeps the guess of its first segment.

// contextParagraphs and contextBytes bound what the paragraphs before add
// to a guess: the start of the last few is enough for a heading.
const (
	contextParagraphs = 4
	contextBytes      = 1024
)

// paraContext is what the segments before one tell of its language.
type paraContext struct {
	lead   string   // the paragraph's cleaned first segment, when this segment continues it
	before []string // the cleaned starts of the paragraphs before, most recent first
	// slots[k] is the slot of paras that holds before[k], whose function
	// words are counted once however many segments ask.
	slots []int
	paras *paragraphs
}

// countsBefore returns the function words of before[k].
func (c *paraContext) countsBefore(k int) langCounts {
	if c.paras == nil {
		return countFunctionWords(c.before[k])
	}
	slot := c.slots[k]
	if !c.paras.counted[slot] {
		c.paras.counts[slot], c.paras.counted[slot] = countFunctionWords(c.before[k]), true
	}
	return c.paras.counts[slot]
}

// paragraphs follows the segments of one text, in order, and keeps the
// context of the next. With copies it keeps its own copy of the text, for
// a stream whose buffers are reused; otherwise it keeps slices of what it
// is given, which must then stay unchanged.
type paragraphs struct {
	copies bool
	ctx    paraContext
	inPara bool   // the last segment did not end its paragraph
	lead   string // its paragraph's cleaned first segment
	starts [contextParagraphs]string
	n      int // paragraphs seen, the next slot of starts is n % contextParagraphs
	bufs   [contextParagraphs + 1][]byte
	order  [contextParagraphs]string
	slots  [contextParagraphs]int
	// counts[k] are the function words of starts[k], once counted[k].
	counts  [contextParagraphs]langCounts
	counted [contextParagraphs]bool
}

func (p *paragraphs) reset() { *p = paragraphs{copies: p.copies, bufs: p.bufs} }

// context returns the context for the next segment.
func (p *paragraphs) context() *paraContext {
	k := min(p.n, contextParagraphs)
	for i := 0; i < k; i++ {
		p.slots[i] = (p.n - 1 - i) % contextParagraphs
		p.order[i] = p.starts[p.slots[i]]
	}
	p.ctx = paraContext{before: p.order[:k], slots: p.slots[:k], paras: p}
	if p.inPara {
		p.ctx.lead = p.lead
	}
	return &p.ctx
}

// after records the cleaned text of a segment, and whether it ended its
// paragraph.
func (p *paragraphs) after(out string, endsPara bool) {
	if !p.inPara {
		p.lead = p.keep(contextParagraphs, out[:cutAtRune(out, guessBytes)])
	}
	if endsPara {
		start := p.lead[:cutAtRune(p.lead, contextBytes)]
		p.starts[p.n%contextParagraphs] = p.keep(p.n%contextParagraphs, start)
		p.counted[p.n%contextParagraphs] = false
		p.n++
	}
	p.inPara = !endsPara
}

// keep returns s, or a copy of it in buffer k.
func (p *paragraphs) keep(k int, s string) string {
	if !p.copies {
		return s
	}
	p.bufs[k] = append(p.bufs[k][:0], s...)
	return unsafe.String(unsafe.SliceData(p.bufs[k]), len(p.bufs[k]))
}

// cutAtRune returns the largest rune boundary of s at or below n.
func cutAtRune(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return n
}
