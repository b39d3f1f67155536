package cleanup

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestDictFunctionWord(t *testing.T) {
	for _, tc := range []struct {
		lang langGuess
		w    string
		want bool
	}{
		{"el", "να", true},
		{"el", "Το", true},
		{"el", "εν", false}, // a prefix as often as a word: not listed
		{"he", "של", true},
		{"he", "וגם", true}, // ו + גם
		{"he", "שהוא", true},
		{"he", "אל", false}, // begins names as often (אלפרדו)
		{"he", "ו", false},
		{"tr", "diye", true},
		{"de", "und", false}, // in the shared list, not here
		{"de", "jetzt", true},
		{"de", "morgen", false}, // ends compounds: Freitagmorgen
	} {
		if got := dictFunctionWord(tc.lang, tc.w); got != tc.want {
			t.Errorf("dictFunctionWord(%s, %q) = %v, want %v", tc.lang, tc.w, got, tc.want)
		}
	}
}

func TestCaselessCutOK(t *testing.T) {
	for _, tc := range []struct {
		L, R   string
		fl, fr bool
		want   bool
	}{
		{"פעולות", "הפיקוח", false, false, true},
		{"פרד", "ריק", false, false, false},
		{"של", "הספר", true, false, true},
		{"מי", "שחק", true, false, false}, // two letters need a tail of four
		{"הוא", "יעץ", true, false, true},
		{"מזה", "של", false, true, true},
		{"על", "ידי", true, true, true},
		{"לא", "בו", true, true, false},
		{"מילה", "טובה", false, false, false}, // four and four: a name's sounds as often
		{"מילה", "הטובה", false, false, true}, // the article opens the second word
		{"מילים", "טובה", false, false, true},
	} {
		if got := caselessCutOK(tc.L, tc.R, tc.fl, tc.fr); got != tc.want {
			t.Errorf("caselessCutOK(%s|%s) = %v, want %v", tc.L, tc.R, got, tc.want)
		}
	}
}

func TestLexiconJoinsBeforeHyphen(t *testing.T) {
	d := joinDictionary(t)
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"hyphenated first part kept", "They said itis-green.", "They said itis-green."},
		{"same word alone cut", "They said itis green.", "They said it is green."},
	}, WithLexicon(d), WithLanguage(language.English))
}

func TestLexiconJoinsSpellingClasses(t *testing.T) {
	read := func(dic, aff string) *Dictionary {
		d, err := ReadHunspell(strings.NewReader(dic), strings.NewReader(aff))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	// English doubles a consonant before -ing: intercrop|ping is one
	// word the dictionary does not inflect, not two.
	en := read("5\nintercrop\nping\nthey\nsaid\nthe\n", "SET UTF-8\nSFX G Y 1\nSFX G 0 ing .\n")
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"doubled consonant", "They said intercropping works.", "They said intercropping works."},
		{"a join still cut", "They said theping works.", "They said the ping works."},
	}, WithLexicon(en), WithLanguage(language.English))
	// French l stands alone only elided, with its apostrophe.
	fr := read("4\nl\norgue\nest\nici\n", "SET UTF-8\n")
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"elided article", "Lorgue est ici.", "Lorgue est ici."},
	}, WithLexicon(fr), WithLanguage(language.French))
	// Turkish -ki after a locative is a suffix.
	tr := read("3\ndizgede\nki\nburada\n", "SET UTF-8\nLANG tr_TR\n")
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"suffix -ki", "Sonra dizgedeki yazı.", "Sonra dizgedeki yazı."},
	}, WithLexicon(tr), WithLanguage(language.Turkish))
}

