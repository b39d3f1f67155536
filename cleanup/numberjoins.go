package cleanup

import (
	"unicode"
	"unicode/utf8"
)

// Words glued to a number. Scraping loses the space between a word and the
// number after it (von3,5 Prozent, del1865, vom14. Mai, quý2, عام1987).
// Codes, models and units keep their digits: an acronym, a single letter or
// a name with inner capitals before the digits is a code (MP3, H264,
// COVID19, A4, x86, iPhone15), as is a letter run after a digit (B2B,
// n3td3v, 4G, 5km) or before one in a word of a lowercase code stem
// (base64, utf8, python3). What is cut:
//
//   - a function word of the text's language (von|3,5, del|1865, am|14.);
//   - a lowercase or capitalized word of four letters or more
//     (durchschnittlich|3, September|2008), or of two or more with letters
//     beyond ASCII (quý|2, числе|5);
//   - in scripts without case, a word of two letters or more (Hebrew,
//     Arabic and Indic; one letter is a prefix glued by the spelling:
//     ב1989, و2006), and three Hangul syllables or more (Korean glues
//     counters and short nouns to numbers: 제1회, 유로2008); never Han or
//     kana, which Chinese and Japanese write without spaces.

// fixNumberJoins puts a space between a word and the number glued to it.
func fixNumberJoins(ps *pass, s string, out *changes) {
	p := &joinPass{pass: ps}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && (c < '0' || c > '9') {
			continue
		}
		r, n := rune(c), 1
		if c >= 0x80 {
			r, n = utf8.DecodeRuneInString(s[i:])
			if !unicode.IsDigit(r) {
				i += n - 1
				continue
			}
		}
		if ws := wordStartBefore(s, i); ws >= 0 && p.numberAfterWord(s, ws, i) {
			out.insert(i, " ")
		}
		// Skip the rest of the number.
		for i+n < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[i+n:])
			if !unicode.IsDigit(r2) {
				break
			}
			n += n2
		}
		i += n - 1
	}
}

// wordStartBefore returns where the word of letters (and marks) of one
// script that ends at byte i starts, or -1 when no letter ends there.
func wordStartBefore(s string, i int) int {
	start, sc := i, scriptNone
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if isMark(r) {
			start -= n
			continue
		}
		rs := scriptOf(r)
		if rs == scriptNone || sc != scriptNone && rs != sc {
			break
		}
		sc = rs
		start -= n
	}
	if sc == scriptNone {
		return -1
	}
	return start
}

// numberAfterWord decides the space between the word s[ws:i] and the
// number at i.
func (p *joinPass) numberAfterWord(s string, ws, i int) bool {
	if !wordStandsAlone(s, ws) || !numberEndsPlainly(s, ws, i) || !p.numberInProse(s, i) {
		return false
	}
	p.at = i
	w := s[ws:i]
	if p.c.isProtected(s[ws:digitsEnd(s, i)]) {
		return false // a name with its number: tagesschau24
	}
	if p.dayBeforeMonth(s, ws, i) {
		return false // Maria Lopez12 de abril: a byline's layout
	}
	n := utf8.RuneCountInString(w)
	switch sc := scriptOf(firstRune(w)); {
	case sc == scriptHangul:
		// Two syllables before a number and its counter (오는 29일,
		// 저녁 7시) are a word; a shorter one is a prefix (제1회).
		return n >= 3 || n == 2 && counterAfter(s, i)
	case sc == scriptHebrew:
		return n >= 2 && !hebrewPrefixes(w)
	case sc == scriptArabic:
		return n >= 2
	case sc >= scriptIndic:
		// Hindi writes the abbreviation point as a zero (डॉ0 राय, प्रो0).
		return n >= 2 && !(s[i] == '0' && digitsEnd(s, i) == i+1)
	case !sc.cased():
		return false // Han, kana, Thai and the rest
	}
	return p.casedWordBeforeNumber(w, n)
}

// casedWordBeforeNumber decides a word of a cased script before a number.
func (p *joinPass) casedWordBeforeNumber(w string, n int) bool {
	shape := shapeOf(w)
	if n < 2 || shape != shapeLower && shape != shapeCapital || p.c.isProtected(w) {
		return false // MP3, COVID19, A4, x86, iPhone15
	}
	if exponentUnits[w] {
		return false // km2, см3: a unit and its exponent
	}
	if p.isFunctionWord(w, false) && (n >= 3 || p.inTextLanguage(w)) {
		return true // von|3,5, del|1865, am|14.
	}
	if !isASCII(w) || p.language() == "vi" {
		return true // quý|2, числе|5, tháng|8, thứ Ba|24
	}
	var buf [32]byte
	lw, ok := lowerInto(buf[:0], w)
	if !ok || codeStems[string(lw)] {
		return false // base64, utf8, python3, Windows10
	}
	return n >= 4
}

