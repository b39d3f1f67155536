package cleanup

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

type ruleCase struct {
	name, in, want string
}

// runRuleCases checks each case with only the named rule switched on, and
// checks the invariants of the whole pipeline on the same input.
func runRuleCases(t *testing.T, rule string, cases []ruleCase, opts ...Option) {
	t.Helper()
	c := mustNew(append([]Option{WithOnlyRules(rule)}, opts...)...)
	all := mustNew(opts...)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.Clean(tc.in); got != tc.want {
				t.Errorf("%s(%q):\n%s", rule, tc.in, cmp.Diff(tc.want, got))
			}
			checkInvariants(t, all, tc.in)
		})
	}
}

func TestInvalidUTF8(t *testing.T) {
	runRuleCases(t, "invalid-utf8", []ruleCase{
		{"valid", "Grüße", "Grüße"},
		{"stray byte", "Gr\xfc\xdfe", "Gr\uFFFD\uFFFDe"},
		{"truncated rune", "abc\xe2\x82", "abc\uFFFD\uFFFD"},
		{"only invalid", "\xff", "\uFFFD"},
	})
}

func TestLineBreaks(t *testing.T) {
	runRuleCases(t, "line-breaks", []ruleCase{
		{"crlf", "eins\r\nzwei\r\n", "eins\nzwei\n"},
		{"cr", "eins\rzwei", "eins\nzwei"},
		{"blank crlf line", "eins\r\n\r\nzwei", "eins\n\nzwei"},
		{"line separator", "eins\u2028zwei\u2029drei", "eins\nzwei\ndrei"},
		{"next line", "eins\u0085zwei", "eins\nzwei"},
		{"lf kept", "eins\n\n\nzwei", "eins\n\n\nzwei"},
	})
}

func TestInvisible(t *testing.T) {
	runRuleCases(t, "invisible-chars", []ruleCase{
		{"zero width space", "Daten\u200Bschutz", "Datenschutz"},
		{"soft hyphen", "Daten\u00ADschutz", "Datenschutz"},
		{"bom inside", "Text\uFEFF und mehr", "Text und mehr"},
		{"word joiner", "a\u2060b", "ab"},
		{"zwj in emoji kept", "👩\u200D💻 Entwicklerin", "👩\u200D💻 Entwicklerin"},
		{"zwj between latin", "Wo\u200Drt", "Wort"},
		{"zwnj in persian kept", "می\u200Cخواهم", "می\u200Cخواهم"},
		{"zwnj in german", "Auf\u200Clage", "Auflage"},
		{"paired isolate kept", "a \u2067עברית\u2069 b", "a \u2067עברית\u2069 b"},
		{"unpaired isolate", "a \u2067עברית b", "a עברית b"},
		{"stray pop", "a\u202C b", "a b"},
		{"unpaired at line end", "x\u202Ay\nz\u202Cw", "xy\nzw"},
	})
}

func TestUnicodeSpaces(t *testing.T) {
	runRuleCases(t, "unicode-spaces", []ruleCase{
		{"nbsp between words", "die\u00A0Regierung", "die Regierung"},
		{"nbsp number unit kept", "100\u00A0km", "100\u00A0km"},
		{"nbsp thousands kept", "6\u202F276", "6\u202F276"},
		{"nbsp percent kept", "5\u00A0%", "5\u00A0%"},
		{"french before colon kept", "dit\u00A0: oui", "dit\u00A0: oui"},
		{"french guillemet kept", "«\u00A0Non\u00A0»", "«\u00A0Non\u00A0»"},
		{"abbreviation kept", "z.\u202FB. hier", "z.\u202FB. hier"},
		{"em space", "ein\u2003Wort", "ein Wort"},
		{"next to space", "ein \u00A0Wort", "ein  Wort"},
		{"ideographic in cjk kept", "東京\u3000大阪", "東京\u3000大阪"},
		{"ideographic in latin", "Berlin\u3000Paris", "Berlin Paris"},
	})
}

func TestSpaceRuns(t *testing.T) {
	runRuleCases(t, "space-runs", []ruleCase{
		{"run", "Zu   viele    Leerzeichen.", "Zu viele Leerzeichen."},
		{"tab inside", "a\tb", "a b"},
		{"trailing", "Ende.   \nNeu", "Ende.\nNeu"},
		{"trailing at end", "Ende. \t", "Ende."},
		{"indent kept", "    eingerückt  hier", "    eingerückt hier"},
		{"blank lines kept", "a\n\n\nb", "a\n\n\nb"},
		{"whitespace line", "a\n   \nb", "a\n\nb"},
		{"clean", "Nichts zu tun.", "Nichts zu tun."},
	})
}

