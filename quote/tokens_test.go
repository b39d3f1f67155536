package quote

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// checkTokenCache reads windows of text in the order of windows, through
// a tokenCache (both as a copy and in place) and with tokenize, and fails
// where they differ: the cache must be invisible.
func checkTokenCache(t *testing.T, text string, windows [][2]int) {
	t.Helper()
	var copied, inPlace tokenCache
	var buf []tok
	for _, w := range windows {
		a, b := w[0], w[1]
		want := tokenize(nil, text, a, b)
		buf = copied.tokenize(buf[:0], text, a, b)
		if !sameTokens(want, buf) {
			t.Fatalf("tokenCache.tokenize(%d, %d) of %q:\n got %v\nwant %v", a, b, text, buf, want)
		}
		if got := inPlace.window(text, a, b); !sameTokens(want, got) {
			t.Fatalf("tokenCache.window(%d, %d) of %q:\n got %v\nwant %v", a, b, text, got, want)
		}
	}
}

func sameTokens(a, b []tok) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

// windowsOf returns n windows of text that go forward by steps, as the
// windows of quotes do, with some going back and some leaving gaps.
func windowsOf(r *rand.Rand, text string, n int) [][2]int {
	var ws [][2]int
	pos := 0
	for range n {
		if len(text) == 0 {
			break
		}
		a := min(len(text), max(0, pos+r.IntN(80)-30))
		b := min(len(text), a+r.IntN(120))
		ws = append(ws, [2]int{a, b})
		pos = b
		if r.IntN(4) == 0 {
			pos = min(len(text), pos+r.IntN(200)) // a gap: a quote not walked
		}
	}
	return ws
}

func TestTokenCache(t *testing.T) {
	texts := []string{
		"„Das war ein Fehler“, sagte der Minister Karl-Heinz Weber. Er bedaure das.\n\n„Neu“, sagte sie.",
		"“The market will recover,” said economist Laura Chen. “It always does.”\n \n\n\n“Yes.”",
		"a-t-elle dit, d'après l’avis de M. Dupont\n\n\n« Le projet » — n'est-ce pas ?",
		"「来年も続けます」と田中さんは語った。彼女は「はい」と言った。",
		"Über Ärger spricht Ödön nicht, sagte Åsa Ørsted. Éric répond: «Ça va».",
		"\xff\xfe„\x80“ broken \xe2\x80 bytes \xc3 here",
		strings.Repeat("word ", 300) + "\n\n" + strings.Repeat("Name-Part's x-y ", 200),
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, text := range texts {
		// Every window from every start and end in a short text.
		if len(text) < 200 {
			var all [][2]int
			for a := 0; a <= len(text); a += 3 {
				for b := a; b <= len(text); b += 7 {
					all = append(all, [2]int{a, b})
				}
			}
			checkTokenCache(t, text, all)
		}
		for range 20 {
			checkTokenCache(t, text, windowsOf(r, text, 60))
		}
	}
}

// FuzzTokenCache checks that the token cache gives what tokenize gives,
// for windows that go forward through any text.
func FuzzTokenCache(f *testing.F) {
	f.Add("„Das war ein Fehler“, sagte Karl-Heinz Weber.\n\n\n„Neu“", uint64(1))
	f.Add("a-t-elle dit, d'après l’avis\n \n\nde M. Dupont", uint64(2))
	f.Add("\xff\xfe„\x80“ \xe2\x80 \xc3", uint64(3))
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		r := rand.New(rand.NewPCG(seed, 7))
		checkTokenCache(t, text, windowsOf(r, text, 40))
	})
}
