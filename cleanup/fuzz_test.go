package cleanup

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// fuzzSeeds are short inputs with each kind of damage, so the fuzzer
// starts next to every rule.
var fuzzSeeds = []string{
	"",
	"Hallo , Welt !",
	"spät.Dann „ Wir sind bereit “,sagte er:„Ja.“ .“",
	"Il a dit : « Non ! »",
	"a\r\nb\rc\u2028d  \t e \n\n\n",
	"Daten\u200Bschutz\u00AD und 👩\u200D💻 \u2067x",
	"100\u00A0km und die\u00A0Regierung",
	"Gr\xfc\xdfe \xff",
	"z.B. 3.1 24.07.2024 https://example.org/A.B,C max@example.org #KI.X",
	"( KI ) \" Hallo \" » Wo «",
	"GBGBGBGBAAAa", // protected words glued in a chain: cut in one pass
}

func FuzzClean(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	c := mustNew()
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, c, s)
	})
}

func FuzzExplain(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	c := mustNew()
	f.Fuzz(func(t *testing.T, s string) {
		r := c.Explain(s)
		checkEdits(t, s, r)
		for out := 0; out <= len(r.Text); out++ {
			if in := r.InputOffset(out); in < 0 || in > len(s) {
				t.Fatalf("InputOffset(%d) = %d, outside the input of %d bytes", out, in, len(s))
			}
		}
		if again := c.Explain(s); !cmp.Equal(r.Edits, again.Edits) || r.Text != again.Text {
			t.Fatalf("Explain(%q) differs on a second call:\n%s", s, cmp.Diff(r.Edits, again.Edits))
		}
	})
}

// FuzzTransformer checks that streaming in small chunks gives Clean's output.
func FuzzTransformer(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 3)
	}
	c := mustNew()
	f.Fuzz(func(t *testing.T, s string, chunk int) {
		chunk = 1 + abs(chunk)%64
		if got, want := streamed(t, c, s, chunk), c.Clean(s); got != want {
			t.Fatalf("stream in chunks of %d differs from Clean on %q:\n got %q\nwant %q", chunk, s, got, want)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// TestSeedsHoldInvariants runs the fuzz seeds and some longer mixes in the
// ordinary test run.
func TestSeedsHoldInvariants(t *testing.T) {
	c := mustNew()
	for _, s := range fuzzSeeds {
		checkInvariants(t, c, s)
	}
	checkInvariants(t, c, strings.Join(fuzzSeeds, "\n"))
	checkInvariants(t, c, strings.Join(fuzzSeeds, ""))
}
