package cleanup

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	xunicode "unicode"
	"unicode/utf8"

	"github.com/saintfish/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// ErrBinary is the error of Decode and CheckText for data that is not text:
// NUL bytes, a high share of control bytes, or the magic number of a
// binary format. The error returned wraps it with the reason.
var ErrBinary = errors.New("binary data, not text")

// CharsetRule is the rule name of the Edit that Decode returns. It is not
// a rule of the pipeline: Decode runs before a Cleaner sees the text.
const CharsetRule = "charset"

// Decode returns b as UTF-8 text. UTF-8 (and ASCII) comes back as it is,
// with a zero Edit. Other bytes are decoded from the charset they are in:
// a UTF-16 or UTF-32 byte-order mark, UTF-16 without one (NUL bytes in
// every other place), ISO-2022-JP escapes, or else the charset a detector
// finds (Shift_JIS, EUC-JP, EUC-KR, GB18030 and GBK, Big5, windows-1250
// to 1256, ISO-8859-x, KOI8-R). The Edit then has Rule "charset", covers
// all of b (Start 0, End len(b)) and names the charset as Old, "UTF-8" as
// New: it records a decoding, not a replacement, and is not for Apply.
// Text that is UTF-8 apart from a few stray bytes stays as it is, for the
// rules "invalid-utf8" and "cp1252-bytes" to repair.
//
// Binary data gives an error wrapping ErrBinary. Bytes that the charset
// cannot decode become U+FFFD.
func Decode(b []byte) (string, Edit, error) {
	name, err := DetectCharset(b)
	if err != nil {
		return "", Edit{}, err
	}
	return DecodeAs(b, name)
}

// DecodeAs decodes b from the named charset (an IANA or WHATWG name, such
// as "Shift_JIS", "windows-1251" or "UTF-16LE"; see Decode for the Edit).
// "UTF-8" returns b as it is. An unknown name is an error, and so is
// binary data in an ASCII-compatible charset.
func DecodeAs(b []byte, charset string) (string, Edit, error) {
	enc, name, err := LookupCharset(charset)
	if err != nil {
		return "", Edit{}, err
	}
	if enc == nil {
		return string(b), Edit{}, CheckText(b)
	}
	text, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", Edit{}, fmt.Errorf("cleanup: decoding %s: %v", name, err)
	}
	if err := CheckText(text); err != nil {
		return "", Edit{}, err
	}
	if strings.HasPrefix(name, "UTF-") {
		// The byte-order mark is the encoding's signature, not text.
		text = bytes.TrimPrefix(text, []byte("\uFEFF"))
	}
	return string(text), Edit{Rule: CharsetRule, Start: 0, End: len(b), Old: name, New: "UTF-8"}, nil
}

// LookupCharset finds the x/text encoding of a charset name and the name
// Decode reports for it. UTF-8 gives a nil Encoding: nothing to decode.
// The UTF-16 and UTF-32 decoders drop a byte-order mark, also in a stream.
func LookupCharset(charset string) (encoding.Encoding, string, error) {
	key := strings.ToLower(strings.TrimSpace(charset))
	if alias, ok := charsetAliases[key]; ok {
		key = alias
	}
	switch key {
	case "utf-8", "utf8":
		return nil, "UTF-8", nil
	case "utf-32le":
		return utf32.UTF32(utf32.LittleEndian, utf32.UseBOM), "UTF-32LE", nil
	case "utf-32be":
		return utf32.UTF32(utf32.BigEndian, utf32.UseBOM), "UTF-32BE", nil
	case "utf-16le":
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "UTF-16LE", nil
	case "utf-16be":
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "UTF-16BE", nil
	}
	// IANA names first: WHATWG maps some of them (HZ-GB-2312,
	// ISO-2022-KR) to its replacement encoding, which decodes nothing.
	enc, err := ianaindex.IANA.Encoding(key)
	if err != nil || enc == nil {
		enc, err = htmlindex.Get(key)
	}
	if err != nil || enc == nil || enc == encoding.Replacement {
		return nil, "", fmt.Errorf("cleanup: unknown charset %q", charset)
	}
	// The MIME name is the short one people know (EUC-JP, not
	// Extended_UNIX_Code_Packed_Format_for_Japanese).
	name, err := ianaindex.MIME.Name(enc)
	if err != nil || name == "" {
		if name, err = ianaindex.IANA.Name(enc); err != nil {
			name = charset
		}
	}
	return enc, name, nil
}

