package corpus

import (
	"github.com/textmend/textmend/lang"
	"golang.org/x/text/language"
)

// A spanList holds a text's language spans in 24 bytes each where a
// lang.Span takes 64: offsets are 32-bit, the language and script are an
// index, and the list grows in chunks instead of by copying itself. A
// language menu has a span for every seven bytes or so, so this is what
// bounds the memory of spans.
type spanList struct {
	kinds  []spanKind // distinct language and script pairs
	index  map[spanKind]uint16
	chunks [][]spanItem
	n      int
}

type spanKind struct {
	lang   language.Tag
	script string
}

type spanItem struct {
	start, end uint32
	conf       float64
	kind       uint16
}

// maxSpanChunk is the most spans a chunk holds; the first chunks are
// smaller, so that a record of one span does not take a whole chunk.
const maxSpanChunk = 4096

func (l *spanList) add(s lang.Span) {
	k := len(l.chunks)
	if k == 0 || len(l.chunks[k-1]) == cap(l.chunks[k-1]) {
		size := maxSpanChunk
		if k < 9 {
			size = 8 << k
		}
		l.chunks = append(l.chunks, make([]spanItem, 0, size))
		k++
	}
	l.chunks[k-1] = append(l.chunks[k-1], spanItem{uint32(s.Start), uint32(s.End), s.Confidence, l.kind(spanKind{s.Lang, s.Script})})
	l.n++
}

// kind is the index of a language and script pair: there are at most a
// few hundred (languages times scripts), most texts have one or two.
func (l *spanList) kind(k spanKind) uint16 {
	if n := len(l.kinds); n > 0 && l.kinds[n-1] == k {
		return uint16(n - 1)
	}
	if i, ok := l.index[k]; ok {
		return i
	}
	if l.index == nil {
		l.index = map[spanKind]uint16{}
	}
	l.index[k] = uint16(len(l.kinds))
	l.kinds = append(l.kinds, k)
	return uint16(len(l.kinds) - 1)
}

func (l *spanList) len() int {
	if l == nil {
		return 0
	}
	return l.n
}

func (l *spanList) span(it spanItem) lang.Span {
	k := l.kinds[it.kind]
	return lang.Span{Start: int(it.start), End: int(it.end), Lang: k.lang, Script: k.script, Confidence: it.conf}
}

// eachPart hands over the spans a chunk at a time, as lang.Spans in one
// reused buffer.
func (l *spanList) eachPart(f func([]lang.Span)) {
	if l == nil {
		return
	}
	var buf []lang.Span
	for _, c := range l.chunks {
		buf = buf[:0]
		for _, it := range c {
			buf = append(buf, l.span(it))
		}
		f(buf)
	}
}

// all returns the spans as a list, for tests.
func (l *spanList) all() []lang.Span {
	var spans []lang.Span
	l.eachPart(func(part []lang.Span) { spans = append(spans, part...) })
	return spans
}

// appendJSON writes the spans as one JSON array, straight into b.
func (l *spanList) appendJSON(b []byte, text string) []byte {
	b = append(b, '[')
	if l == nil {
		return append(b, ']')
	}
	first := true
	for _, c := range l.chunks {
		for _, it := range c {
			if !first {
				b = append(b, ',')
			}
			first = false
			b = appendSpan(b, text, l.span(it))
		}
	}
	return append(b, ']')
}

// eachJSON hands over the JSON of the spans a chunk at a time, without the
// brackets; scratch is the buffer to write them in.
func (l *spanList) eachJSON(text string, f func(part []byte), scratch []byte) []byte {
	l.eachPart(func(part []lang.Span) {
		scratch = appendSpans(scratch[:0], text, part)
		f(scratch[1 : len(scratch)-1])
	})
	return scratch
}
