package cleanup

import (
	"strings"
	"unicode/utf8"
)

// fixControlChars removes characters that have no place in text: C0
// controls other than tab and the line ends, DEL, C1 controls that the
// mojibake rule did not read as Windows-1252, terminal escape sequences
// (colors and cursor moves from logs: "\x1b[31mFehler\x1b[0m"), the
// deprecated Arabic format controls, interlinear annotation marks,
// musical formatting controls and tag characters outside emoji flag
// sequences. Form feed and vertical tab end a line, and become "\n". NEL
// (U+0085) becomes "…" or is left to line-breaks (see below), and
// U+FFFD stays: it marks text that was already lost, and no rule guesses
// what it was.
func fixControlChars(_ *pass, s string, out *changes) {
	// A NEL (U+0085) ends a line only in text that has no other line end
	// (from EBCDIC) and before the next line's text; elsewhere it is the
	// Windows-1252 ellipsis 0x85 read as Latin-1: "fini\u0085 oui".
	nelLines := -1 // whether s may end lines with NEL, once asked
	for i := 0; i < len(s); {
		if i+8 <= len(s) && !mayHoldControl(s[i:i+8]) {
			i += 8
			continue
		}
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7F:
			i++
		case c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '\f' || c == '\v':
			out.replace(i, i+1, "\n")
			i++
		case c == 0x1B:
			n := escapeLen(s[i:])
			out.remove(i, i+n)
			i += n
		case c < 0x80:
			out.remove(i, i+1) // other C0 controls and DEL
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == 0x85:
				if nelLines < 0 {
					nelLines = boolInt(strings.IndexAny(s, "\n\r") < 0)
				}
				if next, _ := runeAt(s, i+n); nelLines == 0 || !isLetterOrDigit(next) {
					out.replace(i, i+n, "…") // Windows-1252's 0x85 read as Latin-1
				}
			case isRemovableControl(r) && !(isTag(r) && tagKept(s, i)):
				out.remove(i, i+n)
			}
			i += n
		}
	}
}

// mayHoldControl reports whether the eight bytes of w may hold a control
// character: a byte below 0x20, DEL or a non-ASCII byte.
func mayHoldControl(w string) bool {
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (x - 0x20*ones) &^ x & highs // a byte < 0x20 (may also flag bytes after one)
	del := (x + ones) & highs             // 0x7F or a non-ASCII byte
	return (below | del | x&highs) != 0
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isRemovableControl(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9F:
		return r != 0x85 // NEL is a line break for line-breaks
	case r >= 0x206A && r <= 0x206F, r >= 0xFFF9 && r <= 0xFFFB, r >= 0x1D173 && r <= 0x1D17A:
		return true
	}
	return isTag(r)
}

func isTag(r rune) bool { return r >= 0xE0000 && r <= 0xE007F }

// tagKept reports whether the tag character at byte i belongs to an emoji
// tag sequence (the flags of England, Scotland, Wales: 🏴 and tags).
func tagKept(s string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if r == 0x1F3F4 {
			return true
		}
		if !isTag(r) {
			return false
		}
		i -= n
	}
	return false
}

// maxEscape bounds an escape sequence: a string command (OSC, DCS) that
// never ends stops here, so one ESC cannot eat the text after it.
const maxEscape = 256

// escapeLen returns the length of the escape sequence at the start of s
// (s[0] is ESC), following ECMA-48: CSI "ESC [" parameters, intermediates
// and a final byte; string commands "ESC ] P X ^ _" up to BEL or "ESC \";
// "ESC" with intermediates and a final byte; or ESC and one byte.
func escapeLen(s string) int {
	if len(s) < 2 {
		return 1
	}
	switch c := s[1]; {
	case c == '[':
		return csiLen(s)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		return stringCommandLen(s)
	case c >= 0x20 && c <= 0x2F:
		i := 2
		for i < len(s) && i < maxEscape && s[i] >= 0x20 && s[i] <= 0x2F {
			i++
		}
		if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7E {
			return i + 1
		}
		return 1
	case c >= 0x30 && c <= 0x7E:
		if isASCIILetter(c) && len(s) > 2 && s[2] >= 'a' && s[2] <= 'z' {
			return 1 // "\x1bWelt": a stray ESC before a word, not ESC W
		}
		return 2
	}
	return 1
}

