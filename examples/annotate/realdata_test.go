//go:build realdata

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// realDocs is how many documents of each shared file the test renders:
// enough for the shapes of real text, few enough for CI.
const realDocs = 60

// TestRealData renders pages for real texts of ../shared/realdata (never
// copied into the project) and checks what must hold for any text: one
// mark per edit, span and quote in both views, each view showing its text.
func TestRealData(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "realdata")
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no real data in %s (the realdata tag needs ../shared/realdata): %v", dir, err)
	}
	for _, path := range files {
		for i, text := range realTexts(t, path) {
			name := fmt.Sprintf("%s#%d", filepath.Base(path), i)
			d, _, tree := render(t, name, text)
			for _, view := range []string{"cleaned", "original"} {
				if diff := cmp.Diff(libraryCounts(d), markCounts(tree.view(view))); diff != "" {
					t.Errorf("%s, %s view: marks (-library +page):\n%s", name, view, diff)
				}
			}
			if tree.view("cleaned").text() != d.Result.Text || tree.view("original").text() != string([]rune(text)) {
				t.Errorf("%s: a view does not show its text", name)
			}
		}
	}
}

// realTexts reads the "text" field of the first realDocs lines of a JSON
// Lines file.
func realTexts(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	var texts []string
	for sc.Scan() && len(texts) < realDocs {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if strings.TrimSpace(rec.Text) != "" {
			texts = append(texts, rec.Text)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return texts
}
