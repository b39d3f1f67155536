package cleanup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fixMojibake repairs UTF-8 text that was decoded with a single-byte code
// page, once or twice: "GrÃ¼ÃŸe" → "Grüße", "â€œzitiertâ€\u009d" →
// "“zitiert”", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚" → "привет". It works line by line and
// touches only lines that the badness test finds bad, so that correct
// text in any language passes unchanged. A bad line is first encoded back
// as a whole into each code page in turn; the first whose bytes are UTF-8
// and read better wins. Lines that mix correct text with mojibake get
// their UTF-8-shaped runs ("Ã©", "â€™") repaired one by one, and C1
// controls left over are read as the Windows-1252 characters they were.
func fixMojibake(_ *pass, s string, out *changes) {
	i := firstNonASCII(s)
	if i < 0 {
		return
	}
	// Start at the line holding the first non-ASCII byte.
	start := strings.LastIndexByte(s[:i], '\n') + 1
	for start < len(s) {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		line := s[start:end]
		if mojibakeSuspectIn(s, start, end) && isBad(line) {
			if fixed := repairMojibake(line); fixed != line {
				alignEdits(line, fixed, start, out)
			}
		}
		start = end + 1
	}
}

// firstNonASCII returns the index of the first byte of s that is not
// ASCII, or -1. It reads eight bytes at a time: clean text is mostly ASCII.
func firstNonASCII(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return -1
}

// maxMojibakeSteps bounds the repairs of one line: text encoded wrongly
// three times is rare, and the bound keeps the cost linear.
const maxMojibakeSteps = 4

// repairMojibake returns line with its mojibake repaired, or line itself.
func repairMojibake(line string) string {
	cur := line
	for step := 0; step < maxMojibakeSteps; step++ {
		next := repairMojibakeStep(cur)
		if next == cur {
			break
		}
		cur = next
	}
	if cur == line {
		return line
	}
	// A repair must leave the line clean, or at least much cleaner: a
	// garble that stays half garbled was likely never UTF-8.
	if after := badness(cur, false); after > 0 && 4*after > badness(line, false) {
		return line
	}
	return cur
}

// repairMojibakeStep undoes one wrong decoding of t, if t is bad.
func repairMojibakeStep(t string) string {
	bad := badness(t, false)
	if bad == 0 {
		return t
	}
	// Every code page is tried and the reading with the least badness
	// wins, the earlier code page on a tie: Windows-1250 and ISO-8859-2
	// both read "ĂĄ", as "å" and "á", and only the second is clean.
	var buf []byte
	best, bestBad := t, bad+1
	for _, cp := range codePages {
		enc, ok := cp.encodeString(buf[:0], t)
		buf = enc
		if !ok {
			continue
		}
		if cp.nbsp {
			enc = restoreNoBreakSpace(enc)
		}
		if cp.sloppy {
			enc = replaceLostBytes(enc)
		}
		fixed, ok := decodeUTF8Variant(enc)
		if !ok || fixed == t {
			continue
		}
		// A doubly encoded line may look no better after the first step
		// ("Â£" from "Г‚ВЈ"); repairMojibake checks the end result.
		if b := badness(fixed, false); b < bestBad {
			best, bestBad = fixed, b
			if b == 0 {
				break
			}
		}
	}
	if best != t {
		return best
	}
	if fixed := repairMixedMojibake(t); fixed != t {
		return fixed
	}
	return fixC1(t)
}

// restoreNoBreakSpace puts back the byte 0xA0 that became a space. UTF-8
// "à" is C3 A0, and A0 is a no-break space in Latin-1 and Windows-1252,
// which later steps often turn into a plain space: "voilÃ  le". A lead
// byte followed by a space is never valid UTF-8, so the only leads taken
// are those whose sequence with A0 is a common character (NBSP, à, Š, Π,
// Р, ٠).
// The same goes for the last byte of a three-byte sequence (Thai "ภ" is
// E0 B8 A0).
func restoreNoBreakSpace(b []byte) []byte {
	for i := 0; i+1 < len(b); i++ {
		if b[i+1] != ' ' {
			continue
		}
		switch c := b[i]; {
		case c == 0xC2, c == 0xC3, c == 0xC5, c == 0xCE, c == 0xD0, c == 0xD9:
			b[i+1] = 0xA0
		case c >= 0x80 && c <= 0xBF && i > 0 && b[i-1] >= 0xE0 && b[i-1] <= 0xE3:
			b[i+1] = 0xA0
		}
	}
	return b
}

