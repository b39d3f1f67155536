package cleanup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// withoutGates runs every rule on every segment, as if findSuspects found
// every kind of suspect.
func withoutGates() Option { return func(c *config) error { c.ungated = true; return nil } }

// checkGates asserts that findSuspects wakes every rule that would act on
// s: each gated rule that its suspects leave asleep must find nothing.
func checkGates(t *testing.T, c *Cleaner, s string) {
	t.Helper()
	found := findSuspects(s)
	p := &pass{c: c, text: s, endsLine: true}
	for _, r := range pipeline {
		wakes := ruleSuspects[r.name]
		if wakes == 0 || wakes&found != 0 {
			continue
		}
		var out changes
		r.fix(p, s, &out)
		if len(out.list) > 0 {
			t.Fatalf("rule %s acts on %q, but its suspects %b are not among %b: %+v", r.name, s, wakes, found, out.list)
		}
	}
	checkLexiconPlaces(t, c, s)
}

// checkLexiconPlaces asserts that lexicon-joins reading only the words the
// scan lists changes what it changes reading every word.
func checkLexiconPlaces(t *testing.T, c *Cleaner, s string) {
	t.Helper()
	var places []lexiconPlace
	findSuspectsAt(s, 0, len(s), allSuspects, &places, nil)
	var all, visited changes
	fixLexiconJoins(&pass{c: c, text: s, endsLine: true}, s, &all)
	fixLexiconJoins(&pass{c: c, text: s, endsLine: true, lexiconPlaces: places, placesValid: true}, s, &visited)
	if diff := cmp.Diff(all.list, visited.list, cmp.AllowUnexported(change{})); diff != "" {
		t.Fatalf("lexicon-joins on the listed words of %q (places %v) differs from every word (-all +listed):\n%s", s, places, diff)
	}
}

// checkSameWithoutGates asserts that the gates change nothing that Clean
// and Explain give.
func checkSameWithoutGates(t *testing.T, gated, ungated *Cleaner, s string) {
	t.Helper()
	want, got := ungated.Explain(s), gated.Explain(s)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("gates change Explain(%q) (-ungated +gated):\n%s", s, diff)
	}
	if got := gated.Clean(s); got != want.Text {
		t.Fatalf("gates change Clean(%q):\n%s", s, cmp.Diff(want.Text, got))
	}
}

// laterRoundInputs are texts where a change of a later rule, away from
// every suspect of an earlier one, gives that rule work in the next
// round: a rule passed over in later rounds for want of its suspects in
// the changed windows would miss it.
var laterRoundInputs = []string{
	"<b\r>x and some words far away from the tag &amp; z",
	"<b\u2028>x and some words far away from the tag &amp; z",
	"<i\r\n>x and some words far away from the tag &lt; z\r\n",
}

