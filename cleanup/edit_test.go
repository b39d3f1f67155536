package cleanup

import (
	"strings"
	"testing"
)

// checkOffsets asserts what Result promises of its two mappings: an
// unchanged input byte maps out and back to itself, and both mappings
// only grow.
func checkOffsets(t *testing.T, in string, r Result) {
	t.Helper()
	touched := make([]bool, len(in)+1)
	for _, e := range r.Edits {
		for i := e.Start; i < e.End; i++ {
			touched[i] = true
		}
	}
	// Each mapping reads every edit: on a long text, check an even sample
	// of offsets (and so of their order) rather than every one.
	step := max(1, len(in)/2048)
	prevOut := 0
	for i := 0; i <= len(in); i += step {
		out := r.OutputOffset(i)
		if out < prevOut || out > len(r.Text) {
			t.Fatalf("%.80q: OutputOffset(%d) = %d after %d (output %d bytes)", in, i, out, prevOut, len(r.Text))
		}
		prevOut = out
		if !touched[i] {
			if back := r.InputOffset(out); back != i {
				t.Fatalf("%.80q: InputOffset(OutputOffset(%d)) = InputOffset(%d) = %d", in, i, out, back)
			}
		}
	}
	prevIn := 0
	for out := 0; out <= len(r.Text); out += max(1, len(r.Text)/2048) {
		i := r.InputOffset(out)
		if i < prevIn || i > len(in) {
			t.Fatalf("%.80q: InputOffset(%d) = %d after %d (input %d bytes)", in, out, i, prevIn, len(in))
		}
		prevIn = i
	}
}

// TestOffsetsAroundAdjacentEdits covers offsets next to edits that touch:
// an unchanged byte after a replacement and a removal must map back to
// itself, not to the end of the first edit.
func TestOffsetsAroundAdjacentEdits(t *testing.T) {
	c := mustNew()
	for _, in := range []string{
		"&amp;\u200bx",
		"ab\u00ad\u200bcd",
		"Hallo , Welt !",
		"Sie kam spät.Dann ging sie",
		"a\u200b\u200b\u200bb ,c",
		"\x00\x00x\x00",
		"",
	} {
		r := c.Explain(in)
		checkEdits(t, in, r)
		checkOffsets(t, in, r)
	}
	r := c.Explain("&amp;\u200bx")
	if got := r.InputOffset(strings.IndexByte(r.Text, 'x')); got != 8 {
		t.Errorf(`"&amp;\u200bx": x maps to input byte %d, want 8`, got)
	}
}

// TestAdjacentEditsMerge checks that a run of damage gives one edit per
// rule, so that the edit list stays small next to the input.
func TestAdjacentEditsMerge(t *testing.T) {
	c := mustNew()
	for _, tc := range []struct {
		name, in string
		edits    int
	}{
		{"NUL bytes", "Text" + strings.Repeat("\x00", 200000) + " Ende", 1},
		{"NUL bytes over many segments", strings.Repeat("\x00", 3*maxSegment+17), 1},
		{"full-width word", "Ｍａｒｋｔ steigt", 1},
		{"two rules", "Ｍａｒｋｔ\u200b\u200b", 2},
	} {
		r := c.Explain(tc.in)
		checkEdits(t, tc.in, r)
		if len(r.Edits) != tc.edits {
			t.Errorf("%s: %d edits, want %d: %v", tc.name, len(r.Edits), tc.edits, firstEdits(r.Edits, 4))
		}
	}
}

func firstEdits(es []Edit, n int) []Edit { return es[:min(n, len(es))] }