// csiLen returns the length of the control sequence "ESC [" at the start
// of s, or 1 when it is not complete and plausible: then only the ESC
// goes, and "\x1b[ ohne" keeps its text. Intermediate bytes need a
// parameter before them ("\x1b[2 q"), as terminals send them.
func csiLen(s string) int {
	i := 2
	for i < len(s) && i < maxEscape && s[i] >= 0x30 && s[i] <= 0x3F {
		i++
	}
	params := i > 2
	for i < len(s) && i < maxEscape && s[i] >= 0x20 && s[i] <= 0x2F {
		if !params {
			return 1
		}
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7E {
		return i + 1
	}
	return 1
}

// stringCommandLen returns the length of a string command (OSC "ESC ]",
// DCS "ESC P", …) at the start of s, up to its terminator BEL or "ESC \",
// or 1 when it has none before the line ends: an unterminated command
// must not swallow the text after it. An OSC starts with its number
// ("\x1b]0;title\x07").
func stringCommandLen(s string) int {
	if s[1] == ']' && (len(s) < 3 || !isDigitByte(s[2])) {
		return 1
	}
	for i := 2; i < len(s) && i < maxEscape; i++ {
		switch s[i] {
		case 0x07:
			return i + 1
		case 0x1B:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return 1
		case '\n':
			return 1
		}
	}
	return 1
}

// fixSurrogates repairs UTF-16 surrogates written one by one as three
// UTF-8 bytes each (CESU-8, as Java's modified UTF-8 and old MySQL
// tables write emoji): a high and a low surrogate become the character
// they encode; an unpaired one becomes a single U+FFFD instead of the
// three that invalid-utf8 would give. It runs before invalid-utf8, which
// would otherwise replace these bytes.
func fixSurrogates(_ *pass, s string, out *changes) {
	for i := 0; i+2 < len(s); i++ {
		k := strings.IndexByte(s[i:], 0xED)
		if k < 0 {
			return
		}
		if i += k; i+2 >= len(s) || s[i+1] < 0xA0 || s[i+1] > 0xBF {
			continue
		}
		if r, ok := cesuPair(s[i:]); ok {
			out.replace(i, i+6, string(r))
			i += 5
			continue
		}
		if s[i+2] >= 0x80 && s[i+2] <= 0xBF {
			out.replace(i, i+3, "\uFFFD")
			i += 2
		}
	}
}

// fixLegacyBytes decodes lines written in Windows-1252 (or Latin-1, its
// subset) inside UTF-8 text: "Gr\xfc\xdfe" → "Grüße". A line qualifies
// when it holds bytes that are not UTF-8 and no valid multi-byte UTF-8
// sequence at all: such a line was written in a single-byte code page,
// and Windows-1252 is the one the web uses for Western text. Reading it
// so keeps the letters that U+FFFD would lose; each decoded run is an
// Edit of this rule, so the guess is visible. Bytes that Windows-1252
// leaves undefined, and lines that mix UTF-8 with stray bytes (a cut
// sequence, binary junk), are left to invalid-utf8.
//
// In a line that mixes UTF-8 with stray bytes, a run of bytes 0x80–0x9F
// between Latin text is the punctuation of a Windows code page pasted
// into UTF-8 ("d\x92un" → "d’un", "\x85" → "…"): no UTF-8 sequence starts
// with those bytes, so they are not a cut character. Windows-1250 reads
// them for the Central European languages, Windows-1252 otherwise.
func fixLegacyBytes(p *pass, s string, out *changes) {
	i := firstNonASCII(s)
	if i < 0 || utf8.ValidString(s[i:]) {
		return
	}
	start := lastLineStart(s, i)
	for start < len(s) {
		end := lineEnd(s, start)
		if legacyLine(s[start:end]) {
			decodeLegacyRuns(s, start, end, out)
		} else {
			decodeStrayC1(p, s, start, end, out)
		}
		start = end + 1
	}
}

// centralEuropean reports the languages written in Windows-1250.
func centralEuropean(l langGuess) bool {
	switch l {
	case "pl", "cs", "sk", "hu", "sl", "hr", "ro":
		return true
	}
	return false
}

// decodeStrayC1 decodes the runs of stray bytes 0x80–0x9F of a mixed line
// (see fixLegacyBytes) whose neighbours are ASCII or Latin.
func decodeStrayC1(p *pass, s string, start, end int, out *changes) {
	var cp *codePage
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(s[i:end])
		if r != utf8.RuneError || n != 1 {
			i += n
			continue
		}
		j := i
		for j < end && s[j] >= 0x80 && s[j] <= 0x9F {
			j++
		}
		if j == i || !strayRunAt(s, i, j, end) {
			for i < end && s[i] >= utf8.RuneSelf {
				if r, n := utf8.DecodeRuneInString(s[i:end]); r != utf8.RuneError || n != 1 {
					break
				}
				i++ // the rest of this invalid run is invalid-utf8's
			}
			continue
		}
		if cp == nil {
			cp = strayCodePage(p, s[start:end])
		}
		if dec, ok := cp.decodeDefined(s[i:j]); ok {
			out.replace(i, j, dec)
		}
		i = j
	}
}