// gateInputs are the fixture documents, the fuzz seeds and the repair
// sentences with their damage, whole, line by line and cut into short
// windows that start and end at awkward places.
func gateInputs(t *testing.T) []string {
	var docs []string
	err := filepath.WalkDir("../testdata/cleanup", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".txt") {
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			docs = append(docs, string(data))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	golden := strings.Join(docs, "\n\n")
	docs = append(docs, fuzzSeeds...)
	for _, s := range repairSentences {
		for _, cp := range codePages {
			docs = append(docs, s.text, damage(s.text, cp))
		}
	}
	docs = append(docs, cleanNews, dirtyNews, cleanMixed)
	docs = append(docs, laterRoundInputs...)
	// Damage of every kind together with glued function words, so that
	// lexicon-joins reads its places after many changes before it.
	for _, d := range []float64{0.03, 0.2} {
		glued := strings.NewReplacer(" und ", "und ", " der ", "der ", " the ", "the ", " de ", "de ").Replace(golden)
		docs = append(docs, damagedText(glued, d))
	}
	var inputs []string
	for _, d := range docs {
		inputs = append(inputs, d)
		inputs = append(inputs, strings.Split(d, "\n")...)
		for i := 0; i < len(d); i += 37 {
			inputs = append(inputs, d[i:min(i+53, len(d))])
		}
	}
	return inputs
}

func TestGatesChangeNothing(t *testing.T) {
	gated, ungated := mustNew(), mustNew(withoutGates())
	for _, s := range gateInputs(t) {
		checkGates(t, gated, s)
		checkSameWithoutGates(t, gated, ungated, s)
	}
}

// FuzzGates checks that no rule is skipped that would have acted.
func FuzzGates(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range repairSentences {
		f.Add(s.text)
		f.Add(damage(s.text, windows1252))
	}
	for _, s := range []string{"seitChatGPT KIVergleich ΕλληνικάEnglish 한어Русский", "voilÃ  le cœur", "ﬁ ＡＢ &amp; e\u0301 \x1b[0m \u0085",
		"„ Wir “ und ‚ so ‘ und “ gut ” aber ’ nicht", "He said “ hi ” and ‘ so ’ ok", "soll.“ Die „Wir“ sagte .“ .“ ¿ Qué ? « Bien »",
		"sagte.“Wir (KI-)Erfindungen a,\"b\" c.‘d’ e:”f\u00a0g", "er sagte \" so \" und \"gut \" x",
		"\u0301undder -\u0301Berichterstattungder",
		"словоСлово абв\u0301где русскийEnglish 日本語のテキストEnglish مرحباABC ελληνικά«x»"} {
		f.Add(s)
	}
	gated, ungated := mustNew(), mustNew(withoutGates())
	d := joinDictionary(f)
	dictGated, dictUngated := mustNew(WithLexicon(d)), mustNew(WithLexicon(d), withoutGates())
	f.Fuzz(func(t *testing.T, s string) {
		checkGates(t, gated, s)
		checkSameWithoutGates(t, gated, ungated, s)
		checkSameWithoutGates(t, dictGated, dictUngated, s)
	})
}

// TestGatesChangeNothingWithDictionary checks that a lone Dictionary's
// places, the words its scan does not settle, hold every word
// lexicon-joins would cut: with the language guessed, given as one a
// guess may give, and given as one it never gives (then the words no
// language cuts are not settled). Each Cleaner reads every text cold
// first, with a fresh Dictionary, then again once both have read it.
func TestGatesChangeNothingWithDictionary(t *testing.T) {
	inputs := append(gateInputs(t), dictionaryGateInputs...)
	for _, opts := range [][]Option{nil, {WithLanguage(language.English)}, {WithLanguage(language.Vietnamese)}} {
		d := joinDictionary(t)
		gated := mustNew(append([]Option{WithLexicon(d)}, opts...)...)
		ungated := mustNew(append([]Option{WithLexicon(d), withoutGates()}, opts...)...)
		for _, s := range inputs {
			gated.Clean(s)
			checkSameWithoutGates(t, gated, ungated, s)
		}
	}
}

// dictionaryGateInputs hold words joinDictionary cuts, knows, and lacks,
// beside marks, digits, capitals and other scripts.
var dictionaryGateInputs = []string{
	"They said thegovernment would act, and itis over. Thegovernment said so.",
	"Greenham said ofthe ministers: “itis expensive”, and inexpensive too.",
	"facelift hamlift Hamface greenface governmentsof the2government it'sgreen",
	"Theministers said  it is\u00a0over;ministersof the governmentthe\nIts HAMFACE Ham-face hamface.. «facelift»",
	"Griechisch ελληνικάgovernment, greenх and саидthe; e\u0301ofthe ofthe\u0301 saidthe",
}

// TestNFCStableRanges checks the blocks that nfcStableRune takes as NFC
// without asking norm.
func TestNFCStableRanges(t *testing.T) {
	var buf [utf8.UTFMax]byte
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if nfcStableRune(r) && !nfcStable(buf[:utf8.EncodeRune(buf[:], r)]) {
			t.Errorf("nfcStableRune(%U) but norm says it may change", r)
		}
	}
}

// TestRuneInfoTables checks that the blocks hold what computeRuneInfo
// says, and that a character marked NFC-stable is.
func TestRuneInfoTables(t *testing.T) {
	var buf [utf8.UTFMax]byte
	for r := rune(0x80); r < 0x10000; r++ {
		got, want := runeInfoOf(r), computeRuneInfo(r)
		if got.wakes&^suspectNotNFC != want.wakes || got.script != want.script || got.cased != want.cased || got.flags != want.flags {
			t.Fatalf("runeInfoOf(%U) = %+v, computed %+v", r, got, want)
		}
		if got.wakes&suspectNotNFC == 0 && (!utf8.ValidRune(r) || !nfcStable(buf[:utf8.EncodeRune(buf[:], r)])) {
			t.Fatalf("runeInfoOf(%U) is NFC-stable, norm says it is not", r)
		}
	}
}

// FuzzMojibakeLineGate checks that fixMojibake's line filter lets through
// every line the badness test finds bad.
func FuzzMojibakeLineGate(f *testing.F) {
	for _, s := range []string{"GrÃ¼ÃŸe", "â€œquotedâ€", "voilÃ  le", "Ã©tÃ©", "Ð Ñ‚Ð¾", "├╝ber", "Straße“", "„Wir“", "日本語", "Œuvre!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isBad(s) && !mojibakeSuspectIn(s, 0, len(s)) {
			t.Fatalf("isBad(%q) but the line gate says no", s)
		}
	})
}

func TestIsUpperRune(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if isUpperRune(r) != (caseOfRune(r) == caseUpper) {
			t.Fatalf("isUpperRune(%U) = %v, caseOfRune says %v", r, isUpperRune(r), caseOfRune(r))
		}
	}
}

