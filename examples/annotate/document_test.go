package main

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/lang"
)

func TestLanguages(t *testing.T) {
	text := "Hallo Welt, 42 hello"
	spans := []lang.Span{
		{Start: 0, End: 5, Lang: language.German, Script: "Latn", Confidence: 1},
		{Start: 6, End: 10, Lang: language.German, Script: "Latn", Confidence: 0.5},
		{Start: 15, End: 20, Lang: language.English, Script: "Latn", Confidence: 0.8},
		{Start: 11, End: 14, Lang: language.Und, Script: "Zyyy"},
	}
	want := []langShare{
		{Tag: language.German, Name: "German", Scripts: []string{"Latn"}, Letters: 9, Share: 9.0 / 14, Confidence: (5 + 0.5*4) / 9.0, Colour: 0},
		{Tag: language.English, Name: "English", Scripts: []string{"Latn"}, Letters: 5, Share: 5.0 / 14, Confidence: 0.8, Colour: 1},
		{Tag: language.Und, Name: "unknown", Scripts: []string{"Zyyy"}, Colour: 2},
	}
	if diff := cmp.Diff(want, languages(text, spans), cmp.Comparer(func(a, b language.Tag) bool { return a == b })); diff != "" {
		t.Errorf("languages (-want +got):\n%s", diff)
	}
}

func TestBarChart(t *testing.T) {
	c := barChart([]langShare{{Name: "German", Tag: language.German, Share: 0.75}, {Name: "Greek", Tag: language.Greek, Share: 0.0001, Colour: 1}})
	want := []bar{
		{Y: 2, TextY: 15, Width: 195, Colour: 0, Label: "German (de)", Value: "75.0 %"},
		{Y: 28, TextY: 41, Width: 1, Colour: 1, Label: "Greek (el)", Value: "0.0 %"},
	}
	if diff := cmp.Diff(want, c.Bars); diff != "" {
		t.Errorf("bars (-want +got):\n%s", diff)
	}
	if c.Height < 28+barHeight {
		t.Errorf("chart height %d cuts the last bar", c.Height)
	}
}

func TestRuleCounts(t *testing.T) {
	edits := []cleanup.Edit{{Rule: "b"}, {Rule: "a"}, {Rule: "b"}, {Rule: "c"}}
	want := []ruleCount{{"b", 2}, {"a", 1}, {"c", 1}}
	if diff := cmp.Diff(want, ruleCounts(edits)); diff != "" {
		t.Errorf("ruleCounts (-want +got):\n%s", diff)
	}
}

// TestEditPlaces checks that each edit marks its own text: the new text in
// the cleaned view, the old one in the original.
func TestEditPlaces(t *testing.T) {
	for _, name := range fixtures {
		d, _, tree := render(t, name, readFixture(t, name))
		for view, text := range map[string]func(cleanup.Edit) string{
			"cleaned":  func(e cleanup.Edit) string { return e.New },
			"original": func(e cleanup.Edit) string { return e.Old },
		} {
			marked := map[string]string{}
			for _, m := range tree.view(view).find(func(e *element) bool { return e.Tag == "mark" }) {
				marked[m.Attrs["data-mark"]] += m.text()
			}
			for i, e := range d.Result.Edits {
				if got, ref := marked[fmt.Sprintf("e%d", i)], text(e); got != ref {
					t.Errorf("%s %s view: edit %d (%s) marks %q, want %q", name, view, i, e.Rule, got, ref)
				}
			}
		}
	}
}

// TestOffsetMap checks the binary search against Result.InputOffset at
// every offset, on edit lists with deletions, insertions and adjacent edits.
func TestOffsetMap(t *testing.T) {
	cleaner, err := cleanup.New()
	if err != nil {
		t.Fatal(err)
	}
	results := []cleanup.Result{
		{Text: "unchanged"},
		cleaner.Explain("Hallo , Welt !Das  ist gut.Ende ."),
		// From "abcdef":
		{Text: "xaYbeZ", Edits: []cleanup.Edit{
			{Start: 0, End: 0, New: "x"}, {Start: 0, End: 1, Old: "a", New: ""}, // insertion then deletion at 0
			{Start: 1, End: 2, Old: "b", New: "a"}, {Start: 2, End: 4, Old: "cd", New: "Y"}, // adjacent
			{Start: 4, End: 4, New: "b"}, {Start: 5, End: 6, Old: "f", New: "Z"},
		}},
	}
	for _, name := range fixtures {
		results = append(results, cleaner.Explain(readFixture(t, name)))
	}
	for _, r := range results {
		m := newOffsetMap(r)
		for out := 0; out <= len(r.Text)+1; out++ {
			if got, want := m.input(out), r.InputOffset(out); got != want {
				t.Errorf("%q: input(%d) = %d, InputOffset says %d", r.Text, out, got, want)
			}
		}
		for i, e := range r.Edits {
			// OutputOffset puts an insertion's own offset after what it inserts.
			if got, want := m.outStart[i], r.OutputOffset(e.Start); got != want && e.Start != e.End {
				t.Errorf("%q: edit %d starts at %d in the output, OutputOffset says %d", r.Text, i, got, want)
			}
		}
	}
}
