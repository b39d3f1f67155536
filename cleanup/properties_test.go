package cleanup

import (
	"io"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/transform"
)

// letterSafe runs every rule that must keep the sequence of letters and
// digits: all but the named encoding repairs.
var letterSafe = func() *Cleaner {
	var off []string
	for _, r := range pipeline {
		if encodingRepairs[r.name] {
			off = append(off, r.name)
		}
	}
	return mustNew(WithoutRules(off...))
}()

// checkInvariants asserts what must hold for every input. It reports
// problems through t so fuzz targets and fixture tests share it.
func checkInvariants(t *testing.T, c *Cleaner, input string) {
	t.Helper()
	got := c.Clean(input)
	if !utf8.ValidString(got) {
		t.Fatalf("Clean(%q) is not valid UTF-8: %q", input, got)
	}
	if again := c.Clean(got); again != got {
		t.Fatalf("Clean is not idempotent on %q:\n%s", input, cmp.Diff(got, again))
	}
	r := c.Explain(input)
	if r.Text != got {
		t.Fatalf("Explain(%q).Text differs from Clean:\n%s", input, cmp.Diff(got, r.Text))
	}
	checkEdits(t, input, r)
	if safe := letterSafe.Clean(input); lettersAndDigits(safe) != lettersAndDigits(strings.ToValidUTF8(input, "\uFFFD")) {
		t.Fatalf("letters or digits changed: %q -> %q", input, safe)
	}
}

// checkEdits asserts that r's edits are ordered, describe the input, and
// rebuild r.Text.
func checkEdits(t *testing.T, input string, r Result) {
	t.Helper()
	end := 0
	for _, e := range r.Edits {
		if e.Start < end || e.End < e.Start || e.End > len(input) {
			t.Fatalf("edit %+v out of order or bounds (previous end %d, input %d bytes)", e, end, len(input))
		}
		if input[e.Start:e.End] != e.Old {
			t.Fatalf("edit %+v: Old is not the input %q", e, input[e.Start:e.End])
		}
		if e.Old == e.New || e.Rule == "" {
			t.Fatalf("edit %+v changes nothing or has no rule", e)
		}
		end = e.End
	}
	if got := Apply(input, r.Edits); got != r.Text {
		t.Fatalf("applying the edits to %q does not give Text:\n%s", input, cmp.Diff(r.Text, got))
	}
	checkOutputSize(t, input, r)
	checkOffsets(t, input, r)
}

// checkOutputSize asserts that a result stays linear in its input: an
// invalid byte may become a 3-byte U+FFFD and gain a space, nothing more;
// edits never overlap, and touching edits of one rule are one edit.
func checkOutputSize(t *testing.T, input string, r Result) {
	t.Helper()
	if len(r.Text) > 4*len(input)+4 || len(r.Edits) > len(input)+1 {
		t.Fatalf("%d input bytes gave %d output bytes and %d edits", len(input), len(r.Text), len(r.Edits))
	}
	for i := 1; i < len(r.Edits); i++ {
		if a, b := r.Edits[i-1], r.Edits[i]; a.Rule == b.Rule && a.End == b.Start {
			t.Fatalf("touching edits of one rule not merged: %+v, %+v", a, b)
		}
	}
}

func lettersAndDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// streamed cleans input through the Transformer, feeding it chunk bytes at a time.
func streamed(t *testing.T, c *Cleaner, input string, chunk int) string {
	t.Helper()
	var out strings.Builder
	r := transform.NewReader(&chunkReader{s: input, n: chunk}, c.Transformer())
	buf := make([]byte, max(chunk, 1))
	for {
		n, err := r.Read(buf)
		out.Write(buf[:n])
		if err != nil {
			if err != io.EOF {
				t.Fatalf("stream: %v", err)
			}
			break
		}
	}
	return out.String()
}

// chunkReader hands out at most n bytes per Read, to cut a stream at
// every possible place.
type chunkReader struct {
	s string
	n int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	k := min(len(p), r.n, len(r.s))
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

// readerOf streams s through c's Transformer.
func readerOf(s string, c *Cleaner) io.Reader {
	return transform.NewReader(strings.NewReader(s), c.Transformer())
}

// mustNew builds a Cleaner for a test; options in tests are known good.
func mustNew(opts ...Option) *Cleaner {
	c, err := New(opts...)
	if err != nil {
		panic(err)
	}
	return c
}