func TestLexiconJoinsNumbersAndFragments(t *testing.T) {
	read := func(dic, aff string) *Dictionary {
		d, err := ReadHunspell(strings.NewReader(dic), strings.NewReader(aff))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	// Two Turkish number words are one number, solid or apart; a number
	// word before another word is a join.
	tr := read("6\nseksen\naltı/S\nbin/S\nkitap\nokudu\nyüz\n", "SET UTF-8\nLANG tr_TR\nSFX S Y 1\nSFX S 0 lerce .\n")
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"two number words", "Dün seksenaltı kitap okudu.", "Dün seksenaltı kitap okudu."},
		{"a number word and its suffixed neighbour", "Dün yüzbinlerce kitap okudu.", "Dün yüzbinlerce kitap okudu."},
		{"a number before a noun", "Dün seksenkitap okudu.", "Dün seksen kitap okudu."},
	}, WithLexicon(tr), WithLanguage(language.Turkish))
	// A letter lost in decoding (? or U+FFFD) leaves a fragment; the
	// same letters whole are cut.
	en := read("4\nthey\nsaid\nthe\nhouse\n", "SET UTF-8\n")
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"? at the start", "They said ?thehouse.", "They said ?thehouse."},
		{"? before a letter", "They said thehouse?s.", "They said thehouse?s."},
		{"U+FFFD after", "They said thehouse\uFFFD.", "They said thehouse\uFFFD."},
		{"a question", "They said thehouse? Yes.", "They said the house? Yes."},
		{"whole", "They said thehouse.", "They said the house."},
		{"whole at the text's end", "They said thehouse", "They said the house"},
		{"whole at the text's start", "thehouse they said.", "the house they said."},
	}, WithLexicon(en), WithLanguage(language.English))
	// Electro- makes new words like micro- (Elektro|zayıf).
	en = read("5\nthey\nsaid\nelectro\nweak\nmusic\n", "SET UTF-8\n")
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"combining form", "They said electroweak.", "They said electroweak."},
		{"a join after it", "They said musicweak.", "They said music weak."},
	}, WithLexicon(en), WithLanguage(language.English))
}

func TestLexiconJoinsFragmentsAndCitations(t *testing.T) {
	d, err := ReadHunspell(strings.NewReader("4\nthey\nsaid\nthe\nhouse\n"), strings.NewReader("SET UTF-8\n"))
	if err != nil {
		t.Fatal(err)
	}
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"cut short by two dots", "They said thehouse.. no.", "They said thehouse.. no."},
		{"cut short by an ellipsis", "They said thehouse… no.", "They said thehouse… no."},
		{"one dot ends a sentence", "They said thehouse. No.", "They said the house. No."},
		{"cited alone", "They said \"thehouse\" twice.", "They said \"thehouse\" twice."},
		{"cited in guillemets", "They said «thehouse» twice.", "They said «thehouse» twice."},
		{"first word of a quotation", "They said \"thehouse was red\".", "They said \"the house was red\"."},
	}, WithLexicon(d), WithLanguage(language.English))
}

func TestInsideListed(t *testing.T) {
	for _, tc := range []struct {
		w         string
		k, inside int
		want      bool
	}{
		{"bağlamacının", len("bağlam"), len("bağlamacı"), true},
		{"компьютеров", len("компьюте"), len("компьютер"), true},      // one letter, then an ending
		{"Lastwagenfahrer", len("Lastwage"), len("Lastwagen"), false}, // one letter, then a word
		{"thehouse", len("the"), len("the"), false},
		{"מילהטוב", len("מיל"), len("מילה"), false}, // ה: the article as often
		{"thehouse", len("the"), 0, false},
	} {
		if got := insideListed(tc.w, tc.k, tc.inside); got != tc.want {
			t.Errorf("insideListed(%q, %d, %d) = %v, want %v", tc.w, tc.k, tc.inside, got, tc.want)
		}
	}
}

func TestLexiconJoinsInitialNameSyllable(t *testing.T) {
	d, err := ReadHunspell(strings.NewReader("4\nno\ncosas\ncasona\nvimos\n"), strings.NewReader("SET UTF-8\n"))
	if err != nil {
		t.Fatal(err)
	}
	// At a sentence's start a function word and five letters are as
	// often a name (Nodera); six letters are a word.
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"five letters", "Nocosas vimos.", "Nocosas vimos."},
		{"six letters", "Nocasona vimos.", "No casona vimos."},
	}, WithLexicon(d), WithLanguage(language.Spanish))
}

func TestLexiconJoinsContractionBeforeArticle(t *testing.T) {
	d, err := ReadHunspell(strings.NewReader("7\nal\ndel\nlos\ncasa\nvamos\nlas\nmar\n"), strings.NewReader("SET UTF-8\n"))
	if err != nil {
		t.Fatal(err)
	}
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"contraction and article", "Vamos dellos casa.", "Vamos dellos casa."},
		{"contraction and plural article", "Vamos allas casa.", "Vamos allas casa."},
		{"contraction and noun", "Vamos almar.", "Vamos al mar."},
	}, WithLexicon(d), WithLanguage(language.Spanish))
	if !contractionBeforeArticle("fr", "Du", "le") || contractionBeforeArticle("fr", "de", "le") || contractionBeforeArticle("de", "am", "der") {
		t.Error("contractionBeforeArticle: wrong for du|le, de|le or German")
	}
}
