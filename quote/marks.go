package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// convention is the way a text uses the marks whose role differs between
// languages: German closes with “ and ‘, which English uses to open.
type convention uint8

const (
	convAuto    convention = iota // guess per text
	convGerman                    // „…“ ‚…‘: “ and ‘ only close
	convEnglish                   // “…” ‘…’, also Polish „…”, Swedish ”…”, CJK
)

// germanStyle lists the languages that close „ with “ (CLDR quotation
// delimiters). Add a base code here when a language joins that convention.
var germanStyle = map[string]bool{
	"de": true, "cs": true, "sk": true, "sl": true, "lt": true,
	"et": true, "is": true, "bg": true, "ka": true, "lb": true,
}

func conventionFor(lang string) convention {
	if germanStyle[lang] {
		return convGerman
	}
	return convEnglish
}

// guessConvention reads the marks of a text: when it uses „ and closes
// with “ at least as often as with ”, it follows the German convention.
// Counting stops after a fixed prefix so that the guess stays cheap.
func guessConvention(text string) convention {
	low, left, right := 0, 0, 0
	s := text
	if len(s) > 1<<16 {
		s = s[:1<<16]
	}
	for i := 0; i < len(s); i++ {
		if s[i] != 0xE2 || i+2 >= len(s) || s[i+1] != 0x80 {
			continue
		}
		switch s[i+2] {
		case 0x9E: // „
			low++
		case 0x9C: // “
			left++
		case 0x9D: // ”
			right++
		}
	}
	if low > 0 && left >= right {
		return convGerman
	}
	return convEnglish
}

// Quotation marks, named after their Unicode names.
const (
	dqLow    = '„' // U+201E
	dqLeft   = '“' // U+201C
	dqRight  = '”' // U+201D
	sqLow    = '‚' // U+201A
	sqLeft   = '‘' // U+2018
	sqRight  = '’' // U+2019
	guilL    = '«' // U+00AB
	guilR    = '»' // U+00BB
	sguilL   = '‹' // U+2039
	sguilR   = '›' // U+203A
	cornerL  = '「'
	cornerR  = '」'
	wcornerL = '『'
	wcornerR = '』'
	vcornerL = '﹁'
	vcornerR = '﹂'
	vwcorL   = '﹃'
	vwcorR   = '﹄'
)

// isMark reports whether r is one of the quotation marks the scanner knows.
func isMark(r rune) bool {
	switch r {
	case '"', '\'', dqLow, dqLeft, dqRight, sqLow, sqLeft, sqRight,
		guilL, guilR, sguilL, sguilR, cornerL, cornerR, wcornerL, wcornerR,
		vcornerL, vcornerR, vwcorL, vwcorR:
		return true
	}
	return false
}

// closes reports whether c may close a quote opened by o. Beyond the
// typographic pairs it accepts the mixes found in scraped text: „…" and
// “…" closed by a straight mark, “…“ typed with one key.
func closes(o, c rune) bool {
	switch o {
	case dqLow:
		return c == dqLeft || c == dqRight || c == '"'
	case dqLeft:
		return c == dqRight || c == '"' || c == dqLeft
	case dqRight:
		return c == dqRight
	case '"':
		return c == '"' || c == dqRight
	case sqLow:
		return c == sqLeft || c == sqRight || c == '\''
	case sqLeft:
		return c == sqRight || c == '\''
	case '\'':
		return c == '\'' || c == sqRight
	case guilR:
		return c == guilL || c == guilR
	case guilL:
		return c == guilR
	case sguilR:
		return c == sguilL || c == sguilR
	case sguilL:
		return c == sguilR
	case cornerL:
		return c == cornerR
	case wcornerL:
		return c == wcornerR
	case vcornerL:
		return c == vcornerR
	case vwcorL:
		return c == vwcorR
	}
	return false
}

// opening is how freely a mark may open a quote.
type opening uint8

const (
	never    opening = iota // a closer only (”, ’, 」, “ in German)
	always                  // an opener only („, ‚, 「)
	flanking                // opens when the context says so (", ', «, », “ in English)
	leftOnly                // opens only in a clear opening context (‘, ”)
)

func openingOf(r rune, conv convention) opening {
	switch r {
	case dqLow, cornerL, wcornerL, vcornerL, vwcorL:
		return always
	case sqLow:
		return flanking
	case dqLeft:
		if conv == convGerman {
			return never
		}
		return flanking
	case sqLeft:
		if conv == convGerman {
			return never
		}
		return leftOnly
	case dqRight:
		return leftOnly // Swedish and Finnish ”…”
	case '"', guilL, guilR, sguilL, sguilR:
		return flanking
	case '\'':
		return leftOnly
	}
	return never
}

// discardUnclosed reports marks whose unclosed quotes are more likely
// apostrophes or stray signs than quotations: they are dropped at the
// paragraph end instead of being reported with Closed=false.
func discardUnclosed(r rune) bool {
	return r == '\'' || r == sqLeft || r == sqRight || r == dqRight
}

