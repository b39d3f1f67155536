//go:build realdata

package cleanup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// readRealInputs returns the input column of the shared development set
// (cleanup.tsv in realdataDir: lang, kind, input, expected, damage) with
// each row's language, failing loudly when the file is absent. It is read
// at test time and never copied into the project: several of its sources
// forbid that.
func readRealInputs(t *testing.T) (langs, inputs []string) {
	t.Helper()
	path := filepath.Join(realdataDir(t), "cleanup.tsv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the realdata tests need %s (set TEXTMEND_REALDATA to its directory): %v", path, err)
	}
	for n, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		cols := strings.Split(line, "\t")
		if n == 0 || len(cols) < 3 {
			continue // the header
		}
		langs, inputs = append(langs, cols[0]), append(inputs, cols[2])
	}
	if len(inputs) < 1000 {
		t.Fatalf("%s holds only %d rows", path, len(inputs))
	}
	return langs, inputs
}

// TestRealIdempotence cleans every development sentence twice, with its
// language and with a guess: the second pass must change nothing.
func TestRealIdempotence(t *testing.T) {
	langs, inputs := readRealInputs(t)
	guess := mustNew()
	byLang := map[string]*Cleaner{}
	failures := 0
	for k, in := range inputs {
		c := byLang[langs[k]]
		if c == nil {
			c = mustNew(WithLanguage(language.Make(langs[k])))
			byLang[langs[k]] = c
		}
		for _, c := range []*Cleaner{c, guess} {
			once := c.Clean(in)
			if twice := c.Clean(once); twice != once && failures < 20 {
				failures++
				t.Errorf("%s row %d: Clean(Clean(x)) != Clean(x):\n%s", langs[k], k+1, cmp.Diff(once, twice))
			}
		}
	}
}

// TestRealCorpusIdempotence cleans the whole development corpus as one
// document, one sentence a line and one a paragraph: twice must be once.
func TestRealCorpusIdempotence(t *testing.T) {
	_, inputs := readRealInputs(t)
	c := mustNew()
	for _, sep := range []string{"\n", "\n\n"} {
		doc := strings.Join(inputs, sep)
		once := c.Clean(doc)
		if twice := c.Clean(once); twice != once {
			t.Errorf("corpus joined by %q: Clean(Clean(x)) != Clean(x), second pass by %v:\n%s", sep, rulesActing(c, once), cmp.Diff(once, twice))
		}
	}
}

// rulesActing counts the edits of each rule on s.
func rulesActing(c *Cleaner, s string) map[string]int {
	counts := map[string]int{}
	for _, e := range c.Explain(s).Edits {
		counts[e.Rule]++
	}
	return counts
}
