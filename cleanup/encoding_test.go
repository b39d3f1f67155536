package cleanup

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

func TestHTMLEntities(t *testing.T) {
	runRuleCases(t, "html-entities", []ruleCase{
		{"named", "Fish &amp; Chips &ndash; frisch", "Fish & Chips – frisch"},
		{"decimal german quotes", "&#8222;Hallo&#8220;", "„Hallo“"},
		{"hex", "l&#x2019;été", "l’été"},
		{"all caps", "CAF&EACUTE; &AMP; BAR", "CAFÉ & BAR"},
		{"windows-1252 reference", "2019&#150;2020", "2019–2020"},
		{"double escaped", "a &amp;lt; b", "a < b"},
		{"no semicolon kept", "AT&T and R&D", "AT&T and R&D"},
		{"unknown name kept", "&foo; bar", "&foo; bar"},
		{"nul reference kept", "x&#0;y", "x&#0;y"},
		{"surrogate reference kept", "&#xD800;", "&#xD800;"},
		{"html left alone", "<p>Fish &amp; Chips</p>", "<p>Fish &amp; Chips</p>"},
		{"less-than in prose", "3 < 5 &amp; 5 > 3", "3 < 5 & 5 > 3"},
		{"ampersand at end", "Tom &", "Tom &"},
	})
}

func TestControlChars(t *testing.T) {
	runRuleCases(t, "control-chars", []ruleCase{
		{"ansi color", "\x1b[31mFehler:\x1b[0m Datei fehlt", "Fehler: Datei fehlt"},
		{"osc title", "\x1b]0;Titel\x07Text", "Text"},
		{"cursor save", "a\x1b7b", "ab"},
		{"nul and bell", "Ab\x00c\x07d", "Abcd"},
		{"del", "Wort\x7f", "Wort"},
		{"form feed ends line", "Seite 1\fSeite 2", "Seite 1\nSeite 2"},
		{"tab newline cr kept", "a\tb\r\nc", "a\tb\r\nc"},
		{"c1 undefined", "Stra\u0081e", "Strae"},
		{"nel kept for line-breaks", "a\u0085b", "a\u0085b"},
		{"deprecated arabic format", "a\u206Ab", "ab"},
		{"replacement char kept", "Gr\uFFFD\uFFFDe", "Gr\uFFFD\uFFFDe"},
		{"flag tags kept", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"},
		{"stray tag", "a\U000E0041b", "ab"},
		{"unterminated escape", "Ende\x1b", "Ende"},
	})
}

func TestSurrogates(t *testing.T) {
	runRuleCases(t, "surrogates", []ruleCase{
		{"cesu pair", "Lachen \xed\xa0\xbd\xed\xb8\x82!", "Lachen 😂!"},
		{"lone high", "a\xed\xa0\xbdb", "a\uFFFDb"},
		{"valid kept", "Grüße 😂", "Grüße 😂"},
	})
}

func TestLegacyBytes(t *testing.T) {
	runRuleCases(t, "cp1252-bytes", []ruleCase{
		{"german", "Gr\xfc\xdfe aus K\xf6ln", "Grüße aus Köln"},
		{"french quotes", "\x93Bonjour\x94 \x96 dit-il", "“Bonjour” – dit-il"},
		{"only the legacy line", "Grüße\nK\xf6ln", "Grüße\nKöln"},
		{"mixed line left alone", "Grüße K\xf6ln", "Grüße K\xf6ln"},
		{"undefined byte left", "a\x81b\xe9", "a\x81bé"},
		// A UTF-16 byte-order mark is no text in any code page: left for
		// invalid-utf8, while the letters around it are decoded.
		{"utf-16 mark left", "Gr\xfc\xdfe \xff\xfe aus K\xf6ln", "Grüße \xff\xfe aus Köln"},
		{"utf-16be mark left", "Text \xfe\xffmehr", "Text \xfe\xffmehr"},
		{"thorn and y kept apart", "\xfe \xff", "þ ÿ"},
	})
	// The whole pipeline: decoded, never U+FFFD.
	if got := Clean("Gr\xfc\xdfe"); got != "Grüße" {
		t.Errorf("Clean: %q", got)
	}
}

func TestLigatures(t *testing.T) {
	runRuleCases(t, "ligatures", []ruleCase{
		{"fi", "Die ﬁnale Auﬂage", "Die finale Auflage"},
		{"ffi", "eﬃcient", "efficient"},
		{"dutch ij", "ĳs", "ijs"},
		{"plain kept", "finale", "finale"},
	})
}

func TestFullWidth(t *testing.T) {
	runRuleCases(t, "full-width", []ruleCase{
		{"latin shouting", "ＬＯＵＤ ＮＯＩＳＥＳ!", "LOUD NOISES!"},
		{"digits in japanese", "２０２４年に", "2024年に"},
		{"punctuation in latin", "Hallo！（Test）", "Hallo!(Test)"},
		{"punctuation in chinese kept", "你好！我们（今天）", "你好！我们（今天）"},
		{"half-width katakana", "ｶﾞｲﾄﾞ", "ガイド"},
		{"yen outside cjk", "Preis ￥300", "Preis ¥300"},
	})
}

func TestNFC(t *testing.T) {
	runRuleCases(t, "nfc", []ruleCase{
		{"decomposed", "Cafe\u0301 und Mu\u0308nchen", "Café und München"},
		{"vietnamese decomposed", "Vie\u0323\u0302t", "Việt"},
		{"composed kept", "Café", "Café"},
		{"mark without base composes nothing", "\u0301a", "\u0301a"},
	})
}

func TestStraightQuotes(t *testing.T) {
	in := "„Ja“, sagte sie, ‘gut’."
	if got := mustNew().Clean(in); !strings.Contains(got, "„Ja“") {
		t.Errorf("typographic quotes not kept by default: %q", got)
	}
	runRuleCases(t, "straight-quotes", []ruleCase{
		{"german", in, `"Ja", sagte sie, 'gut'.`},
	}, WithStraightQuotes(true))
}

// repairRules are the rules of this file's tests.
var repairRules = []string{"surrogates", "cp1252-bytes", "mojibake", "html-entities", "control-chars", "ligatures", "full-width", "nfc"}

// isPlainText reports text that the repair rules have no reason to touch:
// valid, NFC, without controls, entities, compatibility forms or mojibake.
func isPlainText(s string) bool {
	if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) || strings.ContainsRune(s, '&') || isBad(s) {
		return false
	}
	for _, r := range s {
		switch {
		case r < 0x20 && r != '\t' && r != '\n', r >= 0x7F && r <= 0x9F, r >= 0x206A && r <= 0x206F,
			r >= 0xFFF9 && r <= 0xFFFB, r >= 0x1D173 && r <= 0x1D17A, isTag(r):
			return false
		case r >= 0xFF01 && r <= 0xFFEF, ligatures[r] != "":
			return false
		}
	}
	return true
}

