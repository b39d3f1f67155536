package cleanup

import (
	"strings"
	"testing"
	"unicode"
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

// TestFunctionWordFilter checks that addWord counts what a map lookup of
// every lowercased word counts: the filter lets every function word pass.
func TestFunctionWordFilter(t *testing.T) {
	words := []string{"", "der", "Der", "DER", "und", "Und", "l", "É", "été", "ÉTÉ", "\u212Aein", "straße", "İstanbul", "x"}
	for w := range functionAny {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", "a"+w)
	}
	for _, w := range words {
		var got, want langCounts
		got.addWord(w)
		var buf [32]byte
		if lw, ok := lowerInto(buf[:0], w); ok && len(w) <= maxFunctionWord {
			want.add(string(lw))
		}
		if got != want {
			t.Fatalf("addWord(%q) counts %v, the map %v", w, got, want)
		}
	}
}

// TestFunctionWordTable checks that the table holds every function word
// and stays at most a quarter full.
func TestFunctionWordTable(t *testing.T) {
	if 4*len(functionAny) > functionTableSize {
		t.Fatalf("%d function words in %d slots", len(functionAny), functionTableSize)
	}
	for w, set := range functionAny {
		if got := functionSet([]byte(w)); got != set {
			t.Fatalf("functionSet(%q) = %b, want %b", w, got, set)
		}
	}
}

// TestCertainTailEdges checks that the scan's prefilter of lexicon-joins'
// tail test passes every word that mayEndInCertainTail accepts: words made
// of each certain ending and each tail, and the words of the golden
// documents.
func TestCertainTailEdges(t *testing.T) {
	var words []string
	for tail := range anyCertainTail {
		for _, head := range append([]string{"Berichterstattung", "Freiheit", "Straße", "говорил", "Ελλάδα"}, anyCertainEnding...) {
			words = append(words, head+tail, "Wort"+head+tail)
		}
	}
	words = append(words, strings.FieldsFunc(goldenDocuments(t), func(r rune) bool { return !unicode.IsLetter(r) && !isMark(r) })...)
	for _, w := range words {
		if len(w) >= 7 && mayEndInCertainTail(w) && !certainTailEdges.has(lastTwoBytes(w)) {
			t.Fatalf("mayEndInCertainTail(%q) but its last bytes are not in certainTailEdges", w)
		}
	}
}

// TestLowerRunEnd8 checks the eight-byte test of lowercase runs against a
// byte loop, at every start, for bytes of every class around the run.
func TestLowerRunEnd8(t *testing.T) {
	for _, s := range []string{"abcdefghijklmnopqrstuvwxyz", "bundesregierung@`{~\x7f\x80\xff", "zzzzzzzzA", "aaaaaaaaaaaaaaaa\xe1\xe2", "qqqqqqqq{qqqq", "ab\x00cd", "yyyyyyyyyyyyyyy"} {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && byteClass[s[want]] == classOther {
				want++
			}
			if got := lowerRunEnd8(s, i); got != want {
				t.Fatalf("lowerRunEnd8(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
	for b := 0; b < 256; b++ {
		s := "abcdefg" + string([]byte{byte(b)}) + "abcdefgh"
		want := 7
		if byteClass[b] == classOther {
			want = len(s)
		}
		if got := lowerRunEnd8(s, 0); got != want {
			t.Fatalf("lowerRunEnd8 over byte %#x = %d, want %d", b, got, want)
		}
	}
}
