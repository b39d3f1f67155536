package quote

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
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
	SpeakerBy    string `json:",omitempty"`
	Cue          string `json:",omitempty"`
}

func toGolden(qs []Quote) []golden {
	out := []golden{}
	for _, q := range qs {
		out = append(out, golden{q.Start, q.End, q.Text, q.Open, q.Close, q.Depth,
			q.Kind.String(), q.Closed, q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.SpeakerBy.String(), q.Cue})
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

// mustNew builds an Extractor for a test; options in tests are known good.
func mustNew(opts ...Option) *Extractor {
	e, err := New(opts...)
	if err != nil {
		panic(err)
	}
	return e
}

// TestCuesNeedALanguage checks that cues without a language fail New: they
// would otherwise apply to no text.
func TestCuesNeedALanguage(t *testing.T) {
	if e, err := New(WithCues(language.Und, "konterte")); err == nil || e != nil {
		t.Errorf("WithCues(Und): got %v, %v; want an error", e, err)
	}
}