func FuzzRepair(f *testing.F) {
	for _, s := range repairSentences {
		f.Add(s.text)
		f.Add(damage(s.text, windows1252))
	}
	for _, s := range []string{"Gr\xfc\xdfe", "voilÃ  le", "&EACUTE;&amp;amp;", "\x1b[1mX", "\xed\xa0\xbd\xed\xb8\x82", "ＡＢ！你好！", "e\u0301", "IL Y MARQUÉ…"} {
		f.Add(s)
	}
	// invalid-utf8 joins them: the repair rules leave the bytes they
	// cannot read to it.
	repair := mustNew(WithOnlyRules(append([]string{"invalid-utf8"}, repairRules...)...))
	f.Fuzz(func(t *testing.T, in string) {
		got := repair.Clean(in)
		if !utf8.ValidString(got) {
			t.Fatalf("not valid UTF-8: %q -> %q", in, got)
		}
		if again := repair.Clean(got); again != got {
			t.Fatalf("not idempotent on %q:\n%s", in, cmp.Diff(got, again))
		}
		if isPlainText(in) && got != in {
			t.Fatalf("plain text changed:\n%s", cmp.Diff(in, got))
		}
		r := repair.Explain(in)
		if r.Text != got {
			t.Fatalf("Explain differs from Clean on %q", in)
		}
		checkEdits(t, in, r)
	})
}

var repairBenchText = strings.Repeat(cleanNews, 200)

// BenchmarkRepairClean is Clean on clean text without the repair rules;
// compare with BenchmarkCleanNoChange, which has them.
func BenchmarkRepairOff(b *testing.B) {
	benchClean(b, mustNew(WithoutRules(repairRules...)), repairBenchText)
}

// BenchmarkRepairOnly is the repair rules alone on clean text.
func BenchmarkRepairOnly(b *testing.B) {
	benchClean(b, mustNew(WithOnlyRules(repairRules...)), repairBenchText)
}

// BenchmarkRepairDamaged is the repair rules on text that is mojibake
// throughout, the worst case.
func BenchmarkRepairDamaged(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, s := range repairSentences {
			sb.WriteString(damage(s.text, windows1252))
			sb.WriteString(" &amp; \x1b[0m ﬁ\n")
		}
	}
	benchClean(b, mustNew(WithOnlyRules(repairRules...)), sb.String())
}
