package cleanup

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// xtextTestdata is x/text's own test files for its encodings, from the
// module cache: each text in a legacy charset beside its UTF-8 version.
func xtextTestdata(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "golang.org/x/text").Output()
	if err != nil {
		t.Fatalf("go list -m golang.org/x/text: %v (run go mod download)", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "encoding", "testdata")
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("x/text test files not in the module cache: %v (run go mod download)", err)
	}
	return dir
}

func TestDecodeXTextTestdata(t *testing.T) {
	dir := xtextTestdata(t)
	for _, tc := range []struct{ file, utf8, charset string }{
		{"candide-gb18030.txt", "candide-utf-8.txt", "GB18030"},
		{"candide-utf-16le.txt", "candide-utf-8.txt", "UTF-16LE"},
		{"candide-utf-32be.txt", "candide-utf-8.txt", "UTF-32BE"},
		{"candide-windows-1252.txt", "candide-utf-8.txt", "windows-1252"},
		{"rashomon-euc-jp.txt", "rashomon-utf-8.txt", "EUC-JP"},
		{"rashomon-iso-2022-jp.txt", "rashomon-utf-8.txt", "ISO-2022-JP"},
		{"rashomon-shift-jis.txt", "rashomon-utf-8.txt", "Shift_JIS"},
		{"sunzi-bingfa-gb-levels-1-and-2-hz-gb2312.txt", "sunzi-bingfa-gb-levels-1-and-2-utf-8.txt", "HZ-GB-2312"},
		{"sunzi-bingfa-simplified-gbk.txt", "sunzi-bingfa-simplified-utf-8.txt", "GB18030"},
		{"sunzi-bingfa-traditional-big5.txt", "sunzi-bingfa-traditional-utf-8.txt", "Big5"},
		{"unsu-joh-eun-nal-euc-kr.txt", "unsu-joh-eun-nal-utf-8.txt", "EUC-KR"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join(dir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(dir, tc.utf8))
			if err != nil {
				t.Fatal(err)
			}
			got, e, err := Decode(in)
			if err != nil {
				t.Fatal(err)
			}
			wantEdit := Edit{Rule: CharsetRule, Start: 0, End: len(in), Old: tc.charset, New: "UTF-8"}
			if diff := cmp.Diff(wantEdit, e); diff != "" {
				t.Errorf("edit (-want +got):\n%s", diff)
			}
			if got != string(want) {
				t.Errorf("decoded text differs from %s (%d bytes, want %d)", tc.utf8, len(got), len(want))
			}
		})
	}
}

// A damaged byte or two does not change the charset of a text: it
// decodes as before, with U+FFFD where characters were broken.
func TestDecodeDamagedKeepsCharset(t *testing.T) {
	dir := xtextTestdata(t)
	for _, tc := range []struct{ file, charset string }{
		{"rashomon-shift-jis.txt", "Shift_JIS"},
		{"rashomon-euc-jp.txt", "EUC-JP"},
		{"unsu-joh-eun-nal-euc-kr.txt", "EUC-KR"},
		{"sunzi-bingfa-traditional-big5.txt", "Big5"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join(dir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			// Break the lead byte of the last two-byte character of the
			// first kilobyte.
			i := strings.LastIndexFunc(string(in[:1024]), func(r rune) bool { return r >= 0x80 })
			for i > 0 && in[i-1] >= 0x80 {
				i--
			}
			in[i] = 0xFF
			got, e, err := Decode(in)
			if err != nil {
				t.Fatal(err)
			}
			if e.Old != tc.charset {
				t.Errorf("charset %q, want %q", e.Old, tc.charset)
			}
			// A decoder may lose step for a few characters after it.
			if n := strings.Count(got, "\uFFFD"); n < 1 || n > 16 {
				t.Errorf("%d replacement characters, want 1 to 16", n)
			}
		})
	}
}

