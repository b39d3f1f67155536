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
var switchCost = 10.0

// commaSwitch is the share of switchCost a change costs at a comma.
var commaSwitch = 0.6

// fwBonus is the log-probability a function word adds to its languages.
var fwBonus = 3.0

// minSwitchWords is the fewest words a segment needs to be searched for a
// switch inside it.
const minSwitchWords = 3

// findSwitches splits labelled segments where a run of words is explained
// much better by a second language than by the segment's own: a Viterbi
// decoding over two states, the segment's language and each other language
// of its family in turn, with a cost for every change. The second language
// that gains most wins, if it leaves words of both.
func (a *analysis) findSwitches(d *Detector) {
	var out []segment
	changed := false
	for i := range a.segs {
		s := a.segs[i]
		t := a.table(d, s.fam)
		if t == nil || s.to-s.from < minSwitchWords || a.menu[s.from] || s.lang == lingua.Unknown || t.index[s.lang] < 0 {
			out = append(out, s)
			continue
		}
		parts := a.switchSegment(d, t, &s)
		changed = changed || len(parts) > 1
		out = append(out, parts...)
	}
	if changed {
		a.segs = out
	}
}

// switchSegment returns s unchanged or cut into runs of its language and
// one other.
func (a *analysis) switchSegment(d *Detector, t *ngramTable, s *segment) []segment {
	n := s.to - s.from
	own := int(t.index[s.lang])
	margin := make([]float64, n)
	best, bestGain := -1, 0.0
	var bestPath []bool
	path := make([]bool, n)
	for li, l := range t.langs {
		if li == own || !d.set.has(l) {
			continue
		}
		for k := range n {
			margin[k] = a.emission(d, s.from+k, li, l) - a.emission(d, s.from+k, own, s.lang)
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
	for k := range n {
		margin[k] = a.emission(d, s.from+k, best, t.langs[best]) - a.emission(d, s.from+k, own, s.lang)
	}
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

// emission is the log-probability of word i in language l (index li of the
// family table), with a bonus when it is a function word of l. Words of
// URLs and e-mail addresses carry no evidence.
func (a *analysis) emission(d *Detector, i, li int, l lingua.Language) float64 {
	if a.words[i].neutral {
		return 0
	}
	e := float64(a.wordScores(d, i)[li])
	if a.fw[i].has(l) {
		e += fwBonus
	}
	return e
}

// twoStates finds the labelling of the words from first on (true: second
// language) that maximises the sum of the margins of the second-language
// words minus the cost of the changes, and returns that gain over labelling
// every word with the first language.
func (a *analysis) twoStates(first int, margin []float64, path []bool) float64 {
	n := len(margin)
	// back[k][s] is the state of word k-1 on the best path to state s at k.
	back := make([][2]bool, n)
	in0, in1 := 0.0, margin[0] // best score ending in state 0 / 1
	for k := 1; k < n; k++ {
		c := switchCost
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
