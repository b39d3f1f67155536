package lang

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
	"golang.org/x/text/language"
)

// Detector finds the language of every span of a text. It is safe for
// concurrent use: its state after New is read-only, and the n-gram tables
// are built once per script family, behind sync.Once (see ngram.go).
type Detector struct {
	set      langSet
	minConf  float64
	cacheDir string
}

// New returns a Detector for DefaultLanguages or the languages of the
// WithLanguages option. Language models are loaded lazily, on the first text
// that needs them, and shared by all Detectors.
func New(opts ...Option) (*Detector, error) {
	var c config
	for _, t := range defaultLanguages {
		l, _ := linguaOf(t)
		c.set.add(l)
	}
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	return &Detector{set: c.set, minConf: c.minConf, cacheDir: c.cacheDir}, nil
}

var defaultDetector = sync.OnceValue(func() *Detector {
	d, err := New()
	if err != nil {
		panic(err) // DefaultLanguages are all known to lingua; TestDefaultLanguages checks it
	}
	return d
})

// Spans returns the language spans of text using a shared Detector for
// DefaultLanguages, built on first use.
func Spans(text string) []Span { return defaultDetector().Spans(text) }

// Spans returns the spans of text in one language each, in order and
// without overlap. Together they cover every letter of text; text between
// two spans of the same language is folded into one span, so a span may
// hold spaces, punctuation and digits too. Invalid UTF-8 bytes are treated
// as separators.
//
// A text longer than maxChunk is analysed a chunk at a time, cut at a line
// break where there is one, so that memory stays bounded whatever its
// length; spans of one language on both sides of a cut are joined.
func (d *Detector) Spans(text string) []Span {
	if len(text) <= maxChunk {
		var a analysis
		a.run(d, text)
		return a.spans(d)
	}
	// The spans of each chunk are kept in their compact form and copied
	// once into a slice of the exact size: growing one slice would leave
	// garbage of several times the output on a text that is all spans (a
	// language menu).
	var chunks [][]rawSpan
	eachChunk(d, text, func(raw []rawSpan) { chunks = append(chunks, raw) })
	n := 0
	joinChunks(chunks, func(rawSpan) { n++ })
	if n == 0 {
		return nil
	}
	out := make([]Span, 0, n)
	joinChunks(chunks, func(r rawSpan) { out = append(out, r.span()) })
	return out
}

// SpansEach hands the spans of text to each, one by one, in order: the
// spans Spans returns, without holding them. A caller that writes or
// counts them keeps no more than the analysis of one chunk of text, where
// Spans holds all of them (64 bytes a span; a language menu has a span
// for every seven bytes or so).
func (d *Detector) SpansEach(text string, each func(Span)) {
	var j joiner
	eachChunk(d, text, func(raw []rawSpan) { j.add(raw, each) })
	j.flush(each)
}

// eachChunk analyses text a chunk at a time and hands over the spans of
// each chunk, in text offsets.
func eachChunk(d *Detector, text string, each func([]rawSpan)) {
	for off := 0; off < len(text); {
		end := chunkEnd(text, off)
		var a analysis
		a.run(d, text[off:end])
		if raw := a.rawSpans(d); len(raw) > 0 {
			for i := range raw {
				raw[i].start += off
				raw[i].end += off
			}
			each(raw)
		}
		off = end
	}
}

func joinChunks(chunks [][]rawSpan, each func(rawSpan)) {
	var j joiner
	for _, raw := range chunks {
		j.addRaw(raw, each)
	}
	j.flushRaw(each)
}

// A joiner joins the spans of consecutive chunks: the last span of a
// chunk is held until the next chunk shows whether its first span has the
// same language, and then both become one.
type joiner struct {
	last rawSpan
	held bool
}

func (j *joiner) addRaw(raw []rawSpan, each func(rawSpan)) {
	for _, sp := range raw {
		if j.held && j.last.lang == sp.lang {
			j.last = joined(j.last, sp)
			continue
		}
		if j.held {
			each(j.last)
		}
		j.last, j.held = sp, true
	}
}

func (j *joiner) flushRaw(each func(rawSpan)) {
	if j.held {
		each(j.last)
		j.held = false
	}
}

func (j *joiner) add(raw []rawSpan, each func(Span)) {
	j.addRaw(raw, func(r rawSpan) { each(r.span()) })
}

func (j *joiner) flush(each func(Span)) {
	j.flushRaw(func(r rawSpan) { each(r.span()) })
}

// joined is the span of p followed by the span sp of one language at the
// start of the next chunk: its confidence weighted by their lengths, the
// script of the longer.
func joined(p, sp rawSpan) rawSpan {
	a, b := float64(p.end-p.start), float64(sp.end-sp.start)
	p.conf = (p.conf*a + sp.conf*b) / (a + b)
	if b > a {
		p.script = sp.script
	}
	p.end = sp.end
	return p
}

// maxChunk is the most bytes analysed at once. The analysis of a chunk takes
// up to about ninety times its size (a text that changes script at every
// letter), and a quarter of a megabyte of text is more than enough context
// for the language of any of its sentences.
const maxChunk = 1 << 18

// chunkEnd returns where the chunk starting at off ends: after the last line
// break of its second half, else after its last space, else at the last
// rune start before maxChunk bytes.
func chunkEnd(text string, off int) int {
	if len(text)-off <= maxChunk {
		return len(text)
	}
	limit := off + maxChunk
	lo := off + maxChunk/2
	if i := strings.LastIndexByte(text[lo:limit], '\n'); i >= 0 {
		return lo + i + 1
	}
	if i := strings.LastIndexByte(text[lo:limit], ' '); i >= 0 {
		return lo + i + 1
	}
	for limit > lo && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// Language returns the language of most of the letters of text (of the
// first of them, on a tie), and a confidence that is the share of those
// letters weighted by the confidence of their spans. It returns (language.Und, 0) for text without letters.
func (d *Detector) Language(text string) (language.Tag, float64) {
	var letters [int(lingua.Unknown) + 1]int
	var weight [int(lingua.Unknown) + 1]float64
	var order []lingua.Language // languages in order of first appearance
	total := 0
	for off := 0; off < len(text); {
		end := chunkEnd(text, off) // as Spans cuts it
		var a analysis
		a.run(d, text[off:end])
		a.absorbFragments() // as Spans does, so that both agree
		for _, s := range a.segs {
			l := s.lang
			if s.conf < d.minConf {
				l = lingua.Unknown
			}
			if letters[l] == 0 && s.letters > 0 {
				order = append(order, l)
			}
			letters[l] += s.letters
			weight[l] += float64(s.letters) * s.conf
			total += s.letters
		}
		off = end
	}
	if total == 0 {
		return language.Und, 0
	}
	best := order[0]
	for _, l := range order[1:] {
		if letters[l] > letters[best] { // a tie goes to the language that came first
			best = l
		}
	}
	return tagOf(best), weight[best] / float64(total)
}
