package cleanup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// fixtureDictionary reads testdata/cleanup/hunspell/<name>.dic and .aff,
// small dictionaries written for these tests.
func fixtureDictionary(t testing.TB, name string) *Dictionary {
	t.Helper()
	base := filepath.Join("..", "testdata", "cleanup", "hunspell", name)
	dic, err := os.Open(base + ".dic")
	if err != nil {
		t.Fatal(err)
	}
	defer dic.Close()
	aff, err := os.Open(base + ".aff")
	if err != nil {
		t.Fatal(err)
	}
	defer aff.Close()
	d, err := ReadHunspell(dic, aff)
	if err != nil {
		t.Fatalf("ReadHunspell(%s): %v", name, err)
	}
	return d
}

func TestHunspellKnown(t *testing.T) {
	for _, tc := range []struct {
		dict, word string
		want       wordKind
	}{
		// Stems and suffixes with conditions.
		{"tiny", "city", stemWord},
		{"tiny", "cities", affixedWord},
		{"tiny", "citys", unknownWord},
		{"tiny", "days", affixedWord},
		{"tiny", "daies", unknownWord},
		{"tiny", "walked", affixedWord},
		{"tiny", "baked", affixedWord},
		{"tiny", "bakeed", unknownWord},
		// A prefix, a cross product, and a class that does not cross.
		{"tiny", "unhappy", affixedWord},
		{"tiny", "happily", unknownWord},
		{"tiny", "happyly", affixedWord},
		{"tiny", "unhappyly", unknownWord},
		// A twofold suffix: -ful, then the plural.
		{"tiny", "handful", affixedWord},
		{"tiny", "handfuls", affixedWord},
		{"tiny", "handsful", unknownWord},
		// NEEDAFFIX: kempt only with un-.
		{"tiny", "kempt", unknownWord},
		{"tiny", "unkempt", affixedWord},
		// Case: a capital at a sentence start, all capitals, KEEPCASE.
		{"tiny", "City", stemWord},
		{"tiny", "CITIES", affixedWord},
		{"tiny", "Walked", affixedWord},
		{"tiny", "mcdonald", stemWord},
		{"tiny", "Mcdonald", unknownWord},
		{"tiny", "arbeit", unknownWord},
		// Compounds: begin, middle and end flags, a linking s only
		// inside compounds, ONLYINCOMPOUND stems, FORBIDDENWORD.
		{"tiny", "Arbeit", stemWord},
		{"tiny", "Arbeitszimmer", compoundWord},
		{"tiny", "Arbeitshaus", compoundWord},
		{"tiny", "Zimmerhaus", compoundWord},
		{"tiny", "Arbeitstürzimmer", compoundWord},
		{"tiny", "Arbeits", unknownWord},
		{"tiny", "zimmer", unknownWord},
		{"tiny", "Arbeitzimmer", unknownWord},
		{"tiny", "Hausarbeit", unknownWord},
		{"tiny", "Arbeitszimmerhaus", unknownWord},
		// CIRCUMFIX: ge…t together, neither alone.
		{"tiny", "gemacht", affixedWord},
		{"tiny", "gemach", unknownWord},
		{"tiny", "macht", unknownWord},
		// ICONV: a typographic apostrophe is looked up as '.
		{"tiny", "don’t", stemWord},
		// FLAG long with AF aliases.
		{"long", "booten", affixedWord},
		{"long", "bootboot", compoundWord},
		{"long", "havenen", affixedWord},
		{"long", "havenboot", unknownWord},
		{"long", "kaas", stemWord},
		{"long", "kaasen", unknownWord},
		// FLAG num.
		{"num", "evlar", affixedWord},
		{"num", "evde", affixedWord},
		{"num", "kitapde", affixedWord},
		{"num", "kitaplar", unknownWord},
		{"num", "kitapyol", compoundWord},
		{"num", "evyol", unknownWord},
		// SET ISO8859-1.
		{"latin1", "café", stemWord},
		{"latin1", "cafés", affixedWord},
		{"latin1", "naïve", stemWord},
		// COMPOUNDFLAG with COMPOUNDWORDMAX, CHECKCOMPOUNDCASE and
		// CHECKCOMPOUNDTRIPLE.
		{"compound", "football", compoundWord},
		{"compound", "footballbus", compoundWord},
		{"compound", "footballbusfoot", unknownWord},
		{"compound", "footBar", unknownWord},
		{"compound", "balllla", unknownWord},
		{"compound", "busfoot", compoundWord},
		// LANG tr_TR: I and ı, İ and i are the pairs of Turkish case.
		{"turkic", "Ilık", stemWord},
		{"turkic", "ILIK", stemWord},
		{"turkic", "IŞIKLAR", affixedWord},
		{"turkic", "İsimler", affixedWord},
		{"turkic", "İSİM", stemWord},
		{"turkic", "ISIM", unknownWord},
		{"turkic", "Irmak", unknownWord},
	} {
		d := fixtureDictionary(t, tc.dict)
		if got := d.analyze(tc.word); got != tc.want {
			t.Errorf("%s: analyze(%q) = %d, want %d", tc.dict, tc.word, got, tc.want)
		}
		if got, want := d.Known(tc.word), tc.want != unknownWord; got != want {
			t.Errorf("%s: Known(%q) = %v, want %v", tc.dict, tc.word, got, want)
		}
	}
}

