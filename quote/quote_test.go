package quote

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the .golden files in testdata/quote")

// golden is the shape of a quote in a .golden file: every field, plus the
// speaker as written at its offsets, so that a reviewer sees both.
type golden struct {
	Start, End   int
	Text         string
	Open, Close  string
	Depth        int
	Kind         string
	Closed       bool
	Speaker      string `json:",omitempty"`
	SpeakerStart int
	SpeakerEnd   int
	Cue          string `json:",omitempty"`
}

func toGolden(qs []Quote) []golden {
	out := []golden{}
	for _, q := range qs {
		out = append(out, golden{q.Start, q.End, q.Text, q.Open, q.Close, q.Depth,
			q.Kind.String(), q.Closed, q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Cue})
	}
	return out
}

// TestGolden runs Extract over the texts in testdata/quote and compares
// the quotes with the reviewed .golden files. Regenerate with
// go test ./quote/ -update and review the diff like code.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/quote/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := toGolden(Extract(string(in)))
			gf := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(gf, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run go test ./quote/ -update)", err)
			}
			var want []golden
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("%s: quotes differ (-want +got):\n%s", name, d)
			}
			checkInvariants(t, string(in), Extract(string(in)))
		})
	}
}

// checkInvariants asserts what must hold for any input: offsets inside the
// text and on rune boundaries, Text matching the offsets, marks right
// before and after the quoted text, order by Start, and nested quotes
// inside their parents.
func checkInvariants(t *testing.T, text string, qs []Quote) {
	t.Helper()
	var stack []Quote
	for i, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start > q.End {
			t.Fatalf("quote %d out of bounds: [%d,%d) in %d bytes", i, q.Start, q.End, len(text))
		}
		if !boundary(text, q.Start) || !boundary(text, q.End) {
			t.Fatalf("quote %d [%d,%d) not on rune boundaries", i, q.Start, q.End)
		}
		if q.Text != text[q.Start:q.End] {
			t.Fatalf("quote %d: Text %q != text[Start:End] %q", i, q.Text, text[q.Start:q.End])
		}
		if q.Open == "" || !strings.HasSuffix(text[:q.Start], q.Open) {
			t.Fatalf("quote %d: open mark %q not before Start", i, q.Open)
		}
		if q.Closed != (q.Close != "") || q.Closed && !strings.HasPrefix(text[q.End:], q.Close) {
			t.Fatalf("quote %d: close mark %q / Closed=%v inconsistent", i, q.Close, q.Closed)
		}
		if i > 0 && qs[i-1].Start > q.Start {
			t.Fatalf("quote %d starts before quote %d", i, i-1)
		}
		if q.SpeakerStart >= 0 {
			if q.SpeakerEnd > len(text) || q.SpeakerStart > q.SpeakerEnd || text[q.SpeakerStart:q.SpeakerEnd] != q.Speaker {
				t.Fatalf("quote %d: speaker %q not at [%d,%d)", i, q.Speaker, q.SpeakerStart, q.SpeakerEnd)
			}
		} else if q.Speaker != "" || q.SpeakerEnd != -1 {
			t.Fatalf("quote %d: speaker %q without offsets", i, q.Speaker)
		}
		for len(stack) > 0 && stack[len(stack)-1].End < q.End {
			stack = stack[:len(stack)-1]
		}
		if q.Depth != len(stack) {
			t.Fatalf("quote %d %q: depth %d, nested in %d quotes", i, q.Text, q.Depth, len(stack))
		}
		if len(stack) > 0 {
			p := stack[len(stack)-1]
			if q.Start-len(q.Open) < p.Start || q.End > p.End {
				t.Fatalf("quote %d [%d,%d) not inside its parent [%d,%d)", i, q.Start, q.End, p.Start, p.End)
			}
		}
		stack = append(stack, q)
	}
}

func boundary(s string, i int) bool {
	return i == 0 || i == len(s) || s[i]&0xC0 != 0x80
}
