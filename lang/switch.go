package lang

import (
	"math"

	"github.com/pemistahl/lingua-go"
)

// switchCost is the log-probability a change of language costs between two
// words of one clause. A foreign run inside a sentence must explain its
// words better than the sentence's language by twice this (once in, once
// out), so that a loanword or name stays in its sentence ("Das Start-up
// setzt auf Open Source") while a clause does switch ("Ich habe gestern
// telefoniert and then we went to the cinema").
const switchCost = 10.0

// commaSwitch is the share of switchCost a change costs at a comma.
const commaSwitch = 0.6

// siblingSwitch multiplies switchCost between two sibling languages (see
// siblings): their models differ little on any one word, so a run of words
// that one explains a bit better is noise more often than a switch ("De har
// fått Kristine, som lå i ..." is Norwegian throughout, not half Danish).
const siblingSwitch = 2.0

// fwBonus is the log-probability a function word adds to its languages.
const fwBonus = 3.0

// minSwitchWords is the fewest words a segment needs to be searched for a
// switch inside it.
const minSwitchWords = 3

// findSwitches splits labelled segments where a run of words is explained
// much better by a second language than by the segment's own: a Viterbi
// decoding over two states, the segment's language and each other language
// of its family in turn, with a cost for every change. The second language
// that gains most wins, if it leaves words of both.
func (a *analysis) findSwitches(d *Detector) {
	var out []segment // nil until a segment is cut
	for i := range a.segs {
		s := a.segs[i]
		t := a.table(d, s.fam)
		if t == nil || s.to-s.from < minSwitchWords || a.menu[s.from] || s.lang == lingua.Unknown || t.index[s.lang] < 0 {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		var parts []segment
		for from := s.from; from < s.to; from += maxWindow {
			w := s
			w.from, w.to = from, min(s.to, from+maxWindow)
			parts = appendMerged(parts, a.switchSegment(t, &w))
		}
		if len(parts) > 1 && out == nil {
			out = append(make([]segment, 0, len(a.segs)+len(parts)), a.segs[:i]...)
		}
		if out != nil {
			out = append(out, parts...)
		}
	}
	if out != nil {
		a.segs = out
	}
}

// appendMerged appends parts to segs, joining the first to the last of
// segs when both have one language (the cut between two windows).
func appendMerged(segs, parts []segment) []segment {
	if n := len(segs); n > 0 && len(parts) > 0 && segs[n-1].lang == parts[0].lang {
		segs[n-1].to = parts[0].to
		segs[n-1].letters += parts[0].letters
		parts = parts[1:]
	}
	return append(segs, parts...)
}

// switchSegment returns s unchanged or cut into runs of its language and
// one other.
func (a *analysis) switchSegment(t *ngramTable, s *segment) []segment {
	n := s.to - s.from
	own := int(t.index[s.lang])
	ws := a.scoreWords(t, s.from, s.to)
	margin := append(a.swMargin[:0], make([]float64, n)...)
	path := append(a.swPath[:0], make([]bool, n)...)
	a.swMargin, a.swPath = margin, path
	best, bestGain := -1, 0.0
	var bestPath []bool
	for li := range t.langs {
		if li == own {
			continue
		}
		a.margins(s, ws, li, own, margin)
		a.swCost = switchCost
		if related(t.langs[li], t.langs[own]) {
			a.swCost *= siblingSwitch
		}
		gain := a.twoStates(s.from, margin, path)
		if gain > bestGain && mixed(path) {
			best, bestGain = li, gain
			bestPath = append(bestPath[:0], path...)
		}
	}
	if best < 0 {
		return []segment{*s}
	}
	a.margins(s, ws, best, own, margin)
	var parts []segment
	for k := 0; k < n; {
		j := k + 1
		for j < n && bestPath[j] == bestPath[k] {
			j++
		}
		p := a.newSegment(s.from+k, s.from+j)
		p.lang, p.conf, p.done = s.lang, s.conf, true
		if bestPath[k] {
			p.lang = t.langs[best]
			sum := 0.0
			for _, m := range margin[k:j] {
				sum += m
			}
			p.conf = 1 / (1 + math.Exp(switchCost-sum))
		}
		parts = append(parts, p)
		k = j
	}
	return parts
}

// margins sets margin[k] to how much better language li of the family
// table explains word k of s than language own: the difference of their
// log-probabilities, with a bonus for a function word of either. Words of
// URLs and e-mail addresses carry no evidence.
func (a *analysis) margins(s *segment, ws [][]float32, li, own int, margin []float64) {
	t := a.tables[s.fam]
	l, o := t.langs[li], t.langs[own]
	for k := range margin {
		i := s.from + k
		if a.words[i].neutral {
			margin[k] = 0
			continue
		}
		m := float64(ws[k][li] - ws[k][own])
		if fw := a.fw[i]; !fw.empty() {
			if fw.has(l) {
				m += fwBonus
			}
			if fw.has(o) {
				m -= fwBonus
			}
		}
		margin[k] = m
	}
}

// twoStates finds the labelling of the words from first on (true: second
// language) that maximises the sum of the margins of the second-language
// words minus the cost of the changes, and returns that gain over labelling
// every word with the first language.
func (a *analysis) twoStates(first int, margin []float64, path []bool) float64 {
	n := len(margin)
	// back[k][s] is the state of word k-1 on the best path to state s at k.
	back := append(a.swBack[:0], make([][2]bool, n)...)
	a.swBack = back
	in0, in1 := 0.0, margin[0] // best score ending in state 0 / 1
	for k := 1; k < n; k++ {
		c := a.swCost
		if a.words[first+k].brk == brkComma {
			c *= commaSwitch
		}
		var n0, n1 float64
		if in0 >= in1-c {
			n0, back[k][0] = in0, false
		} else {
			n0, back[k][0] = in1-c, true
		}
		if in1 >= in0-c {
			n1, back[k][1] = in1, true
		} else {
			n1, back[k][1] = in0-c, false
		}
		in0, in1 = n0, n1+margin[k]
	}
	state := in1 > in0
	gain := max(in0, in1)
	for k := n - 1; k >= 0; k-- {
		path[k] = state
		state = back[k][b2i(state)]
	}
	return gain
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// mixed reports whether a path has words of both states.
func mixed(path []bool) bool {
	for _, p := range path[1:] {
		if p != path[0] {
			return true
		}
	}
	return false
}

// related reports two languages of one group of siblings.
func related(a, b lingua.Language) bool {
	for _, g := range siblings {
		if g.has(a) && g.has(b) {
			return true
		}
	}
	return false
}
