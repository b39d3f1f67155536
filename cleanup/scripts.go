package cleanup

import (
	"unicode"
	"unicode/utf8"
)

// A script is the writing system of a letter, as far as the join rules
// care: a change of script between two letters is a word boundary in
// menus and link lists (ΕλληνικάEnglish), except inside CJK prose.
type script uint8

const (
	scriptNone script = iota // not a letter, or a letter of no script (marks follow their base)
	scriptLatin
	scriptGreek
	scriptCyrillic
	scriptArmenian
	scriptGeorgian
	scriptHebrew
	scriptArabic
	scriptThai
	scriptHangul
	scriptHan  // Han ideographs
	scriptKana // Hiragana, Katakana and the prolonged sound mark
	scriptOther
	// scriptIndic is the first of ten Brahmic scripts, one for each block of
	// 128 code points from Devanagari (U+0900) to Sinhala (U+0D80): menus
	// glue them to each other (हिन्दीবাংলা).
	scriptIndic
)

// isCJKScript reports the scripts written without spaces next to Latin
// words in their own prose (我们使用Go语言, 東京でiPhoneを, iPhone을).
func (s script) isCJKScript() bool {
	return s == scriptHangul || s == scriptHan || s == scriptKana
}

// cased reports the scripts with upper and lower case, where the case
// rules apply.
func (s script) cased() bool {
	return s == scriptLatin || s == scriptGreek || s == scriptCyrillic || s == scriptArmenian
}

// computeScriptOf classifies r. ASCII and Latin-1 letters are answered without a
// table lookup, since they are most of the text.
func computeScriptOf(r rune) script {
	switch {
	case r < 0x80:
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return scriptLatin
		}
		return scriptNone
	case r < 0x250:
		if unicode.IsLetter(r) {
			return scriptLatin
		}
		return scriptNone
	// Fast paths for the blocks of whole scripts that prose uses most.
	case r >= 0x4E00 && r <= 0x9FFF:
		return scriptHan
	case r >= 0x3041 && r <= 0x3096 || r >= 0x30A1 && r <= 0x30FA:
		return scriptKana
	case r >= 0xAC00 && r <= 0xD7A3:
		return scriptHangul
	case r >= 0x0410 && r <= 0x044F:
		return scriptCyrillic
	case r >= 0x0391 && r <= 0x03C9 && r != 0x03A2:
		return scriptGreek
	case r == 0x30FC || r == 0x309D || r == 0x309E || r == 0x30FD || r == 0x30FE:
		return scriptKana // ー ゝ ゞ ヽ ヾ belong to kana words
	case r == 0x0640:
		return scriptArabic // the tatweel stretches Arabic words (مبلغــًا)
	case !unicode.IsLetter(r):
		return scriptNone
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Greek, r):
		return scriptGreek
	case unicode.Is(unicode.Han, r):
		return scriptHan
	case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
		return scriptKana
	case unicode.Is(unicode.Hangul, r):
		return scriptHangul
	case unicode.Is(unicode.Arabic, r):
		return scriptArabic
	case unicode.Is(unicode.Hebrew, r):
		return scriptHebrew
	case unicode.Is(unicode.Armenian, r):
		return scriptArmenian
	case unicode.Is(unicode.Georgian, r):
		return scriptGeorgian
	case unicode.Is(unicode.Thai, r):
		return scriptThai
	case r >= 0x0900 && r <= 0x0DFF:
		return scriptIndic + script((r-0x0900)>>7)
	}
	return scriptOther
}

// computeIsMark reports combining marks from the unicode tables.
func computeIsMark(r rune) bool {
	if r < 0x300 || r >= 0x3100 && r < 0xFE00 && !(r >= 0xA66F && r <= 0xABFF) {
		return false // below the combining block, or in CJK, Hangul and Yi without marks
	}
	return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Me, r)
}