// wordStandsAlone reports whether the word starting at ws starts a token or
// follows an opening bracket or quotation mark: after a digit, a hyphen,
// a dot or a slash the letters are part of a code (n3td3v, SARS-CoV2,
// v1.beta2, a/b2).
func wordStandsAlone(s string, ws int) bool {
	if ws == 0 {
		return true
	}
	r, _ := runeBefore(s, ws)
	switch r {
	case 0, '(', '[', '{', '"', '\'', '«', '„', '“', '‘', '‚', '¿', '¡', '‹', '»':
		return true
	}
	return isTokenSpace(r)
}

// numberEndsPlainly reports whether the number at i ends the token, or
// goes on with separators and digits (3,5 or 14. or 1.000), or with a short
// lowercase suffix or unit (60qm, 17ο, 90s, 6s, 1999م); a capital or more
// digits after letters make a code (Direct3D, 12ab34).
func numberEndsPlainly(s string, ws, i int) bool {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsDigit(r):
		case r == '.' || r == ',' || r == ':' || r == '/' || r == '-':
			if nr, _ := runeAt(s, j+n); !unicode.IsDigit(nr) {
				return true
			}
		case unicode.IsLetter(r) || isMark(r):
			return plainSuffix(s, j) || shapeOf(s[ws:i]) == shapeLower && unitLetterAfter(s, j)
		default:
			return true
		}
		j += n
	}
	return true
}

// plainSuffix reports letters at j, all lowercase or of a script without
// case, that end the token (40jährigen, 17ο, 90s, 1999م, 60qm).
func plainSuffix(s string, j int) bool {
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !isMark(r) {
			return !unicode.IsDigit(r)
		}
		if unicode.IsUpper(r) {
			return false
		}
		j += n
	}
	return true
}

// unitLetterAfter reports a single capital at j, after a number (3D, 4K,
// 24H, 12H30). The caller allows it after a lowercase word only (las|24H,
// efecto|3D): after a capitalized one it is a name (Direct3D).
func unitLetterAfter(s string, j int) bool {
	r, n := utf8.DecodeRuneInString(s[j:])
	if !unicode.IsUpper(r) {
		return false
	}
	for k := j + n; k < len(s); k++ {
		if !isDigitByte(s[k]) {
			r2, _ := utf8.DecodeRuneInString(s[k:])
			return !unicode.IsLetter(r2)
		}
	}
	return true
}

// digitsEnd returns where the ASCII digits from i end.
func digitsEnd(s string, i int) int {
	for i < len(s) && isDigitByte(s[i]) {
		i++
	}
	return i
}

// counterAfter reports Hangul right after the number at i: a counter or
// unit (29일, 7시, 388조).
func counterAfter(s string, i int) bool {
	r, _ := runeAt(s, digitsEnd(s, i))
	return scriptOf(r) == scriptHangul
}

// numberInProse is inProse for a number: a slash between digits is a
// date or a fraction (stop9/11, dated5/28/00), not a path. The verdict is
// kept for the token, so that a token of many numbers is read once.
func (p *joinPass) numberInProse(s string, i int) bool {
	return !p.numberNotProse.judge(s, i, tokenAround, isNotProseNumber)
}

func isNotProseNumber(tok string) bool { return isNotProseToken(tok, true) }

// hebrewPrefixes reports two Hebrew letters that are both prefixes glued
// to the number by the spelling (וה06, וב1990), not a word of their own
// like של.
func hebrewPrefixes(w string) bool {
	if utf8.RuneCountInString(w) != 2 || w == "של" {
		return false
	}
	for _, r := range w {
		switch r {
		case 'ו', 'ה', 'ב', 'ל', 'מ', 'כ', 'ש':
		default:
			return false
		}
	}
	return true
}

// exponentUnits are units written with their exponent as a plain digit
// (km2, cm3, м2).
var exponentUnits = wordSet("km cm mm dm nm hm m km² км см мм дм м кв sqm qm")

// codeStems are lowercase words that names of formats, encodings,
// languages, systems and devices glue to their version or size.
var codeStems = wordSet(`base sha md utf ipv http https mp xbox python php mysql postgres win amd arm
	ext vue node java ruby perl lua ecma ubuntu debian centos fedora windows android ios macos html
	css web wii ps gen rtx gtx ryzen core pentium galaxy pixel nexus lumia xperia office excel
	covid sars beta alpha kernel linux emacs vim gcc clang llvm gpt llama gemma qwen mistral phi
	claude gemini area route formel tu su mig`)
