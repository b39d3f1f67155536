package cleanup

import (
	"strings"
	"unicode/utf8"
)

// The badness test decides whether text shows mojibake: sequences of
// characters that are common when UTF-8 is read in a single-byte code page
// and rare in real writing in any language ("Ã©", "â€™", "Ð¿Ñ€"). Single
// characters are never enough: "É", "¿", "€" and every Greek or Cyrillic
// letter are fine alone, and in most pairs. What marks mojibake is a pair
// or triple of character classes that real text does not put side by side.
//
// The classes and pairs follow the approach of Python's ftfy
// (ftfy/badness.py, by Robyn Speer), re-expressed as a class table and a
// list of checks; to extend, give a character a class bit in mojiClass
// and, if no existing check covers the new sequence, add one to badAt with
// a comment naming the code page whose mojibake it catches.

// Character classes; a character may belong to several.
const (
	mcC1         uint32 = 1 << iota // U+0080–U+009F: C1 controls, only ever mojibake
	mcBad                           // signs almost only seen in mojibake: ¤ ¦ ¨ ¬ ¯ ¸ ƒ ˆ ‰ …
	mcLaw                           // § ¶
	mcCurrency                      // ¢ £ ¥ € ₧
	mcStart                         // ¡ ¿ « © “ „ ‘ ‚ • ‹ ΄
	mcEnd                           // ® » ” › ™ ˝
	mcNumeric                       // ² ³ ¹ ± ¼ ½ ¾ × ÷ µ √ ∞ ≈ ≤ № …
	mcKaomoji                       // Ò–Ö Ù–Ü ò–ö ø–ü °: letters that faces (ಠ_ಠ, ÒwÓ) use
	mcUpperAcc                      // accented capitals that lead UTF-8 mojibake
	mcLowerAcc                      // accented small letters
	mcUpperCom                      // Greek and Cyrillic capitals, Þ
	mcLowerCom                      // Greek and Cyrillic small letters
	mcBox                           // box drawing and block elements (CP437 mojibake)
	mcCommon                        // NBSP, soft hyphen, ·, ´, – — ― … ’: common in both
	mcSpace                         // ASCII white space
	mcLowerASCII                    // a–z
	mcUpperASCII                    // A–Z
	mcWordASCII                     // ASCII letters, digits and _
	mcSentence                      // . , ? ! (ASCII)
)

const (
	mcLetters  = mcLowerASCII | mcUpperASCII
	mcAccented = mcUpperAcc | mcLowerAcc
	// mcSigns are the non-letter classes that mojibake is made of.
	mcSigns = mcBox | mcStart | mcEnd | mcCurrency | mcNumeric | mcLaw
)

// mojiTable holds the classes of U+0000–U+05FF; mojiClass adds the few
// characters above.
var mojiTable = buildMojiTable()

func buildMojiTable() *[0x600]uint32 {
	var t [0x600]uint32
	set := func(bits uint32, chars string) {
		for _, r := range chars {
			t[r] |= bits
		}
	}
	span := func(bits uint32, lo, hi rune) {
		for r := lo; r <= hi; r++ {
			t[r] |= bits
		}
	}
	span(mcC1, 0x80, 0x9F)
	set(mcBad, "¦¤¨¬¯¸ƒˆˇ˘˛˜ªº")
	set(mcLaw, "¶§")
	set(mcCurrency, "¢£¥")
	set(mcStart, "¡«¿©΄΅")
	set(mcEnd, "®»˝")
	set(mcNumeric, "²³¹±¼½¾×µ÷")
	set(mcKaomoji, "ÒÓÔÕÖÙÚÛÜòóôõöøùúûü°ŐŌŪŲ")
	span(mcUpperAcc, 'À', 'Ñ')
	set(mcUpperAcc, "ØÜÝĂĀĄĆČĎĐĘĚĒĖĞĢİĪĶĹĽŁĻŃŇŅŒŘŚŠŞŤŮŰŸŹŽҐ")
	span(mcLowerAcc, 'à', 'ñ')
	set(mcLowerAcc, "ßăāąćčďđęěēėğģıīķĺľłļńňņœřśšşťůűźžżґ")
	set(mcUpperCom, "ÞΆΈΉΊΌΎΏΪΫ")
	span(mcUpperCom, 'Α', 'Ω')
	span(mcUpperCom, 'Ё', 'Я')
	set(mcLowerCom, "άέήίόύώΐΰϊϋ")
	span(mcLowerCom, 'α', 'ω')
	span(mcLowerCom, 'а', 'џ')
	set(mcCommon, "\u00a0\u00ad·´")
	set(mcSpace, " \t\n\r\f\v")
	span(mcLowerASCII|mcWordASCII, 'a', 'z')
	span(mcUpperASCII|mcWordASCII, 'A', 'Z')
	span(mcWordASCII, '0', '9')
	set(mcWordASCII, "_")
	set(mcSentence, ".,?!")
	return &t
}

