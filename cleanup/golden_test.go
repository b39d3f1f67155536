package cleanup

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the .golden files from the current output")

// TestGolden cleans every testdata/cleanup/**/*.txt document and compares
// the text with NAME.golden and the edits with NAME.edits.golden.
func TestGolden(t *testing.T) {
	var inputs []string
	err := filepath.WalkDir("../testdata/cleanup", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".txt") {
			inputs = append(inputs, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) == 0 {
		t.Fatal("no golden inputs in testdata/cleanup")
	}
	c := mustNew()
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			input := string(data)
			r := c.Explain(input)
			checkInvariants(t, c, input)
			base := strings.TrimSuffix(in, ".txt")
			compareGolden(t, base+".golden", r.Text)
			compareGolden(t, base+".edits.golden", formatEdits(r.Edits))
		})
	}
}

// formatEdits writes one edit per line, readable in a diff.
func formatEdits(edits []Edit) string {
	var b strings.Builder
	for _, e := range edits {
		fmt.Fprintf(&b, "%s\t%d-%d\t%q -> %q\n", e.Rule, e.Start, e.End, e.Old, e.New)
	}
	return b.String()
}

func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cleanup -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

// TestCases runs every testdata/cleanup/cases*.tsv: sentences with glued
// words and spacing damage in many languages, and sentences full of names,
// units and code that must come back unchanged. Each file holds one family
// of cases, so that work on one family does not touch another's file.
func TestCases(t *testing.T) {
	files, err := filepath.Glob("../testdata/cleanup/cases*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files: %v", err)
	}
	c := mustNew()
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		runCaseFile(t, c, filepath.Base(file), string(data))
	}
}

// runCaseFile checks the lines of one case file (kind, lang, input,
// expected) against c.
func runCaseFile(t *testing.T, c *Cleaner, name, data string) {
	t.Helper()
	for n, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			t.Fatalf("%s:%d: want kind, lang, input, expected", name, n+1)
		}
		kind, in, want := cols[0], cols[2], ""
		if len(cols) > 3 {
			want = cols[3]
		}
		got := c.Clean(in)
		ok := got == in
		if kind != "keep" {
			ok = got != in && strings.Contains(got, want)
		}
		switch {
		case kind == "miss":
			t.Logf("%s:%d: known miss %q -> %q (fixed now: %v)", name, n+1, in, got, ok)
		case !ok && kind == "keep":
			t.Errorf("%s:%d: %q changed:\n%s", name, n+1, in, cmp.Diff(in, got))
		case !ok:
			t.Errorf("%s:%d: %s %q -> %q, want it to contain %q", name, n+1, kind, in, got, want)
		}
		checkInvariants(t, c, in)
	}
}
