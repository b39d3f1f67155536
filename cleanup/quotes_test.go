package cleanup

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A quotation mark's role comes from its own line: a stray mark must not
// flip the marks after it.
func TestQuoteRolesPerLine(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"lone spaced ascii quote", "tr", `Müdür yarın toplantı yapılacak " dedi.`, `Müdür yarın toplantı yapılacak " dedi.`},
		{"ascii pair still tightened", "de", `Er sagte " Hallo " und ging.`, `Er sagte "Hallo" und ging.`},
		{"stray closer before french quote", "fr", "», a répondu le maire dans Le Soir : « Pas question. »", "», a répondu le maire dans Le Soir : « Pas question. »"},
		{"stray closer before french quote, no language", "", "», a répondu le maire dans Le Soir : « Pas question. »", "», a répondu le maire dans Le Soir : « Pas question. »"},
		{"greek guillemets glued", "el", "Η ταινία «Το σπίτι» κέρδισε το βραβείο «Χρυσή Σφαίρα» φέτος.", "Η ταινία «Το σπίτι» κέρδισε το βραβείο «Χρυσή Σφαίρα» φέτος."},
		{"greek guillemets after a stray mark", "el", "Αρχική » Νέα: η ταινία «Το σπίτι» κέρδισε.", "Αρχική » Νέα: η ταινία «Το σπίτι» κέρδισε."},
		{"german guillemets tightened", "de", "Er rief: » Halt! « Dann ging er.", "Er rief: »Halt!« Dann ging er."},
		{"nbsp on one side keeps the other", "en", "He wrote «\u00a0Bonjour »", "He wrote «\u00a0Bonjour »"},
	})
}

// independentParagraphs are pairs of an unrelated paragraph full of stray
// marks and a paragraph whose result must not depend on it.
var independentParagraphs = []struct{ stray, para string }{
	{`Preise " ab 5 Euro » und «`, `Der Sprecher sagte: „Wir öffnen morgen “, und ging.`},
	{`» Menü » Start`, `Η ταινία «Το σπίτι» κέρδισε.`},
	{`"`, `Müdür yarın toplantı yapılacak " dedi.`},
	{"«", "Le maire a dit : « Pas question ». Puis il est parti."},
	{"„", "She said “ yes ” and left."},
	{"«\u00a0", "Le chef : « Bien sûr »"},
}

// TestParagraphIndependence cleans each paragraph alone and after an
// unrelated paragraph of stray marks, on the next line and after a blank
// line: its result must be the same.
func TestParagraphIndependence(t *testing.T) {
	c := mustNew()
	for _, tc := range independentParagraphs {
		alone := c.Clean(tc.para)
		for _, sep := range []string{"\n", "\n\n"} {
			got := c.Clean(tc.stray + sep + tc.para)
			k := strings.LastIndex(got, sep)
			if k < 0 {
				t.Fatalf("%q: separator lost in %q", tc.para, got)
			}
			if after := got[k+len(sep):]; after != alone {
				t.Errorf("%q after %q changes:\n%s", tc.para, tc.stray, cmp.Diff(alone, after))
			}
		}
	}
}