func TestSpaceBeforePunct(t *testing.T) {
	runRuleCases(t, "space-before-punct", []ruleCase{
		{"period", "gut .", "gut."},
		{"comma and bang", "Hallo , Welt !", "Hallo, Welt!"},
		{"brackets", "( KI )", "(KI)"},
		{"german quotes", "„ Wir sind bereit “", "„Wir sind bereit“"},
		{"english quotes", "“ Ready ”", "“Ready”"},
		{"ascii quotes", `Er sagte " Hallo " und ging.`, `Er sagte "Hallo" und ging.`},
		{"german guillemets", "» Wo bist du? «", "»Wo bist du?«"},
		{"ellipsis kept", "Und dann ...", "Und dann ..."},
		{"dotnet kept", "mit .NET gebaut", "mit .NET gebaut"},
		{"decimal kept", "rund ,5 Prozent", "rund ,5 Prozent"},
		{"score kept", "Es stand 2 : 1.", "Es stand 2 : 1."},
		{"emoticon kept", "Schön :)", "Schön :)"},
		{"dash kept", "Er ging – ?", "Er ging – ?"},
		{"stray comma before word", "falsch ,sagte", "falsch,sagte"},
		{"stray period before sentence", "est arrivé .Il a salué", "est arrivé.Il a salué"},
		{"dotnet acronym kept", "arrivé .NET", "arrivé .NET"},
		{"spanish inverted question", "¿ Qué pasó anoche ?", "¿Qué pasó anoche?"},
		{"spanish inverted exclamation", "¡ Vamos !", "¡Vamos!"},
		{"french kept", "Il a dit : « Non ! »", "Il a dit : « Non ! »"},
		{"french comma fixed", "Il a dit , enfin : « Non ! »", "Il a dit, enfin : « Non ! »"},
	})
	runRuleCases(t, "space-before-punct", []ruleCase{
		{"forced french", "Vraiment ?", "Vraiment ?"},
	}, WithLanguage(language.French))
	runRuleCases(t, "space-before-punct", []ruleCase{
		{"forced german", "Wirklich ?", "Wirklich?"},
	}, WithLanguage(language.German))
}

func TestSpaceAfterPunct(t *testing.T) {
	runRuleCases(t, "space-after-punct", []ruleCase{
		{"sentence", "spät.Dann", "spät. Dann"},
		{"comma after quote", "„Wir kommen“,sagte er.", "„Wir kommen“, sagte er."},
		{"colon before quote", "sagte:„Wir", "sagte: „Wir"},
		{"question", "Wirklich?Ja", "Wirklich? Ja"},
		{"comma", "rot,grün und blau", "rot, grün und blau"},
		{"version kept", "Llama 3.1 ist da", "Llama 3.1 ist da"},
		{"date kept", "am 24.07.2024", "am 24.07.2024"},
		{"thousands kept", "6.276 Menschen", "6.276 Menschen"},
		{"abbreviations kept", "z.B. und d.h. und U.S. Army", "z.B. und d.h. und U.S. Army"},
		{"url kept", "siehe https://example.org/A.Html,B", "siehe https://example.org/A.Html,B"},
		{"www kept", "www.Beispiel.De", "www.Beispiel.De"},
		{"mail kept", "max.Mustermann@example.org", "max.Mustermann@example.org"},
		{"handle kept", "@Team.News", "@Team.News"},
		{"hashtag kept", "#KI.Gipfel", "#KI.Gipfel"},
		{"time kept", "um 12:30 Uhr", "um 12:30 Uhr"},
		{"file kept", "bericht.PDF und daten_v2.Csv", "bericht.PDF und daten_v2.Csv"},
		{"gender colon kept", "Lehrer:innen", "Lehrer:innen"},
		{"code kept", "f(a,b) und x=1;y=2", "f(a,b) und x=1;y=2"},
		{"cjk comma kept", "北京,上海", "北京,上海"},
		{"colon word", "Hinweis:Das gilt.", "Hinweis: Das gilt."},
		{"after score", "Das Spiel endete 2:1.Danach feierten alle.", "Das Spiel endete 2:1. Danach feierten alle."},
		{"after time", "He arrived at 12:30.Nobody came.", "He arrived at 12:30. Nobody came."},
		{"ordinal", "Er spielt in der 3.Liga.", "Er spielt in der 3. Liga."},
		{"french colon before guillemet", "Elle a répondu :« Jamais ! » et elle est partie.", "Elle a répondu : « Jamais ! » et elle est partie."},
	})
}

