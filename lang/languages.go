package lang

import (
	"math/bits"
	"strings"

	"github.com/pemistahl/lingua-go"
	"golang.org/x/text/language"
)

// langSet is a set of lingua languages. lingua numbers its 75 languages
// from 0, so two words hold any subset without allocation.
type langSet [2]uint64

func (s *langSet) add(l lingua.Language) { s[l>>6] |= 1 << (l & 63) }

func (s langSet) has(l lingua.Language) bool { return s[l>>6]&(1<<(l&63)) != 0 }

func (s langSet) and(t langSet) langSet { return langSet{s[0] & t[0], s[1] & t[1]} }

func (s langSet) or(t langSet) langSet { return langSet{s[0] | t[0], s[1] | t[1]} }

func (s langSet) empty() bool { return s[0]|s[1] == 0 }

func (s langSet) len() int { return bits.OnesCount64(s[0]) + bits.OnesCount64(s[1]) }

// list returns the members in lingua's order.
func (s langSet) list() []lingua.Language {
	out := make([]lingua.Language, 0, s.len())
	for w := range s {
		for x := s[w]; x != 0; x &= x - 1 {
			out = append(out, lingua.Language(w*64+bits.TrailingZeros64(x)))
		}
	}
	return out
}

// all iterates over the members in lingua's order without allocating.
func (s langSet) all(yield func(lingua.Language) bool) {
	for w := range s {
		for x := s[w]; x != 0; x &= x - 1 {
			if !yield(lingua.Language(w*64 + bits.TrailingZeros64(x))) {
				return
			}
		}
	}
}

// first returns the lowest member, or lingua.Unknown for the empty set.
func (s langSet) first() lingua.Language {
	for w := range s {
		if s[w] != 0 {
			return lingua.Language(w*64 + bits.TrailingZeros64(s[w]))
		}
	}
	return lingua.Unknown
}

func setOf(ls ...lingua.Language) langSet {
	var s langSet
	for _, l := range ls {
		s.add(l)
	}
	return s
}

// DefaultLanguages returns the language set of New without the Languages
// option and of the package-level Spans. See the package documentation for
// why these languages. The slice is a copy: changing it changes nothing.
func DefaultLanguages() []language.Tag {
	return append([]language.Tag(nil), defaultLanguages...)
}

var defaultLanguages = []language.Tag{
	// Latin script
	language.English, language.German, language.French, language.Spanish,
	language.Italian, language.Portuguese, language.Dutch, language.Polish,
	language.Czech, language.Slovak, language.Danish, language.Swedish,
	language.Norwegian, language.Finnish, language.Turkish, language.Make("la"),
	language.Indonesian, language.Romanian, language.Hungarian, language.Catalan,
	language.Vietnamese,
	// Cyrillic
	language.Russian, language.Ukrainian, language.Bulgarian,
	// scripts of their own or shared by few
	language.Greek, language.Korean, language.Japanese, language.Chinese,
	language.Arabic, language.Persian, language.Urdu, language.Hebrew, language.Hindi, language.Thai,
	language.Georgian, language.Armenian, language.Bengali, language.Gujarati,
	language.Punjabi, language.Tamil, language.Telugu,
}

// tagOf is the BCP 47 tag reported for a lingua language. Norwegian Bokmål
// is reported as "no", the code most corpora and web pages use for it.
func tagOf(l lingua.Language) language.Tag {
	if l < 0 || l > lingua.Unknown {
		return language.Und
	}
	return tags[l]
}

var tags = func() (t [lingua.Unknown + 1]language.Tag) {
	for _, l := range lingua.AllLanguages() {
		t[l] = language.Make(strings.ToLower(l.IsoCode639_1().String()))
	}
	t[lingua.Bokmal] = language.Norwegian
	t[lingua.Unknown] = language.Und
	return t
}()

// linguaOf maps a tag to lingua's language by its base language, so that
// "de-CH" means German and both "no" and "nb" mean Bokmål.
func linguaOf(t language.Tag) (lingua.Language, bool) {
	b, c := t.Base()
	if c < language.High {
		return lingua.Unknown, false // language.Und and other guesses
	}
	code := b.String()
	if code == "no" {
		return lingua.Bokmal, true
	}
	iso, ok := isoCodeByName[code]
	if !ok {
		return lingua.Unknown, false
	}
	l := lingua.GetLanguageFromIsoCode639_1(iso)
	return l, l != lingua.Unknown
}

var isoCodeByName = func() map[string]lingua.IsoCode639_1 {
	m := make(map[string]lingua.IsoCode639_1)
	for _, l := range lingua.AllLanguages() {
		c := l.IsoCode639_1()
		m[strings.ToLower(c.String())] = c
	}
	return m
}()

// scriptLanguages lists, for each script family, the lingua languages
// written in it. Families not listed here belong to one language each and
// are decided by script alone (see scriptOwner).
var scriptLanguages = map[family]langSet{
	famLatin:      setOf(lingua.AllLanguagesWithLatinScript()...),
	famCyrillic:   setOf(lingua.AllLanguagesWithCyrillicScript()...),
	famArabic:     setOf(lingua.AllLanguagesWithArabicScript()...),
	famDevanagari: setOf(lingua.AllLanguagesWithDevanagariScript()...),
}

// scriptOwner is the one language of scripts that lingua knows for a single
// language. Han and kana are handled by the CJK rule (cjk.go).
var scriptOwner = map[family]lingua.Language{
	famGreek:    lingua.Greek,
	famHangul:   lingua.Korean,
	famHebrew:   lingua.Hebrew,
	famThai:     lingua.Thai,
	famGeorgian: lingua.Georgian,
	famArmenian: lingua.Armenian,
	famBengali:  lingua.Bengali,
	famGujarati: lingua.Gujarati,
	famGurmukhi: lingua.Punjabi,
	famTamil:    lingua.Tamil,
	famTelugu:   lingua.Telugu,
}

// scriptDefault is the language a short Latin, Cyrillic, Arabic or
// Devanagari run with no evidence and no neighbours of its script gets
// when lingua is unsure: a brand name inside Chinese text is English.
var scriptDefault = map[family]lingua.Language{
	famLatin:      lingua.English,
	famCyrillic:   lingua.Russian,
	famArabic:     lingua.Arabic,
	famDevanagari: lingua.Hindi,
}

// siblings are groups of languages that lingua's trigrams confuse on short
// text; when one is a candidate, the others are too, so that the decision
// between them is made by the model and not by the function-word lists.
var siblings = []langSet{
	setOf(lingua.Spanish, lingua.Portuguese, lingua.Catalan, lingua.Italian),
	setOf(lingua.Danish, lingua.Bokmal, lingua.Nynorsk, lingua.Swedish),
	setOf(lingua.Czech, lingua.Slovak, lingua.Polish),
	setOf(lingua.Dutch, lingua.German, lingua.Afrikaans),
	setOf(lingua.Russian, lingua.Ukrainian, lingua.Belarusian, lingua.Bulgarian, lingua.Macedonian, lingua.Serbian),
	setOf(lingua.Indonesian, lingua.Malay),
	setOf(lingua.Bosnian, lingua.Croatian, lingua.Slovene),
	setOf(lingua.French, lingua.Romanian),
}
