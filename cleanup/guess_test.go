package cleanup

import (
	"strings"
	"testing"
	"unicode"
)

// TestFunctionScripts checks what lets countFunctionWordsIn pass over a
// word of a script not in functionScripts: every letter of a function
// word or glued pair is of one of those scripts, and no letter of another
// script lowers into one of them.
func TestFunctionScripts(t *testing.T) {
	keys := []string{}
	for w := range functionAny {
		keys = append(keys, w)
	}
	for w := range gluedPairs {
		keys = append(keys, w)
	}
	for _, w := range keys {
		for _, r := range w {
			if !functionScripts[scriptOf(r)] {
				t.Errorf("%q: %U is of no script of functionScripts", w, r)
			}
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); !functionScripts[scriptOf(r)] && functionScripts[scriptOf(l)] {
			t.Errorf("%U (script %d) lowers to %U of a function-word script", r, scriptOf(r), l)
		}
	}
}

// countFunctionWordsEveryWord is countFunctionWordsIn without its fast
// paths: every word wordEnd reads is counted, of whatever script.
func countFunctionWordsEveryWord(s string) langCounts {
	var counts langCounts
	for i := 0; i < len(s); {
		j, sc := wordEnd(s, i)
		if sc != scriptNone {
			countCasedWord(s, i, j, counts.addWord)
		}
		i = j
	}
	if hasSpacedGuillemet(s) {
		counts.addTo("fr", 2*wordWeight)
	}
	return counts
}

// TestCountFunctionWordsFastPaths checks that the count's fast paths (runs
// of lowercase ASCII, words of scripts without function words) count
// what reading every word counts, on the fixtures, the engine's
// multilingual paragraphs and words at awkward edges.
func TestCountFunctionWordsFastPaths(t *testing.T) {
	texts := append([]string{
		"der Hund und die Katze", "Der Hund, und: die Katze!", "und日本語der", "und한국어 der",
		"и в на не что", "ΕλληνικάundΕλληνικά der", "und\u0301der die", "ВиНа und der", "a1b und2der",
		"Å und \u212B i \u212Aein", "la casa e la\u0300 strada", "undDie derÜber", "x", "",
	}, multilingualParagraphs...)
	texts = append(append(texts, goldenDocuments(t)), fuzzSeeds...)
	for _, s := range texts {
		for _, piece := range append(strings.Split(s, "\n"), s) {
			if got, want := countFunctionWordsIn(piece), countFunctionWordsEveryWord(piece); got != want {
				t.Errorf("countFunctionWordsIn(%q) = %v, want %v", piece, got, want)
			}
		}
	}
}

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
