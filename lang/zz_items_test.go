//go:build realdata

package lang

import (
	"bufio"
	"os"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
)

func TestZZItems(t *testing.T) {
	f, _ := os.Open("../../shared/realdata/lang-items.tsv")
	sc := bufio.NewScanner(f)
	sc.Scan()
	t0 := time.Now()
	tab, err := tableFor(scriptLanguages[famLatin].and(testDetector().set))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("build %v, %d entries, %d dir", time.Since(t0), len(tab.entries), len(tab.dir))
	type k struct{ l, c string }
	ok, tot := map[k]int{}, map[k]int{}
	var g gramScratch
	for sc.Scan() {
		p := strings.SplitN(sc.Text(), "\t", 3)
		if p[0] == "nb" {
			p[0] = "no"
		}
		out := make([]float32, len(tab.langs))
		isLatin := false
		for _, w := range strings.Fields(p[2]) {
			for _, r := range w {
				if r < 0x250 && unicode.IsLetter(r) {
					isLatin = true
				}
			}
			tab.addWordScores(w, out, &g)
		}
		if !isLatin {
			continue
		}
		best := 0
		for i := range out {
			if out[i] > out[best] {
				best = i
			}
		}
		key := k{p[0], p[1]}
		tot[key]++
		if tagOf(tab.langs[best]).String() == p[0] {
			ok[key]++
		}
	}
	var keys []k
	for kk := range tot {
		keys = append(keys, kk)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].c+keys[i].l < keys[j].c+keys[j].l })
	sum := map[string]float64{}
	n := map[string]int{}
	for _, kk := range keys {
		if tot[kk] < 50 {
			continue
		}
		a := 100 * float64(ok[kk]) / float64(tot[kk])
		sum[kk.c] += a
		n[kk.c]++

	}
	for c := range sum {
		t.Logf("MEAN %s %.1f over %d", c, sum[c]/float64(n[c]), n[c])
	}
}
