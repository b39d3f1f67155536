package lang

import (
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// segment is a run of words that gets one language: a sentence, a clause
// between quote marks or brackets, a run of one script, or a menu item.
type segment struct {
	from, to int // word indices, to exclusive
	letters  int
	lang     lingua.Language
	conf     float64
	fam      family
	done     bool // labelled
}

// analysis holds the state of one call of Spans or Language.
type analysis struct {
	text     string
	words    []word
	fw       []langSet         // function-word languages of each word
	autonym  []lingua.Language // language of a word that names a language, else Unknown
	menu     []bool            // word is an item of a language menu
	segs     []segment
	kana     bool                   // the text has Hiragana or Katakana
	dominant [famTelugu + 1]langSet // per family, the languages with most function words
	buf      []byte

	tables   [famTelugu + 1]*ngramTable
	looked   [famTelugu + 1]bool
	scoreBuf []float32 // scratch of scoreWords
	grams    gramScratch
	cands    []lingua.Language // scratch of modelScores
	logp     []float64
	scores   []score
	swScores [][]float32 // scratch of scoreWords
	swMargin []float64
	swPath   []bool
	swBack   [][2]bool
	swCost   float64 // switchCost for the pair of languages decoded
}

func (a *analysis) run(d *Detector, text string) {
	a.text = text
	a.words = splitWords(text, make([]word, 0, len(text)/6+1))
	if len(a.words) == 0 {
		return
	}
	markNeutral(text, a.words)
	a.lookUpWords(d)
	a.markMenus()
	a.split()
	a.classify(d)
	a.findSwitches(d)
}

// lookUpWords finds function words, language names and kana.
func (a *analysis) lookUpWords(d *Detector) {
	n := len(a.words)
	a.fw = make([]langSet, n)
	a.autonym = make([]lingua.Language, n)
	var counts [famTelugu + 1][lingua.Unknown]int
	for i, w := range a.words {
		a.autonym[i] = lingua.Unknown
		if w.kana {
			a.kana = true
		}
		a.buf = appendLower(a.buf[:0], a.text[w.start:w.end])
		if l, ok := autonyms[string(a.buf)]; ok && d.set.has(l) {
			a.autonym[i] = l
		}
		if _, multi := scriptLanguages[w.fam]; !multi {
			continue
		}
		s, ok := wordLanguages[string(a.buf)]
		if !ok {
			// l'histoire, dell'arte: the article before the apostrophe
			for j, c := range a.buf {
				if c == '\'' {
					s = wordLanguages[string(a.buf[:j+1])]
					break
				}
			}
		}
		s = s.and(d.set)
		a.fw[i] = s
		for l := range s.all {
			counts[w.fam][l]++
		}
	}
	for f := range counts {
		top := 0
		for _, c := range counts[f] {
			top = max(top, c)
		}
		if top < 2 {
			continue
		}
		for l, c := range counts[f] {
			if c*10 >= top*8 {
				a.dominant[f].add(lingua.Language(l))
			}
		}
	}
}

// appendLower appends s lower-cased, with typographic apostrophes made plain.
func appendLower(buf []byte, s string) []byte {
	for _, r := range s {
		if r == '’' || r == 'ʼ' {
			r = '\''
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// markMenus finds language menus: runs of at least two language names
// ("Deutsch English Русский 日本語"), possibly with other words between them
// that are not function words ("Русский язык"). Each word of a menu becomes
// a segment of its own, so a one-word item keeps its language. A run of
// more than maxMenuWords words is no menu and is read as prose.
func (a *analysis) markMenus() {
	a.menu = make([]bool, len(a.words))
	for i := 0; i < len(a.words); {
		if a.autonym[i] == lingua.Unknown {
			i++
			continue
		}
		j, names, last := i, 0, i
		for ; j < len(a.words); j++ {
			if a.autonym[j] != lingua.Unknown {
				names++
				last = j
				continue
			}
			if j > last+1 || !a.fw[j].empty() {
				break // two other words in a row, or a function word: prose
			}
		}
		if names >= 2 && last-i < maxMenuWords {
			for k := i; k <= last; k++ {
				a.menu[k] = true
			}
		}
		i = last + 1
	}
	// "English, Français und Español": a name one word after a menu item
	// is an item too.
	for i := 2; i < len(a.words); i++ {
		if a.autonym[i] != lingua.Unknown && !a.menu[i] && a.menu[i-2] && a.autonym[i-2] != lingua.Unknown {
			a.menu[i] = true
		}
	}
}

// maxMenuWords is the longest run of words a language menu has: a menu
// names each language once, with a word beside its name at most
// ("Русский язык"), and the detector knows 75 languages. A longer run
// repeats names (a list of them, or a text built to make a span of every
// word) and is read as prose: a span per word of seven bytes would be nine
// bytes of Span per byte of text.
const maxMenuWords = 256

// split groups words into segments: a new one starts at a sentence or
// clause end (: ; and dashes, where quoted speech often starts), a line
// break, a quote mark or bracket, a change of script family, and at every
// menu item.
func (a *analysis) split() {
	n := 0
	for i := range a.words {
		if a.startsSegment(i) {
			n++
		}
	}
	a.segs = make([]segment, 0, n)
	for i, w := range a.words {
		if a.startsSegment(i) {
			a.segs = append(a.segs, segment{from: i, fam: w.fam, lang: lingua.Unknown})
		}
		s := &a.segs[len(a.segs)-1]
		s.to = i + 1
		s.letters += int(w.letters)
	}
	a.splitMixed()
}

// startsSegment reports whether word i begins a segment. The colon and
// slashes of a URL begin none: an address belongs to the text around it.
func (a *analysis) startsSegment(i int) bool {
	w := &a.words[i]
	if i == 0 || w.fam != a.words[i-1].fam || a.menu[i] || a.menu[i-1] {
		return true
	}
	return w.brk >= brkClause && !(w.neutral && a.words[i-1].neutral)
}

// splitMixed splits a segment at commas where the function words on either
// side clearly belong to different languages: "dice: I will follow you
// wherever you go, y se ha convertido en un éxito". Each side must have at
// least two more function words of its own language than of the other's.
func (a *analysis) splitMixed() {
	var out []segment // nil until a segment is split
	for k, s := range a.segs {
		if _, multi := scriptLanguages[s.fam]; !multi || a.menu[s.from] {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		var run, chunk [lingua.Unknown]int
		from := s.from
		var parts []segment
		for i := s.from; i < s.to; {
			j := i + 1
			for j < s.to && a.words[j].brk < brkComma {
				j++
			}
			chunk = a.hits(i, j)
			l, r := topOf(&chunk), topOf(&run)
			if i > from && l != r && chunk[l]-chunk[r] >= 2 && run[r]-run[l] >= 2 {
				parts = append(parts, a.newSegment(from, i))
				from, run = i, [lingua.Unknown]int{}
			}
			for k, h := range chunk {
				run[k] += h
			}
			i = j
		}
		if parts == nil {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]segment, 0, len(a.segs)+len(parts)), a.segs[:k]...)
		}
		out = append(append(out, parts...), a.newSegment(from, s.to))
	}
	if out != nil {
		a.segs = out
	}
}

// hits counts the function words of each language in words[from:to].
func (a *analysis) hits(from, to int) (h [lingua.Unknown]int) {
	for _, s := range a.fw[from:to] {
		for l := range s.all {
			h[l]++
		}
	}
	return h
}

func topOf(h *[lingua.Unknown]int) lingua.Language {
	best := lingua.Language(0)
	for l, n := range h {
		if n > h[best] {
			best = lingua.Language(l)
		}
	}
	return best
}

func (a *analysis) newSegment(from, to int) segment {
	s := segment{from: from, to: to, fam: a.words[from].fam, lang: lingua.Unknown}
	for _, w := range a.words[from:to] {
		s.letters += int(w.letters)
	}
	return s
}

// segText is the text of a segment from its first to its last letter.
func (a *analysis) segText(s *segment) string {
	return a.text[a.words[s.from].start:a.words[s.to-1].end]
}
