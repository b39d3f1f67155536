package cleanup

import "testing"

// FuzzJoins checks the join rules' promises on any input: they only
// insert spaces (letters and digits unchanged), a second run changes
// nothing, and the edits rebuild the output.
func FuzzJoins(f *testing.F) {
	for _, c := range caseJoinSplits {
		f.Add(c.in)
	}
	for _, k := range caseJoinKeeps {
		f.Add(k)
	}
	for _, c := range scriptJoinCases {
		f.Add(c.in)
	}
	f.Add("한어Русский языкEnglishFrançaisIndonesianSanskrit日本語DeutschPortuguêsΕλληνικάespañolItalianoSuomalainenLatina")
	f.Add("Die BerichterstattungderZeitung und aniPhone\u0301X, ΔT日本語한국어 a\xffB")
	joins := mustNew(WithOnlyRules(joinRules...))
	cjk := mustNew(WithOnlyRules(joinRules...), WithCJKSpacing(true))
	all := mustNew()
	f.Fuzz(func(t *testing.T, in string) {
		for _, c := range []*Cleaner{joins, cjk} {
			got := c.Clean(in)
			if lettersAndDigits(got) != lettersAndDigits(in) {
				t.Fatalf("letters or digits changed: %q -> %q", in, got)
			}
			if again := c.Clean(got); again != got {
				t.Fatalf("not idempotent: %q -> %q -> %q", in, got, again)
			}
			r := c.Explain(in)
			if r.Text != got || Apply(in, r.Edits) != got {
				t.Fatalf("edits do not rebuild Clean(%q) = %q: %+v", in, got, r.Edits)
			}
			for _, e := range r.Edits {
				if e.Old != "" || e.New != " " {
					t.Fatalf("join edit %+v is not an inserted space", e)
				}
			}
		}
		r := all.Explain(in)
		if got := all.Clean(in); r.Text != got || Apply(in, r.Edits) != got {
			t.Fatalf("pipeline: edits do not rebuild Clean(%q)", in)
		}
	})
}
