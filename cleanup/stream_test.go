package cleanup

import (
	"bytes"
	"crypto/sha256"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/transform"
)

// streamInputs are texts whose cleaning depends on context around the
// places a stream is cut: long lines, paragraphs longer than a segment,
// CRLF pairs, multi-byte runes and damage at every offset.
func streamInputs(t *testing.T) map[string]string {
	inputs := map[string]string{
		"empty":      "",
		"short":      "Es regnete.Trotzdem gingen alle raus .",
		"crlf":       strings.Repeat("Zeile eins  \r\nZeile zwei\r\n\r\n", 5000),
		"one-line":   strings.Repeat("Das ist falsch ,sagte sie . Sie sagte:„Ja.“ ", 4000),
		"no-spaces":  strings.Repeat("ä", 100_000),
		"paragraphs": strings.Repeat(strings.Repeat("Ein Satz ( mit Klammern ) und  Abstand. ", 40)+"\n\n", 200),
		"cr-only":    strings.Repeat("alt\rneu\r", 20000),
	}
	if files, _ := filepath.Glob("../testdata/cleanup/*.txt"); len(files) > 0 {
		data, err := os.ReadFile(files[0])
		if err != nil {
			t.Fatal(err)
		}
		inputs["fixture x40"] = strings.Repeat(string(data), 40)
	}
	return inputs
}

func TestTransformerMatchesClean(t *testing.T) {
	c := mustNew()
	for name, input := range streamInputs(t) {
		want := c.Clean(input)
		for _, chunk := range []int{1, 7, 4096} {
			if chunk == 1 && len(input) > 300_000 {
				continue // byte-at-a-time over the biggest inputs adds time, not coverage
			}
			if got := streamed(t, c, input, chunk); got != want {
				t.Errorf("%s, chunks of %d: stream differs from Clean:\n%s", name, chunk, firstDiff(want, got))
			}
		}
	}
}

// firstDiff shows the neighbourhood of the first difference, which is
// more useful than a diff of two megabytes.
func firstDiff(want, got string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	lo := max(0, i-60)
	return cmp.Diff(want[lo:min(len(want), i+60)], got[lo:min(len(got), i+60)])
}

func TestSegmentsAreBounded(t *testing.T) {
	for name, input := range streamInputs(t) {
		for at := 0; at < len(input); {
			n, _, _ := nextSegment(input[at:], true)
			if n <= 0 || n > maxSegment {
				t.Fatalf("%s: segment at %d has length %d", name, at, n)
			}
			if _, para, _ := paragraphEnd(input[at:], 0, true); at+n < len(input) && n < maxSegment/4 && !para {
				t.Fatalf("%s: segment at %d is only %d bytes and no paragraph: cutting would not be linear", name, at, n)
			}
			at += n
		}
	}
}

// repeatReader yields s n times without holding the whole stream.
type repeatReader struct {
	s   string
	n   int
	off int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := copy(p, r.s[r.off:])
	r.off += k
	if r.off == len(r.s) {
		r.off, r.n = 0, r.n-1
	}
	return k, nil
}

// TestTransformer100MB streams 100 MB of news with damage in every
// paragraph and compares it, by hash, with Clean over the same text.
func TestTransformer100MB(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 100 MB; runs without -short")
	}
	unit := strings.Repeat(cleanNews, 30) + dirtyNews + "\n\n"
	n := (100 << 20) / len(unit)
	c := mustNew()

	want := sha256.Sum256([]byte(c.Clean(strings.Repeat(unit, n))))
	h := sha256.New()
	if _, err := io.Copy(h, transform.NewReader(&repeatReader{s: unit, n: n}, c.Transformer())); err != nil {
		t.Fatal(err)
	}
	if got := h.Sum(nil); !bytes.Equal(got, want[:]) {
		t.Fatalf("streaming %d MB differs from Clean", n*len(unit)>>20)
	}
}
