package quote

import (
	"strings"
	"sync"
)

// The word lists of attribution (determiners, pronouns, given names, cue
// words, …) are asked about the same few words of a window many times
// over. The lexicon answers all of them with one lookup, done once per
// word when it is tokenized: a word's classes travel with its token as
// bits. The lists stay the source: the lexicon is built from them.

// wordClass holds the classes of a word, one bit per list, and the
// genders of the pronoun, given name and title it is.
type wordClass uint64

const (
	wDeterminer wordClass = 1 << iota
	wPronoun
	wGiven // a given name, or a double name starting with one ("Karl-Heinz")
	wTitle
	wNotName
	wPreposition
	wContraction
	wNameParticle
	wHeadline
	wPlacePreposition
	wAbbreviation
	wCopula
	wObjectDeterminer
	wSubjunctive
	wPassiveCue
	wSubordinator
	wOf
	wCue // the first word of a built-in cue
	wRelativePronoun
	wNumberWord
	wHyphen     // the word holds a hyphen ("dit-il", "Karl-Heinz")
	wApostrophe // the word holds an apostrophe ("Clinton’s", "We've")

	genderShift = 32 // pronoun gender at 32, given name's at 34, title's at 36
)

func (c wordClass) pronounGender() gender { return gender(c>>genderShift) & 3 }
func (c wordClass) givenGender() gender   { return gender(c>>(genderShift+2)) & 3 }
func (c wordClass) titleGender() gender   { return gender(c>>(genderShift+4)) & 3 }

// has reports whether the token's word is in every class of c.
func (t tok) has(c wordClass) bool { return t.k&c == c }

// hyphen returns the index of the first hyphen in the token's word, or -1.
func (t tok) hyphen() int {
	if t.k&wHyphen == 0 {
		return -1
	}
	return strings.IndexByte(t.w, '-')
}

var (
	lexOnce sync.Once
	lex     lexTable
)

// classesOf returns the classes of the word w.
func classesOf(w string) wordClass {
	lexOnce.Do(buildLexicon)
	var inner wordClass
	if strings.IndexByte(w, '-') >= 0 {
		inner |= wHyphen
	}
	if strings.IndexByte(w, '\'') >= 0 || strings.Contains(w, "’") {
		inner |= wApostrophe
	}
	return lex.get(w, inner)
}

// givenOrTitle reports whether w is a given name (as givenName) or a title.
func givenOrTitle(w string) bool {
	lexOnce.Do(buildLexicon)
	if w == "" {
		return false
	}
	if lex.lookup(w)&(wGiven|wTitle) != 0 {
		return true
	}
	k := strings.IndexByte(w, '-')
	return k > 0 && lex.lookup(w[:k])&wGiven != 0
}

func buildLexicon() {
	cues := defaultCues()
	m := map[string]wordClass{}
	set := func(words map[string]bool, c wordClass) {
		for w, ok := range words {
			if ok {
				m[w] |= c
			}
		}
	}
	set(determiners, wDeterminer)
	set(notNames, wNotName)
	set(prepositions, wPreposition)
	set(contractions, wContraction)
	set(nameParticles, wNameParticle)
	set(headlineWords, wHeadline)
	set(placePrepositions, wPlacePreposition)
	set(abbreviations, wAbbreviation)
	set(copulas, wCopula)
	set(objectDeterminers, wObjectDeterminer)
	set(subjunctives, wSubjunctive)
	set(passiveCues, wPassiveCue)
	set(subordinators, wSubordinator)
	set(ofWords, wOf)
	set(relativePronouns, wRelativePronoun)
	set(numberWords, wNumberWord)
	for w, g := range pronouns {
		m[w] |= wPronoun | wordClass(g)<<genderShift
	}
	for w, g := range titles {
		m[w] |= wTitle | wordClass(g)<<(genderShift+4)
	}
	for w := range cues.first {
		m[w] |= wCue
	}
	for w, g := range names {
		m[w] |= wGiven | wordClass(g)<<(genderShift+2)
	}
	lex.build(m)
}

// lexTable is an open-addressing hash table from words to their classes,
// small enough to stay in cache: a byte tag per slot is read first.
type lexTable struct {
	tags []uint8
	keys []string
	vals []wordClass
	mask uint64
}

func (t *lexTable) build(m map[string]wordClass) {
	n := 16
	for n < 4*len(m) {
		n *= 2
	}
	t.tags, t.keys, t.vals, t.mask = make([]uint8, n), make([]string, n), make([]wordClass, n), uint64(n-1)
	for w, c := range m {
		h := lexHash(w)
		i := h & t.mask
		for t.tags[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.tags[i], t.keys[i], t.vals[i] = lexTag(h), w, c
	}
}

// get returns the classes of the word w; inner tells whether it holds a
// hyphen (wHyphen) or an apostrophe (wApostrophe). A double name whose
// first part is a given name ("Karl-Heinz") is a given name too, as for
// givenName, and a number word leads a compound ("Forty-one").
func (t *lexTable) get(w string, inner wordClass) wordClass {
	if w == "" {
		return 0
	}
	c := t.lookup(w) | inner
	if inner&wHyphen != 0 {
		if k := strings.IndexByte(w, '-'); k > 0 {
			head := t.lookup(w[:k])
			if c&wGiven == 0 {
				c |= head & (wGiven | 3<<(genderShift+2))
			}
			c |= head & wNumberWord
		}
	}
	return c
}

func (t *lexTable) lookup(w string) wordClass {
	h := lexHash(w)
	tag := lexTag(h)
	for i := h & t.mask; t.tags[i] != 0; i = (i + 1) & t.mask {
		if t.tags[i] == tag && t.keys[i] == w {
			return t.vals[i]
		}
	}
	return 0
}

// lexHash mixes the length and the first and last bytes of w.
func lexHash(w string) uint64 {
	n := len(w)
	var h uint64
	switch {
	case n >= 8:
		h = le64(w) ^ le64(w[n-8:])*0xff51afd7ed558ccd
	case n >= 4:
		h = uint64(le32(w)) | uint64(le32(w[n-4:]))<<32
	default:
		h = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	h ^= uint64(n) << 59
	h *= 0x9e3779b97f4a7c15
	return h ^ h>>31
}

// lexTag is the tag of a hash: never 0, which marks an empty slot.
func lexTag(h uint64) uint8 { return uint8(h>>56) | 1 }

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
