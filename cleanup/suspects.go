package cleanup

import (
	"math/bits"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A suspect is a kind of place that some rule may have to change. One
// scan over a segment finds which kinds occur, and a rule whose suspects
// are all absent is skipped: that is what lets clean text pass at memory
// speed rather than once per rule. Each suspect must be a superset of what
// its rules act on (TestGatesChangeNothing and FuzzGates check it).
type suspect uint32

const (
	suspectCR           suspect = 1 << iota // \r
	suspectSpaceRun                         // two blanks, a tab, a blank before a line end
	suspectSpacePunct                       // a blank before closing punctuation or after an opener
	suspectPunctGlued                       // punctuation directly followed by a letter or mark
	suspectQuoteSpace                       // a blank after a quotation mark that may open, or before one that may close
	suspectDupPunct                         // . ! ? and a quotation mark, then the same mark again
	suspectUnicodeSpace                     // a no-break or other Unicode space (isUnicodeSpace)
	suspectInvisible                        // a zero-width or bidi control, soft hyphen, BOM (isInvisibleChar)
	suspectLineSep                          // U+0085, U+2028, U+2029
	suspectInvalid                          // bytes that are not UTF-8
	suspectControl                          // a C0 or C1 control, DEL, or another removable control
	suspectEntity                           // '&', which may start a character reference
	suspectLigature                         // a Latin ligature or digraph of the ligatures table
	suspectFullWidth                        // a character of U+FF00–U+FFEF (full- and half-width forms)
	suspectNotNFC                           // a character that NFC may change or compose with what precedes
	suspectMojibake                         // a sequence that the badness test may find bad
	suspectScript                           // a letter next to a letter of another script
	suspectCase                             // a capital after a lowercase letter, or ending an acronym before one
	suspectLexicon                          // a word whose end may be a glued function word, or a glued pair
	suspectNumber                           // a digit right after a letter or mark
)

// ruleSuspects says which suspects can make each rule act. Rules missing
// here always run.
var ruleSuspects = map[string]suspect{
	"surrogates":      suspectInvalid, // CESU-8 surrogates are not UTF-8
	"cp1252-bytes":    suspectInvalid,
	"invalid-utf8":    suspectInvalid,
	"mojibake":        suspectMojibake,
	"html-entities":   suspectEntity,
	"control-chars":   suspectControl,
	"ligatures":       suspectLigature,
	"full-width":      suspectFullWidth,
	"nfc":             suspectNotNFC,
	"line-breaks":     suspectCR | suspectLineSep,
	"invisible-chars": suspectInvisible,
	"unicode-spaces":  suspectUnicodeSpace,
	"script-joins":    suspectScript,
	"case-joins":      suspectCase,
	// lexicon-joins reads words of one script; a word that changes
	// script is woken by suspectScript. With a Lexicon it always runs.
	"lexicon-joins":      suspectLexicon | suspectScript,
	"number-joins":       suspectNumber,
	"space-runs":         suspectSpaceRun,
	"space-before-punct": suspectSpacePunct | suspectQuoteSpace,
	"space-after-punct":  suspectPunctGlued,
	"duplicate-punct":    suspectDupPunct,
}

// localRules are the rules whose every decision reads only the text
// around one of their own suspects, well inside the window that
// windowAround gives a change: once such a rule has run, only a change
// whose window holds one of its suspects can give it work again, so later
// rounds pass it otherwise (TestGatesChangeNothing and FuzzGates compare
// with every rule run in every round). Rules that weigh a line or a
// paragraph (mojibake, the code pages, the join rules, quotes and bidi
// pairs) are not among them, and neither is html-entities, which leaves
// a segment alone that holds a tag: a line break put into "<b\r>" by a
// later rule turns the whole segment's references back into work.
var localRules = map[string]bool{
	"surrogates": true, "ligatures": true, "nfc": true,
	"line-breaks": true, "unicode-spaces": true, "space-runs": true,
}

// byteClass sorts bytes for the scan.
var byteClass = func() (t [256]uint8) {
	for _, b := range []byte(",.;:!?)]}") {
		t[b] = classClosePunct
	}
	for _, b := range []byte("([{") {
		t[b] = classOpen
	}
	t[' '] = classBlank
	t['\t'] = classTab
	t['\r'] = classCR
	t['\n'] = classLF
	t['"'] = classASCIIQuote
	for b := 0x80; b < 0x100; b++ {
		t[b] = classHigh
	}
	for b := 'A'; b <= 'Z'; b++ {
		t[b] = classUpper
	}
	for b := 0; b < 0x20; b++ {
		if t[b] == classOther {
			t[b] = classControl
		}
	}
	t[0x7F] = classControl
	t['&'] = classAmp
	for b := 0; b < 0x80; b++ {
		if t[b] == classOther && !(b >= 'a' && b <= 'z') {
			t[b] = classSymbol
		}
	}
	return t
}()

const (
	classOther uint8 = iota
	classClosePunct
	classOpen
	classBlank
	classTab
	classCR
	classLF
	classASCIIQuote
	classHigh
	// The classes below are letters or symbols like classOther for the
	// spacing suspects; they have their own class only to wake the
	// rules that look for them.
	classUpper   // A–Z: case-joins
	classControl // C0 controls other than tab and line ends, and DEL
	classAmp     // '&': html-entities
	classSymbol  // digits and the other ASCII symbols: not letters, so they end words
)

// isOtherClass reports the byte classes that the spacing suspects treat
// as letters and symbols.
func isOtherClass(cls uint8) bool { return cls == classOther || cls >= classUpper }

// findSuspects scans s once and returns the kinds of suspect places in it.
func findSuspects(s string) suspect { return findSuspectsOf(s, allSuspects) }

// allSuspects has every suspect bit.
const allSuspects = ^suspect(0)

// findSuspectsOf is findSuspects for the suspects in want; others may be
// missing from the result. Words are followed only for suspectLexicon,
// the one costly check, so a rescan for the rules after lexicon-joins
// skips it.
func findSuspectsOf(s string, want suspect) suspect { return findSuspectsIn(s, 0, len(s), want) }

// findSuspectsIn is findSuspectsOf for the bytes lo to hi of s, which must
// start after a blank or line break (or at 0) and end before one (or at
// len(s)), so that words and lines are read whole; it looks at the bytes
// around the window as context.
func findSuspectsIn(s string, lo, hi int, want suspect) suspect {
	return findSuspectsAt(s, lo, hi, want, nil, nil)
}

// findSuspectsAt is findSuspectsIn that, with places not nil, also
// appends to it the words lexicon-joins must visit (see lexiconWords);
// settled, if not nil, tells the words a lone Dictionary settles, which
// lexicon-joins then decides only as glued pairs.
func findSuspectsAt(s string, lo, hi int, want suspect, places *[]lexiconPlace, settled func(string) bool) suspect {
	var found suspect
	words := lexiconWords{start: -1, places: places, settled: settled}
	prev := classLF // the start of a segment is like the start of a line
	if lo > 0 {
		prev = byteClass[s[lo-1]]
	}
	// The last non-ASCII character ended at hiEnd; hiScript is the script
	// of the last letter before hiEnd (marks follow their base) and hiMoji
	// holds its flags for the mojibake gate.
	hiEnd, hiScript, hiMoji := -1, scriptNone, infoPlain
	// lineQuotes holds the opening marks seen on the line so far; a window
	// that starts inside a line may follow any of them.
	var lineQuotes uint8
	if lo > 0 && s[lo-1] != '\n' {
		lineQuotes = allQuotesSeen
	}
	for i := lo; i < hi; i++ {
		c := s[i]
		cls := byteClass[c]
		if cls == classOther {
			// Lowercase letters: the bulk of any text, and nothing to see
			// but where a word ends.
			if words.start < 0 && want&suspectLexicon != 0 {
				words.start = i
			}
			i = lowerRunEnd8(s, i+1)
			for {
				k := plainGapEnd(s, i, hi)
				if k < 0 {
					break
				}
				if !words.short(i) {
					words.end(s, i, &found)
				}
				if want&suspectLexicon != 0 {
					words.start = k
				}
				i = lowerRunEnd8(s, k+1)
			}
			i--
			prev = classOther
			continue
		}
		if cls != classUpper && cls != classHigh && !words.short(i) {
			words.end(s, i, &found)
		}
		switch cls {
		case classLF:
			lineQuotes = 0
		case classBlank, classTab:
			if cls == classTab {
				found |= suspectSpaceRun
			}
			if i+1 == len(s) {
				found |= suspectSpaceRun
			} else {
				switch byteClass[s[i+1]] {
				case classBlank, classTab, classLF, classCR:
					// Indentation is kept, but not a line of blanks.
					if prev != classLF || s[i+1] == '\n' || s[i+1] == '\r' {
						found |= suspectSpaceRun
					}
				case classClosePunct:
					found |= suspectSpacePunct
				case classHigh:
					// The full-width marks start with 0xE3 (、。」) or 0xEF (，！）).
					if b := s[i+1]; b == 0xE3 || b == 0xEF {
						if r, _ := utf8.DecodeRuneInString(s[i+1:]); isCJKClosingPunct(r) {
							found |= suspectSpacePunct
						}
					}
				}
			}
			if prev == classOpen {
				found |= suspectSpacePunct
			}
		case classCR:
			found |= suspectCR
		case classClosePunct:
			if i+1 < len(s) && isSpacedPunct(c) {
				if n := byteClass[s[i+1]]; isOtherClass(n) && !isDigitByte(s[i+1]) || n == classHigh && mayNeedSpaceBefore(s, i+1) {
					found |= suspectPunctGlued
				}
			}
		case classASCIIQuote:
			found |= quoteSuspects(s, i, 1, '"', lineQuotes)
		case classUpper:
			if words.start < 0 && want&suspectLexicon != 0 {
				words.start = i
			}
			if i > 0 && capitalAfterLetter(s, i, 1) {
				found |= suspectCase
			}
		case classSymbol:
			if isDigitByte(c) && (prev == classOther || prev == classUpper || prev == classHigh && hiEnd == i && hiScript != scriptNone) {
				found |= suspectNumber
			}
		case classControl:
			found |= suspectControl
		case classAmp:
			found |= suspectEntity
		case classHigh:
			r, n := utf8.DecodeRuneInString(s[i:])
			info := invalidInfo
			if r != utf8.RuneError || n != 1 {
				info = runeInfoOf(r)
			}
			found |= info.wakes
			if info.flags&infoQuote != 0 {
				found |= quoteSuspects(s, i, n, r, lineQuotes)
				lineQuotes |= quoteSeen(r)
			}
			end := i + n
			if info.flags&infoCaselessMark != 0 && end < len(s) && !isSpaceByte(s[end]) {
				found |= suspectPunctGlued
			}
			// Mojibake: every sequence the badness test finds bad has two
			// adjacent non-ASCII characters that are not a plain pair, or
			// one of the cases below (see TestMojibakePairGate).
			plain := info.flags&infoPlain != 0
			if hiEnd == i && !plainPair(hiMoji, info.flags) {
				found |= suspectMojibake
			}
			if info.flags&infoMojiNext != 0 && end < len(s) && mojiNextSuspect(r, s[end]) {
				found |= suspectMojibake
			}
			// Scripts, as fixScriptJoins follows them.
			sc := scriptNone
			if hiEnd == i {
				sc = hiScript
			} else if i > 0 && isASCIILetter(s[i-1]) {
				sc = scriptLatin
			}
			if info.flags&infoMark == 0 {
				if info.script != scriptNone && sc != scriptNone && info.script != sc {
					found |= suspectScript
					words.mixed = true
				}
				sc = info.script
			}
			if end < len(s) && isASCIILetter(s[end]) && sc != scriptLatin && sc != scriptNone {
				found |= suspectScript
				words.mixed = true
			}
			if info.cased == caseUpper && i > 0 && capitalAfterLetter(s, i, n) {
				found |= suspectCase
			}
			if info.flags&infoDigit != 0 && i > 0 && letterBefore(s, i) {
				found |= suspectNumber
			}
			// Words, for lexicon-joins: letters and marks go on, any other
			// character ends the word.
			switch {
			case info.script != scriptNone || info.flags&infoMark != 0:
				// Marks go on a word but do not start one: lexicon-joins
				// reads the word from its first letter.
				if words.start < 0 && info.flags&infoMark == 0 && want&suspectLexicon != 0 {
					words.start = i
				}
			default:
				words.end(s, i, &found)
			}
			if plain && sc != scriptNone && info.flags&infoMark == 0 {
				end = plainRunEnd(s, end, hi, sc)
			}
			hiEnd, hiScript, hiMoji = end, sc, info.flags
			i = end - 1
		}
		prev = cls
	}
	words.end(s, hi, &found)
	return found
}

// plainGapEnd returns where the word after a lowercase word ending at
// s[i] starts, when what lies between wakes nothing: a single blank,
// perhaps after closing punctuation ("und, Die"), before an ASCII letter
// (a capital after a blank is no case suspect, and a mark before a blank
// no spacing one). Else it returns -1. The word starts before hi.
func plainGapEnd(s string, i, hi int) int {
	if i+2 >= hi {
		return -1 // at the end: the loop reads it
	}
	if s[i] != ' ' {
		if byteClass[s[i]] != classClosePunct || s[i+1] != ' ' {
			return -1
		}
		i++
	}
	if cls := byteClass[s[i+1]]; cls != classOther && cls != classUpper {
		return -1
	}
	return i + 1
}

// lowerRunEnd8 returns where the ASCII lowercase letters from s[i:] end,
// testing eight bytes at a time: the bulk of Latin-script text.
func lowerRunEnd8(s string, i int) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// With the top bits cleared no byte carries: y+0x1F sets the top
		// bit of a byte from 'a' up, y+0x05 of one above 'z'.
		y := x &^ high
		lower := (y + 0x1F*ones) &^ (y + 0x05*ones) &^ x & high
		if lower != high {
			return i + bits.TrailingZeros64(^lower&high)/8
		}
	}
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	return i
}

