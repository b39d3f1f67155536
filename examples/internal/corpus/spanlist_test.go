package corpus

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/textmend/textmend/lang"
	"golang.org/x/text/language"
)

// TestSpanList checks that the compact list gives back every span as it
// was added, over many chunks and kinds, and writes the JSON appendSpans
// writes for the same spans.
func TestSpanList(t *testing.T) {
	tags := []language.Tag{language.German, language.English, language.Japanese, language.Und}
	scripts := []string{"Latn", "Latn", "Jpan", "Zyyy"}
	var want []lang.Span
	var l spanList
	text := ""
	for i := range 3*maxSpanChunk + 17 {
		k := i * 7 % len(tags)
		s := lang.Span{Start: 2 * i, End: 2*i + 2, Lang: tags[k], Script: scripts[k], Confidence: float64(i%10) / 9}
		if i%5 == 0 {
			s.Script = "Hani" // a second script for one language: its own kind
		}
		want = append(want, s)
		l.add(s)
		text += "ab"
	}
	if l.len() != len(want) {
		t.Fatalf("len %d, want %d", l.len(), len(want))
	}
	if diff := cmp.Diff(want, l.all(), cmp.Comparer(func(a, b language.Tag) bool { return a == b })); diff != "" {
		t.Fatalf("spans (-want +got):\n%s", diff)
	}
	if got, exp := string(l.appendJSON(nil, text)), string(appendSpans(nil, text, want)); got != exp {
		t.Fatalf("JSON differs:\n got %.200s\nwant %.200s", got, exp)
	}
	var empty *spanList
	if got := string(empty.appendJSON(nil, "")); got != "[]" || empty.len() != 0 {
		t.Fatalf("nil list: %q, len %d", got, empty.len())
	}
}
