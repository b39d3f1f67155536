package lang

import "unicode"

// family groups the scripts whose letters can share a word or a sentence:
// Han, Hiragana and Katakana make one family, since a Japanese sentence
// mixes all three. A change of family is always a segment boundary.
type family uint8

const (
	famNone family = iota // not a letter of a known script
	famLatin
	famCyrillic
	famGreek
	famCJK
	famHangul
	famArabic
	famHebrew
	famDevanagari
	famThai
	famGeorgian
	famArmenian
	famBengali
	famGujarati
	famGurmukhi
	famTamil
	famTelugu
)

// script is an ISO 15924 script of a letter, finer than family.
type script uint8

const (
	scUnknown script = iota
	scLatn
	scCyrl
	scGrek
	scHani
	scHira
	scKana
	scHang
	scArab
	scHebr
	scDeva
	scThai
	scGeor
	scArmn
	scBeng
	scGujr
	scGuru
	scTaml
	scTelu
	numScripts
)

// scriptTable lists the scripts in the order they are tried, most common
// first, with the Unicode range table, ISO 15924 code and family of each.
var scriptTable = [...]struct {
	sc    script
	table *unicode.RangeTable
	code  string
	fam   family
}{
	{scLatn, unicode.Latin, "Latn", famLatin},
	{scCyrl, unicode.Cyrillic, "Cyrl", famCyrillic},
	{scHani, unicode.Han, "Hani", famCJK},
	{scHira, unicode.Hiragana, "Hira", famCJK},
	{scKana, unicode.Katakana, "Kana", famCJK},
	{scHang, unicode.Hangul, "Hang", famHangul},
	{scGrek, unicode.Greek, "Grek", famGreek},
	{scArab, unicode.Arabic, "Arab", famArabic},
	{scHebr, unicode.Hebrew, "Hebr", famHebrew},
	{scDeva, unicode.Devanagari, "Deva", famDevanagari},
	{scThai, unicode.Thai, "Thai", famThai},
	{scGeor, unicode.Georgian, "Geor", famGeorgian},
	{scArmn, unicode.Armenian, "Armn", famArmenian},
	{scBeng, unicode.Bengali, "Beng", famBengali},
	{scGujr, unicode.Gujarati, "Gujr", famGujarati},
	{scGuru, unicode.Gurmukhi, "Guru", famGurmukhi},
	{scTaml, unicode.Tamil, "Taml", famTamil},
	{scTelu, unicode.Telugu, "Telu", famTelugu},
}

var scriptCode = func() [numScripts]string {
	var c [numScripts]string
	c[scUnknown] = "Zyyy"
	for _, s := range scriptTable {
		c[s.sc] = s.code
	}
	return c
}()

var scriptFamily = func() [numScripts]family {
	var f [numScripts]family
	for _, s := range scriptTable {
		f[s.sc] = s.fam
	}
	return f
}()

// scriptOf returns the script of a letter; ASCII takes the fast path.
func scriptOf(r rune) script {
	if r < 0x80 {
		return scLatn
	}
	if r == 0x30FC { // the prolonged sound mark ー is Common but only Japanese
		return scKana
	}
	for _, s := range scriptTable {
		if unicode.Is(s.table, r) {
			return s.sc
		}
	}
	return scUnknown
}