// lexiconWords follows the words of a scan for lexicon-joins: letters and
// marks of any script, as far as the rule's own words (one script each)
// may reach. Without places the first suspect word is enough; with
// places every word the rule may act on is listed: a suspect one, and one
// that changes script (the rule reads each script's part alone).
type lexiconWords struct {
	start  int  // where the word being read starts, -1 between words
	mixed  bool // the word (or the mark before it) changes script
	places *[]lexiconPlace
	// settled, with a lone Dictionary, tells the words it settles; the
	// others are suspect (see settledWordsOf).
	settled func(string) bool
}

// A lexiconPlace is a word s[start:end] that lexicon-joins must read.
type lexiconPlace struct{ start, end int }

// end ends the word being read at i, if any.
func (w *lexiconWords) end(s string, i int, found *suspect) {
	if w.start >= 0 {
		w.endWord(s, i, found)
	}
}

// short reports a word being read that ends at i too short to cut, the
// most common one, and forgets it: the scan then needs no call.
func (w *lexiconWords) short(i int) bool {
	if i-w.start < 4 && !w.mixed {
		w.start = -1
		return true
	}
	return false
}

func (w *lexiconWords) endWord(s string, i int, found *suspect) {
	switch {
	case i-w.start < 4 && !w.mixed:
		// Too short to cut.
	case w.places == nil:
		if *found&suspectLexicon == 0 && w.suspect(s[w.start:i]) {
			*found |= suspectLexicon
		}
	case w.suspect(s[w.start:i]):
		*found |= suspectLexicon
		*w.places = append(*w.places, lexiconPlace{w.start, i})
	case w.mixed:
		*w.places = append(*w.places, lexiconPlace{w.start, i})
	}
	w.start, w.mixed = -1, false
}