// replaceLostBytes handles bytes that a lossy decoder dropped: Windows
// code pages leave five bytes undefined, and a decoder shows them as "?"
// or U+FFFD (encoded here as 0x1A). A UTF-8 sequence with such a hole
// cannot be recovered, so it becomes one U+FFFD: the loss stays visible
// and no character is invented.
func replaceLostBytes(b []byte) []byte {
	if !hasLostByte(b) {
		return b
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		c := b[i]
		if c == 0x1A {
			out = append(out, "\uFFFD"...)
			i++
			continue
		}
		need := utf8SeqLen(c)
		if need > 1 && i+need <= len(b) {
			holes, conts := 0, 0
			for k := 1; k < need; k++ {
				switch d := b[i+k]; {
				case d == 0x1A, d == '?' && (need > 2 || c == 0xC2 || c == 0xC3):
					holes++
				case d >= 0x80 && d <= 0xBF:
					conts++
				}
			}
			if holes > 0 && holes+conts == need-1 {
				out = append(out, "\uFFFD"...)
				i += need
				continue
			}
		}
		out = append(out, c)
		i++
	}
	return out
}

func hasLostByte(b []byte) bool {
	for _, c := range b {
		if c == 0x1A || c == '?' {
			return true
		}
	}
	return false
}

// utf8SeqLen is the length of the UTF-8 sequence that lead byte c starts,
// or 0 when c cannot start one.
func utf8SeqLen(c byte) int {
	switch {
	case c < 0x80:
		return 1
	case c >= 0xC2 && c <= 0xDF:
		return 2
	case c >= 0xE0 && c <= 0xEF:
		return 3
	case c >= 0xF0 && c <= 0xF4:
		return 4
	}
	return 0
}

// decodeUTF8Variant decodes b as UTF-8, also accepting surrogate pairs
// encoded one by one (CESU-8, as Java and old MySQL write them).
func decodeUTF8Variant(b []byte) (string, bool) {
	if utf8.Valid(b) {
		return string(b), true
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for i := 0; i < len(b); {
		if r, ok := cesuPair(b[i:]); ok {
			sb.WriteRune(r)
			i += 6
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return "", false
		}
		sb.WriteRune(r)
		i += n
	}
	return sb.String(), true
}

// cesuPair decodes a high and a low surrogate, each encoded as three
// bytes, at the start of b.
func cesuPair[T string | []byte](b T) (rune, bool) {
	if len(b) < 6 || b[0] != 0xED || b[3] != 0xED ||
		b[1] < 0xA0 || b[1] > 0xAF || b[4] < 0xB0 || b[4] > 0xBF ||
		b[2] < 0x80 || b[2] > 0xBF || b[5] < 0x80 || b[5] > 0xBF {
		return 0, false
	}
	hi := rune(b[1]&0x0F)<<6 | rune(b[2]&0x3F)
	lo := rune(b[4]&0x0F)<<6 | rune(b[5]&0x3F)
	return 0x10000 + hi<<10 | lo, true
}

// mixedByte returns the byte that r stands for when UTF-8 was read as
// Windows-1252 or Latin-1, the two code pages of mixed mojibake.
func mixedByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true
	}
	b, ok := windows1252.encode[r]
	return b, ok && b >= 0x80
}