// mojiClass returns the classes of r.
func mojiClass(r rune) uint32 {
	if r < 0x600 {
		return mojiTable[r]
	}
	switch r {
	case '–', '—', '―', '…', '’':
		return mcCommon
	case '†', '‡', '‰', '◊', '⌐', '\uFFFD':
		return mcBad
	case '€', '₧':
		return mcCurrency
	case '‘', '‚', '“', '„', '•', '‹', '\uF8FF':
		return mcStart
	case '”', '›', '™':
		return mcEnd
	case '⁄', '∂', '∆', '∏', '∑', '√', '∞', '∩', '∫', '≈', '≠', '≡', '≤', '≥', '№':
		return mcNumeric
	case '│', '┌', '┐', '┘', '├', '┤', '┬', '┼', '▀', '▄', '█', '▌', '▐', '░', '▒', '▓':
		return mcBox
	}
	if r >= '═' && r <= '╬' {
		return mcBox
	}
	return 0
}

// mojiWindow is the last four characters seen, newest first, with their
// classes: every check looks at most that far back.
type mojiWindow struct {
	r [4]rune
	c [4]uint32
}

func (w *mojiWindow) push(r rune) {
	w.r[3], w.r[2], w.r[1] = w.r[2], w.r[1], w.r[0]
	w.c[3], w.c[2], w.c[1] = w.c[2], w.c[1], w.c[0]
	w.r[0], w.c[0] = r, mojiClass(r)
}

// refill loads the window with the ASCII characters before byte i, which
// badness skipped without shifting the window.
func (w *mojiWindow) refill(s string, i int) {
	for k := 0; k < 4; k++ {
		j := i - 1 - k
		if j < 0 {
			w.r[k], w.c[k] = -1, 0
			continue
		}
		w.r[k], w.c[k] = rune(s[j]), mojiTable[s[j]]
	}
}

// badness counts the places in s where a mojibake sequence ends. Zero
// means s looks like real text. With stopAtOne it returns at the first.
func badness(s string, stopAtOne bool) int {
	n := 0
	var w mojiWindow
	w.r[1], w.r[2], w.r[3] = -1, -1, -1 // the start of the text, of no class
	sinceWide := 4                      // characters since the last non-ASCII one
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if sinceWide >= 4 {
				// No check ends at an ASCII character more than three
				// characters after the last non-ASCII one: jump to the
				// next non-ASCII byte, eight bytes at a time.
				k := firstNonASCII(s[i:])
				if k < 0 {
					return n
				}
				i += k
				continue
			}
			sinceWide++
			w.push(rune(c))
		} else {
			if sinceWide >= 4 {
				w.refill(s, i)
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			sinceWide = 0
			w.push(r)
		}
		if badAt(&w) {
			n++
			if stopAtOne {
				return n
			}
		}
	}
	return n
}