// suspect reports a word lexicon-joins may cut: a glued pair or a
// function word's tail, or, with a lone Dictionary, a word it does not
// settle.
func (w *lexiconWords) suspect(word string) bool {
	return lexiconSuspect(word) || w.settled != nil && !w.settled(word)
}

// plainRunEnd returns where the run of plain letters of script sc at
// s[i:] ends, after a plain letter of sc: lowercase or caseless letters
// that wake nothing, with a non-ASCII character after each, before hi.
// Each would leave every suspect and the scan's state as the letter before
// it did, so the scan passes them at the cost of a decode and a load: the
// bulk of Cyrillic, Greek, Arabic and CJK text. The last letter of a run
// is read in full (an ASCII letter after it may change script).
func plainRunEnd(s string, i, hi int, sc script) int {
	for i < hi && s[i] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(s[i:])
		if i+n >= hi || s[i+n] < utf8.RuneSelf || r == utf8.RuneError {
			break
		}
		if info := runeInfoOf(r); info.wakes != 0 || info.flags != infoPlain || info.script != sc || info.cased == caseUpper {
			break
		}
		i += n
	}
	return i
}

// lexiconSuspect reports a word that lexicon-joins may cut without a
// Lexicon: one whose end may be a function word after a word ending
// (Berichterstattung|der), or a glued pair (und|der).
func lexiconSuspect(w string) bool {
	return len(w) >= 7 && certainTailEdges.has(lastTwoBytes(w)) && mayEndInCertainTail(w) ||
		len(w) >= 4 && len(w) <= maxGluedPair && mayBeGluedPair(w)
}

