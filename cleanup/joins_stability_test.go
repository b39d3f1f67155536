package cleanup

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// TestJoinsIdempotent cleans inputs whose first Clean used to leave a cut
// for the second: each cut is decided as the second Clean sees the text.
func TestJoinsIdempotent(t *testing.T) {
	for _, in := range []string{
		"ChatGPTistAaaaaaaaaZnAaC", // a protected name, then humps: FuzzJoins found it
		"AungderZn",                // a function word glued to a piece, before a protected symbol
		"xyzHomeNewsSportWeather",  // a word glued to a menu
		"inSportFußballBundesliga", // a function word glued to a menu
		"Die beiden trafen NelsonMandelaVorgestern.",
		"LeFigaroUndderSpiegelNASAKonkurrenz",
		"комórkachiPS ήKαζάρμα τηςBενετοκρατίας",
		"Preise von3,5 und del1865 und vom14. und quý2",
	} {
		for _, c := range []*Cleaner{mustNew(), mustNew(WithOnlyRules(joinRules...))} {
			once := c.Clean(in)
			if twice := c.Clean(once); twice != once {
				t.Errorf("not idempotent: %q -> %q -> %q", in, once, twice)
			}
		}
	}
}

// TestJoinsIdempotentLongParagraph cleans a paragraph longer than the
// language guess's window, with glued words on both sides of it: the
// spaces the first Clean adds must not change the second Clean's guess.
func TestJoinsIdempotentLongParagraph(t *testing.T) {
	var b strings.Builder
	for b.Len() < 3*guessBytes {
		b.WriteString("Die Firma undder Verband sprachen vonAutopilot und vom3. Mai, thegovernment inNature ofthe plant. ")
	}
	c := mustNew()
	once := c.Clean(b.String())
	if twice := c.Clean(once); twice != once {
		t.Errorf("a long paragraph is not idempotent")
	}
	if once == b.String() {
		t.Errorf("nothing was cut in %q…", once[:80])
	}
}

// TestJoinsParagraphAlone checks that a paragraph is cleaned the same
// whatever unrelated paragraph stands before it: the join rules guess the
// language of each paragraph on its own.
func TestJoinsParagraphAlone(t *testing.T) {
	paragraphs := []string{
		"The demo runs onYouTube and on the website, the team said.",
		"Der Wagen fährt vonAutopilot gesteuert über die Autobahn.",
		"Le maire deMarseille a répondu aux questions des habitants.",
	}
	before := []string{
		"Die Regierung hat am Montag einen neuen Plan für die Bahn und die Schulen vorgestellt.",
		"The committee will publish the report in the spring, and the minister will answer.",
		"»Wir sind bereit«, sagte sie. Und dann ging sie nach Hause.",
	}
	c := mustNew()
	for _, p := range paragraphs {
		alone := c.Clean(p)
		for _, b := range before {
			got := c.Clean(b + "\n\n" + p)
			if !strings.HasSuffix(got, "\n\n"+alone) {
				t.Errorf("after %q:\n%s", b, cmp.Diff(alone, got[strings.LastIndex(got, "\n\n")+2:]))
			}
		}
	}
}

