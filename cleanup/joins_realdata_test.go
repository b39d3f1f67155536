//go:build realdata

package cleanup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// realdataDir is where the shared development data lives: the directory
// TEXTMEND_REALDATA names, or ../shared/realdata beside the checkout.
func realdataDir(t *testing.T) string {
	if d := os.Getenv("TEXTMEND_REALDATA"); d != "" {
		return d
	}
	d, err := filepath.Abs("../../shared/realdata")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// realCleanupRows reads cleanup.tsv (lang, kind, input, expected, damage).
func realCleanupRows(t *testing.T) [][]string {
	path := filepath.Join(realdataDir(t), "cleanup.tsv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("realdata: %v (set TEXTMEND_REALDATA to the directory of cleanup.tsv)", err)
	}
	var rows [][]string
	for _, line := range strings.Split(string(data), "\n")[1:] {
		if cols := strings.Split(line, "\t"); len(cols) >= 4 {
			rows = append(rows, cols)
		}
	}
	return rows
}

// TestJoinsIdempotentOnRealText cleans every development sentence twice
// with the join rules, in its language and with the language guessed, and
// the whole corpus as one text, with the join rules and with all rules:
// the second Clean must change nothing.
func TestJoinsIdempotentOnRealText(t *testing.T) {
	rows := realCleanupRows(t)
	guessed := mustNew(WithOnlyRules(joinRules...))
	full := mustNew()
	byLang := map[string]*Cleaner{}
	var all strings.Builder
	bad := 0
	for _, r := range rows {
		c := byLang[r[0]]
		if c == nil {
			c = mustNew(WithOnlyRules(joinRules...), WithLanguage(language.Make(r[0])))
			byLang[r[0]] = c
		}
		for _, c := range []*Cleaner{c, guessed, full} {
			once := c.Clean(r[2])
			if twice := c.Clean(once); twice != once {
				if bad++; bad <= 20 {
					t.Errorf("not idempotent: %q -> %q -> %q", r[2], once, twice)
				}
			}
		}
		all.WriteString(r[2])
		all.WriteString("\n")
	}
	doc := all.String()
	for _, c := range []*Cleaner{guessed, full} {
		once := c.Clean(doc)
		if twice := c.Clean(once); twice != once {
			t.Errorf("the corpus as one text is not idempotent (%d bytes)", len(doc))
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d cleanings not idempotent", bad, 3*len(rows))
	}
}
