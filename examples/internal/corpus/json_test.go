package corpus

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/lang"
	"github.com/textmend/textmend/quote"
)

// reference is what encoding/json writes for v without HTML escaping.
func reference(t testing.TB, v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

var trickyStrings = []string{
	"", "plain", `quote " backslash \ slash /`, "<html> & 'x'", "\x00\x01\x1f\x7f",
	"\b\f\n\r\t", "\u2028\u2029", "Grüße 東京 😀", "bad \xff\xfe bytes \xc3", "\xed\xa0\x80 surrogate",
}

func TestJSONMatchesEncodingJSON(t *testing.T) {
	for _, s := range trickyStrings {
		if got, want := string(appendString(nil, s)), reference(t, s); got != want {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	}
	for _, f := range []float64{0, 1, 0.5, 1.0 / 3, 1e-7, 1.5e-9, 123456789, 1e21, 0.000001} {
		if got, want := string(appendFloat(nil, f)), reference(t, f); got != want {
			t.Errorf("appendFloat(%v) = %s, want %s", f, got, want)
		}
	}
	if got := string(appendFloat(nil, math.NaN())); got != "0" {
		t.Errorf("NaN written as %s", got)
	}
	edits := []cleanup.Edit{{Rule: "a+b", Start: 1, End: 3, Old: "\"x", New: "\u2028"}, {Rule: "c", Start: 5, End: 5, New: " "}}
	type editRef struct {
		Rule  string `json:"rule"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Old   string `json:"old"`
		New   string `json:"new"`
	}
	var refs []editRef
	for _, e := range edits {
		refs = append(refs, editRef{e.Rule, e.Start, e.End, e.Old, e.New})
	}
	if got, want := string(appendEdits(nil, edits)), reference(t, refs); got != want {
		t.Errorf("edits\n got %s\nwant %s", got, want)
	}
	text := "Hallo Welt"
	spans := []lang.Span{{Start: 0, End: 10, Lang: language.German, Script: "Latn", Confidence: 0.8125}}
	spanRef := []map[string]any{{"start": 0, "end": 10, "lang": "de", "script": "Latn", "confidence": 0.8125, "text": text}}
	if got, want := string(appendSpans(nil, text, spans)), reference(t, spanRef); !sameJSON(t, got, want) {
		t.Errorf("spans\n got %s\nwant %s", got, want)
	}
	quotes := []quote.Quote{
		{Start: 1, End: 3, Text: "ab", Open: "„", Close: "“", Depth: 1, Kind: quote.Direct, Closed: true, Speaker: "Anna", SpeakerStart: 10, SpeakerEnd: 14, SpeakerBy: quote.ByCue, Cue: "sagte"},
		{Start: 20, End: 22, Text: "cd", Open: "„", Close: "“", Kind: quote.Partial, Closed: true, SpeakerStart: -1, SpeakerEnd: -1},
	}
	quoteRef := []map[string]any{
		{"start": 1, "end": 3, "text": "ab", "open": "„", "close": "“", "depth": 1, "kind": "direct", "closed": true, "speaker": "Anna", "cue": "sagte", "speaker_start": 10, "speaker_end": 14, "speaker_by": "cue"},
		{"start": 20, "end": 22, "text": "cd", "open": "„", "close": "“", "depth": 0, "kind": "partial", "closed": true, "speaker": "", "cue": ""},
	}
	if got, want := string(appendQuotes(nil, quotes, true)), reference(t, quoteRef); !sameJSON(t, got, want) {
		t.Errorf("quotes\n got %s\nwant %s", got, want)
	}
}

// sameJSON compares two JSON texts as values (maps sort their keys).
func sameJSON(t *testing.T, a, b string) bool {
	var x, y any
	if json.Unmarshal([]byte(a), &x) != nil || json.Unmarshal([]byte(b), &y) != nil {
		return false
	}
	return reference(t, x) == reference(t, y)
}

func FuzzAppendString(f *testing.F) {
	for _, s := range trickyStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := appendString(nil, s)
		if want := reference(t, s); string(got) != want {
			t.Fatalf("appendString(%q) = %s, want %s", s, got, want)
		}
		if !utf8.Valid(got) {
			t.Fatalf("appendString(%q) is not UTF-8", s)
		}
	})
}

// Quotes nested without end would repeat the text with the square of its
// size; past the bound their texts are left out, with a warning, and the
// output stays linear. (How deep quotes nest is package quote's choice:
// the test holds whether it nests them all or stops early.)
func TestQuoteTextsBounded(t *testing.T) {
	p := mustNew(t, WithAnalyses(Quotes))
	for _, k := range []int{50, 3000} {
		in := strings.Repeat("„a ", k) + strings.Repeat("“ ", k)
		out, _ := p.Document("nested.txt", []byte(in))
		var got struct {
			Text   string
			Quotes []struct {
				Start, End int
				Text       string
			}
			Warning string
		}
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}
		if len(out) > 40*len(in)+(2<<20) {
			t.Errorf("k=%d: %d bytes of JSON for %d bytes of input", k, len(out), len(in))
		}
		total := 0
		for _, q := range got.Quotes {
			if q.Text != "" && q.Text != got.Text[q.Start:q.End] {
				t.Fatalf("k=%d: quote text %q is not text[%d:%d]", k, q.Text, q.Start, q.End)
			}
			total += len(q.Text)
		}
		if got.Warning == "" && total > maxQuoteRepeat*len(got.Text)+1<<20 {
			t.Errorf("k=%d: %d bytes of quote texts and no warning", k, total)
		}
		if k == 50 && got.Warning != "" {
			t.Errorf("k=%d: warning %q for a small text", k, got.Warning)
		}
	}
}