// certainTailEdges holds the last two bytes of every tail of
// anyCertainTail: mayEndInCertainTail finds a word's end in that map, so
// a word whose last two bytes are not here does not end in a tail. Most
// words are answered by this one load (TestCertainTailEdges).
var certainTailEdges = func() bitSet {
	b := make(bitSet, 1<<16/64)
	for t := range anyCertainTail {
		if len(t) >= 2 {
			b.add(lastTwoBytes(t))
		}
	}
	return b
}()

func lastTwoBytes(w string) int { return int(w[len(w)-2])<<8 | int(w[len(w)-1]) }

// capitalAfterLetter reports the places where fixCaseJoins looks at the
// capital s[i:i+n]: after a lowercase letter (seit|Chat), or after a
// capital and before a lowercase letter (KI|Vergleich).
func capitalAfterLetter(s string, i, n int) bool {
	var before letterCase
	if b := s[i-1]; b < utf8.RuneSelf {
		switch {
		case b >= 'a' && b <= 'z':
			before = caseLower
		case b >= 'A' && b <= 'Z':
			before = caseUpper
		default:
			return false
		}
	} else {
		before = caseBefore(s, i)
	}
	if before == caseLower {
		return true
	}
	if before != caseUpper || i+n >= len(s) {
		return false
	}
	if b := s[i+n]; b < utf8.RuneSelf {
		return b >= 'a' && b <= 'z'
	}
	return caseAt(s, i+n) == caseLower
}

