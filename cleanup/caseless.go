package cleanup

import (
	"unicode"
	"unicode/utf8"
)

// Scripts without letter case (Arabic, Hebrew, the Indic scripts, Hangul)
// give space-after-punct no capital to recognise the next sentence by:
// "الآن.علاوةً", "रहा।एथेंस", "했다.그러나". The rules here decide from the
// letters on both sides of the mark instead, and from the marks of those
// scripts themselves (، ؛ ؟ ۔ । ॥).

// caselessScript reports the scripts whose sentences these rules join.
func caselessScript(sc script) bool {
	return sc == scriptArabic || sc == scriptHebrew || sc == scriptHangul || sc >= scriptIndic
}

// letterScriptBefore returns the script of the letter before byte i,
// skipping the combining marks after it (है, مثلاً).
func letterScriptBefore(s string, i int) script {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isMark(r) {
			return scriptOf(r)
		}
		i -= n
	}
	return scriptNone
}

// baseLettersBefore counts the letters before byte i, marks not counted
// and not ending the word, up to 8: बी is one letter with a vowel sign.
func baseLettersBefore(s string, i int) (k, start int) {
	for k < 8 && i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case isMark(r):
		case unicode.IsLetter(r):
			k++
		default:
			return k, i
		}
		i -= n
	}
	return k, i
}

// baseLettersAt counts the letters from byte i on, marks not counted, up
// to 8, and returns where they end.
func baseLettersAt(s string, i int) (k, end int) {
	for k < 8 && i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isMark(r):
		case unicode.IsLetter(r):
			k++
		default:
			return k, i
		}
		i += n
	}
	return k, i
}

// caselessGlued decides for sentence punctuation or a comma at s[i:end]
// glued to the next word, in a caseless script: both sides must be words
// of the same such script. A period also needs a word before it that no
// period precedes, and no one-letter word after it that a period follows
// or that a one-letter word precedes: "बी.सी.", "एम.ए." and "ص.ب" are
// abbreviations; in Korean it must end a sentence ("했다.그", but
// "수색.구조").
func caselessGlued(s string, i, end int, mark rune) bool {
	sc := letterScriptBefore(s, i)
	if !caselessScript(sc) {
		return false
	}
	next, _ := runeAt(s, end)
	if scriptOf(next) != sc {
		return false
	}
	switch mark {
	case '.':
		k, start := baseLettersBefore(s, i)
		if k < 1 || start > 0 && s[start-1] == '.' {
			return false
		}
		if m, stop := baseLettersAt(s, end); m == 1 && (k == 1 || stop < len(s) && s[stop] == '.') {
			return false // "ص.ب", "एम.ए."
		}
		if sc == scriptHangul {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			return koreanSentenceEnd(r)
		}
	case '!', '?', ',', ';':
	default:
		return isCaselessSentenceMark(mark)
	}
	return true
}

// koreanSentenceEnd reports the syllables that end a Korean sentence:
// the endings of the declarative, polite, question and request forms
// (다, 요, 죠, 까, 네, 줘, 여 …) and of the nominal style of notices (함, 음, 임).
func koreanSentenceEnd(r rune) bool {
	switch r {
	case '다', '요', '죠', '까', '네', '줘', '여', '라', '함', '음', '임', '됨', '니', '군', '오':
		return true
	}
	return false
}

// isCaselessSentenceMark reports the comma, semicolon, question mark and
// full stops of Arabic, Urdu and the Indic scripts.
func isCaselessSentenceMark(r rune) bool {
	switch r {
	case '،', '؛', '؟', '۔', '।', '॥':
		return true
	}
	return false
}

// caselessMarkAt returns the size of the mark of isCaselessSentenceMark
// at s[i], or 0, from the bytes alone: their lead bytes also start most
// Arabic and Devanagari letters.
func caselessMarkAt(s string, i int) int {
	switch s[i] {
	case 0xD8: // ، ؛ ؟
		if i+1 < len(s) && (s[i+1] == 0x8C || s[i+1] == 0x9B || s[i+1] == 0x9F) {
			return 2
		}
	case 0xDB: // ۔
		if i+1 < len(s) && s[i+1] == 0x94 {
			return 2
		}
	case 0xE0: // । ॥
		if i+2 < len(s) && s[i+1] == 0xA5 && (s[i+2] == 0xA4 || s[i+2] == 0xA5) {
			return 3
		}
	}
	return 0
}