func TestHunspellCaseWithoutLang(t *testing.T) {
	// Without LANG the capital I is i, as in most languages.
	d, err := ReadHunspell(strings.NewReader("2\nılık\nirmak\n"), strings.NewReader("SET UTF-8\n"))
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"Ilık": false, "Irmak": true, "IRMAK": true} {
		if got := d.Known(w); got != want {
			t.Errorf("Known(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestReadHunspellErrors(t *testing.T) {
	for _, tc := range []struct{ name, aff, dic string }{
		{"unknown SET", "SET EBCDIC\n", "1\nword\n"},
		{"unknown FLAG", "FLAG hex\n", "1\nword\n"},
		{"bad affix header", "SFX A maybe 1\n", "1\nword\n"},
		{"bad number flag", "FLAG num\n", "1\nword/x1\n"},
		{"alias out of range", "AF 1\nAF ab\n", "1\nword/2\n"},
	} {
		if _, err := ReadHunspell(strings.NewReader(tc.dic), strings.NewReader(tc.aff)); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}

func TestHunspellHomonyms(t *testing.T) {
	// Two entries of one stem keep their flags apart: the adjective may
	// stand alone, the noun only end a compound.
	aff := "COMPOUNDBEGIN B\nCOMPOUNDEND E\nONLYINCOMPOUND O\nSFX S Y 1\nSFX S 0 s .\n"
	dic := "3\nrecht/S\nrecht/EO\nUrheber/B\n"
	d, err := ReadHunspell(strings.NewReader(dic), strings.NewReader(aff))
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"recht": true, "rechts": true, "Urheberrecht": true, "Urheberrechts": false} {
		if got := d.Known(w); got != want {
			t.Errorf("Known(%q) = %v, want %v", w, got, want)
		}
	}
}

// joinDictionary is a small English dictionary for the join rule.
func joinDictionary(t testing.TB) *Dictionary {
	t.Helper()
	aff := "SET UTF-8\nPFX I Y 1\nPFX I 0 in .\nSFX S Y 1\nSFX S 0 s .\n"
	dic := "12\nthe\nof\nis\nit\nsaid\ngovernment/S\nexpensive/I\nminister/S\ngreen\nham\nface\nlift\n"
	d, err := ReadHunspell(strings.NewReader(dic), strings.NewReader(aff))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestLexiconJoinsWithDictionary(t *testing.T) {
	d := joinDictionary(t)
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"article glued", "They said thegovernment would act.", "They said the government would act."},
		{"two function words", "They said itis over.", "They said it is over."},
		{"prefixed form kept", "They said it is inexpensive.", "They said it is inexpensive."},
		{"inflected form kept", "They said the ministers agreed.", "They said the ministers agreed."},
		{"name kept", "They said Greenham was quiet.", "They said Greenham was quiet."},
		{"short head kept", "They said facelift again.", "They said facelift again."},
		{"elision kept", "They said it'sgreen.", "They said it'sgreen."},
		{"digits kept", "They said the2government.", "They said the2government."},
	}, WithLexicon(d), WithLanguage(language.English))
}

func TestLexiconJoinsInsideListedWord(t *testing.T) {
	// yazma|cılar are two stems, but the dictionary lists yazmacı: the
	// cut falls inside a word, which the dictionary lacks only inflected.
	dic := "5\nyazma\nyazmacı\ncılar\nkitap\nokuyor\n"
	d, err := ReadHunspell(strings.NewReader(dic), strings.NewReader("SET UTF-8\nLANG tr_TR\n"))
	if err != nil {
		t.Fatal(err)
	}
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"cut inside a listed word", "Dün yazmacılar geldi.", "Dün yazmacılar geldi."},
		{"two words", "Dün kitapokuyor.", "Dün kitap okuyor."},
	}, WithLexicon(d), WithLanguage(language.Turkish))
}