// letterBefore reports a letter or mark right before byte i.
func letterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || isMark(r)
}

// mojiNextSuspect reports the two mojibake sequences of one non-ASCII
// character and an ASCII one: "Ã " or "Â " (a lost no-break space), and
// the ligature Œ or œ before something other than a letter.
func mojiNextSuspect(r rune, next byte) bool {
	switch r {
	case 'Â', 'Ã':
		return next == ' '
	case 'Œ', 'œ':
		return next < utf8.RuneSelf && !isASCIILetter(next)
	}
	return false
}

// A runeInfo is what findSuspects needs to know about a non-ASCII
// character.
type runeInfo struct {
	wakes  suspect // suspects the character is by itself
	script script
	cased  letterCase
	flags  uint16
}

const (
	infoMark         uint16 = 1 << iota // a combining mark
	infoQuote                           // a quotation mark, or ¿ ¡
	infoPlain                           // no mojibake sequence ends or starts at it next to another plain one
	infoMojiNext                        // Â Ã Œ œ: see mojiNextSuspect
	infoDigit                           // a decimal digit of another script
	infoCaselessMark                    // ، ؟ । …: see isCaselessSentenceMark
	infoLowerAccent                     // an accented small Latin letter of the badness test (é ö ß ç ı), not œ
	infoGuillemet                       // « »
	infoNoBreak                         // a no-break or thin space: French spacing inside « » and before : ; ! ?
	infoNoClass                         // of no class of the badness test (CJK, U+202F, most symbols)
)

// plainPair reports two adjacent non-ASCII characters, by their flags,
// that end and start no mojibake sequence of the badness test: two plain
// letters, two accented small letters (begrüßt, ligação, açılacak), a
// guillemet and a no-break space («\u00a0Bien\u00a0»), or a character of no
// class of the test next to another (only Œ and œ, of infoMojiNext, make
// mojibake before one).
func plainPair(before, after uint16) bool {
	return before&after&(infoPlain|infoLowerAccent) != 0 ||
		before&infoGuillemet != 0 && after&infoNoBreak != 0 || before&infoNoBreak != 0 && after&infoGuillemet != 0 ||
		before&infoNoClass != 0 || after&infoNoClass != 0 && before&infoMojiNext == 0
}

// invalidInfo is a byte that is not UTF-8: the badness test reads it as
// U+FFFD, and the repairs of invalid bytes look at it.
var invalidInfo = runeInfo{wakes: suspectInvalid | suspectNotNFC}

