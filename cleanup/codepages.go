package cleanup

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// A codePage is a single-byte encoding that UTF-8 text is often wrongly
// decoded with. Encoding mojibake back into the code page recovers the
// original UTF-8 bytes.
type codePage struct {
	name   string
	decode [256]rune
	encode map[rune]byte
	// sloppy code pages (the Windows ones) also encode the bytes they
	// leave undefined as the C1 controls of the same number, as browsers
	// and Python's "sloppy" codecs do, and U+FFFD as 0x1A, marking a byte
	// that a lossy decoder dropped.
	sloppy bool
	// nbsp is true when the byte 0xA0 is a no-break space, which later
	// steps may have turned into a plain space.
	nbsp bool
}

// codePages are tried in this order; on a tie the earlier wins. Latin-1
// and Windows-1252 cover most mojibake on the web; the others are for
// Central European, Cyrillic, Mac and DOS sources.
var codePages = []*codePage{
	newCodePage("latin-1", charmap.ISO8859_1, false),
	newCodePage("windows-1252", charmap.Windows1252, true),
	newCodePage("iso-8859-15", charmap.ISO8859_15, false),
	newCodePage("windows-1251", charmap.Windows1251, true),
	newCodePage("windows-1250", charmap.Windows1250, true),
	newCodePage("iso-8859-2", charmap.ISO8859_2, false),
	newCodePage("macroman", charmap.Macintosh, false),
	newCodePage("cp437", charmap.CodePage437, false),
}

var windows1252 = codePages[1]

func newCodePage(name string, cm *charmap.Charmap, sloppy bool) *codePage {
	cp := &codePage{name: name, encode: make(map[rune]byte, 256), sloppy: sloppy}
	for b := 0; b < 256; b++ {
		r := cm.DecodeByte(byte(b))
		if r == utf8.RuneError && (sloppy || b >= 0x80 && b <= 0x9F) {
			// The ISO code pages keep 0x80–0x9F for the C1 controls.
			r = rune(b)
		}
		cp.decode[b] = r
		if r != utf8.RuneError {
			if _, dup := cp.encode[r]; !dup {
				cp.encode[r] = byte(b)
			}
		}
	}
	if sloppy {
		cp.encode[utf8.RuneError] = 0x1A
	}
	cp.nbsp = cp.decode[0xA0] == '\u00A0'
	return cp
}

// encodeString appends the code page's bytes for s to dst. ok is false
// when a character of s is not in the code page.
func (cp *codePage) encodeString(dst []byte, s string) (_ []byte, ok bool) {
	for _, r := range s {
		if r < 0x80 {
			dst = append(dst, byte(r))
			continue
		}
		b, ok := cp.encode[r]
		if !ok {
			return dst, false
		}
		dst = append(dst, b)
	}
	return dst, true
}

// canEncode reports whether every character of s is in the code page.
func (cp *codePage) canEncode(s string) bool {
	for _, r := range s {
		if r >= 0x80 {
			if _, ok := cp.encode[r]; !ok {
				return false
			}
		}
	}
	return true
}
