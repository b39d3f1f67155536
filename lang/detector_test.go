package lang

import (
	"strings"
	"testing"
)

// TestSpansEachIsSpans checks that SpansEach hands out what Spans returns,
// and that both join the spans of the chunks of a long text as analysing
// each chunk alone and joining neighbours of one language across each cut
// does.
func TestSpansEachIsSpans(t *testing.T) {
	d := testDetector()
	de := "Die Stadt hat am Montag ein neues Programm für junge Unternehmen vorgestellt.\n"
	en := "The city presented a new programme for young companies on Monday.\n"
	for name, text := range map[string]string{
		"short":     de + en,
		"one-lang":  strings.Repeat(de, 2*maxChunk/len(de)+7),
		"alternate": strings.Repeat(strings.Repeat(de, 300)+strings.Repeat(en, 200), 12),
		"menu":      familyText("menu-only", 3*maxChunk+1000),
		"menu-haus": familyText("menu-haus", 2*maxChunk+5000),
	} {
		t.Run(name, func(t *testing.T) {
			spans := d.Spans(text)
			checkInvariants(t, text, spans)
			var each []Span
			d.SpansEach(text, func(s Span) { each = append(each, s) })
			if !sameSpans(spans, each) {
				t.Fatalf("SpansEach: %d spans, Spans: %d; they differ", len(each), len(spans))
			}
			if want := chunkwiseSpans(d, text); !sameSpans(spans, want) {
				t.Fatalf("Spans: %d spans, chunk by chunk: %d; they differ", len(spans), len(want))
			}
		})
	}
}

// chunkwiseSpans analyses each chunk of text alone and joins the first span
// of a chunk to the last one before when both have one language, with the
// confidence weighted by length and the script of the longer.
func chunkwiseSpans(d *Detector, text string) []Span {
	var out []Span
	for off := 0; off < len(text); {
		end := chunkEnd(text, off)
		for i, sp := range d.Spans(text[off:end]) {
			sp.Start += off
			sp.End += off
			if n := len(out); i == 0 && n > 0 && out[n-1].Lang == sp.Lang {
				p := &out[n-1]
				a, b := float64(p.End-p.Start), float64(sp.End-sp.Start)
				p.Confidence = (p.Confidence*a + sp.Confidence*b) / (a + b)
				if b > a {
					p.Script = sp.Script
				}
				p.End = sp.End
				continue
			}
			out = append(out, sp)
		}
		off = end
	}
	return out
}
