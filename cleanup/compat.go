package cleanup

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Compatibility forms: characters that Unicode keeps only to round-trip
// old encodings and typesetting (PDF extraction leaves "ﬁ", East Asian
// input methods "ＡＢＣ１２３"). They break search and word matching.

// ligatures maps the Latin ligatures and digraphs of Unicode's
// compatibility decompositions to their letters. To extend, add a row.
var ligatures = map[rune]string{
	'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "ſt", 'ﬆ': "st",
	'Ĳ': "IJ", 'ĳ': "ij",
	'Ǆ': "DŽ", 'ǅ': "Dž", 'ǆ': "dž", 'Ǉ': "LJ", 'ǈ': "Lj", 'ǉ': "lj",
	'Ǌ': "NJ", 'ǋ': "Nj", 'ǌ': "nj", 'Ǳ': "DZ", 'ǲ': "Dz", 'ǳ': "dz",
}

// fixLigatures spells out Latin ligatures: "ﬁnden" → "finden".
func fixLigatures(_ *pass, s string, out *changes) {
	for i := firstNonASCII(s); i >= 0 && i < len(s); {
		c := s[i]
		if c != 0xEF && c != 0xC4 && c != 0xC7 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l, ok := ligatures[r]; ok {
			out.replace(i, i+n, l)
		}
		i += n
	}
}

// fixFullWidth turns full-width letters and digits into ASCII everywhere
// ("ＬＯＵＤ" → "LOUD", "２０２４年" → "2024年"), and full-width
// punctuation and signs ("！", "（", "￥") into ASCII outside CJK prose,
// where they are the right marks and stay. Half-width katakana become
// the usual full-width ones ("ｶﾀｶﾅ" → "カタカナ").
func fixFullWidth(_ *pass, s string, out *changes) {
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], 0xEF)
		if k < 0 {
			return
		}
		if i += k; i+1 >= len(s) || s[i+1] < 0xBC || s[i+1] > 0xBF {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0xFF10 && r <= 0xFF19, r >= 0xFF21 && r <= 0xFF3A, r >= 0xFF41 && r <= 0xFF5A:
			out.replace(i, i+n, string(rune(r-0xFF00+0x20)))
		case r >= 0xFF01 && r <= 0xFF5E, r >= 0xFFE0 && r <= 0xFFE6:
			if !inCJKProse(s, i, i+n) && !partnerInCJKProse(s, i, n, r) {
				out.replace(i, i+n, norm.NFKC.String(s[i:i+n]))
			}
		case r >= 0xFF61 && r <= 0xFF9F:
			// A run, so that a voicing mark joins its kana: ｶﾞ → ガ.
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if r2 < 0xFF61 || r2 > 0xFF9F {
					break
				}
				j += n2
			}
			out.replace(i, j, norm.NFKC.String(s[i:j]))
			n = j - i
		}
		i += n
	}
}

// inCJKProse reports whether the full-width mark at s[i:j] stands in
// Chinese, Japanese or Korean text: the nearest characters on either
// side, past spaces and other full-width marks, include a CJK one.
func inCJKProse(s string, i, j int) bool {
	for k := i; k > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !isFullWidthMark(r) && r != ' ' && r != '\u3000' {
			if isCJKText(r) {
				return true
			}
			break
		}
		k -= n
	}
	for k := j; k < len(s); {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !isFullWidthMark(r) && r != ' ' && r != '\u3000' {
			return isCJKText(r)
		}
		k += n
	}
	return false
}

// fullWidthPairs maps the full-width brackets to their partners.
var fullWidthPairs = map[rune]rune{'（': '）', '）': '（', '［': '］', '］': '［', '｛': '｝', '｝': '｛'}

// pairReach bounds the search for a bracket's partner.
const pairReach = 256