// fixScriptJoins puts a space where a word of one script is glued to a
// word of another: ΕλληνικάEnglish, Русский языкEnglish, 한어Русский. Both
// sides need two letters, so a homoglyph inside a word (Mоscow with a
// Cyrillic о) or a Greek unit letter (μg) is not cut. Han, kana and Hangul
// glued to Latin are normal in CJK prose (我们使用Go语言, iPhone을) and are
// cut only on lines that are mostly not CJK, such as a language menu.
func fixScriptJoins(p *pass, s string, out *changes) {
	var line cjkLine
	var notProse tokenMemo
	prev := scriptNone // script of the letter before i
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			// ASCII holds no boundary: its letters are all Latin. Only the
			// script of the last byte before a non-ASCII rune matters.
			for i < len(s) && s[i] < 0x80 {
				i++
			}
			prev = scriptNone
			if isASCIILetter(s[i-1]) {
				prev = scriptLatin
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isMark(r) {
			sc := scriptOf(r)
			if sc != prev && sc != scriptNone && prev != scriptNone {
				p.scriptBoundary(s, i, prev, sc, &line, &notProse, out)
			}
			prev = sc
		}
		i += n
		// The next ASCII letter after a non-Latin one is a boundary too.
		if i < len(s) && isASCIILetter(s[i]) && prev != scriptLatin && prev != scriptNone {
			p.scriptBoundary(s, i, prev, scriptLatin, &line, &notProse, out)
		}
	}
}

// scriptBoundary decides a change from script a (run of aLen letters) to
// script b at byte i.
func (p *pass) scriptBoundary(s string, i int, a, b script, line *cjkLine, tok *tokenMemo, out *changes) {
	if a == scriptNone || a == b {
		return
	}
	cjk := a.isCJKScript() || b.isCJKScript()
	if a.isCJKScript() && b.isCJKScript() {
		// Kanji and kana make one Japanese word; Korean glues a particle
		// to hanja (韓國語를). Two words of two letters or more are a menu.
		if a != scriptHangul && b != scriptHangul || runLengthBefore(s, i, a, 2) < 2 || runLength(s, i, b, 2) < 2 {
			return
		}
	} else if !cjk {
		if !scriptWordsApart(s, i, a, b) {
			return
		}
	} else if line.mostlyCJK(s, i) && !cjkNameAt(s, i, a, b) {
		return
	}
	if tok.judge(s, i, tokenAround, isNotProse) || ampersandWord(s, i) {
		return
	}
	out.insert(i, " ")
}

// scriptWordsApart decides a change from script a to script b at byte i
// outside CJK. Two letters on each side make two words (ΕλληνικάEnglish).
// One letter is enough between scripts that share no letter shapes (a
// Hebrew word and a Latin I, VIने) and, between Latin, Greek and Cyrillic,
// for a letter that looks like none of the other script (ή|email,
// Renault|и) and stands as a word of its own; a lowercase letter before a
// capital is a word boundary too (классу|S, της|Bενετοκρατίας). A word
// typed with look-alike letters of another script is one word
// (пpогpаммеpy, Mоscow, Kαζάρμα).
func scriptWordsApart(s string, i int, a, b script) bool {
	aLen, bLen := runLengthBefore(s, i, a, 2), runLength(s, i, b, 2)
	if a == scriptOther || b == scriptOther {
		return aLen >= 2 && bLen >= 2
	}
	if !lookAlikeScript(a) || !lookAlikeScript(b) {
		return true
	}
	x, _ := lastLetterBefore(s, i)
	y, _ := runeAt(s, i)
	if unicode.IsLower(x) && unicode.IsUpper(y) && (aLen >= 2 || !isLookAlike(x)) {
		return true
	}
	// The run lengths and edges decide first: they read a letter or two,
	// while homoglyphWord reads the whole word, and a script change at
	// every letter would pay that at every change.
	return lettersMakeWords(s, i, x, y, aLen, bLen) && !homoglyphWord(s, i)
}

// lettersMakeWords reports that the runs of aLen letters before byte i
// (ending in x) and bLen letters from i (starting with y) are long
// enough, or stand apart enough, to be words of their own.
func lettersMakeWords(s string, i int, x, y rune, aLen, bLen int) bool {
	switch {
	case aLen >= 2 && bLen >= 2:
		return true
	case aLen == 1 && bLen >= 2:
		return !isLookAlike(x) && letterEdgeBefore(s, i)
	case bLen == 1 && aLen >= 2:
		return !isLookAlike(y) && letterEdgeAfter(s, i)
	}
	return false
}

func lookAlikeScript(sc script) bool {
	return sc == scriptLatin || sc == scriptGreek || sc == scriptCyrillic
}

