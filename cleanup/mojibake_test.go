package cleanup

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Sentences in the languages the repair must serve, written for these tests.
var repairSentences = []struct{ lang, text string }{
	{"de", "Die Straßenbahn fährt künftig öfter, sagte die Bürgermeisterin: „Wir müssen grüner werden.“"},
	{"fr", "L’été dernier, la mairie a décidé d’élargir la piste cyclable près du théâtre."},
	{"es", "¿Cuándo llegará el tren? El señor Muñoz respondió: «mañana, después del almuerzo»."},
	{"pl", "Zażółć gęślą jaźń — powiedział rzecznik, a urzędnicy się zgodzili."},
	{"ru", "Министр заявил, что новые правила вступят в силу в январе."},
	{"el", "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ενέργεια."},
	{"vi", "Chính phủ Việt Nam đã thông qua kế hoạch mới về giáo dục."},
	{"pt", "A inflação caiu em São Paulo, segundo o instituto."},
	{"cs", "Ministerstvo schválilo třetí verzi zákona o životním prostředí."},
}

// damagedAs lists, per code page other than Windows-1252 and Latin-1,
// the languages whose text is met damaged with it: Central European
// code pages meet Polish and Czech, but also the German and Spanish
// text of the same sites; Windows-1251 meets Russian.
var damagedAs = map[string]map[string]bool{
	"windows-1250": {"pl": true, "cs": true, "de": true, "es": true, "fr": true},
	"iso-8859-2":   {"pl": true, "cs": true, "de": true, "es": true, "fr": true},
	"windows-1251": {"ru": true},
	"macroman":     {"de": true, "fr": true, "es": true, "pl": true, "cs": true, "ru": true, "el": true, "vi": true, "pt": true},
}

// damage reads the UTF-8 bytes of s as the code page would, as a browser
// or database with the wrong charset does.
func damage(s string, cp *codePage) string {
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		rs = append(rs, cp.decode[s[i]])
	}
	return string(rs)
}

func codePageNamed(name string) *codePage {
	for _, cp := range codePages {
		if cp.name == name {
			return cp
		}
	}
	panic(name)
}

// TestMojibakeRoundTrip damages every sentence with every code page, once
// and twice, and expects the repair to restore it exactly.
func TestMojibakeRoundTrip(t *testing.T) {
	c := mustNew(WithOnlyRules("mojibake"))
	for _, s := range repairSentences {
		for _, name := range []string{"windows-1252", "latin-1", "windows-1250", "windows-1251", "iso-8859-2", "macroman"} {
			if !damagedAs[name][s.lang] && name != "windows-1252" && name != "latin-1" {
				continue
			}
			cp := codePageNamed(name)
			once := damage(s.text, cp)
			if got := c.Clean(once); got != s.text {
				t.Errorf("%s, %s once: %q\n%s", s.lang, name, once, cmp.Diff(s.text, got))
			}
			if name != "windows-1252" {
				continue
			}
			twice := damage(once, cp)
			if got := c.Clean(twice); got != s.text {
				t.Errorf("%s, %s twice: %q\n%s", s.lang, name, twice, cmp.Diff(s.text, got))
			}
		}
		// The sentence itself is never changed.
		if got := c.Clean(s.text); got != s.text {
			t.Errorf("%s changed:\n%s", s.lang, cmp.Diff(s.text, got))
		}
	}
}

