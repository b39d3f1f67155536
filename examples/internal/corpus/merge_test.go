package corpus

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/textmend/textmend/cleanup"
)

func TestMergeAdjacent(t *testing.T) {
	edits := []cleanup.Edit{
		{Rule: "line-breaks", Start: 0, End: 1, Old: "\r", New: "\n"},
		{Rule: "line-breaks", Start: 1, End: 2, Old: "\r", New: "\n"},
		{Rule: "space-runs", Start: 2, End: 4, Old: "  ", New: " "},
		{Rule: "line-breaks", Start: 4, End: 5, Old: "\r", New: "\n"},
		{Rule: "line-breaks", Start: 6, End: 7, Old: "\r", New: "\n"},
	}
	want := []cleanup.Edit{
		{Rule: "line-breaks", Start: 0, End: 2, Old: "\r\r", New: "\n\n"},
		{Rule: "space-runs", Start: 2, End: 4, Old: "  ", New: " "},
		{Rule: "line-breaks", Start: 4, End: 5, Old: "\r", New: "\n"},
		{Rule: "line-breaks", Start: 6, End: 7, Old: "\r", New: "\n"},
	}
	if diff := cmp.Diff(want, mergeAdjacent(edits)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// Through Process, a run of bare CRs is one edit, and the edits still
// turn the input into the text.
func TestProcessMergesEdits(t *testing.T) {
	p := mustNew(t, WithAnalyses(Edits))
	in := "a" + strings.Repeat("\r", 10_000) + "b"
	out, st := p.Process([]byte(`{"text":"a` + strings.Repeat(`\r`, 10_000) + `b"}`))
	var got struct {
		Text  string
		Edits []cleanup.Edit
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Edits) > 3 || st.Edits["line-breaks"] > 3 {
		t.Errorf("%d edits for one run of CRs", len(got.Edits))
	}
	if cleanup.Apply(in, got.Edits) != got.Text {
		t.Error("merged edits do not explain the text")
	}
	if len(out) > 10*len(in) {
		t.Errorf("%d bytes of JSON for %d bytes of text", len(out), len(in))
	}
}