// runeInfoBlocks holds the runeInfo of the BMP in blocks of 64
// characters, each computed the first time a character of it is met:
// the prescan then pays one load per non-ASCII character, and a text pays
// only for the blocks its scripts use (512 bytes each).
var runeInfoBlocks [0x10000 / runeInfoBlock]atomic.Pointer[[runeInfoBlock]runeInfo]

const runeInfoBlock = 64

// runeInfoOf is small enough to inline: one load for a block already built.
func runeInfoOf(r rune) runeInfo {
	if uint32(r) < 0x10000 {
		if b := runeInfoBlocks[uint32(r)/runeInfoBlock].Load(); b != nil {
			return b[uint32(r)%runeInfoBlock]
		}
	}
	return runeInfoSlow(r)
}

// runeInfoSlow builds the block of r, or computes the info of a
// character outside the BMP.
func runeInfoSlow(r rune) runeInfo {
	if r >= 0x10000 {
		info := computeRuneInfo(r)
		if !nfcStableRune(r) {
			info.wakes |= suspectNotNFC
		}
		return info
	}
	b := runeInfoBlocks[r/runeInfoBlock].Load()
	if b == nil {
		b = makeRuneInfoBlock(r / runeInfoBlock * runeInfoBlock)
		// Two goroutines may build the same block; both are equal.
		runeInfoBlocks[r/runeInfoBlock].Store(b)
	}
	return b[r%runeInfoBlock]
}

// makeRuneInfoBlock computes the infos of the block starting at lo, with
// NFC stability asked of norm itself.
func makeRuneInfoBlock(lo rune) *[runeInfoBlock]runeInfo {
	var t [runeInfoBlock]runeInfo
	var buf [utf8.UTFMax]byte
	for k := range t {
		r := lo + rune(k)
		info := computeRuneInfo(r)
		if !utf8.ValidRune(r) || !nfcStable(buf[:utf8.EncodeRune(buf[:], r)]) {
			info.wakes |= suspectNotNFC
		}
		t[k] = info
	}
	return &t
}

// computeRuneInfo classifies r with the rules' own predicates, except for
// NFC, which makeRuneInfoBlock and runeInfoOf add.
func computeRuneInfo(r rune) runeInfo {
	var info runeInfo
	if r >= 0x80 && r <= 0x9F {
		info.wakes |= suspectControl | suspectMojibake // C1: controls, or Windows-1252 read as Latin-1
	}
	if isRemovableControl(r) {
		info.wakes |= suspectControl
	}
	info.wakes |= specialSuspects(r)
	if _, ok := ligatures[r]; ok {
		info.wakes |= suspectLigature
	}
	if r >= 0xFF00 && r <= 0xFFEF {
		info.wakes |= suspectFullWidth
	}
	if isQuoteMark(r) || r == '¿' || r == '¡' {
		info.flags |= infoQuote // ¿ and ¡ open like quotation marks
	}
	// Greek and Cyrillic letters make mojibake only next to signs and
	// accented letters; Ђ after в is Windows-1251 mojibake of U+20xx.
	if mojiClass(r)&^(mcUpperCom|mcLowerCom) == 0 && r != 'Ђ' {
		info.flags |= infoPlain
	}
	// œ is not one: only a letter may follow the ligature (badAt).
	if c := mojiClass(r); c != 0 && c&^(mcLowerAcc|mcKaomoji) == 0 && unicode.IsLower(r) && r != 'œ' {
		info.flags |= infoLowerAccent
	}
	if mojiClass(r) == 0 {
		info.flags |= infoNoClass
	}
	switch r {
	case '«', '»':
		info.flags |= infoGuillemet
	case '\u00A0', '\u202F', '\u2009':
		info.flags |= infoNoBreak
	}
	switch r {
	case 'Â', 'Ã', 'Œ', 'œ':
		info.flags |= infoMojiNext
	}
	if unicode.IsDigit(r) {
		info.flags |= infoDigit
	}
	if isCaselessSentenceMark(r) {
		info.flags |= infoCaselessMark
	}
	info.cased = computeCaseOfRune(r) // a mark's too: caseOfRune reads it
	if computeIsMark(r) {
		info.flags |= infoMark
	} else {
		info.script = computeScriptOf(r)
	}
	return info
}