// class sorts the neighbours of a mark for the flanking rules.
type class uint8

const (
	clSpace  class = iota // start, end, white space
	clOpen                // ( [ { dashes, slash: what may precede an opening mark
	clClose               // . , ; : ! ? ) ] } …: what may follow a closing mark
	clLetter              // letters and digits of alphabetic scripts
	clCJK                 // Han, kana, hangul, CJK punctuation: no spaces around marks
	clOther
)

func classOf(r rune) class {
	if r >= 0 && r < 0x80 {
		return asciiClass[r]
	}
	if r >= 0 && r < latinEnd {
		return latinClass[r-0x80] // the letters of European languages, as a table
	}
	return classOfRune(r)
}

// latinEnd ends the Latin-1 Supplement and Latin Extended blocks, whose
// classes latinClass holds.
const latinEnd = 0x250

var latinClass = func() (t [latinEnd - 0x80]class) {
	for i := range t {
		t[i] = classOfRune(rune(i + 0x80))
	}
	return t
}()

// classOfRune is classOf without the tables.
func classOfRune(r rune) class {
	if r >= 0 && r < 0x80 {
		return asciiClass[r]
	}
	if r >= 0x2000 && r <= 0x206F {
		// General Punctuation, where the quotation marks live: no letters.
		switch {
		case r <= 0x200A || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F:
			return clSpace
		case r >= 0x2010 && r <= 0x2015:
			return clOpen
		case r == '…' || r == '‼' || r == '⁇' || r == '⁈' || r == '⁉':
			return clClose
		}
		return clOther
	}
	switch {
	case r < 0 || unicode.IsSpace(r):
		return clSpace
	case r == '–' || r == '—' || r == '¡' || r == '¿':
		return clOpen
	case r == '…' || r == '。' || r == '，' || r == '、' || r == '！' || r == '？' || r == '：' || r == '；':
		return clClose
	case r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)):
		return clLetter
	case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r):
		return clCJK
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		return clLetter
	case unicode.Is(unicode.Ps, r) || unicode.Is(unicode.Pd, r):
		return clOpen
	case unicode.Is(unicode.Pe, r) || unicode.Is(unicode.Po, r):
		return clClose
	}
	return clOther
}

// asciiClass is classOf for ASCII, as a table: most text is ASCII.
var asciiClass = func() (t [128]class) {
	for r := range t {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
			t[r] = clLetter
		case r == ' ' || r >= '\t' && r <= '\r':
			t[r] = clSpace
		case strings.ContainsRune("([{/-", rune(r)):
			t[r] = clOpen
		case strings.ContainsRune(".,;:!?)]}", rune(r)):
			t[r] = clClose
		default:
			t[r] = clOther
		}
	}
	return t
}()

// context describes the two sides of a mark: whether it stands where an
// opening mark stands (space before, text after) and where a closing mark
// stands (text before, space or punctuation after).
type context struct {
	prev, next   rune
	opens, close bool
}

func contextAt(text string, i, size int) context {
	var c context
	c.prev, c.next = -1, -1
	if i > 0 {
		c.prev, _ = utf8.DecodeLastRuneInString(text[:i])
	}
	if i+size < len(text) {
		c.next, _ = utf8.DecodeRuneInString(text[i+size:])
	}
	p, n := classOf(c.prev), classOf(c.next)
	pm, nm := isMark(c.prev), isMark(c.next)
	// A mark beside another mark takes the side of its neighbour:
	// in „‚ both open, in ‘“ both close.
	c.opens = (p == clSpace || p == clOpen || pm) && n != clSpace
	c.close = p != clSpace && p != clOpen && (n == clSpace || n == clClose || nm)
	if nm && !pm && p == clSpace {
		c.close = false
	}
	return c
}

// apostrophe reports whether a single mark is an apostrophe: between two
// letters (don't, geht’s) or an elision at the start of a word ('tis, ’90s).
func apostrophe(text string, i, size int, c context) bool {
	if classOf(c.prev) == clLetter && classOf(c.next) == clLetter {
		return true
	}
	if !c.opens {
		return false
	}
	rest := text[i+size:]
	if c.next >= '0' && c.next <= '9' && len(rest) >= 3 && rest[2] == 's' {
		return true // '90s
	}
	j := 0
	for j < len(rest) && j < 8 && (rest[j]|0x20 >= 'a' && rest[j]|0x20 <= 'z') {
		j++
	}
	if j < len(rest) && (rest[j]|0x20 >= 'a' && rest[j]|0x20 <= 'z') {
		return false
	}
	return elisions[strings.ToLower(rest[:j])]
}

// elisions are English words written with a leading apostrophe.
var elisions = map[string]bool{
	"tis": true, "twas": true, "em": true, "cause": true, "n": true,
	"til": true, "till": true, "bout": true, "round": true, "s": true,
}
