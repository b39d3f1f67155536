//go:build realdata

package lang

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode"
)

// realItems is lingua's accuracy test data, half of it (the development
// split beside the checkout): one word, word pair or sentence a line.
const realItems = "../../shared/realdata/lang-items.tsv"

// TestRealItems checks the mean accuracy over languages per category
// against the figures reached on the development split, a little below
// them: a change that costs more is a regression. An item counts as right
// when the language holding most of its letters is its own.
func TestRealItems(t *testing.T) {
	f, err := os.Open(realItems)
	if err != nil {
		t.Fatalf("the realdata tests need %s (the shared development data beside the checkout): %v", realItems, err)
	}
	defer f.Close()
	type key struct{ cat, lang string }
	right, all := map[key]int{}, map[key]int{}
	d := testDetector()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	sc.Scan() // header
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		if len(p) != 3 {
			continue
		}
		k := key{p[1], baseLang(p[0])}
		all[k]++
		if majority(p[2], d.Spans(p[2])) == k.lang {
			right[k]++
		}
	}
	min := map[string]float64{"word": 85.5, "pair": 95.2, "sentence": 98.95}
	for cat, floor := range min {
		sum, n := 0.0, 0
		for k, c := range all {
			if k.cat == cat {
				sum += float64(right[k]) / float64(c)
				n++
			}
		}
		if n == 0 {
			t.Fatalf("no %s items in %s", cat, realItems)
		}
		mean := 100 * sum / float64(n)
		t.Logf("%s: %.2f over %d languages", cat, mean, n)
		if mean < floor {
			t.Errorf("%s: mean accuracy %.2f, want >= %.2f", cat, mean, floor)
		}
	}
}

// baseLang is the base language of a tag, Norwegian Bokmål and Nynorsk as "no".
func baseLang(tag string) string {
	b, _, _ := strings.Cut(strings.ToLower(tag), "-")
	if b == "nb" || b == "nn" {
		return "no"
	}
	return b
}

// majority is the base language of the spans holding most letters of text,
// "und" when none does; a tie goes to the span seen first.
func majority(text string, spans []Span) string {
	count := map[string]int{}
	var order []string
	for _, s := range spans {
		l := baseLang(s.Lang.String())
		if _, seen := count[l]; !seen {
			order = append(order, l)
		}
		for _, r := range text[s.Start:s.End] {
			if unicode.IsLetter(r) {
				count[l]++
			}
		}
	}
	best := ""
	for _, l := range order {
		if best == "" || count[l] > count[best] {
			best = l
		}
	}
	if best == "" {
		return "und"
	}
	return best
}