// TestMojibakePairGate checks the mojibake gate on every sequence of up to
// three characters (four for the checks that look that far back) drawn
// from the accented small letters, guillemets, no-break spaces and
// characters of no class that plainPair lets pass together, one character
// of every other class combination of the badness test, and ASCII: whatever the
// badness test finds bad, the gate must see.
func TestMojibakePairGate(t *testing.T) {
	var accents, others []rune
	seen := map[uint32]bool{}
	for r := rune(0x80); r < 0x2600; r++ {
		c := mojiClass(r)
		switch {
		case runeInfoOf(r).flags&infoLowerAccent != 0:
			accents = append(accents, r)
		case c != 0 && !seen[c]:
			seen[c] = true
			others = append(others, r)
		}
	}
	for _, r := range "«»\u00a0\u202f\u2009中ア\u0100\u2013ÂÃÎÐ€ŠšŸžŒœƒ‹›•„‚Ă–—√≈Ä‚âóàäêØÙВГРСΒΓΞΟЂв°µ²³¹×" {
		others = append(others, r)
	}
	ascii := []rune{'a', 'A', ' ', '.', '0', '\n'}
	all := append(append(append([]rune{}, accents...), others...), ascii...)
	check := func(rs ...rune) {
		s := string(rs)
		if isBad(s) && findSuspects(s)&suspectMojibake == 0 {
			t.Fatalf("isBad(%q) but the scan's gate says no", s)
		}
		if isBad(s) && !mojibakeSuspectIn(s, 0, len(s)) {
			t.Fatalf("isBad(%q) but the line gate says no", s)
		}
	}
	for _, a := range all {
		for _, b := range all {
			check(a, b)
			for _, c := range all {
				check(a, b, c)
			}
		}
	}
	// Only the checks for "Ã " and Arabic look four characters back.
	small := append(append(append([]rune{}, accents[:4]...), []rune("ÃÂØÙ€ŠŸ®°·«»¤œ\u00a0\u202f中")...), ascii...)
	for _, a := range small {
		for _, b := range small {
			for _, c := range small {
				for _, d := range small {
					check(a, b, c, d)
				}
			}
		}
	}
	t.Logf("%d accented small letters, %d others", len(accents), len(others))
}

// TestCertainTailEdges checks that the scan's prefilter of lexicon-joins'
// tail test passes every word that mayEndInCertainTail accepts: words made
// of each certain ending and each tail, and the words of the golden
// documents.
func TestCertainTailEdges(t *testing.T) {
	var words []string
	for tail := range anyCertainTail {
		for _, head := range append([]string{"Berichterstattung", "Freiheit", "Straße", "говорил", "Ελλάδα"}, anyCertainEnding...) {
			words = append(words, head+tail, "Wort"+head+tail)
		}
	}
	words = append(words, strings.FieldsFunc(goldenDocuments(t), func(r rune) bool { return !unicode.IsLetter(r) && !isMark(r) })...)
	for _, w := range words {
		if len(w) >= 7 && mayEndInCertainTail(w) && !certainTailEdges.has(lastTwoBytes(w)) {
			t.Fatalf("mayEndInCertainTail(%q) but its last bytes are not in certainTailEdges", w)
		}
	}
}

// TestLowerRunEnd8 checks the eight-byte test of lowercase runs against a
// byte loop, at every start, for bytes of every class around the run.
func TestLowerRunEnd8(t *testing.T) {
	for _, s := range []string{"abcdefghijklmnopqrstuvwxyz", "bundesregierung@`{~\x7f\x80\xff", "zzzzzzzzA", "aaaaaaaaaaaaaaaa\xe1\xe2", "qqqqqqqq{qqqq", "ab\x00cd", "yyyyyyyyyyyyyyy"} {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && byteClass[s[want]] == classOther {
				want++
			}
			if got := lowerRunEnd8(s, i); got != want {
				t.Fatalf("lowerRunEnd8(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
	for b := 0; b < 256; b++ {
		s := "abcdefg" + string([]byte{byte(b)}) + "abcdefgh"
		want := 7
		if byteClass[b] == classOther {
			want = len(s)
		}
		if got := lowerRunEnd8(s, 0); got != want {
			t.Fatalf("lowerRunEnd8 over byte %#x = %d, want %d", b, got, want)
		}
	}
}

// TestGatesAfterQuoteRepair covers a repair that puts a quotation mark on
// a line: the roles of the line's later marks change with it, far from
// the repair's own window. Here the Windows-1252 byte \x82 becomes ‚,
// which the ’ at the end of the line then closes, so the space before
// the ’ is stray.
func TestGatesAfterQuoteRepair(t *testing.T) {
	gated, ungated := mustNew(), mustNew(withoutGates())
	for _, s := range []string{
		"Sie sagte \x82nein, das machen wir heute ganz bestimmt nicht mehr ’ und ging.",
		"Sie sagte \x93nein, das machen wir heute ganz bestimmt nicht mehr ” und ging.",
		"Sie sagte \x82nein\n und das machen wir heute ganz bestimmt nicht mehr ’ und ging.",
	} {
		checkSameWithoutGates(t, gated, ungated, s)
	}
	got := gated.Clean("Sie sagte \x82nein, das machen wir heute ganz bestimmt nicht mehr ’ und ging.")
	if want := "Sie sagte ‚nein, das machen wir heute ganz bestimmt nicht mehr’ und ging."; got != want {
		t.Errorf("Clean = %q, want %q", got, want)
	}
}
