package cleanup

import (
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzDecode checks Decode on any bytes: it refuses only with ErrBinary,
// returns text unchanged or decodes all of it with one charset edit, stays
// linear in size and answers the same twice.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"plain", "Gr\xfc\xdfe", "\xff\xfeH\x00i\x00", "\xfe\xff\x00H", "\x82\xb1\x82\xf1",
		"\x1b$B$3$s\x1b(B", "~{<:Ky2;S{#,~}~{<:Ky2;S{#,~}~{<:Ky2;S{#,~}", "a\x00b", "\x7fELF",
		"\x81\x30\x81\x30abc", "Gr\u00fc\u00dfe \xff",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		text, e, err := Decode(in)
		if err != nil {
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("Decode(%q): error %v does not wrap ErrBinary", in, err)
			}
			return
		}
		switch e.Rule {
		case "":
			if text != string(in) {
				t.Fatalf("Decode(%q) = %q without an edit", in, text)
			}
		case CharsetRule:
			if e.Start != 0 || e.End != len(in) || e.Old == "" || e.New != "UTF-8" {
				t.Fatalf("Decode(%q): edit %+v", in, e)
			}
			if !utf8.ValidString(text) {
				t.Fatalf("Decode(%q) from %s = %q, not UTF-8", in, e.Old, text)
			}
		default:
			t.Fatalf("Decode(%q): edit of rule %q", in, e.Rule)
		}
		if len(text) > 3*len(in)+3 {
			t.Fatalf("Decode(%q): %d bytes from %d", in, len(text), len(in))
		}
		again, e2, err2 := Decode(in)
		if again != text || e2 != e || err2 != nil {
			t.Fatalf("Decode(%q) gave %q %+v, then %q %+v %v", in, text, e, again, e2, err2)
		}
	})
}
