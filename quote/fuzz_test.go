package quote

import (
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// FuzzExtract checks the invariants of Extract on any input, invalid UTF-8
// included: quotes in bounds with Start <= End on rune boundaries, Text
// equal to text[Start:End], marks around the text, speakers at their
// offsets, order by Start, nested quotes inside their parents; the text
// of all quotes within a constant times the input; the same answer on a
// second call; no panic.
func FuzzExtract(f *testing.F) {
	seeds := []string{
		"„Das war ein Fehler“, sagte der Minister Karl Weber. Er bedaure das.“ Dann ging er.",
		"“The market will recover,” said economist Laura Chen. “It always does.”",
		"« Le projet avance bien », a-t-elle ajouté.",
		"「来年も続けます」と田中さんは語った。",
		"„a ‚b „c ‚d‘ c“ b‘ a“ \"x 'y' x\" »p ›q‹ p« ”s” «t»",
		"“One.\n\n“Two.\n\n“Three.” Done.",
		"'Tis rock 'n' roll, don't '90s Jones' 12\" \xff\xfe„\x80“",
		strings.Repeat("„", 50) + strings.Repeat("“", 50),
		"", "\n\n", "„", "“", "'", "\"",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	for _, fam := range adversarial {
		f.Add(fam.make(200))
	}
	e := mustNew(WithLanguage(language.German))
	f.Fuzz(func(t *testing.T, text string) {
		for _, x := range []*Extractor{defaultExtractor, e} {
			qs := x.Extract(text)
			checkInvariants(t, text, qs)
			// Output linear in the input: nesting is bounded and open
			// quotes do not repeat the open quotes inside them.
			if n := textBytes(qs); n > maxTextPerByte*len(text) {
				t.Fatalf("%d bytes of quote text for %d bytes of input", n, len(text))
			}
			// The same answer twice.
			if again := x.Extract(text); !reflect.DeepEqual(qs, again) {
				t.Fatalf("second Extract differs:\n%v\n%v", qs, again)
			}
		}
	})
}

// checkInvariants asserts what must hold for any input: offsets inside the
// text and on rune boundaries (as a decoder sees them, also in invalid
// UTF-8), Text matching the offsets, marks right before and after the
// quoted text, order by Start, a known kind, speaker offsets, and nested
// quotes inside their parents.
func checkInvariants(t *testing.T, text string, qs []Quote) {
	t.Helper()
	// Rune boundaries as a decoder sees them, also in invalid UTF-8.
	bound := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		bound[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	bound[len(text)] = true
	var stack []Quote
	for i, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start > q.End {
			t.Fatalf("quote %d out of bounds: [%d,%d) in %d bytes", i, q.Start, q.End, len(text))
		}
		if !bound[q.Start] || !bound[q.End] {
			t.Fatalf("quote %d [%d,%d) not on rune boundaries", i, q.Start, q.End)
		}
		if q.Text != text[q.Start:q.End] {
			t.Fatalf("quote %d: Text %q != text[Start:End]", i, q.Text)
		}
		if q.Open == "" || !strings.HasSuffix(text[:q.Start], q.Open) {
			t.Fatalf("quote %d: open mark %q not before Start", i, q.Open)
		}
		if q.Closed != (q.Close != "") || q.Closed && !strings.HasPrefix(text[q.End:], q.Close) {
			t.Fatalf("quote %d: close mark %q / Closed=%v inconsistent", i, q.Close, q.Closed)
		}
		if i > 0 && qs[i-1].Start > q.Start {
			t.Fatalf("quote %d starts before quote %d", i, i-1)
		}
		if q.SpeakerStart >= 0 {
			if q.SpeakerEnd > len(text) || q.SpeakerStart > q.SpeakerEnd || text[q.SpeakerStart:q.SpeakerEnd] != q.Speaker {
				t.Fatalf("quote %d: speaker %q not at [%d,%d)", i, q.Speaker, q.SpeakerStart, q.SpeakerEnd)
			}
		} else if q.Speaker != "" || q.SpeakerEnd != -1 {
			t.Fatalf("quote %d: speaker %q without offsets", i, q.Speaker)
		}
		if (q.SpeakerStart >= 0) != (q.SpeakerBy != NoSpeaker) {
			t.Fatalf("quote %d: speaker %q found by %q", i, q.Speaker, q.SpeakerBy)
		}
		if s := q.Kind.String(); s != "direct" && s != "partial" {
			t.Fatalf("quote %d: kind %q", i, s)
		}
		for len(stack) > 0 && stack[len(stack)-1].End < q.End {
			stack = stack[:len(stack)-1]
		}
		if q.Depth != len(stack) {
			t.Fatalf("quote %d: depth %d, nested in %d quotes", i, q.Depth, len(stack))
		}
		if len(stack) > 0 {
			p := stack[len(stack)-1]
			if q.Start-len(q.Open) < p.Start || q.End > p.End {
				t.Fatalf("quote %d [%d,%d) not inside its parent [%d,%d)", i, q.Start, q.End, p.Start, p.End)
			}
		}
		stack = append(stack, q)
	}
}

// TestConcurrent runs one Extractor from many goroutines; with -race it
// shows that extraction shares no mutable state.
func TestConcurrent(t *testing.T) {
	e := mustNew(WithCues(language.German, "konterte"))
	texts := []string{
		"„Wir sehen das anders“, konterte Miriam Kolb. „Ganz anders.“",
		"“The market will recover,” said economist Laura Chen.",
		"« Le projet avance bien », a affirmé le maire Pierre Martin.",
	}
	want := make([][]Quote, len(texts))
	for i, s := range texts {
		want[i] = e.Extract(s)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for n := 0; n < 50; n++ {
				i := (g + n) % len(texts)
				got := e.Extract(texts[i])
				if len(got) != len(want[i]) || got[0] != want[i][0] {
					t.Errorf("goroutine %d: %v, want %v", g, got, want[i])
					return
				}
				Extract(texts[i])
			}
		}(g)
	}
	wg.Wait()
}