// charsetAliases maps names that the detector or people use to ones the
// x/text indexes know. ISO-8859-1 is read as its superset windows-1252,
// as browsers do: the 0x80–0x9F bytes are quotes and dashes, not controls.
var charsetAliases = map[string]string{
	"gb-18030":   "gb18030",
	"iso-8859-1": "windows-1252",
	"latin1":     "windows-1252",
	"sjis":       "shift_jis",
	"utf-16":     "utf-16le",
	"utf-32":     "utf-32le",
}

// DetectCharset names the charset of b for DecodeAs, "UTF-8" when b is
// UTF-8 or nearly so. b may be the first part of a longer input: a
// character cut at its end does not count. Binary data gives an error
// wrapping ErrBinary.
func DetectCharset(b []byte) (string, error) {
	if err := checkMagic(b); err != nil {
		return "", err
	}
	if name := unicodeCharset(b); name != "" {
		return name, nil
	}
	if err := CheckText(b); err != nil {
		return "", err
	}
	body := trimCutRune(b)
	if utf8.Valid(body) {
		return sevenBitCharset(body), nil
	}
	if mostlyUTF8(body) || markBeforeUTF8(body) {
		// Stray bytes, such as a UTF-16 mark before UTF-8 text, are for
		// invalid-utf8 to mark: read in another charset, the rest of the
		// text would become mojibake, or the stray bytes letters (ÿþ).
		return "UTF-8", nil
	}
	if gb18030FourByte(body) {
		return "GB18030", nil
	}
	name := detectLegacy(body)
	if latinCharset(name) && decodesToLatin(body, simplifiedchinese.GB18030) {
		// Latin text written in GB18030 (accents as two-byte GBK codes)
		// looks like a Latin charset to the detector, but Latin-1 text read
		// as GB18030 gives ideographs, not accented letters.
		return "GB18030", nil
	}
	return name, nil
}

// sevenBitCharset tells the 7-bit encodings of Japanese and Chinese, which
// are valid ASCII, from UTF-8: ISO-2022-JP by its escapes, HZ-GB-2312 by
// its ~{ … ~} shifts in text that is all ASCII.
func sevenBitCharset(b []byte) string {
	if bytes.Contains(b, []byte("\x1b$B")) || bytes.Contains(b, []byte("\x1b$@")) {
		return "ISO-2022-JP"
	}
	if bytes.Count(b, []byte("~{")) >= 3 && bytes.Count(b, []byte("~}")) >= 3 && asciiOnly(b) {
		return "HZ-GB-2312"
	}
	return "UTF-8"
}

func asciiOnly(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// gb18030FourByte reports whether most bytes above ASCII form the
// four-byte sequences of GB18030 (byte, digit, byte, digit): how GB18030
// writes letters outside GBK, such as the accents of Latin text, which
// the detector takes for a Latin charset.
func gb18030FourByte(b []byte) bool {
	high, four := 0, 0
	for i := 0; i < len(b); i++ {
		if b[i] < 0x81 || b[i] == 0xFF {
			if b[i] >= 0x80 {
				high++
			}
			continue
		}
		high++
		if i+3 < len(b) && digitByte(b[i+1]) && b[i+2] >= 0x81 && b[i+2] != 0xFF && digitByte(b[i+3]) {
			four++
			i += 3
		}
	}
	return four > 0 && four*2 >= high
}

// latinCharset reports whether the detector's name is a single-byte
// charset for Latin script.
func latinCharset(name string) bool {
	switch name {
	case "ISO-8859-1", "ISO-8859-2", "ISO-8859-9", "windows-1250", "windows-1252", "windows-1254":
		return true
	}
	return false
}

// decodesToLatin reports whether b decodes from enc without a replacement
// character and every character above ASCII is a Latin letter.
func decodesToLatin(b []byte, enc encoding.Encoding) bool {
	text, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return false
	}
	for _, r := range string(text) {
		if r >= utf8.RuneSelf && (r == utf8.RuneError || !xunicode.Is(xunicode.Latin, r)) {
			return false
		}
	}
	return true
}