// badAt reports whether a mojibake sequence ends with the newest character
// of w.
func badAt(w *mojiWindow) bool {
	r0, r1, r2 := w.r[0], w.r[1], w.r[2]
	c0, c1, c2, c3 := w.c[0], w.c[1], w.c[2], w.c[3]
	// Pairs of classes that real text does not put side by side.
	switch {
	case c0&mcC1 != 0:
		return true
	case c1&(mcBad|mcAccented|mcSigns) != 0 && c0&mcBad != 0:
		return true
	case c1&mcBad != 0 && c0&(mcAccented|mcSigns) != 0:
		return true
	case c1&(mcLowerAcc|mcLowerCom|mcBox|mcEnd|mcCurrency|mcNumeric) != 0 && c0&mcUpperAcc != 0:
		return true
	case c1&(mcBox|mcEnd|mcCurrency|mcNumeric) != 0 && c0&mcLowerAcc != 0:
		return true
	case c1&(mcLowerAcc|mcBox|mcEnd) != 0 && c0&mcCurrency != 0:
		return true
	case c1&(mcUpperAcc|mcBox) != 0 && c0&(mcNumeric|mcLaw) != 0:
		return true
	case c1&(mcCurrency|mcNumeric|mcBox) != 0 && c0&mcStart != 0:
		return true
	case c1&mcBox != 0 && c0&(mcKaomoji|mcEnd) != 0:
		return true
	case c1&(mcAccented|mcCurrency|mcNumeric|mcStart|mcEnd|mcLaw) != 0 && c0&mcBox != 0:
		return true
	case c1&mcUpperAcc != 0 && r0 == '°':
		return true
	case r1 == '×' && (r0 == '²' || r0 == '³'):
		return true
	case r1 == 'à' && (r0 == '²' || r0 == 'µ' || r0 == '¹' || r0 == '¼' || r0 == '½' || r0 == '¾'):
		return true // Windows-1252 mojibake of South Asian scripts
	case (r1 == 'Œ' || r1 == 'œ') && c0&mcLetters == 0:
		return true // the ligature is only ever followed by a letter
	}
	// Triples.
	switch {
	case c2&mcLetters != 0 && c1&(mcLowerCom|mcUpperCom) != 0 && c0&mcBad != 0:
		return true
	case c2&mcSpace != 0 && c1&mcUpperAcc != 0 && c0&mcCurrency != 0:
		return true
	case c2&(mcAccented|mcBox|mcCurrency|mcEnd) != 0 && c1&mcStart != 0 && c0&mcNumeric != 0:
		return true
	case c2&(mcAccented|mcCurrency|mcNumeric|mcBox|mcLaw) != 0 && c1&mcEnd != 0 && c0&mcStart != 0:
		return true
	case c2&mcLowerASCII != 0 && c1&mcUpperAcc != 0 && c0&(mcStart|mcCurrency) != 0:
		return true
	case c2&mcAccented != 0 && c1&(mcStart|mcEnd) != 0 && c0&mcWordASCII != 0:
		return true
	case isCyrillicLead(r2) && (c1&(mcC1|mcBad|mcStart|mcEnd|mcCurrency) != 0 || r1 == '°' || r1 == 'µ') && isCyrillicLead(r0):
		// Windows-1251 mojibake of UTF-8: Р and С lead Cyrillic letters, В
		// and Г punctuation; the pair alone is common, the triple is not.
		return true
	case (r2 == 'Β' || r2 == 'Γ' || r2 == 'Ξ' || r2 == 'Ο') &&
		(c1&(mcC1|mcBad|mcStart|mcEnd|mcCurrency) != 0 || r1 == '°') &&
		(r0 == 'Β' || r0 == 'Γ' || r0 == 'Ξ' || r0 == 'Ο'):
		return true // Windows-1253 mojibake of Greek
	}
	// Sequences of particular characters.
	switch r1 {
	case 'Â', 'Ã', 'Î', 'Ð':
		// Windows-1252 mojibake of the common two-byte sequences.
		switch r0 {
		case '€', 'Š', 'š', '¢', '£', 'Ÿ', 'ž', '\u00a0', '\u00ad', '®', '©', '°', '·', '»', '–', '—', '´':
			return true
		case 'Œ', 'œ', 'ƒ', '‹', '›', '•', '„', '‚':
			if r1 == 'Ã' {
				return true // "Ãœ" is Ü; Portuguese Ã ends words, before … ” ’ only
			}
		}
		if r1 == 'Â' && strings.ContainsRune("ĄĽąľłżźŹŻŁťŤ˘˛ˇ˝", r0) {
			return true // ISO-8859-2 mojibake of U+0080–U+00BF: "Âż" is ¿
		}
		if c0&(mcStart|mcEnd) != 0 {
			return true
		}
		if r0 == ' ' && (r1 == 'Â' || r1 == 'Ã') {
			// "Ã " is "à" whose second byte, a no-break space, became a space.
			if r2 == -1 || c2&mcLowerASCII != 0 ||
				c2&mcSpace != 0 && c3&mcLowerASCII != 0 {
				return true
			}
		}
		if r1 == 'Ã' && r0 == '¡' {
			return true
		}
		if r1 == 'Â' && r0 == ' ' && c2&(mcLowerASCII|mcSentence|mcEnd) != 0 {
			return true
		}
		if r1 == 'Â' && (c0&(mcCommon|mcEnd) != 0) && c2&(mcLowerASCII|mcSentence|mcEnd) != 0 {
			return true
		}
	case '€':
		if r2 == 'â' {
			return true // Windows-1252 mojibake of U+2000–U+20FF
		}
		if r2 == 'β' {
			switch r0 {
			case '™', '\u00a0', 'Ά', '\u00ad', '®', '°':
				return true // Windows-1253
			}
		}
	case 'Ђ':
		if r2 == 'в' {
			return true // Windows-1251 mojibake of U+2000–U+20FF
		}
	case 'Ă':
		// ISO-8859-2 and Windows-1250 mojibake of UTF-8 Latin letters: Ă
		// is the byte C3; the signs and letters after it here are bytes
		// A0–BF, which follow Ă in no language (Romanian has ăş, ăţ).
		if strings.ContainsRune("ĄĽąľłżźŹŻŁťŤ˘˛ˇ˝¤§¨°´¸", r0) {
			return true
		}
	case '–', '—':
		// MacRoman mojibake of Cyrillic: – and — are the bytes D0 and D1.
		if c0&mcLowerAcc != 0 || strings.ContainsRune("òóôõöøùúûü", r0) {
			return true
		}
	case '√':
		// MacRoman mojibake: √ is the byte C3, which leads é, ü, ß, …
		// A square root is followed by a digit, a letter or a bracket,
		// never by an accented letter or a sign.
		switch r0 {
		case '±', '∂', '†', '≠', '®', '™', '´', '≤', '≥', '¥', 'µ', 'ø', '©', '§', '¶', '•', '¢', '£', '¨', '°':
			return true
		}
		if c0&(mcAccented|mcKaomoji) != 0 {
			return true
		}
	case '≈':
		if r0 == '°' || r0 == '¢' {
			return true
		}
	case 'Ä':
		if r2 == '‚' {
			switch r0 {
			case 'ì', 'î', 'ï', 'ò', 'ô', 'ú', 'ù', 'û', '†', '°', '¢', 'π':
				return true // MacRoman mojibake of U+2000–U+20FF
			}
		}
	case 'â', 'ó':
		if r2 == '‚' && (r0 == 'à' || r0 == 'ä' || r0 == '°' || r0 == 'ê') {
			return true
		}
	}
	// Windows-1252 mojibake of Arabic: Ø or Ù and a sign, twice.
	if (w.r[3] == 'Ø' || w.r[3] == 'Ù') && (r1 == 'Ø' || r1 == 'Ù') &&
		arabicTail(c2, r2) && arabicTail(c0, r0) {
		return true
	}
	return false
}

func isCyrillicLead(r rune) bool { return r == 'В' || r == 'Г' || r == 'Р' || r == 'С' }

func arabicTail(c uint32, r rune) bool {
	return c&(mcCommon|mcCurrency|mcBad|mcNumeric|mcStart) != 0 ||
		r == 'Ÿ' || r == 'Š' || r == '®' || r == '°' || r == 'µ' || r == '»'
}

// isBad reports whether s shows any mojibake sequence.
func isBad(s string) bool { return badness(s, true) > 0 }
