package lang

import (
	"unicode"

	"github.com/pemistahl/lingua-go"
)

// longSegment is the number of letters from which the model's verdict on a
// segment stands on its own; shorter segments are weighed against their
// neighbours (see settleShort).
const longSegment = 30

// maxMenuSkip is the most menu items neighbour looks past.
const maxMenuSkip = 8

// shortHan is the longest Han-only run that is taken for Japanese in a
// text with kana.
const shortHan = 6

// classify labels every segment: first those that the script, a language
// name or their length decides, then the short ones in the light of their
// neighbours.
func (a *analysis) classify(d *Detector) {
	for i := range a.segs {
		s := &a.segs[i]
		if a.menu[s.from] && a.autonym[s.from] != lingua.Unknown {
			s.lang, s.conf, s.done = a.autonym[s.from], 1, true
			continue
		}
		if l, ok := a.byScript(d, s); ok {
			s.lang, s.done = l, true
			if l != lingua.Unknown {
				s.conf = 1
			}
			continue
		}
		if s.letters >= longSegment {
			s.lang, s.conf, _ = a.detect(d, s, a.dominant[s.fam])
			s.done = true
		}
	}
	for i := range a.segs {
		if !a.segs[i].done {
			a.settleShort(d, i)
		}
	}
}

// byScript decides segments whose script leaves at most one candidate.
func (a *analysis) byScript(d *Detector, s *segment) (lingua.Language, bool) {
	if l, ok := scriptOwner[s.fam]; ok {
		if d.set.has(l) {
			return l, true
		}
		return lingua.Unknown, true
	}
	switch s.fam {
	case famNone:
		return lingua.Unknown, true
	case famCJK:
		return a.cjk(d, s), true
	}
	c := scriptLanguages[s.fam].and(d.set)
	switch c.len() {
	case 0:
		return lingua.Unknown, true
	case 1:
		return c.first(), true
	}
	return lingua.Unknown, false
}

// cjk labels Han and kana: kana means Japanese. Han alone is Chinese,
// except a short run (a name or term, "東京") in a text that has kana
// elsewhere, or the Japanese language name: Japanese sentences almost
// always hold kana.
func (a *analysis) cjk(d *Detector, s *segment) lingua.Language {
	ja := (a.kana && s.letters <= shortHan) || (s.to-s.from == 1 && a.autonym[s.from] == lingua.Japanese)
	for _, w := range a.words[s.from:s.to] {
		ja = ja || w.kana
	}
	if s.to-s.from == 1 && a.autonym[s.from] == lingua.Chinese {
		ja = false
	}
	first, second := lingua.Chinese, lingua.Japanese
	if ja {
		first, second = second, first
	}
	switch {
	case d.set.has(first):
		return first
	case d.set.has(second):
		return second
	}
	return lingua.Unknown
}

// evidence counts, per language, the words of a segment that are function
// words of it, and collects the languages its distinctive letters point to.
func (a *analysis) evidence(s *segment, all langSet) (hits [lingua.Unknown]int, letters langSet) {
	for i := s.from; i < s.to; i++ {
		if a.words[i].neutral {
			continue
		}
		for l := range a.fw[i].and(all).all {
			hits[l]++
		}
		w := a.words[i]
		for _, r := range a.text[w.start:w.end] {
			if r >= 0xA1 {
				if ls, ok := distinctiveLetters[unicode.ToLower(r)]; ok {
					letters = letters.or(ls)
				}
			}
		}
	}
	return hits, letters.and(all)
}