func TestDuplicatePunct(t *testing.T) {
	runRuleCases(t, "duplicate-punct", []ruleCase{
		{"german", "benachteiligen.“ .“", "benachteiligen.“"},
		{"no space", "fertig.“.“ Dann", "fertig.“ Dann"},
		{"english", "done.” .”", "done.”"},
		{"different kept", "Ende.“ „Neu", "Ende.“ „Neu"},
		{"single kept", "Ende.“", "Ende.“"},
	})
}

func TestExplainOffsets(t *testing.T) {
	in := "Hallo , Welt !\r\nZu  viel."
	r := mustNew().Explain(in)
	if want := "Hallo, Welt!\nZu viel."; r.Text != want {
		t.Fatalf("Text = %q, want %q", r.Text, want)
	}
	checkEdits(t, in, r)
	// Every byte of the output that no edit produced maps back to the same
	// byte of the input.
	for out := 0; out <= len(r.Text); out++ {
		i := r.InputOffset(out)
		if i < 0 || i > len(in) {
			t.Fatalf("InputOffset(%d) = %d out of range", out, i)
		}
		if out < len(r.Text) && r.Text[out] != '\n' && r.Text[out] != ' ' && in[i] != r.Text[out] {
			t.Errorf("output byte %d %q maps to input byte %d %q", out, r.Text[out], i, in[i])
		}
		if back := r.OutputOffset(i); back > out {
			t.Errorf("OutputOffset(InputOffset(%d)) = %d", out, back)
		}
	}
}

func TestComposeMergesTouchingEdits(t *testing.T) {
	// space-runs turns "  " into " ", then space-before-punct removes that
	// space: one edit must explain both.
	in := "gut  ."
	r := mustNew().Explain(in)
	want := []Edit{{Rule: "space-runs+space-before-punct", Start: 3, End: 5, Old: "  ", New: ""}}
	if diff := cmp.Diff(want, r.Edits); diff != "" {
		t.Errorf("edits (-want +got):\n%s", diff)
	}
}

func TestCleanTextIsNotCopied(t *testing.T) {
	c := mustNew()
	in := "Die Bundesregierung will die Förderung verlängern, wie ein Sprecher am Montag mitteilte.\n\nDie Opposition kritisierte das."
	if got := c.Clean(in); got != in {
		t.Fatalf("Clean changed clean text: %q", got)
	}
	if raceEnabled {
		return // the race detector makes sync.Pool drop its items
	}
	if n := testing.AllocsPerRun(100, func() { c.Clean(in) }); n != 0 {
		t.Errorf("Clean on clean text allocates %.1f times per call, want 0", n)
	}
}

func TestRuleNamesSwitch(t *testing.T) {
	names := RuleNames()
	if len(names) == 0 {
		t.Fatal("no rules")
	}
	in := "Hallo , Welt !"
	if got := mustNew(WithoutRules(names...)).Clean(in); got != in {
		t.Errorf("with every rule off, Clean changed %q to %q", in, got)
	}
	if got := mustNew(WithoutRules("space-before-punct")).Clean(in); got != in {
		t.Errorf("without space-before-punct, Clean changed %q to %q", in, got)
	}
}

func TestGuillemetSeparators(t *testing.T) {
	runRuleCases(t, "space-before-punct", []ruleCase{
		{"breadcrumb single", "Startseite › Wirtschaft › Technik", "Startseite › Wirtschaft › Technik"},
		{"breadcrumb double", "Home » News » Sport", "Home » News » Sport"},
		{"german quote still fixed", "Er rief: » Halt! « Dann", "Er rief: »Halt!« Dann"},
	})
}

// TestUnknownRuleName checks that a misspelt rule name fails New instead of
// running every rule (WithoutRules) or none (WithOnlyRules).
func TestUnknownRuleName(t *testing.T) {
	for _, opt := range []Option{WithOnlyRules("spacing"), WithoutRules("nfc", "space-run")} {
		if c, err := New(opt); err == nil || c != nil {
			t.Errorf("New with an unknown rule: got %v, %v; want an error", c, err)
		}
	}
	if _, err := New(WithOnlyRules("space-runs"), WithoutRules("nfc")); err != nil {
		t.Errorf("known rules: %v", err)
	}
}
