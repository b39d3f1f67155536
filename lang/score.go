package lang

import (
	"math"
	"slices"

	"github.com/pemistahl/lingua-go"
)

// maxWindow is the most words scored at once: the scores of a word take
// four bytes per language of its family, so a text of one-letter words
// would otherwise need many times its size.
const maxWindow = 512

// scoreWords returns, for each word from..to-1 (at most maxWindow of them,
// all of family table t), its log-probability under the character model of
// each language of t. The slices are scratch, valid until the next call.
func (a *analysis) scoreWords(t *ngramTable, from, to int) [][]float32 {
	n := len(t.langs)
	a.scoreBuf = append(a.scoreBuf[:0], make([]float32, (to-from)*n)...)
	ws := a.swScores[:0]
	a.grams.fold = nil
	if a.withoutDiacritics(from, to) {
		a.grams.fold = t.foldTable()
	}
	for i := from; i < to; i++ {
		out := a.scoreBuf[(i-from)*n : (i-from+1)*n]
		w := a.words[i]
		t.addWordScores(a.text[w.start:w.end], out, &a.grams)
		ws = append(ws, out)
	}
	a.swScores = ws
	return ws
}

// table returns the n-gram table of a family's languages, nil when the
// family has fewer than two of them or the models cannot be read.
func (a *analysis) table(d *Detector, f family) *ngramTable {
	if a.looked[f] {
		return a.tables[f]
	}
	if set := scriptLanguages[f].and(d.set); set.len() >= 2 {
		a.tables[f], _ = tableFor(set, d.cacheDir)
	}
	a.looked[f] = true
	return a.tables[f]
}

// modelScores gives each candidate of a segment the probability of its
// words under its character model, weighed with its function words, and
// normalised over the candidates. Scores are sorted by probability, ties
// by language, so that the result does not depend on any map order. The
// slice is scratch space, valid until the next call.
func (a *analysis) modelScores(d *Detector, s *segment, c langSet, hits *[lingua.Unknown]int) ([]score, float64) {
	t := a.table(d, s.fam)
	if t == nil {
		return nil, 0
	}
	a.cands = a.cands[:0]
	for l := range c.all {
		a.cands = append(a.cands, l)
	}
	cands := a.cands
	logp := append(a.logp[:0], make([]float64, len(cands))...)
	a.logp = logp
	for from := s.from; from < s.to; from += maxWindow {
		for j, ws := range a.scoreWords(t, from, min(s.to, from+maxWindow)) {
			if a.words[from+j].neutral {
				continue // an address is no evidence
			}
			for k, l := range cands {
				if li := t.index[l]; li >= 0 {
					logp[k] += float64(ws[li])
				} else {
					logp[k] = math.Inf(-1)
				}
			}
		}
	}
	top := math.Inf(-1)
	for k, l := range cands {
		logp[k] += fwWeight * float64(hits[l])
		top = max(top, logp[k])
	}
	scores := a.scores[:0]
	sum := 0.0
	for k, l := range cands {
		p := math.Exp(logp[k] - top)
		scores = append(scores, score{l, p})
		sum += p
	}
	a.scores = scores
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
