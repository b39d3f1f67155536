package lang

import (
	"math"
	"slices"

	"github.com/pemistahl/lingua-go"
)

// wordScores returns the log-probability of word i under the character
// model of each language of its family (in the order of the family's table),
// computed once per word.
func (a *analysis) wordScores(d *Detector, i int) []float32 {
	w := a.words[i]
	t := a.table(d, w.fam)
	if t == nil {
		return nil
	}
	if a.scored == nil {
		a.scored = make([]int32, len(a.words))
	}
	if k := a.scored[i]; k > 0 {
		return a.scoreBuf[k-1 : int(k-1)+len(t.langs)]
	}
	start := len(a.scoreBuf)
	a.scoreBuf = append(a.scoreBuf, make([]float32, len(t.langs))...)
	out := a.scoreBuf[start:]
	t.addWordScores(a.text[w.start:w.end], out, &a.grams)
	a.scored[i] = int32(start + 1)
	return out
}

// table returns the n-gram table of a family's languages, nil when the
// family has fewer than two of them or the models cannot be read.
func (a *analysis) table(d *Detector, f family) *ngramTable {
	if t, ok := a.tables[f]; ok {
		return t
	}
	var t *ngramTable
	if set := scriptLanguages[f].and(d.set); set.len() >= 2 {
		t, _ = tableFor(set)
	}
	if a.tables == nil {
		a.tables = make(map[family]*ngramTable)
	}
	a.tables[f] = t
	return t
}

// modelScores gives each candidate of a segment the probability of its
// words under its character model, weighed with its function words, and
// normalised over the candidates. Scores are sorted by probability, ties
// by language, so that the result does not depend on any map order.
func (a *analysis) modelScores(d *Detector, s *segment, c langSet, hits *[lingua.Unknown]int) ([]score, float64) {
	t := a.table(d, s.fam)
	if t == nil {
		return nil, 0
	}
	cands := c.list()
	logp := make([]float64, len(cands))
	for i := s.from; i < s.to; i++ {
		ws := a.wordScores(d, i)
		for k, l := range cands {
			if li := t.index[l]; li >= 0 {
				logp[k] += float64(ws[li])
			} else {
				logp[k] = math.Inf(-1)
			}
		}
	}
	top := math.Inf(-1)
	for k, l := range cands {
		logp[k] += fwWeight * float64(hits[l])
		top = max(top, logp[k])
	}
	scores := make([]score, 0, len(cands))
	sum := 0.0
	for k, l := range cands {
		p := math.Exp(logp[k] - top)
		scores = append(scores, score{l, p})
		sum += p
	}
	slices.SortStableFunc(scores, func(x, y score) int {
		switch {
		case x.p > y.p:
			return -1
		case x.p < y.p:
			return 1
		}
		return int(x.lang) - int(y.lang)
	})
	return scores, sum
}
