package cleanup

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// explainEach collects what ExplainEach hands over.
func explainEach(c *Cleaner, s string) Result {
	var r Result
	r.Text = c.ExplainEach(s, func(e Edit) { r.Edits = append(r.Edits, e) })
	return r
}

func TestExplainEachIsExplain(t *testing.T) {
	inputs := append([]string{
		strings.Repeat("\x00", 5000),         // one merged run
		strings.Repeat("\r", 70000),          // a run across segments
		strings.Repeat("a , b ; c ! ", 9000), // dense edits of two rules in turn
		strings.Repeat("Gr\xfc\xdfe \xff\xfe ", 3000),
		strings.Repeat("a\u200b\u00ad\u200d", 20000),
	}, fuzzSeeds...)
	inputs = append(inputs, strings.Join(fuzzSeeds, "\n"))
	for _, c := range []*Cleaner{mustNew(), mustNew(WithOnlyRules("space-runs"))} {
		for _, s := range inputs {
			want, got := c.Explain(s), explainEach(c, s)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ExplainEach(%.40q) differs from Explain (-want +got):\n%.2000s", s, diff)
			}
		}
	}
}

func FuzzExplainEach(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	c := mustNew()
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(c.Explain(s), explainEach(c, s)); diff != "" {
			t.Fatalf("ExplainEach(%q) differs from Explain (-want +got):\n%s", s, diff)
		}
	})
}
