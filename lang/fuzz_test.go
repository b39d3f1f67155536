package lang

import (
	"testing"
	"unicode/utf8"
)

// FuzzSpans checks the contract of Spans and Language on any input,
// including invalid UTF-8: spans sorted, non-overlapping, within bounds, on
// rune boundaries, covering every letter; no panic.
func FuzzSpans(f *testing.F) {
	for _, s := range []string{
		"", "a", "\xff", "Der Vortrag war gut. The talk was good.",
		"한어Русский языкEnglishFrançais日本語DeutschPortuguêsΕλληνικάespañol",
		"„Open Source“ (KI-)Erfindungen z.B. 3.5 Mio.",
		"東京タワーに行きました。我们使用ChatGPT写代码。",
		"a\u0301\u0301 ー \u200d l'’- Ǆǅ ǈ \U0001F600 \xc3",
		"Deutsch English Русский Ελληνικά 한국어 日本語 Français Português español",
	} {
		f.Add(s)
	}
	d := testDetector()
	f.Fuzz(func(t *testing.T, text string) {
		spans := d.Spans(text)
		checkInvariants(t, text, spans)
		tag, conf := d.Language(text)
		if conf < 0 || conf > 1 {
			t.Fatalf("Language(%q) = %v, %v", text, tag, conf)
		}
		if utf8.ValidString(text) && len(spans) > 0 && conf == 0 && tag.String() != "und" {
			t.Fatalf("Language(%q) = %v with confidence 0", text, tag)
		}
	})
}