// The UTF-8 versions come back as they are, with no edit.
func TestDecodeUTF8Unchanged(t *testing.T) {
	dir := xtextTestdata(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*-utf-8.txt"))
	if len(files) == 0 {
		t.Fatal("no UTF-8 test files")
	}
	for _, f := range files {
		in, _ := os.ReadFile(f)
		got, e, err := Decode(in)
		if err != nil || got != string(in) || e != (Edit{}) {
			t.Errorf("%s: changed (edit %+v, err %v)", filepath.Base(f), e, err)
		}
	}
}

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		name, in, want, charset string
	}{
		{"ascii", "plain text\n", "plain text\n", ""},
		{"utf-8", "Grüße, Ελλάδα, 東京\n", "Grüße, Ελλάδα, 東京\n", ""},
		{"windows-1252", "Gr\xfc\xdfe aus K\xf6ln \x96 sch\xf6n!", "Grüße aus Köln – schön!", "windows-1252"},
		{"utf-16le bom", "\xff\xfeH\x00\xe4\x00!\x00", "Hä!", "UTF-16LE"},
		{"utf-16be bom", "\xfe\xff\x00H\x00\xe4\x00!", "Hä!", "UTF-16BE"},
		{"utf-16le no bom", "G\x00u\x00t\x00e\x00n\x00 \x00T\x00a\x00g\x00", "Guten Tag", "UTF-16LE"},
		{"koi8-r", "\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2! \xfc\xd4\xcf \xd4\xc5\xd3\xd4 \xd2\xd5\xd3\xd3\xcb\xcf\xc7\xcf \xd4\xc5\xcb\xd3\xd4\xc1 \xd7 \xcb\xcf\xc4\xc9\xd2\xcf\xd7\xcb\xc5 KOI8-R.",
			"Привет, мир! Это тест русского текста в кодировке KOI8-R.", "KOI8-R"},
		{"windows-1251", "\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0! \xdd\xf2\xee \xf2\xe5\xf1\xf2 \xf0\xf3\xf1\xf1\xea\xee\xe3\xee \xf2\xe5\xea\xf1\xf2\xe0 \xe2 \xea\xee\xe4\xe8\xf0\xee\xe2\xea\xe5 windows-1251.",
			"Привет, мир! Это тест русского текста в кодировке windows-1251.", "windows-1251"},
		// The detector ranks CJK charsets first here (at its lowest
		// confidence), though none of them reads ÿþ: Latin-1 reads it all.
		{"latin-1 no cjk charset reads", "Gr\xfc\xdfe \xff\xfe Gr\xfc\xdfe \xff\xfe", "Grüße ÿþ Grüße ÿþ", "windows-1252"},
		// UTF-8 with one stray byte stays for the repair rules.
		{"mostly utf-8", "Grüße \xff aus Köln", "Grüße \xff aus Köln", ""},
		// Two bytes of a UTF-16 mark before UTF-8 text are stray bytes:
		// read as UTF-16, the text would become ideographs.
		{"utf-16le mark before utf-8", "\xff\xfeGrüße aus Köln.\n", "\xff\xfeGrüße aus Köln.\n", ""},
		{"utf-16be mark before utf-8", "\xfe\xffΚαλημέρα, κόσμε.", "\xfe\xffΚαλημέρα, κόσμε.", ""},
		{"utf-16le mark before ascii", "\xff\xfePlain text.", "\xff\xfePlain text.", ""},
		{"utf-16le mark, cyrillic", "\xff\xfe\x1f\x04\x40\x04\x38\x04\x32\x04\x35\x04\x42\x04", "Привет", "UTF-16LE"},
		{"utf-16le mark, cjk", "\xff\xfe\x2d\x4e\x87\x65\x0b\x4e", "中文下", "UTF-16LE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, e, err := Decode([]byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("Decode = %q, want %q", got, tc.want)
			}
			if e.Old != tc.charset || (tc.charset != "") != (e.Rule == CharsetRule) {
				t.Errorf("edit %+v, want charset %q", e, tc.charset)
			}
		})
	}
}

func TestDecodeRefusesBinary(t *testing.T) {
	random := make([]byte, 1<<16)
	x := uint32(1)
	for i := range random {
		x = x*1664525 + 1013904223
		random[i] = byte(x >> 24)
	}
	for _, tc := range []struct{ name, in, why string }{
		{"NUL bytes", "text\x00\x00\x00\x00 more text and more", "NUL byte"},
		{"controls", strings.Repeat("ab\x01\x02\x03", 100), "control characters"},
		{"ELF", "\x7fELF\x02\x01\x01\x00", "ELF"},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00", "gzip"},
		{"PNG", "\x89PNG\r\n\x1a\n\x00\x00", "PNG"},
		{"PDF", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"},
		{"zip", "PK\x03\x04\x14\x00", "zip"},
		{"random bytes", string(random), "binary"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Decode([]byte(tc.in))
			if !errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), tc.why) {
				t.Errorf("Decode error %v, want ErrBinary saying %q", err, tc.why)
			}
		})
	}
}

func TestDecodeAs(t *testing.T) {
	got, e, err := DecodeAs([]byte("\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd"), "shift_jis")
	if err != nil || got != "こんにちは" || e.Old != "Shift_JIS" {
		t.Errorf("DecodeAs Shift_JIS = %q, %+v, %v", got, e, err)
	}
	if got, e, err := DecodeAs([]byte("schon UTF-8"), "utf-8"); err != nil || got != "schon UTF-8" || e != (Edit{}) {
		t.Errorf("DecodeAs UTF-8 = %q, %+v, %v", got, e, err)
	}
	if _, _, err := DecodeAs(nil, "no-such-charset"); err == nil {
		t.Error("unknown charset accepted")
	}
	// WHATWG's replacement encoding would turn everything into one U+FFFD.
	if _, _, err := DecodeAs([]byte("x"), "replacement"); err == nil {
		t.Error("the replacement encoding accepted")
	}
}

// Decode answers the same for the same bytes: the detector runs its
// recognizers concurrently and its ties must not depend on their order.
func TestDecodeDeterministic(t *testing.T) {
	in := []byte("caf\xe9 cr\xe8me br\xfbl\xe9e")
	first, e1, _ := Decode(in)
	for range 50 {
		got, e, _ := Decode(in)
		if got != first || e != e1 {
			t.Fatalf("Decode gave %q %+v, then %q %+v", first, e1, got, e)
		}
	}
}
