package cleanup

import (
	"testing"
	"unicode/utf8"
)

// TestRuneTablePredicates checks the table-backed predicates against the
// unicode tables for every rune and a few that are not.
func TestRuneTablePredicates(t *testing.T) {
	for r := rune(-2); r <= utf8.MaxRune+2; r++ {
		if got, want := scriptOf(r), computeScriptOf(r); got != want {
			t.Fatalf("scriptOf(%U) = %v, want %v", r, got, want)
		}
		if got, want := isMark(r), computeIsMark(r); got != want {
			t.Fatalf("isMark(%U) = %v, want %v", r, got, want)
		}
		if got, want := caseOfRune(r), computeCaseOfRune(r); got != want {
			t.Fatalf("caseOfRune(%U) = %v, want %v", r, got, want)
		}
	}
}