// partnerInCJKProse reports a full-width bracket whose partner on the
// same line stands in CJK prose: a pair is converted both sides or not at
// all, so "Gromaget（1934）在" keeps its （ as the ） after it stays.
func partnerInCJKProse(s string, i, n int, r rune) bool {
	partner, ok := fullWidthPairs[r]
	if !ok {
		return false
	}
	opening := r == '（' || r == '［' || r == '｛'
	depth := 0
	for k, steps := i, 0; steps < pairReach; steps++ {
		var c rune
		var cn int
		if opening {
			if k += n; k >= len(s) {
				return false
			}
			c, cn = utf8.DecodeRuneInString(s[k:])
			n = cn
		} else {
			if k <= 0 {
				return false
			}
			c, cn = utf8.DecodeLastRuneInString(s[:k])
			k -= cn
		}
		switch c {
		case '\n':
			return false
		case r:
			depth++
		case partner:
			if depth == 0 {
				return inCJKProse(s, k, k+cn)
			}
			depth--
		}
	}
	return false
}

func isFullWidthMark(r rune) bool {
	return r >= 0xFF01 && r <= 0xFF5E && !unicode.IsLetter(r) && !unicode.IsDigit(r) || r >= 0xFFE0 && r <= 0xFFE6
}

// isCJKText reports the letters and punctuation of CJK prose, but not the
// full-width forms themselves (isCJK counts them).
func isCJKText(r rune) bool {
	return r < 0xFF00 && isCJK(r) || r >= 0xFF61 && r <= 0xFFDC
}

// fixNFC puts text into Unicode Normalization Form C: "Cafe\u0301" →
// "Café". Decomposed accents come from macOS file names and some PDFs;
// they look right but compare unequal. Only the stretches that change are
// reported, one per normalization segment.
func fixNFC(_ *pass, s string, out *changes) {
	i := firstNotNFC(s)
	if i < 0 {
		return
	}
	if i > 0 {
		i-- // the ASCII letter before a combining mark composes with it
	}
	for i < len(s) {
		n := norm.NFC.QuickSpanString(s[i:])
		if i+n == len(s) {
			return
		}
		// Back up to the boundary before the stretch QuickSpan stopped at.
		b := i + n
		for b > i && !norm.NFC.PropertiesString(s[b:]).BoundaryBefore() {
			_, sz := utf8.DecodeLastRuneInString(s[:b])
			b -= sz
		}
		end := b
		for end <= i+n {
			k := norm.NFC.NextBoundaryInString(s[end:], true)
			if k <= 0 {
				end = len(s)
				break
			}
			end += k
		}
		if nfc := nfcKeepingCompatIdeographs(s[b:end]); nfc != s[b:end] {
			out.replace(b, end, nfc)
		}
		i = end
	}
}

// isCompatIdeograph reports the CJK compatibility ideographs. NFC maps
// each to a unified ideograph, but they were encoded to keep a
// distinction of a source standard (Korean readings of one Han, glyphs of
// names), so they stay: 樂 U+F914 is not turned into 樂 U+6A02.
func isCompatIdeograph(r rune) bool {
	return r >= 0xF900 && r <= 0xFAFF || r >= 0x2F800 && r <= 0x2FA1F
}

// nfcKeepingCompatIdeographs is NFC of seg except for the compatibility
// ideographs in it, around which the rest is normalized piece by piece.
func nfcKeepingCompatIdeographs(seg string) string {
	nfc := norm.NFC.String(seg)
	if nfc == seg {
		return seg
	}
	k := strings.IndexFunc(seg, isCompatIdeograph)
	if k < 0 {
		return nfc
	}
	var b strings.Builder
	for k >= 0 {
		b.WriteString(norm.NFC.String(seg[:k]))
		_, n := utf8.DecodeRuneInString(seg[k:])
		b.WriteString(seg[k : k+n])
		seg = seg[k+n:]
		k = strings.IndexFunc(seg, isCompatIdeograph)
	}
	b.WriteString(norm.NFC.String(seg))
	return b.String()
}

// firstNotNFC returns where the NFC quick check first fails, or -1. ASCII
// is always NFC and never composes with what precedes it, so only the
// non-ASCII runs (with the byte before each) need the check: norm's own
// quick check reads ASCII a byte at a time, firstNonASCII eight.
func firstNotNFC(s string) int {
	for i := 0; ; {
		k := firstNonASCII(s[i:])
		if k < 0 {
			return -1
		}
		lo := i + k
		j := lo
		for j < len(s) && s[j] >= utf8.RuneSelf {
			j++
		}
		from := max(lo-1, 0)
		if n := norm.NFC.QuickSpanString(s[from:j]); n < j-from {
			return lo
		}
		i = j
	}
}
