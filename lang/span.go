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
// same language into one.
func (a *analysis) spans(d *Detector) []Span {
	if len(a.segs) == 0 {
		return nil
	}
	a.absorbFragments()
	out := make([]Span, 0, min(len(a.segs), 64)) // neighbours of one language fold into one
	lastLetters, lastScriptLetters := 0, 0
	for i := range a.segs {
		s := &a.segs[i]
		l := s.lang
		if s.conf < d.minConf {
			l = lingua.Unknown
		}
		sp := Span{
			Start:      a.words[s.from].start,
			End:        a.words[s.to-1].end,
			Lang:       tagOf(l),
			Script:     a.script(s),
			Confidence: s.conf,
		}
		if l == lingua.Unknown {
			sp.Confidence = 0
		}
		if n := len(out); n > 0 && out[n-1].Lang == sp.Lang {
			p := &out[n-1]
			p.End = sp.End
			p.Confidence = (p.Confidence*float64(lastLetters) + sp.Confidence*float64(s.letters)) / float64(lastLetters+s.letters)
			if p.Script != sp.Script && s.letters > lastScriptLetters {
				p.Script, lastScriptLetters = sp.Script, s.letters
			}
			lastLetters += s.letters
			continue
		}
		out = append(out, sp)
		lastLetters, lastScriptLetters = s.letters, s.letters
	}
	return out
}

// script names the script of most letters of a segment; Japanese text
// mixing Han and kana is "Jpan".
func (a *analysis) script(s *segment) string {
	var n [numScripts]int
	kana := false
	for _, w := range a.words[s.from:s.to] {
		n[w.sc] += int(w.letters)
		kana = kana || w.kana
	}
	if s.fam == famCJK && kana {
		return "Jpan"
	}
	best := scUnknown
	for sc := range n {
		if n[sc] > n[best] {
			best = script(sc)
		}
	}
	return scriptCode[best]
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