// lookAlikes are the letters of Latin, Greek and Cyrillic that look like a
// letter of one of the others.
var lookAlikes = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "ABCEHIJKMNOPSTXYZabceijopsxyv" + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιναυρχ" + "АВСЕНІЈКМОРЅТХУасеіјорѕхуп" {
		m[r] = true
	}
	return m
}()

func isLookAlike(r rune) bool { return lookAlikes[r] }

// maxHomoglyphWord bounds the word homoglyphWord reads, in bytes: a word
// typed with look-alike letters is a word, and a longer run of script
// changes must not cost its length at every change.
const maxHomoglyphWord = 96

// homoglyphWord reports a run of letters around byte i that mixes Latin,
// Greek or Cyrillic such that all letters of the scripts in the minority
// are look-alikes of the majority's: one word typed with the wrong
// keyboard here and there.
func homoglyphWord(s string, i int) bool {
	lo, hi := i, i
	for lo > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:lo])
		if !unicode.IsLetter(r) && !isMark(r) {
			break
		}
		if lo -= n; i-lo > maxHomoglyphWord {
			return false
		}
	}
	for hi < len(s) {
		r, n := utf8.DecodeRuneInString(s[hi:])
		if !unicode.IsLetter(r) && !isMark(r) {
			break
		}
		if hi += n; hi-lo > maxHomoglyphWord {
			return false
		}
	}
	var count, plain [scriptIndic]int
	for _, r := range s[lo:hi] {
		if isMark(r) {
			continue
		}
		sc := scriptOf(r)
		if !lookAlikeScript(sc) {
			return false
		}
		count[sc]++
		if !isLookAlike(r) {
			plain[sc]++
		}
	}
	major := scriptLatin
	for _, sc := range []script{scriptGreek, scriptCyrillic} {
		if count[sc] > count[major] {
			major = sc
		}
	}
	// Capitals of one script before lowercase letters of another are an
	// acronym or numeral glued to a word (III|предпринял), not look-alikes
	// typed in the word's own case.
	if minorityCaps(s[lo:hi], major) {
		return false
	}
	for _, sc := range []script{scriptLatin, scriptGreek, scriptCyrillic} {
		if sc != major && plain[sc] > 0 {
			return false
		}
	}
	return true
}

// minorityCaps reports that w's letters outside the major script are two
// or more capitals in a row, and its major script's letters all lowercase.
func minorityCaps(w string, major script) bool {
	minor, run, maxRun := 0, 0, 0
	for _, r := range w {
		if isMark(r) {
			continue
		}
		if scriptOf(r) == major {
			run = 0
			if !unicode.IsLower(r) {
				return false
			}
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		minor++
		run++
		maxRun = max(maxRun, run)
	}
	return minor >= 2 && maxRun == minor
}

func lastLetterBefore(s string, i int) (rune, int) {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isMark(r) {
			return r, i - n
		}
		i -= n
	}
	return 0, 0
}

// letterEdgeBefore reports that the one letter before byte i has no
// letter before it; letterEdgeAfter that the one letter at i has none
// after it.
func letterEdgeBefore(s string, i int) bool {
	_, at := lastLetterBefore(s, i)
	r, _ := lastLetterBefore(s, at)
	return !unicode.IsLetter(r)
}

func letterEdgeAfter(s string, i int) bool {
	_, n := utf8.DecodeRuneInString(s[i:])
	j := i + n
	for j < len(s) {
		r, m := utf8.DecodeRuneInString(s[j:])
		if !isMark(r) {
			return !unicode.IsLetter(r)
		}
		j += m
	}
	return true
}

// runLengthBefore counts the letters of script sc before byte i, up to
// limit.
func runLengthBefore(s string, i int, sc script, limit int) int {
	n := 0
	for i > 0 && n < limit {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !isMark(r) {
			if scriptOf(r) != sc {
				break
			}
			n++
		}
		i -= w
	}
	return n
}

// runLength counts the letters of script sc from byte i, up to limit.
func runLength(s string, i int, sc script, limit int) int {
	n := 0
	for i < len(s) && n < limit {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isMark(r) {
			if scriptOf(r) != sc {
				break
			}
			n++
		}
		i += w
	}
	return n
}