func TestMojibake(t *testing.T) {
	runRuleCases(t, "mojibake", []ruleCase{
		{"german", "GrÃ¼ÃŸe aus KÃ¶ln", "Grüße aus Köln"},
		{"curly quotes", "Er sagte: â€žJaâ€œ", "Er sagte: „Ja“"},
		{"apostrophe", "It doesnâ€™t work", "It doesn’t work"},
		{"russian", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€", "привет, мир"},
		{"greek", "Î•Î»Î»Î¬Î´Î±", "Ελλάδα"},
		{"spanish", "Â¿QuÃ© pasÃ³?", "¿Qué pasó?"},
		{"polish in windows-1250", "ZaĹĽĂłĹ‚Ä‡", "Zażółć"},
		{"vietnamese", "Viá»‡t Nam", "Việt Nam"},
		{"double encoded", "CafÃƒÂ©", "Café"},
		{"nbsp lost to a space", "voilÃ  le travail", "voilà le travail"},
		{"a grave alone in mixed text", "la mÃ©thode Ã l’Ã©cole", "la méthode à l’école"},
		{"mixed with correct text", "Ã©tÃ© — “schön”", "été — “schön”"},
		{"lost byte becomes one FFFD", "â€œzitiertâ€\uFFFD und mehr", "“zitiert\uFFFD und mehr"},
		{"c1 ellipsis", "Il a dit\u0085 puis rien.", "Il a dit… puis rien."},
		{"c1 dash", "2019\u00962020", "2019–2020"},
		{"nel between lines stays", "eins\u0085zwei", "eins\u0085zwei"},
		{"only the bad line", "Ã©tÃ©\nMarqué", "été\nMarqué"},
		// Correct text in any language comes out unchanged.
		{"all-caps french", "IL Y MARQUÉ… ÇA VA", "IL Y MARQUÉ… ÇA VA"},
		{"portuguese capitals", "IRMÃ E NÃO… SÃO PAULO", "IRMÃ E NÃO… SÃO PAULO"},
		{"vietnamese kept", "Tiếng Việt có dấu rất đẹp", "Tiếng Việt có dấu rất đẹp"},
		{"greek kept", "Η Αθήνα είναι η πρωτεύουσα", "Η Αθήνα είναι η πρωτεύουσα"},
		{"russian kept", "Вчера в Москве прошёл саммит", "Вчера в Москве прошёл саммит"},
		{"german quote after sharp s", "„Fuß“ und „Spaß“", "„Fuß“ und „Spaß“"},
		{"spanish marks", "¡Olé! ¿Sí?", "¡Olé! ¿Sí?"},
		{"math", "√2 ≈ 1,41 und ±5 µm", "√2 ≈ 1,41 und ±5 µm"},
		{"prices", "£5, ¥300, 20 € und © 2024", "£5, ¥300, 20 € und © 2024"},
		{"icelandic", "Þórður og Ásgeir", "Þórður og Ásgeir"},
		{"kaomoji", "(╯°□°)╯︵ ┻━┻ ¯\\_(ツ)_/¯", "(╯°□°)╯︵ ┻━┻ ¯\\_(ツ)_/¯"},
		{"leetspeak capitals", "MÄ£ÄM ÌÑÌ", "MÄ£ÄM ÌÑÌ"},
	})
}

func TestBadness(t *testing.T) {
	for _, tc := range []struct {
		in  string
		bad bool
	}{
		{"Ã©", true},
		{"â€™", true},
		{"Ð¿Ñ€", true},
		{"wei√ü", true},
		{"IL Y MARQUÉ…", false},
		{"Ελληνικά", false},
		{"Tiếng Việt", false},
		{"naïve café", false},
		{"Ä£", false}, // a capital and a pound sign: leetspeak, not mojibake
	} {
		if got := isBad(tc.in); got != tc.bad {
			t.Errorf("isBad(%q) = %v, want %v", tc.in, got, tc.bad)
		}
	}
}

// TestMojibakeEdits checks that a repair is explained piece by piece.
func TestMojibakeEdits(t *testing.T) {
	r := mustNew(WithOnlyRules("mojibake")).Explain("GrÃ¼ÃŸe und KÃ¶ln")
	want := []Edit{
		{Rule: "mojibake", Start: 2, End: 10, Old: "Ã¼ÃŸ", New: "üß"},
		{Rule: "mojibake", Start: 17, End: 21, Old: "Ã¶", New: "ö"},
	}
	if diff := cmp.Diff(want, r.Edits); diff != "" {
		t.Error(diff)
	}
}