// nfcStable reports whether the character b is NFC (quick check Yes), of
// combining class 0 and does not compose with a character before it: text
// made only of such characters and ASCII is NFC.
func nfcStable(b []byte) bool {
	p := norm.NFC.Properties(b)
	return p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(b)
}

// nfcStableRune is nfcStable for the blocks of whole scripts outside the
// tables: Han, Hangul syllables and kana (not their voicing marks), CJK
// punctuation and emoji. Anything else counts as unstable, which only
// means that the nfc rule looks.
func nfcStableRune(r rune) bool {
	switch {
	case r >= 0x3000 && r <= 0x3029, r >= 0x3041 && r <= 0x3096, r >= 0x30A1 && r <= 0x30FF,
		r >= 0x4E00 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7A3, r >= 0xFF01 && r <= 0xFF9D,
		r >= 0x1F300 && r <= 0x1FAFF:
		return true
	}
	return false
}

// isSpacedPunct reports the marks that space-after-punct gives a space
// after.
func isSpacedPunct(c byte) bool {
	switch c {
	case '.', '!', '?', ',', ';', ':':
		return true
	}
	return false
}

// mayNeedSpaceBefore reports whether the non-ASCII character at s[j],
// right after punctuation, may be one that space-after-punct puts a
// space before: not a space, and of the quotation marks only one that
// quoteState.role may read as an opener there (“ and ‘ close before a
// blank or punctuation, ” and ’ never open after punctuation).
func mayNeedSpaceBefore(s string, j int) bool {
	r, n := utf8.DecodeRuneInString(s[j:])
	switch {
	case r == utf8.RuneError || isSpaceRune(r) || r == rightDouble || r == rightSingle:
		return false
	case r == leftDouble || r == leftSingle:
		next, _ := runeAt(s, j+n)
		return !flanksClose(rune(s[j-1]), next)
	}
	return true
}

// quoteSuspects reports the quotation mark r at s[i:i+n] (or ¿ ¡) as a
// suspect of space-before-punct when a blank after it may follow an
// opener or a blank before it may precede a closer, as quoteState.role
// reads its flanks and the marks seen before it on its line; and as one
// of duplicate-punct when it stands between the same sentence punctuation
// twice (.“ .“).
func quoteSuspects(s string, i, n int, r rune, seen uint8) suspect {
	var found suspect
	j := i + n
	if j < len(s) && isBlank(s[j]) && mayOpen(s, i, r) {
		found |= suspectQuoteSpace
	}
	if i > 0 && isBlank(s[i-1]) && mayCloseAfterBlank(s, j, r, seen) {
		found |= suspectQuoteSpace
	}
	if r != '"' && i > 0 && (s[i-1] == '.' || s[i-1] == '!' || s[i-1] == '?') {
		k := j
		for k < len(s) && isBlank(s[k]) {
			k++
		}
		if k < len(s) && s[k] == s[i-1] {
			found |= suspectDupPunct
		}
	}
	return found
}

// mayOpen reports whether the mark r at s[i] may open when a blank
// follows it: “ ‘ and " then close after text (flanksClose), ” and ’
// never open before a blank.
func mayOpen(s string, i int, r rune) bool {
	switch r {
	case leftDouble, leftSingle, '"':
		prev, _ := runeBefore(s, i)
		return !flanksClose(prev, ' ')
	case rightDouble, rightSingle:
		return false
	}
	return true
}

// mayCloseAfterBlank reports whether the mark r ending at s[j] may close
// after a blank, given the openers seen before it on its line: „ and ‚
// only open, “ closes only a „, ‘ only a ‚, ’ only ‘ or ‚, and ” and "
// open before text (” when nothing is open).
func mayCloseAfterBlank(s string, j int, r rune, seen uint8) bool {
	switch r {
	case lowDouble, lowSingle:
		return false
	case leftDouble:
		return seen&seenLowDouble != 0
	case leftSingle:
		return seen&seenLowSingle != 0
	case rightSingle:
		return seen&(seenLowSingle|seenLeftSingle) != 0
	case rightDouble:
		next, _ := runeAt(s, j)
		return !flanksOpen(' ', next) || seen&(seenLowDouble|seenLeftDouble) != 0
	case '"':
		next, _ := runeAt(s, j)
		return !flanksOpen(' ', next)
	}
	return true
}

