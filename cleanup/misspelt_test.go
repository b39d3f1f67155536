package cleanup

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestAccentedLetters(t *testing.T) {
	got := accentedLetters("aioezłśćńąęóżźAĄŁ-'ıß")
	var b strings.Builder
	for _, a := range got {
		b.WriteString(string(a.letter) + string(a.plain) + " ")
	}
	// Capitals, plain letters, ß and punctuation are no accented letters.
	if want := "łl śs ćc ńn ąa ęe óo żz źz ıi "; b.String() != want {
		t.Errorf("accentedLetters = %q, want %q", b.String(), want)
	}
}

func TestLexiconJoinsMisspeltWords(t *testing.T) {
	read := func(aff string) *Dictionary {
		dic := "9\nona\nmiała\nmi\nala\nkota\npasión\npas\nin\nte\n"
		d, err := ReadHunspell(strings.NewReader(dic), strings.NewReader("SET UTF-8\n"+aff))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	accents := read("TRY aioełóą\n")
	cases := []ruleCase{
		// A letter typed without its accent: miala is miała.
		{"plain for accented", "Ona miala kota.", "Ona miala kota."},
		// A letter a charset dropped: pasin is pasión.
		{"accented letter lost", "Ona pasin kota.", "Ona pasin kota."},
		// A join of words that no accent turns into a word is cut.
		{"a join", "Ona alakota.", "Ona ala kota."},
	}
	runRuleCases(t, "lexicon-joins", cases, WithLexicon(accents))
	// Without a TRY line the dictionary names no accents, and the
	// misspelt words read as joins.
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"plain for accented, no TRY", "Ona miala kota.", "Ona mi ala kota."},
		{"lost letter, no TRY", "Ona pasin kota.", "Ona pas in kota."},
	}, WithLexicon(read("")))
	// Two function words glued stay a join even when an accent would
	// make one word of them: Spanish mi|sin beside misión.
	es, err := ReadHunspell(strings.NewReader("3\nmisión\nmi\nsin\n"), strings.NewReader("SET UTF-8\nTRY aeoióá\n"))
	if err != nil {
		t.Fatal(err)
	}
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"two function words", "Es misin casa.", "Es mi sin casa."},
	}, WithLexicon(es), WithLanguage(language.Spanish))
}
