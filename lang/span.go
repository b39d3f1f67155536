package lang

import (
	"github.com/pemistahl/lingua-go"
	"golang.org/x/text/language"
)

// Span is a run of text in one language.
type Span struct {
	Start, End int          // byte offsets into the text, End exclusive
	Lang       language.Tag // language.Und when unknown
	Script     string       // ISO 15924 code of most of its letters, e.g. "Latn", "Cyrl", "Hani", "Jpan"
	Confidence float64      // in [0, 1]; 1 when the script or a language name decides
}

// spans turns the labelled segments into Spans, folding neighbours of the
// same language into one. The slice has the exact size: a text that is all
// spans (a language menu) leaves no garbage of growing it.
func (a *analysis) spans(d *Detector) []Span {
	raw := a.rawSpans(d)
	out := make([]Span, len(raw))
	for i, r := range raw {
		out[i] = r.span()
	}
	return out
}

// rawSpan is a Span as the analysis holds it: 32 bytes where a Span takes
// 64, so that the spans of a long text cost half as much until they are
// handed out.
type rawSpan struct {
	start, end int
	conf       float64
	lang       lingua.Language // lingua.Unknown below the minimum confidence
	script     scriptName
}

func (r rawSpan) span() Span {
	return Span{Start: r.start, End: r.end, Lang: tagOf(r.lang), Script: r.script.code(), Confidence: r.conf}
}

// scriptName is what Span.Script says: a script, or Japanese (Han and kana).
type scriptName uint8

const scriptJpan = scriptName(numScripts)

func (n scriptName) code() string {
	if n == scriptJpan {
		return "Jpan"
	}
	return scriptCode[n]
}

// rawSpans folds the labelled segments into spans of one language each,
// in a slice of the exact size.
func (a *analysis) rawSpans(d *Detector) []rawSpan {
	if len(a.segs) == 0 {
		return nil
	}
	a.absorbFragments()
	n := 0
	for i := range a.segs {
		if i == 0 || a.label(d, i) != a.label(d, i-1) {
			n++
		}
	}
	out := make([]rawSpan, 0, n)
	lastLetters, lastScriptLetters := 0, 0
	for i := range a.segs {
		s := &a.segs[i]
		sp := rawSpan{
			start:  a.words[s.from].start,
			end:    a.words[s.to-1].end,
			lang:   a.label(d, i),
			script: a.script(s),
			conf:   s.conf,
		}
		if sp.lang == lingua.Unknown {
			sp.conf = 0
		}
		if n := len(out); n > 0 && out[n-1].lang == sp.lang {
			p := &out[n-1]
			p.end = sp.end
			p.conf = (p.conf*float64(lastLetters) + sp.conf*float64(s.letters)) / float64(lastLetters+s.letters)
			if p.script != sp.script && s.letters > lastScriptLetters {
				p.script, lastScriptLetters = sp.script, s.letters
			}
			lastLetters += s.letters
			continue
		}
		out = append(out, sp)
		lastLetters, lastScriptLetters = s.letters, s.letters
	}
	return out
}

// label is the language segment i reports: Unknown below the minimum
// confidence. Distinct languages have distinct tags, so spans fold by it.
func (a *analysis) label(d *Detector, i int) lingua.Language {
	if a.segs[i].conf < d.minConf {
		return lingua.Unknown
	}
	return a.segs[i].lang
}

// script names the script of most letters of a segment; Japanese text
// mixing Han and kana is "Jpan".
func (a *analysis) script(s *segment) scriptName {
	var n [numScripts]int
	kana := false
	for _, w := range a.words[s.from:s.to] {
		n[w.sc] += int(w.letters)
		kana = kana || w.kana
	}
	if s.fam == famCJK && kana {
		return scriptJpan
	}
	best := scUnknown
	for sc := range n {
		if n[sc] > n[best] {
			best = script(sc)
		}
	}
	return scriptName(best)
}

// Fragments of another script too short to carry a language join the span
// around them: one letter, two letters glued to it ("A股" is Chinese) or of
// a script shared by many languages, or up to three letters between two
// spans of one language ("I visited 東京 last year"). Each span then holds
// two letters at least, three unless its script decides its language. Garbled text that
// changes script at every letter then gives one span, not one per letter.
const (
	maxFragment         = 2
	maxSandwichFragment = 3
)

// absorbFragments gives such fragments the language of the text before
// them (after them at the start of the text). Menu items keep their own.
func (a *analysis) absorbFragments() {
	for i := range a.segs {
		s := &a.segs[i]
		if s.letters > maxSandwichFragment || a.menu[s.from] {
			continue
		}
		var prev, next *segment
		if i > 0 {
			prev = &a.segs[i-1]
		}
		if i+1 < len(a.segs) {
			next = &a.segs[i+1]
		}
		// one letter never; two only in a script of one language, apart
		short := s.letters == 1 || s.letters <= maxFragment && !a.decides(s)
		switch {
		case prev != nil && prev.fam != s.fam && (short || s.letters <= maxFragment && a.glued(prev.to-1)):
			s.lang, s.conf = prev.lang, prev.conf
		case prev != nil && next != nil && prev.fam != s.fam && next.fam != s.fam && prev.lang == next.lang:
			s.lang, s.conf = prev.lang, prev.conf
		case next != nil && next.fam != s.fam && (short || s.letters <= maxFragment && a.glued(s.to-1)):
			s.lang, s.conf = next.lang, next.conf
		}
	}
}

// decides reports a segment in a script that names its language: Hangul,
// Greek, Hebrew, Thai, kana and the like ("서울" stays Korean).
func (a *analysis) decides(s *segment) bool {
	_, owned := scriptOwner[s.fam]
	return owned || s.fam == famCJK
}

// glued reports whether word i and the next one touch: no byte between.
func (a *analysis) glued(i int) bool {
	return i+1 < len(a.words) && a.words[i].end == a.words[i+1].start
}
