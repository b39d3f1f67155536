package corpus

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/textmend/textmend/cleanup"
)

func TestEditListKeepsEveryEdit(t *testing.T) {
	c, err := cleanup.New()
	if err != nil {
		t.Fatal(err)
	}
	charset := cleanup.Edit{Rule: cleanup.CharsetRule, Start: 0, End: 9, Old: "Shift_JIS", New: "UTF-8"}
	for _, in := range []string{"", "Hallo , Welt !", strings.Repeat("a , b ; ", 5000), strings.Repeat("x\u200b", 20000),
		strings.Repeat("GrÃ¼ÃŸe Ã¼Ã¶Ã¤Ã¼Ã¶Ã¤ &amp;&#8222;", 2000)} { // replacement texts short and long
		want := c.Explain(in)
		l := &editList{head: []cleanup.Edit{charset}, input: in}
		text := c.ExplainEach(in, l.add)
		if text != want.Text {
			t.Fatalf("text differs for %.30q", in)
		}
		if diff := cmp.Diff(append([]cleanup.Edit{charset}, want.Edits...), l.all()); diff != "" {
			t.Errorf("%.30q: edits (-want +got):\n%.1500s", in, diff)
		}
		if l.len() != len(want.Edits)+1 {
			t.Errorf("len %d, want %d", l.len(), len(want.Edits)+1)
		}
		if got, wantJSON := string(l.appendJSON(nil)), string(appendEdits(nil, l.all())); got != wantJSON {
			t.Errorf("%.30q: JSON of the list differs from appendEdits", in)
		}
		var st RecordStats
		st.countEdits(l)
		var ref RecordStats
		for _, e := range l.all() {
			for _, r := range strings.Split(e.Rule, "+") {
				if ref.Edits == nil {
					ref.Edits = map[string]int{}
				}
				ref.Edits[r]++
			}
		}
		if diff := cmp.Diff(ref.Edits, st.Edits); diff != "" {
			t.Errorf("%.30q: counts (-want +got):\n%s", in, diff)
		}
		// Without "edits" in the output they are only counted.
		counted := &editList{head: []cleanup.Edit{charset}, input: in, countOnly: true}
		c.ExplainEach(in, counted.add)
		var cst RecordStats
		cst.countEdits(counted)
		if diff := cmp.Diff(ref.Edits, cst.Edits); diff != "" || len(counted.data) != 0 {
			t.Errorf("%.30q: counted only: %d bytes of edits kept, counts (-want +got):\n%s", in, len(counted.data), diff)
		}
	}
}
