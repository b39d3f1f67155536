package lang

import (
	"testing"
	"unicode/utf8"
)

// FuzzSpans checks the contract of Spans and Language on any input,
// including invalid UTF-8: spans sorted, non-overlapping, within bounds, on
// rune boundaries, covering every letter; output within maxOutputRatio of
// the input; the same spans, bit for bit, on a second call; no panic.
func FuzzSpans(f *testing.F) {
	for _, s := range []string{
		"", "a", "\xff", "Der Vortrag war gut. The talk was good.",
		"한어Русский языкEnglishFrançais日本語DeutschPortuguêsΕλληνικάespañol",
		"„Open Source“ (KI-)Erfindungen z.B. 3.5 Mio.",
		"東京タワーに行きました。我们使用ChatGPT写代码。",
		"a\u0301\u0301 ー \u200d l'’- Ǆǅ ǈ \U0001F600 \xc3",
		"Deutsch English Русский Ελληνικά 한국어 日本語 Français Português español",
		"Ich habe gestern mit meinem Bruder telefoniert and then we went to the cinema together.",
		"aбαא가ж aбαא가ж", "&amp;amp;amp;", "Zeile eins.\rZeile zwei.\r",
		"Mehr unter https://example.org/de/hilfe oder an hilfe@example.org.",
	} {
		f.Add(s)
	}
	d := testDetector()
	// Build the Latin, Cyrillic and Arabic tables and the folded one (text
	// without diacritics) before fuzzing: under the fuzzer's instrumentation
	// that takes long enough to look like a hang.
	d.Spans("Warm up, Разогрев, إحماء. Na teto strance najdete vsechny informace.")
	f.Fuzz(func(t *testing.T, text string) {
		spans := d.Spans(text)
		checkInvariants(t, text, spans)
		if out := outputBytes(spans); len(spans) > 1 && (out > maxOutputRatio*len(text)+200 || len(spans) > len(text)/3+1) {
			t.Fatalf("%d spans, %d JSON bytes for %d input bytes", len(spans), out, len(text))
		}
		if again := d.Spans(text); !sameSpans(spans, again) {
			t.Fatalf("Spans(%q) differs on a second call:\n%v\n%v", text, spans, again)
		}
		var each []Span
		d.SpansEach(text, func(s Span) { each = append(each, s) })
		if !sameSpans(spans, each) {
			t.Fatalf("SpansEach(%q) differs from Spans:\n%v\n%v", text, each, spans)
		}
		tag, conf := d.Language(text)
		if conf < 0 || conf > 1 {
			t.Fatalf("Language(%q) = %v, %v", text, tag, conf)
		}
		if utf8.ValidString(text) && len(spans) > 0 && conf == 0 && tag.String() != "und" {
			t.Fatalf("Language(%q) = %v with confidence 0", text, tag)
		}
	})
}