// repairMixedMojibake repairs runs of UTF-8-shaped mojibake in a line that
// also holds correct text ("Ã©tÃ© — “gut”"), so that encoding the whole
// line fails. Each run is repaired only when it is bad by itself.
func repairMixedMojibake(t string) string {
	var b strings.Builder
	done := 0
	var seq []byte
	for i := 0; i < len(t); {
		j, bytes := mojibakeRun(t, i, seq[:0])
		seq = bytes
		standalone := false
		if j == i && standaloneAGrave(t, i) {
			// " Ã " in a bad line is the word "à" whose second byte, a
			// no-break space, was lost (French, Portuguese, Italian).
			j, seq, standalone = i+len("Ã"), append(seq[:0], "à"...), true
		}
		if j == i {
			_, n := utf8.DecodeRuneInString(t[i:])
			i += n
			continue
		}
		if run := t[i:j]; standalone || isBad(run) && utf8.Valid(seq) {
			if done == 0 {
				b.Grow(len(t))
			}
			b.WriteString(t[done:i])
			b.Write(seq)
			done = j
		}
		i = j
	}
	if done == 0 {
		return t
	}
	b.WriteString(t[done:])
	return b.String()
}

func standaloneAGrave(t string, i int) bool {
	return strings.HasPrefix(t[i:], "Ã ") && (i == 0 || t[i-1] == ' ')
}

// mojibakeRun returns the end of the run of UTF-8-shaped sequences that
// starts at byte i of t, and the bytes they stand for appended to seq.
func mojibakeRun(t string, i int, seq []byte) (int, []byte) {
	end := i
	for end < len(t) {
		r, n := utf8.DecodeRuneInString(t[end:])
		lead, ok := mixedByte(r)
		need := utf8SeqLen(lead)
		if !ok || need < 2 {
			break
		}
		k, at := 1, end+n
		mark := len(seq)
		seq = append(seq, lead)
		for ; k < need && at < len(t); k++ {
			r, n := utf8.DecodeRuneInString(t[at:])
			c, ok := mixedByte(r)
			if !ok || c < 0x80 || c > 0xBF {
				break
			}
			seq = append(seq, c)
			at += n
		}
		if k < need {
			seq = seq[:mark]
			break
		}
		end = at
	}
	return end, seq
}

// fixC1 reads the C1 controls of t as the Windows-1252 characters they
// stand for (0x85 "…", 0x96 "–"), except NEL used as a line break.
func fixC1(t string) string {
	var b strings.Builder
	done := 0
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if r >= 0x80 && r <= 0x9F {
			w := windows1252.decode[r]
			if w != r && !(r == 0x85 && nelIsLineBreak(t, i+n)) {
				b.WriteString(t[done:i])
				b.WriteRune(w)
				done = i + n
			}
		}
		i += n
	}
	if done == 0 {
		return t
	}
	b.WriteString(t[done:])
	return b.String()
}

// nelIsLineBreak reports whether U+0085 before byte i is a line break
// (EBCDIC conversions use it so) rather than an ellipsis: a break is
// followed by the next line's text, an ellipsis by a space or the end.
func nelIsLineBreak(t string, i int) bool {
	r, _ := runeAt(t, i)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// alignEdits reports the change from orig to fixed, the same line before
// and after repair, as one change per differing stretch between the ASCII
// text both share, so that Explain shows "Ã©"→"é" rather than a whole line.
func alignEdits(orig, fixed string, base int, out *changes) {
	i, j := 0, 0
	for i < len(orig) && j < len(fixed) {
		if orig[i] < utf8.RuneSelf && fixed[j] < utf8.RuneSelf {
			if orig[i] != fixed[j] {
				break
			}
			i++
			j++
			continue
		}
		i2, j2 := i, j
		for i2 < len(orig) && orig[i2] >= utf8.RuneSelf {
			i2++
		}
		for j2 < len(fixed) && fixed[j2] >= utf8.RuneSelf {
			j2++
		}
		if orig[i:i2] != fixed[j:j2] {
			out.replace(base+i, base+i2, fixed[j:j2])
		}
		i, j = i2, j2
	}
	if i == len(orig) && j == len(fixed) {
		return
	}
	// The ASCII differs too (a restored no-break space, a lost byte shown
	// as "?"): one change for the rest, without the common tail.
	oe, fe := len(orig), len(fixed)
	for oe > i && fe > j && orig[oe-1] == fixed[fe-1] {
		oe--
		fe--
	}
	for oe < len(orig) && !utf8.RuneStart(orig[oe]) {
		oe++
		fe++
	}
	out.replace(base+i, base+oe, fixed[j:fe])
}
