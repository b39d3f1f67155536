package lang

import (
	"github.com/pemistahl/lingua-go"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Much web text is written without diacritics (Czech "prepravuji" for
// "přepravují"), while lingua's models are trained on text with them. Czech
// and Slovak differ mostly in their diacritics (ř ů ě against ä ľ ô), so on
// Czech written without them the Slovak model wins: "pri", "prace" are
// Slovak spellings. Text of at least foldMinLetters letters without any
// diacritic, whose writer does without them, is therefore scored under the
// folded models of these languages (their n-grams with diacritics stripped,
// see foldTable in ngram.go) when they are compared with each other.
//
// Measured on the development items, folding the Romance languages (es pt
// ca it), the Scandinavian ones or French and Romanian instead lost more
// than it won: their plain spellings tell them apart well enough.

// foldGroups are the languages compared by their folded models.
var foldGroups = []langSet{setOf(lingua.Czech, lingua.Slovak)}

// foldMinLetters is the fewest letters of text without diacritics from
// which its writer is taken to do without them: a word or two without any
// is common in text with them ("pro", "tak").
const foldMinLetters = 16

// foldLimit bounds the runes folded: Latin-1 Supplement to Latin Extended
// Additional, where the Latin letters with diacritics are.
const foldLimit = 0x1F00

// folds maps a lower-case letter with a diacritic to its base letter, and
// every other rune below foldLimit to itself.
var folds = func() []rune {
	t := make([]rune, foldLimit)
	for r := range t {
		t[r] = rune(r)
		if r < 0xC0 {
			continue
		}
		d := []rune(norm.NFD.String(string(rune(r))))
		if len(d) > 1 && d[0] < 0x80 {
			t[r] = d[0]
		}
	}
	// letters of their own that writers without a keyboard for them replace
	for r, b := range map[rune]rune{'ł': 'l', 'đ': 'd', 'ø': 'o', 'ı': 'i'} {
		t[r] = b
	}
	return t
}()

func fold(r rune) rune {
	if r < foldLimit {
		return folds[r]
	}
	return r
}

// foldChanges reports whether gram changes when folded.
func foldChanges(gram []byte) bool {
	for _, r := range string(gram) {
		if fold(r) != r {
			return true
		}
	}
	return false
}

// fnvFold is fnv64 of gram folded.
func fnvFold(gram []byte) uint64 {
	h := uint64(14695981039346656037)
	var buf [utf8.UTFMax]byte
	for _, r := range string(gram) {
		n := utf8.EncodeRune(buf[:], fold(r))
		for _, c := range buf[:n] {
			h ^= uint64(c)
			h *= 1099511628211
		}
	}
	return h
}

// withoutDiacritics reports whether words from..to-1 have foldMinLetters
// letters or more and none that folding changes.
func (a *analysis) withoutDiacritics(from, to int) bool {
	letters := 0
	for _, w := range a.words[from:to] {
		letters += int(w.letters)
	}
	return letters >= foldMinLetters && plainText(a.text[a.words[from].start:a.words[to-1].end])
}

// plainText reports whether s has no letter that folding changes.
func plainText(s string) bool {
	for _, r := range s {
		if r >= 0xC0 && fold(unicode.ToLower(r)) != unicode.ToLower(r) {
			return false
		}
	}
	return true
}