// Rule-level cases of issue 9, one per class, with the text's language
// given: what each join rule alone must do.
var issue9RuleCases = []struct {
	rule, lang, in, want string
}{
	// Class 2: built-in tails only where certain.
	{"lexicon-joins", "fr", "Les acteurs nationaux et internationaux.", "Les acteurs nationaux et internationaux."},
	{"lexicon-joins", "es", "Una verdadera sorpresa, impresionante.", "Una verdadera sorpresa, impresionante."},
	{"lexicon-joins", "it", "Non ha visto nessuna e nessuno.", "Non ha visto nessuna e nessuno."},
	{"lexicon-joins", "fr", "La gamme Professionnel est chère.", "La gamme Professionnel est chère."},
	{"lexicon-joins", "de", "Die beiden kamen.", "Die beiden kamen."},
	{"lexicon-joins", "de", "Die Entwicklungder Preise.", "Die Entwicklung der Preise."},
	// Class 3: names, handles, all-caps runs, look-alikes, deliberate capitals.
	{"case-joins", "de", "Der LinuxTag und die ZopeCon.", "Der LinuxTag und die ZopeCon."},
	{"case-joins", "he", "מתג ProSafe חדש", "מתג ProSafe חדש"},
	{"case-joins", "en", "Call OutlookBarGroup now.", "Call OutlookBarGroup now."},
	{"case-joins", "en", "Ask CCTalk or InmaCastillo.", "Ask CCTalk or InmaCastillo."},
	{"case-joins", "en", "The IRCops saw the BSDdaemon.", "The IRCops saw the BSDdaemon."},
	{"case-joins", "fr", "Le XVIIème siècle.", "Le XVIIème siècle."},
	{"case-joins", "en", "Fans of SHInee.", "Fans of SHInee."},
	{"case-joins", "el", "Οι ΝΑΤΟϊκοί σύμμαχοι.", "Οι ΝΑΤΟϊκοί σύμμαχοι."},
	{"case-joins", "vi", "Bạn HTMHương đến.", "Bạn HTMHương đến."},
	{"script-joins", "ru", "Это пpогpаммеpy ясно.", "Это пpогpаммеpy ясно."},
	{"case-joins", "ru", "Каждый полЬзователь знает.", "Каждый полЬзователь знает."},
	{"case-joins", "de", "Das ist TELEKOMpatibel.", "Das ist TELEKOMpatibel."},
	// Recall: capitalized words glued, lowercase before a capital after any word.
	{"case-joins", "es", "Vamos a SanJosé mañana.", "Vamos a San José mañana."},
	{"case-joins", "el", "Η ΕυρωπαϊκήΈνωση αποφάσισε.", "Η Ευρωπαϊκή Ένωση αποφάσισε."},
	{"case-joins", "tr", "Dün TicaretBakanı konuştu.", "Dün Ticaret Bakanı konuştu."},
	{"case-joins", "en", "We met onTuesday at noon.", "We met on Tuesday at noon."},
	{"case-joins", "de", "Es hat die Firma setztKünstliche Intelligenz ein.", "Es hat die Firma setzt Künstliche Intelligenz ein."},
	{"case-joins", "en", "Names like MasterCard and McDonald stay.", "Names like MasterCard and McDonald stay."},
	{"case-joins", "en", "Call isValid, then doSomething with myAccount and userName.", "Call isValid, then doSomething with myAccount and userName."},
	// Recall: a word glued to a number; codes and units stay.
	{"number-joins", "de", "Es stieg von3,5 auf 4 und vom14. an.", "Es stieg von 3,5 auf 4 und vom 14. an."},
	{"number-joins", "es", "Nació a finales del1865 en Lima.", "Nació a finales del 1865 en Lima."},
	{"number-joins", "vi", "Kết quả quý2 rất tốt.", "Kết quả quý 2 rất tốt."},
	{"number-joins", "en", "MP3 H264 COVID19 iPhone15 A4 x86 4G B2B 5km base64 km2", "MP3 H264 COVID19 iPhone15 A4 x86 4G B2B 5km base64 km2"},
	{"number-joins", "fr", "Le film Direct3D et le format 3D.", "Le film Direct3D et le format 3D."},
	{"number-joins", "en", "It happened onSeptember 9 and stop9/11 now.", "It happened onSeptember 9 and stop 9/11 now."},
}

func TestIssue9RuleCases(t *testing.T) {
	for _, tc := range issue9RuleCases {
		c := mustNew(WithOnlyRules(tc.rule), WithLanguage(language.Make(tc.lang)))
		if got := c.Clean(tc.in); got != tc.want {
			t.Errorf("%s (%s) %q:\n%s", tc.rule, tc.lang, tc.in, cmp.Diff(tc.want, got))
		}
		checkInvariants(t, c, tc.in)
	}
}