// strayCodePage picks the code page for the stray bytes of line: the
// language is the caller's, or guessed from the line itself. The pass's
// own guess must wait until the encoding repairs are done (see pass).
func strayCodePage(p *pass, line string) *codePage {
	lang := langGuess(p.c.lang)
	if lang == "" {
		counts := countFunctionWords(line)
		lang = counts.leading()
	}
	if centralEuropean(lang) {
		return codePages[4] // windows-1250
	}
	return windows1252
}

// strayRunAt reports whether the bytes s[i:j] form a whole invalid run,
// with ASCII, a Latin letter or a line end on both sides.
func strayRunAt(s string, i, j, end int) bool {
	if j < end {
		if r, n := utf8.DecodeRuneInString(s[j:end]); r == utf8.RuneError && n == 1 || r >= utf8.RuneSelf && scriptOf(r) != scriptLatin {
			return false
		}
	}
	if i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if r == utf8.RuneError && n == 1 || r >= utf8.RuneSelf && scriptOf(r) != scriptLatin {
			return false
		}
	}
	return true
}

// decodeDefined decodes b, failing on a byte the code page leaves
// undefined.
func (cp *codePage) decodeDefined(b string) (string, bool) {
	var buf [64]byte
	dec := buf[:0]
	for k := 0; k < len(b); k++ {
		r := cp.decode[b[k]]
		if r >= 0x80 && r < 0xA0 {
			return "", false
		}
		dec = utf8.AppendRune(dec, r)
	}
	return string(dec), true
}

func lastLineStart(s string, i int) int {
	for i > 0 && s[i-1] != '\n' {
		i--
	}
	return i
}

func lineEnd(s string, i int) int {
	for i < len(s) && s[i] != '\n' {
		i++
	}
	return i
}

// legacyLine reports whether line has invalid bytes and no multi-byte
// UTF-8 sequence.
func legacyLine(line string) bool {
	invalid := false
	for i := 0; i < len(line); {
		if line[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(line[i:])
		if r != utf8.RuneError || n != 1 {
			return false
		}
		invalid = true
		i++
	}
	return invalid
}

// utf16Mark reports a run of bytes above ASCII that starts s and is the
// two bytes of a UTF-16 byte-order mark, FF FE or FE FF: the trace of a
// file joined from another encoding. Read as Windows-1252 they would be
// "ÿþ", which no language writes.
func utf16Mark(s string) bool {
	return len(s) >= 2 && (s[:2] == "\xff\xfe" || s[:2] == "\xfe\xff") && (len(s) == 2 || s[2] < utf8.RuneSelf)
}

// decodeLegacyRuns reads the runs of bytes above ASCII in s[start:end], a
// line of ASCII and invalid bytes, as Windows-1252, except the bytes it
// does not define and a UTF-16 byte-order mark.
func decodeLegacyRuns(s string, start, end int, out *changes) {
	var buf [64]byte
	for i := start; i < end; {
		if s[i] < utf8.RuneSelf || windows1252.decode[s[i]] < 0xA0 && windows1252.decode[s[i]] >= 0x80 {
			i++
			continue
		}
		if utf16Mark(s[i:end]) {
			i += 2 // no text in any code page: invalid-utf8's
			continue
		}
		j := i
		b := buf[:0]
		for j < end && s[j] >= utf8.RuneSelf && len(b) < len(buf)-4 {
			r := windows1252.decode[s[j]]
			if r >= 0x80 && r < 0xA0 {
				break // undefined in Windows-1252
			}
			b = utf8.AppendRune(b, r)
			j++
		}
		out.replace(i, j, string(b))
		i = j
	}
}
