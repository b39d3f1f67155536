package cleanup_test

import (
	"fmt"
	"log"
	"strings"

	"golang.org/x/text/language"

	"github.com/textmend/textmend/cleanup"
)

// A German dictionary in miniature: an inflection class, and nouns that
// begin (x) or end (z) compounds, lowercase inside them (o).
const exampleAff = `SET UTF-8
COMPOUNDBEGIN x
COMPOUNDEND z
ONLYINCOMPOUND o
SFX N Y 1
SFX N 0 n e
`

const exampleDic = `7
Regel/x
regel/zo
Urheber/x
recht/zo
Recht/x
wollen
noch
`

func ExampleReadHunspell() {
	// On Debian: os.Open("/usr/share/hunspell/de_DE.dic") and .aff.
	dict, err := cleanup.ReadHunspell(strings.NewReader(exampleDic), strings.NewReader(exampleAff))
	if err != nil {
		log.Fatal(err)
	}
	c, err := cleanup.New(cleanup.WithLanguage(language.German), cleanup.WithLexicon(dict))
	if err != nil {
		log.Fatal(err)
	}
	// A compound the dictionary's rules allow stays whole; a function
	// word glued to a word it knows is cut off.
	fmt.Println(c.Clean("Das Urheberrecht bleibt. Wir wollennoch mehr."))
	// Output: Das Urheberrecht bleibt. Wir wollen noch mehr.
}

func ExampleDictionary_Known() {
	dict, err := cleanup.ReadHunspell(strings.NewReader(exampleDic), strings.NewReader(exampleAff))
	if err != nil {
		log.Fatal(err)
	}
	for _, w := range []string{"Urheberrecht", "Rechtsregel", "Rechtregel", "recht", "wollennoch"} {
		fmt.Println(w, dict.Known(w))
	}
	// Output:
	// Urheberrecht true
	// Rechtsregel false
	// Rechtregel true
	// recht false
	// wollennoch false
}

func ExampleDictionary_Count() {
	dict, err := cleanup.ReadHunspell(strings.NewReader(exampleDic), strings.NewReader(exampleAff))
	if err != nil {
		log.Fatal(err)
	}
	// A dictionary has no frequencies: 1 for a word it knows.
	fmt.Println(dict.Count("Urheberrecht"), dict.Count("Urheberrechtnoch"))
	// Output: 1 0
}