// candidates picks the languages the model compares for a segment: those with
// at least 40% of the top function-word count, those its letters point to,
// the extra ones (the text's dominant language, neighbours), the siblings of
// all of these, and languages without a function-word list. With no
// evidence at all every language of the script competes.
func (a *analysis) candidates(d *Detector, s *segment, extra langSet) (langSet, [lingua.Unknown]int) {
	all := scriptLanguages[s.fam].and(d.set)
	hits, letters := a.evidence(s, all)
	top, second := 0, 0
	for _, h := range hits {
		if h > top {
			top, second = h, top
		} else if h > second {
			second = h
		}
	}
	var c langSet
	if top > 0 {
		floor := max(1, (top*2+4)/5, second) // keep the runner-up in
		for l, h := range hits {
			if h >= floor {
				c.add(lingua.Language(l))
			}
		}
	}
	c = c.or(letters).or(extra.and(all))
	for _, g := range siblings {
		if !c.and(g).empty() {
			c = c.or(g.and(all))
		}
	}
	c = c.or(all.and(langSet{^hasFunctionWords[0], ^hasFunctionWords[1]}))
	if c.len() < 2 || top*5 < s.to-s.from {
		// Little evidence (Finnish and Hungarian have few function words;
		// names and titles none): every language of the script competes.
		c = all
	}
	return c, hits
}

// score is the probability of one candidate language for a segment.
type score struct {
	lang lingua.Language
	p    float64
}

// fwWeight is the log of how much one function word more multiplies the
// odds of its language over the model's verdict. Character n-grams alone
// confuse close languages on a short sentence ("Am Ende rief der Gast aus
// Kalifornien" came out Dutch); function words tell them apart.
const fwWeight = 0.7

// detect runs the n-gram model on a segment restricted to its candidates
// and weighs its probabilities with the function-word counts.
func (a *analysis) detect(d *Detector, s *segment, extra langSet) (lingua.Language, float64, []score) {
	if a.onlyAddresses(s) {
		return lingua.Unknown, 0, nil // takes its neighbours' language, if any
	}
	c, hits := a.candidates(d, s, extra)
	if l, conf, ok := clearWinner(c, &hits); ok {
		return l, conf, []score{{l, conf}}
	}
	scores, sum := a.modelScores(d, s, c, &hits)
	if sum > 0 {
		for i := range scores {
			scores[i].p /= sum
		}
		return scores[0].lang, scores[0].p, scores
	}
	// the model had nothing to go on (too few letters): the function words,
	// then the dominant language decide, with low confidence.
	best, n := lingua.Unknown, 0
	for l, h := range hits {
		if h > n {
			best, n = lingua.Language(l), h
		}
	}
	if best == lingua.Unknown {
		best = extra.and(c).first()
	}
	if best == lingua.Unknown {
		best = c.first()
	}
	return best, 0.1, scores
}

// onlyAddresses reports a segment that is nothing but URLs and e-mail
// addresses.
func (a *analysis) onlyAddresses(s *segment) bool {
	for _, w := range a.words[s.from:s.to] {
		if !w.neutral {
			return false
		}
	}
	return true
}

// clearWinner skips the model when the function words leave no doubt: at
// least four of one candidate and three times as many as of any other.
// Close relatives share most function words, so they still go to the model,
// and so does any set with a language that has no list (it has no hits).
func clearWinner(c langSet, hits *[lingua.Unknown]int) (lingua.Language, float64, bool) {
	if c.and(hasFunctionWords) != c {
		return lingua.Unknown, 0, false
	}
	best, top, second := lingua.Unknown, 0, 0
	for l := range c.all {
		switch h := hits[l]; {
		case h > top:
			best, top, second = l, h, top
		case h > second:
			second = h
		}
	}
	if top >= 4 && top >= 3*second {
		return best, float64(top) / float64(top+second), true
	}
	return lingua.Unknown, 0, false
}

// neighbour returns the language of the nearest labelled segment of the
// same script family on one side (dir -1 or +1), or Unknown. Up to
// maxMenuSkip menu items and two segments of other scripts are skipped:
// "auf English, Français und Español" is German around the names, and
// Russian resumes after an English quote. The bound keeps the cost linear
// on a text that is one long menu.
func (a *analysis) neighbour(i, dir int) lingua.Language {
	other := 0
	for j, steps := i+dir, 0; j >= 0 && j < len(a.segs) && steps <= maxMenuSkip+2; j, steps = j+dir, steps+1 {
		n := &a.segs[j]
		if n.fam != a.segs[i].fam {
			if other++; other > 2 {
				return lingua.Unknown
			}
			continue
		}
		if a.menu[n.from] {
			continue
		}
		if !n.done {
			return lingua.Unknown
		}
		return n.lang
	}
	return lingua.Unknown
}