func digitByte(c byte) bool { return '0' <= c && c <= '9' }

// unicodeCharset recognizes UTF-16 and UTF-32 by their byte-order mark,
// and UTF-16 without one by NUL bytes in every other place.
func unicodeCharset(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}):
		return "UTF-32LE"
	case bytes.HasPrefix(b, []byte{0, 0, 0xFE, 0xFF}):
		return "UTF-32BE"
	case markBeforeUTF8(b):
		// Not UTF-16: see DetectCharset.
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return "UTF-16LE"
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return "UTF-16BE"
	}
	if name := unmarkedUTF32(b); name != "" {
		return name
	}
	// Text in UTF-16 has a NUL in the high byte of every ASCII letter,
	// space and newline; binary data has NULs in both places.
	const sample = 4096
	s := b[:min(len(b), sample)]
	if len(s) < 8 {
		return ""
	}
	var zeros [2]int
	for i, c := range s {
		if c == 0 {
			zeros[i%2]++
		}
	}
	pairs := len(s) / 2
	switch {
	case zeros[1]*10 >= pairs*3 && zeros[0]*50 < pairs:
		return "UTF-16LE"
	case zeros[0]*10 >= pairs*3 && zeros[1]*50 < pairs:
		return "UTF-16BE"
	}
	return ""
}

// markBeforeUTF8 reports whether b starts with a UTF-16 byte-order mark
// and what follows is UTF-8 text: no NUL and no other control byte (UTF-16
// has one in the high byte of every Latin, Greek, Cyrillic, Hebrew or
// Arabic letter), and valid UTF-8 (which CJK in UTF-16 hardly ever is).
// Such a mark is two stray bytes before UTF-8 text; read as UTF-16, the
// text would become ideographs.
func markBeforeUTF8(b []byte) bool {
	if !bytes.HasPrefix(b, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return false
	}
	rest := trimCutRune(b[2:])
	if len(rest) < 4 || !utf8.Valid(rest) {
		return false
	}
	for _, c := range rest {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

// unmarkedUTF32 recognizes UTF-32 without a byte-order mark: the two high
// bytes of nearly every character are NUL.
func unmarkedUTF32(b []byte) string {
	s := b[:min(len(b), 4096)&^3]
	if len(s) < 16 {
		return ""
	}
	var be, le int
	for i := 0; i < len(s); i += 4 {
		if s[i] == 0 && s[i+1] == 0 && s[i+3] != 0 {
			be++
		}
		if s[i+3] == 0 && s[i+2] == 0 && s[i] != 0 {
			le++
		}
	}
	n := len(s) / 4
	switch {
	case be*10 >= n*9:
		return "UTF-32BE"
	case le*10 >= n*9:
		return "UTF-32LE"
	}
	return ""
}

// trimCutRune drops the start of a UTF-8 character cut off at the end of b.
func trimCutRune(b []byte) []byte {
	for k := 1; k <= utf8.UTFMax-1 && k <= len(b); k++ {
		c := b[len(b)-k]
		if c < 0x80 {
			return b
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(b[len(b)-k:]) {
				return b[:len(b)-k]
			}
			return b
		}
	}
	return b
}

// mostlyUTF8 reports whether b has more well-formed multi-byte characters
// than bytes that are not UTF-8: UTF-8 text with a few stray bytes, which
// decoding the whole from another charset would turn into mojibake.
func mostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			good++
		}
		i += n
	}
	return good > bad
}

// detectSample bounds what the detector reads: its statistics settle long
// before, and it costs time on every byte.
const detectSample = 64 << 10

