package cleanup

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// lineRules are the spacing and punctuation rules that decide from a
// line alone: none may look past a line break.
var lineRules = []string{"unicode-spaces", "space-runs", "space-before-punct", "space-after-punct", "duplicate-punct"}

// punctSeeds start the fuzzer next to the punctuation rules of each script.
var punctSeeds = [][2]string{
	{"», a dit : « Non »", `Er sagte " Hallo " und ging.`},
	{"„", "She said “ yes ” and left."},
	{"ذهبت إلى السوق.اشتريت", "आई।यात्री है,लेकिन"},
	{"했다.승객 좋아요!산책 사과,배", "我們出發 ，請到達 。"},
	{"Newsfeed.Com README.Debian AB.Rad-Web.de", ";D :> done;echo a != b x = ?"},
	{"Beruf  : Physiker", "( KI ) a ) b"},
	{"«\u00a0Oui »", "\u3000今日は"},
	{"Brasil.Com a ajuda.O dia.L'eau", "need?I've"},
}

// FuzzLines checks that the line rules clean two lines joined as they
// clean each line alone: a stray mark on one line changes nothing on
// another.
func FuzzLines(f *testing.F) {
	for _, s := range punctSeeds {
		f.Add(s[0], s[1])
	}
	c := mustNew(WithOnlyRules(lineRules...), WithLanguage(language.German))
	fr := mustNew(WithOnlyRules(lineRules...), WithLanguage(language.French))
	f.Fuzz(func(t *testing.T, a, b string) {
		a, b = strings.ReplaceAll(a, "\n", " "), strings.ReplaceAll(b, "\n", " ")
		for _, c := range []*Cleaner{c, fr} {
			if got, want := c.Clean(a+"\n"+b), c.Clean(a)+"\n"+c.Clean(b); got != want {
				t.Fatalf("lines %q and %q:\n got %q\nwant %q", a, b, got, want)
			}
		}
	})
}

// TestPunctSeedsHoldInvariants runs the seeds in the ordinary test run.
func TestPunctSeedsHoldInvariants(t *testing.T) {
	c := mustNew()
	for _, s := range punctSeeds {
		checkInvariants(t, c, s[0])
		checkInvariants(t, c, s[1]+"\n"+s[0])
	}
}

// gateSeeds reach the gates of the punctuation rules: caseless marks
// glued to a word, a blank before full-width CJK punctuation, stray C1
// bytes and escape sequences.
var gateSeeds = []string{
	"أنت،لا هل؟نعم مثلاً,تأتي", "आई।यात्री है,लेकिन", "했다.그 사과,배",
	"這樣 ，就 結束 。", "その 、町 」", "d\x92un café\x85 oui", "Hallo \x1b]Welt \x1b[ ohne \x1bWort",
	"Gromaget（1934）在", "\uF914 e\u0301", "\u3000今日", "«\u00a0Bien »",
}

func TestPunctGatesChangeNothing(t *testing.T) {
	gated, ungated := mustNew(), mustNew(withoutGates())
	for _, s := range append(gateSeeds, strings.Join(gateSeeds, "\n")) {
		checkGates(t, gated, s)
		checkSameWithoutGates(t, gated, ungated, s)
	}
}