// settleShort labels a short segment. The model's guess stands when it agrees
// with a neighbour or when the segment has its own evidence (two function
// words of its language, more than of the neighbour's); otherwise the
// segment takes its neighbours' language: a quoted loanword or name inside
// a German sentence is German. Menu items other than language names are
// settled the same way, except that they are never merged for being short.
func (a *analysis) settleShort(d *Detector, i int) {
	s := &a.segs[i]
	prev, next := a.neighbour(i, -1), a.neighbour(i, +1)
	if a.afterQuote(i) {
		prev = a.neighbour(i-1, -1) // the text resumes in its own language
	}
	var extra langSet
	for _, l := range []lingua.Language{prev, next} {
		if l != lingua.Unknown {
			extra.add(l)
		}
	}
	extra = extra.or(a.dominant[s.fam])
	lang, conf, vals := a.detect(d, s, extra)
	s.lang, s.conf, s.done = lang, conf, true
	hits, letters := a.evidence(s, scriptLanguages[s.fam].and(d.set))
	nb := prev
	if nb == lingua.Unknown || (next != lingua.Unknown && valueOf(vals, next) > valueOf(vals, prev)) {
		nb = next
	}
	if nb == lingua.Unknown && a.dominant[s.fam].len() == 1 {
		nb = a.dominant[s.fam].first() // a heading before the text: the text's language
	}
	if nb == lingua.Unknown {
		if lang == lingua.Unknown {
			return
		}
		// Alone in its script among other text: without evidence an unsure
		// guess yields to the script's most common language. A text that is
		// nothing but this segment keeps the model's guess.
		def := scriptDefault[s.fam]
		if len(a.segs) > 1 && conf < 0.9 && d.set.has(def) && letters.empty() && topOf(&hits) != lang && !a.utterance(i) {
			s.lang, s.conf = def, max(valueOf(vals, def), 0.1)
		}
		return
	}
	if nb == lang {
		return
	}
	if lang == lingua.Unknown {
		s.lang, s.conf = nb, 0.1 // an address between words of nb
		return
	}
	own := hits[lang]
	if letters.has(lang) && !letters.has(nb) {
		own++
	}
	if own >= 2 && own > hits[nb] {
		return
	}
	if a.utterance(i) && conf >= 3*valueOf(vals, nb) && (conf >= 0.4 && s.to-s.from >= 3 || conf >= 0.75) {
		return
	}
	s.lang, s.conf = nb, max(valueOf(vals, nb), 0.1)
}

// afterQuote reports whether segment i follows a quotation: both it and
// the segment before it start at a quote mark, so the one before is the
// quoted text and i the sentence going on after it.
func (a *analysis) afterQuote(i int) bool {
	if i < 1 || a.words[a.segs[i].from].brk != brkQuote {
		return false
	}
	q := &a.segs[i-1]
	return q.fam == a.segs[i].fam && a.words[q.from].brk == brkQuote && q.from > 0
}

func valueOf(scores []score, l lingua.Language) float64 {
	for _, s := range scores {
		if s.lang == l {
			return s.p
		}
	}
	return 0
}

// utterance reports whether a segment stands as a sentence of its own, or
// follows a colon, or is a quotation or title of three words or more:
// speech and subtitle lines rather than a term in quote marks inside a
// sentence („fortschrittlichste“). Two-word sentences ("Thank you.") need
// a surer verdict than longer ones (see settleShort).
func (a *analysis) utterance(i int) bool {
	s := &a.segs[i]
	n := s.to - s.from
	if n < 2 {
		return false
	}
	bound := brkSentence
	if n >= 3 {
		bound = brkQuote
	}
	first := a.words[s.from]
	if s.from > 0 && first.brk < bound && !first.colon {
		return false
	}
	return s.to == len(a.words) || a.words[s.to].brk >= bound
}