func TestLexiconJoinsDictionaryWithCounts(t *testing.T) {
	// A frequency list beside the dictionary: a whole it counts as
	// often as its parts is a word the dictionary lacks.
	d := joinDictionary(t)
	freq, err := ReadLexicon(strings.NewReader("the 900\ngovernment 50\nthegovernment 40\n"))
	if err != nil {
		t.Fatal(err)
	}
	c := mustNew(WithOnlyRules("lexicon-joins"), WithLexicon(d), WithLexicon(freq), WithLanguage(language.English))
	in := "They said thegovernment would act."
	if got := c.Clean(in); got != in {
		t.Errorf("Clean(%q) = %q, want it unchanged", in, got)
	}
	c = mustNew(WithOnlyRules("lexicon-joins"), WithLexicon(d), WithLanguage(language.English))
	if got, want := c.Clean(in), "They said the government would act."; got != want {
		t.Errorf("without counts:\n%s", cmp.Diff(want, got))
	}
}

func TestDictionaryConcurrent(t *testing.T) {
	// Lookups from many goroutines share the cache; go test -race checks
	// them, and every goroutine must get the answers of a lone one.
	d := fixtureDictionary(t, "tiny")
	words := []string{"cities", "Arbeitszimmer", "unkempt", "kempt", "handfuls", "gemacht", "Zimmerhaus", "citys"}
	want := make([]bool, len(words))
	for i, w := range words {
		want[i] = d.analyzeCases(w) != unknownWord
	}
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			for n := 0; n < 200; n++ {
				for i, w := range words {
					if d.Known(w) != want[i] {
						t.Errorf("Known(%q) != %v", w, want[i])
					}
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
}

func TestLexiconJoinsUsedAgain(t *testing.T) {
	// A word the dictionary lacks that the paragraph writes twice the
	// same way is a term (a loanword, a coinage), not an accidental join.
	dic := "4\nriver\nbasin\nflows\nwest\n"
	d, err := ReadHunspell(strings.NewReader(dic), strings.NewReader("SET UTF-8\n"))
	if err != nil {
		t.Fatal(err)
	}
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"once", "The riverbasin flows west.", "The river basin flows west."},
		{"twice", "The riverbasin flows west, and the riverbasin floods.", "The riverbasin flows west, and the riverbasin floods."},
		{"inside a longer word", "The riverbasin flows west of riverbasins.", "The river basin flows west of riverbasins."},
	}, WithLexicon(d), WithLanguage(language.English))
}

func TestLexiconJoinsGluedPairKnownToDictionary(t *testing.T) {
	// The built-in glued pairs list the words they also are (beiden);
	// a dictionary that knows the letters as a rare word (Spanish dela,
	// of delar) does not stop the cut, on the first occurrence or later.
	d, err := ReadHunspell(strings.NewReader("4\ndela\nes\nuna\ncasa\n"), strings.NewReader("SET UTF-8\n"))
	if err != nil {
		t.Fatal(err)
	}
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"glued pair", "Es una casa dela ciudad.", "Es una casa de la ciudad."},
		{"again", "Es una casa dela ciudad.", "Es una casa de la ciudad."},
	}, WithLexicon(d), WithLanguage(language.Spanish))
}

func TestLexiconJoinsSolidSpellingOfREP(t *testing.T) {
	// An .aff whose REP table replaces a solid spelling by two words
	// names a spelling people write; the dictionary keeps it whole.
	d, err := ReadHunspell(strings.NewReader("5\nthey\nsaid\na\nlittle\nhouse\n"),
		strings.NewReader("SET UTF-8\nREP 2\nREP alittle a_little\nREP ^hous$ house\n"))
	if err != nil {
		t.Fatal(err)
	}
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"named by REP", "They said alittle.", "They said alittle."},
		{"capitalized", "Alittle, they said.", "Alittle, they said."},
		{"not named", "They said littlehouse.", "They said little house."},
	}, WithLexicon(d), WithLanguage(language.English))
	if got := solidSpellings("REP 3\nREP ^alot$ a_lot\nREP ph f\nREP a_b ab\n"); !cmp.Equal(got, map[string]bool{"alot": true}) {
		t.Errorf("solidSpellings: %v", got)
	}
}
