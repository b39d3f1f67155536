package cleanup

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file holds one test of the dictionary decision (dictjoins.go): a
// word the dictionary lacks only for a missing accent is a misspelt
// word, not two words glued. Polish typed without its letters (miala for
// miała) and Spanish whose accented letters a charset dropped (misin for
// misión) read as two words (mi|ala, mi|sin) to a dictionary that knows
// only the right spelling.

// An accentedLetter is a lowercase letter with an accent and the letter
// it is written as without it (ł and l, é and e).
type accentedLetter struct{ letter, plain rune }

// maxAccented bounds the accented letters kept from a TRY line, and so
// the lookups of one misspelt test: at most (maxAccented+1) per letter.
const maxAccented = 24

// unaccented are the letters whose accent Unicode does not decompose.
var unaccented = map[rune]rune{'ł': 'l', 'đ': 'd', 'ø': 'o', 'ı': 'i', 'ħ': 'h'}

// accentedLetters returns the accented lowercase letters of a TRY line,
// the alphabet hunspell tries first in its suggestions.
func accentedLetters(try string) []accentedLetter {
	var out []accentedLetter
	for _, r := range try {
		if !unicode.IsLower(r) || len(out) == maxAccented {
			continue
		}
		plain, ok := unaccented[r]
		if !ok {
			nfd := norm.NFD.String(string(r))
			base, n := utf8.DecodeRuneInString(nfd)
			plain, ok = base, n < len(nfd) && unicode.IsLower(base)
		}
		if ok {
			out = append(out, accentedLetter{r, plain})
		}
	}
	return out
}

// misspelt reports whether the dictionary knows w once one of its
// letters takes an accent of the alphabet (miala: miała), or once one
// accented letter lost in transit comes back (misin: misión). The answer
// is cached; the lookups are bounded by the word's letters times the
// accented letters, and asked only of a word about to be cut.
func (d *Dictionary) misspelt(w string) bool {
	if len(d.aff.accented) == 0 || len(w) > maxLookup {
		return false
	}
	return d.cachedTest('~', w, d.accentedForm)
}

// accentedForm is misspelt without the cache.
func (d *Dictionary) accentedForm(w string) bool {
	fresh := freshDictionary{d}
	var cand [maxLookup + 8]byte
	for i, r := range w {
		n := utf8.RuneLen(r)
		for _, a := range d.aff.accented {
			// An accented letter where its plain one stands: miala.
			if a.plain == r {
				c := utf8.AppendRune(append(cand[:0], w[:i]...), a.letter)
				if fresh.analyze(string(append(c, w[i+n:]...))) != unknownWord {
					return true
				}
			}
			// An accented letter lost before this one: misin.
			if i > 0 {
				c := utf8.AppendRune(append(cand[:0], w[:i]...), a.letter)
				if fresh.analyze(string(append(c, w[i:]...))) != unknownWord {
					return true
				}
			}
		}
	}
	return false
}

// misspelt for a set: some dictionary knows an accented form.
func (s *lexiconSet) misspelt(w string) bool {
	for _, d := range s.dicts {
		if d.misspelt(w) {
			return true
		}
	}
	return false
}