// The opening marks that quoteSuspects must know were seen on a line.
const (
	seenLowDouble uint8 = 1 << iota
	seenLowSingle
	seenLeftDouble
	seenLeftSingle
	allQuotesSeen = seenLowDouble | seenLowSingle | seenLeftDouble | seenLeftSingle
)

func quoteSeen(r rune) uint8 {
	switch r {
	case lowDouble:
		return seenLowDouble
	case lowSingle:
		return seenLowSingle
	case leftDouble:
		return seenLeftDouble
	case leftSingle:
		return seenLeftSingle
	}
	return 0
}

// specialSuspects returns the suspect r is for the rules that remove or
// replace special characters: exactly those that each acts on.
func specialSuspects(r rune) suspect {
	switch {
	case isUnicodeSpace(r):
		return suspectUnicodeSpace
	case isInvisibleChar(r):
		return suspectInvisible
	case r == '\u0085' || r == '\u2028' || r == '\u2029':
		return suspectLineSep
	}
	return 0
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// windowAround returns a window of s around bytes start..end that
// findSuspectsIn can read: from after the blank or line break before it to
// the one after it, with some margin, or ok false when none is near.
func windowAround(s string, start, end int) (lo, hi int, ok bool) {
	const margin, reach = 16, 256
	lo, hi = max(0, start-margin), min(len(s), end+margin)
	for k := 0; lo > 0 && !isSpaceByte(s[lo-1]); k++ {
		if k == reach {
			return 0, 0, false
		}
		lo--
	}
	for k := 0; hi < len(s) && !isSpaceByte(s[hi]); k++ {
		if k == reach {
			return 0, 0, false
		}
		hi++
	}
	return lo, hi, true
}

// changeWindow is the window a rescan reads around a change that put
// bytes start..end of s in place of old: windowAround's, or the change's
// whole line when a quotation mark was put, taken or stands in that
// window. A mark's role is decided from the marks before it on its line
// (quoteState), so a ‚ a repair brings makes the ’ at the line's end a
// closer, with a stray space before it to remove. ok is false when the
// line is longer than maxLineWindow: then a whole rescan is cheaper.
func changeWindow(s string, start, end int, old string) (lo, hi int, ok bool) {
	lo, hi, ok = windowAround(s, start, end)
	if !ok || !hasQuoteMark(old) && !hasQuoteMark(s[lo:hi]) {
		return lo, hi, ok
	}
	// From the start of the line the change begins on to the end of the
	// line after it: a change that puts a line break (\r made \n) starts
	// the next line, whose marks change their roles.
	wlo, whi := lo, hi
	lo, _ = lineAround(s, start)
	_, hi = lineAround(s, end)
	lo, hi = min(lo, wlo), max(hi, whi)
	return lo, hi, hi-lo <= maxLineWindow
}

// maxLineWindow bounds, in bytes, the line changeWindow reads.
const maxLineWindow = 4096

// hasQuoteMark reports whether s holds a mark isQuoteMark names. All but
// the straight " are U+00AB, U+00BB or in U+2018–U+203A.
func hasQuoteMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			return true
		case c == 0xC2 || c == 0xE2:
			if r, _ := utf8.DecodeRuneInString(s[i:]); isQuoteMark(r) {
				return true
			}
		}
	}
	return false
}

// mojibakeSuspectIn is the mojibake part of findSuspectsIn for the bytes lo
// to hi of s: whether a sequence there may be one the badness test finds
// bad. fixMojibake asks it line by line, since it reads only the
// non-ASCII characters and is much cheaper than the test itself.
func mojibakeSuspectIn(s string, lo, hi int) bool {
	hiEnd, hiMoji := -1, infoPlain
	for i := lo; i < hi; {
		if s[i] < utf8.RuneSelf {
			k := firstNonASCII(s[i:hi])
			if k < 0 {
				return false
			}
			i += k
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		info := invalidInfo
		if r != utf8.RuneError || n != 1 {
			info = runeInfoOf(r)
		}
		end := i + n
		if info.wakes&suspectMojibake != 0 || hiEnd == i && !plainPair(hiMoji, info.flags) ||
			info.flags&infoMojiNext != 0 && end < len(s) && mojiNextSuspect(r, s[end]) {
			return true
		}
		hiEnd, hiMoji = end, info.flags
		i = end
	}
	return false
}
