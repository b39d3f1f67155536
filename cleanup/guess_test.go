package cleanup

import (
	"strings"
	"testing"
)

// TestAddWord checks that addWord, with its ASCII lowering and its table,
// counts what a map lookup of the lowercased word counts.
func TestAddWord(t *testing.T) {
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
