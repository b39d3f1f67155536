package cleanup

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// FuzzReadHunspell feeds arbitrary .aff and .dic bytes to the reader and
// looks a word up: no panic, and the cached answer is the computed one.
func FuzzReadHunspell(f *testing.F) {
	for _, name := range []string{"tiny", "long", "num", "latin1", "compound", "turkic"} {
		base := filepath.Join("..", "testdata", "cleanup", "hunspell", name)
		aff, err := os.ReadFile(base + ".aff")
		if err != nil {
			f.Fatal(err)
		}
		dic, err := os.ReadFile(base + ".dic")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(aff, dic, "Arbeitszimmer")
	}
	f.Add([]byte("FLAG long\nAF 1\nAF abcd\nSFX ab Y 1\nSFX ab 0 x/cd [^a\n"), []byte("1\nw/1\n"), "wx")
	f.Fuzz(func(t *testing.T, aff, dic []byte, word string) {
		if len(aff)+len(dic) > 1<<16 {
			return
		}
		d, err := ReadHunspell(bytes.NewReader(dic), bytes.NewReader(aff))
		if err != nil {
			return
		}
		first := d.analyze(word)
		if again := d.analyze(word); again != first {
			t.Fatalf("analyze(%q) = %d, then %d", word, first, again)
		}
		if n := d.listedPrefix(word); n < 0 || n > 0 && (n >= len(word) || !utf8.RuneStart(word[n])) {
			t.Fatalf("listedPrefix(%q) = %d: not a proper prefix at a rune start", word, n)
		}
		if len(word) <= maxLookup && word != "" {
			if fresh := d.analyzeCases(word); fresh != first {
				t.Fatalf("analyze(%q) = %d from the cache, %d computed", word, first, fresh)
			}
		}
	})
}

// FuzzDictionaryJoins cleans arbitrary text with a dictionary: the
// pipeline's invariants (nothing lost, offsets right) hold.
func FuzzDictionaryJoins(f *testing.F) {
	d := fixtureDictionary(f, "tiny")
	cs := []*Cleaner{mustNew(WithLexicon(d))}
	// The languages whose function words only the dictionary's decision
	// reads (data/dictfunction), and Turkish case.
	for _, l := range []language.Tag{language.Greek, language.Hebrew, language.Turkish} {
		cs = append(cs, mustNew(WithLexicon(d), WithLanguage(l)))
	}
	cs = append(cs, mustNew(WithLexicon(fixtureDictionary(f, "turkic")), WithLanguage(language.Turkish)))
	// Accented letters, which the misspelt test puts on or back.
	cs = append(cs, mustNew(WithLexicon(fixtureDictionary(f, "accents"))))
	for _, s := range []string{"Das Arbeitszimmerhaus walked.", "cityday unhappyly", "Die Firma hat einArbeitszimmer.", "don’tcities",
		"Θέλω ναέρθω αύριο.", "הוא הלך עםהחברים שלו.", "Dün IŞIKLARisim geldi.", "itis-green",
		"Ona miala kota.", "Ona pasin kotas, ale moze noces.", "MIALA Miala miała"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range cs {
			checkInvariants(t, c, s)
		}
	})
}