// detectLegacy asks the detector for the likeliest charset of b, which is
// not UTF-8. The detector's ties are broken by name, so that the answer
// is the same run to run. A charset in which many bytes of b are not
// characters is not the charset b was written in, however the detector
// ranks it on byte statistics (Latin-1 "Grüße ÿþ" as EUC-JP "Gr館e ��"):
// the likeliest charset that fits the sample wins. With none, or no
// answer, windows-1252, the commonest, which reads every byte.
func detectLegacy(b []byte) string {
	s := trimCutRune(b[:min(len(b), detectSample)])
	all, err := chardet.NewTextDetector().DetectAll(s)
	if err != nil {
		return "windows-1252"
	}
	slices.SortStableFunc(all, func(x, y chardet.Result) int {
		return cmp.Or(cmp.Compare(y.Confidence, x.Confidence), cmp.Compare(x.Charset, y.Charset))
	})
	tried := 0
	for _, r := range all {
		if r.Charset == "UTF-8" || strings.HasPrefix(r.Charset, "IBM") {
			continue // not UTF-8 by now; EBCDIC is not what the web serves
		}
		enc, _, err := LookupCharset(r.Charset)
		if err != nil {
			continue
		}
		if fitsCharset(s, enc, len(s) < len(b)) {
			return r.Charset
		}
		if tried++; tried == maxCharsetTries {
			break
		}
	}
	return "windows-1252"
}

// maxCharsetTries bounds the candidates detectLegacy decodes: each costs
// a pass over the sample.
const maxCharsetTries = 6

// fitsCharset reports whether enc reads b as characters: at most one
// replacement character per hundred bytes above ASCII, so that a real
// text with a damaged byte or two keeps its charset. When b is the start
// of a longer input, a character cut at its end does not count.
func fitsCharset(b []byte, enc encoding.Encoding, cut bool) bool {
	text, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return false
	}
	if cut {
		text = text[:max(0, len(text)-2*utf8.UTFMax)]
	}
	high := 0
	for _, c := range b {
		if c >= utf8.RuneSelf {
			high++
		}
	}
	return 100*bytes.Count(text, []byte(string(utf8.RuneError))) <= high
}

// magics are the first bytes of binary formats that crawls and corpora
// carry by mistake: executables, archives, images, documents.
var magics = []struct {
	prefix, name string
}{
	{"\x7fELF", "an ELF executable"},
	{"\x1f\x8b", "gzip data"},
	{"\x28\xb5\x2f\xfd", "zstd data"},
	{"PK\x03\x04", "a zip archive"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"%PDF-", "a PDF document"},
	{"\xfd7zXZ\x00", "xz data"},
	{"7z\xbc\xaf\x27\x1c", "a 7z archive"},
	{"\xca\xfe\xba\xbe", "a Mach-O or class file"},
	{"\xcf\xfa\xed\xfe", "a Mach-O executable"},
	{"\x00asm", "WebAssembly"},
	{"SQLite format 3\x00", "an SQLite database"},
}

// checkMagic refuses data that starts like a known binary format.
func checkMagic(b []byte) error {
	for _, m := range magics {
		if !bytes.HasPrefix(b, []byte(m.prefix)) {
			continue
		}
		return fmt.Errorf("%w: %s", ErrBinary, m.name)
	}
	return nil
}

// maxControlShare is the share of control bytes (other than tab, newline,
// carriage return, form feed and escape) above which data is not text:
// a few stray controls are damage for "control-chars" to repair.
const maxControlShare = 0.05

// CheckText returns an error wrapping ErrBinary when b is not text in an
// ASCII-compatible charset: it starts with a binary format's magic number,
// holds a NUL byte, or more than 5% of its bytes are control characters.
func CheckText(b []byte) error {
	if err := checkMagic(b); err != nil {
		return err
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	controls := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b || c == 0x7f {
			controls++
		}
	}
	if len(b) > 0 && float64(controls) > maxControlShare*float64(len(b)) {
		return fmt.Errorf("%w: %d of %d bytes are control characters", ErrBinary, controls, len(b))
	}
	return nil
}