// cjkLine caches, for the stretch of text last asked about, whether its
// letters are mostly CJK. The stretch is the sentence or line around the
// boundary (a Chinese sentence quoted in a German paragraph is CJK prose;
// a menu line is not), at most cjkWindow bytes each way. A Han or kana
// character stands for about a word, so it weighs as much as three Latin
// letters.
type cjkLine struct {
	start, end int // the cached stretch; end == 0 before the first question
	cjk        bool
}

const cjkWindow = 256

func (l *cjkLine) mostlyCJK(s string, i int) bool {
	if l.end > 0 && l.start <= i && i < l.end {
		return l.cjk
	}
	start, end := i, i
	for start > 0 && i-start < cjkWindow {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if endsStretch(r) {
			break
		}
		start -= n
	}
	for end < len(s) && end-i < cjkWindow {
		r, n := utf8.DecodeRuneInString(s[end:])
		if endsStretch(r) {
			break
		}
		end += n
	}
	cjk, other := 0, 0
	// A stretch that ends at CJK sentence punctuation is CJK prose
	// (命名：獾Badger）).
	if r, _ := runeBefore(s, start); isCJKStop(r) {
		cjk += 100
	}
	if r, _ := runeAt(s, end); isCJKStop(r) {
		cjk += 100
	}
	for _, r := range s[start:end] {
		switch sc := scriptOf(r); {
		case sc == scriptNone:
		case sc.isCJKScript():
			cjk += 3
		default:
			other++
		}
		if r == '、' || r == '，' || r == '「' || r == '」' {
			cjk += 100 // CJK punctuation: this is prose, not a menu
		}
	}
	*l = cjkLine{start: start, end: end, cjk: cjk >= other}
	return l.cjk
}

func isCJKStop(r rune) bool {
	switch r {
	case '。', '！', '？', '：', '；':
		return true
	}
	return false
}

// endsStretch reports the marks that end a sentence or line.
func endsStretch(r rune) bool {
	switch r {
	case '\n', '.', '!', '?', ':', ';', '。', '！', '？', '：', '；':
		return true
	}
	return false
}

// cjkLanguageNames are the names that language menus give Chinese,
// Japanese and Korean. Glued to Latin they are menu items even where the
// CJK letters outweigh the Latin ones (English中文Español日本語).
var cjkLanguageNames = map[string]bool{
	"中文": true, "简体中文": true, "繁體中文": true, "繁体中文": true, "正體中文": true,
	"汉语": true, "漢語": true, "普通话": true, "國語": true, "华语": true, "華語": true,
	"粵語": true, "粤语": true, "廣東話": true, "广东话": true, "台語": true,
	"日本語": true, "日本语": true, "にほんご": true,
	"한국어": true, "한국말": true, "조선말": true, "조선어": true,
}

// cjkNameAt reports a CJK language name on either side of the script
// boundary at byte i, between a run of script a and one of script b.
func cjkNameAt(s string, i int, a, b script) bool {
	if a.isCJKScript() {
		lo := i
		for lo > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:lo])
			if scriptOf(r) != a {
				break
			}
			lo -= n
		}
		if cjkLanguageNames[s[lo:i]] {
			return true
		}
	}
	if b.isCJKScript() {
		hi := i
		for hi < len(s) {
			r, n := utf8.DecodeRuneInString(s[hi:])
			if scriptOf(r) != b {
				break
			}
			hi += n
		}
		return cjkLanguageNames[s[i:hi]]
	}
	return false
}

// ampersandWord reports an abbreviation of capitals joined by an
// ampersand right at the boundary i (R&Dمشروع, شركةAT&T): such a short
// code is written glued to the other script's word as often as apart, and
// is left as it stands. A name (τωνDolce&Gabbana) is cut as any word.
func ampersandWord(s string, i int) bool {
	j := i
	for j > 0 && i-j <= 3 && isCapitalByte(s[j-1]) {
		j--
	}
	if j < i && i-j <= 3 && j >= 2 && s[j-1] == '&' && isCapitalByte(s[j-2]) {
		return true
	}
	k := i
	for k < len(s) && k-i <= 3 && isCapitalByte(s[k]) {
		k++
	}
	return k > i && k-i <= 3 && k+1 < len(s) && s[k] == '&' && isCapitalByte(s[k+1])
}

func isCapitalByte(b byte) bool { return b >= 'A' && b <= 'Z' }
