package cleanup

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCutKeepsReferenceChains checks that a paragraph longer than a
// segment is never cut inside a character reference or a chain of them
// ("&amp;amp;lt;", decoded through as one): a chain that fits in a segment
// is decoded whole wherever the cut would have fallen, one longer than a
// segment stays as it is, and both come out the same when cleaned again.
func TestCutKeepsReferenceChains(t *testing.T) {
	c := mustNew()
	chain := "&" + strings.Repeat("amp;", 7000) + "lt;" // 28 KB, decodes to "<"
	// Without spaces the cut falls between ASCII letters; the prefix
	// moves the chain across the place it would fall.
	for prefix := 36_000; prefix <= 66_000; prefix += 1_499 {
		in := strings.Repeat("x", prefix) + chain + strings.Repeat("y", 2_000)
		want := Result{
			Text:  strings.Repeat("x", prefix) + "<" + strings.Repeat("y", 2_000),
			Edits: []Edit{{Rule: "html-entities", Start: prefix, End: prefix + len(chain), Old: chain, New: "<"}},
		}
		got := c.Explain(in)
		if diff := cmp.Diff(want.Edits, got.Edits); diff != "" || got.Text != want.Text {
			t.Errorf("chain after %d bytes: edits (-want +got):\n%s", prefix, diff)
			continue
		}
		if again := c.Clean(got.Text); again != got.Text {
			t.Errorf("chain after %d bytes: cleaning again changes %s", prefix, firstDiff(got.Text, again))
		}
	}
	for _, long := range []string{
		"&" + strings.Repeat("amp;", 40_000),
		"&" + strings.Repeat("#38;", 40_000) + "#8222;",
		"Vorher " + "&" + strings.Repeat("amp;", 40_000) + " danach.",
	} {
		got := c.Explain(long)
		if got.Text != long || len(got.Edits) != 0 {
			t.Errorf("chain of %d bytes: %d edits, text changed %v; want it left as it is", len(long), len(got.Edits), got.Text != long)
		}
		if s := streamed(t, c, long, 4096); s != got.Text {
			t.Errorf("chain of %d bytes: stream differs from Clean: %s", len(long), firstDiff(got.Text, s))
		}
	}
}

// TestReferenceCut checks the last-resort cut on its own: it moves out of
// a reference to before its "&" when that leaves a segment long enough,
// else to just after it.
func TestReferenceCut(t *testing.T) {
	for _, tc := range []struct {
		w        string
		i, from  int
		want     int
		describe string
	}{
		{"abc&amp;amp", 10, 2, 3, "before the & when the segment stays long enough"},
		{"abc&amp;amp", 10, 5, 4, "after the & when it would not"},
		{"abc&", 4, 1, 3, "right after the &"},
		{"abc amp;amp", 10, 2, 10, "no & before the run: the cut stays"},
		{"a&b c", 4, 0, 4, "the run ends at a space"},
	} {
		if got := referenceCut(tc.w, tc.i, tc.from); got != tc.want {
			t.Errorf("%s: referenceCut(%q, %d, %d) = %d, want %d", tc.describe, tc.w, tc.i, tc.from, got, tc.want)
		}
	}
}

// FuzzSegmentCuts repeats the input into a paragraph longer than a segment
// and checks where it is cut: never between the "&" of a character
// reference and the end of the letters, digits, "#" and ";" after it
// (except just after the "&" of a chain longer than a segment), each
// segment within maxSegment; and streaming it gives Clean's output.
func FuzzSegmentCuts(f *testing.F) {
	for _, s := range []string{"&amp;", "x&#38;", "ab&amp;amp;lt;cd", "&", "Haus&EACUTE;", "a;b&c"} {
		f.Add(s)
	}
	c := mustNew()
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" {
			return
		}
		long := strings.Repeat(s, (2*maxSegment+100)/len(s)+1)
		for at := 0; at < len(long); {
			n, _, _ := nextSegment(long[at:], true)
			if n <= 0 || n > maxSegment {
				t.Fatalf("segment at %d has length %d", at, n)
			}
			cut := at + n
			j := cut
			for j > at && isReferenceByte(long[j-1]) {
				j--
			}
			if cut < len(long) && j > at && long[j-1] == '&' && j < cut && isReferenceByte(long[cut]) {
				t.Fatalf("cut at %d inside the reference starting at %d: %q|%q", cut, j-1, long[j-1:cut], long[cut:min(cut+8, len(long))])
			}
			at = cut
		}
		if got, want := streamed(t, c, long, 4096), c.Clean(long); got != want {
			t.Fatalf("stream differs from Clean: %s", firstDiff(want, got))
		}
	})
}
