package quote

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// family is an input made to defeat pairing or attribution, built at
// about n bytes.
type family struct {
	name string
	make func(n int) string
}

// repeatTo repeats unit to about n bytes, then adds tail.
func repeatTo(unit string, n int, tail string) string {
	return strings.Repeat(unit, max(1, n/len(unit))) + tail
}

// adversarial are the families of the adversarial benchmark and of the
// output bound test. Each one aims at one part of the scanner.
var adversarial = []family{
	// Open quotes trimming one run of white space at a paragraph break.
	{"open-then-spaces", func(n int) string {
		k := n / 5
		return strings.Repeat("„a", k) + strings.Repeat(" ", k) + "\n\nx"
	}},
	// Open quotes ending together at a paragraph break.
	{"open-then-para", func(n int) string { return repeatTo("„a", n, "\n\nx") }},
	// Every mark type opened in turn, closed in reverse: deep nesting.
	{"nest-closed-mixed", func(n int) string {
		open := []string{"„a ", "«b ", "“c ", "‚d ", "‹e ", "»f ", "「g", "『h", "\"i ", "'j "}
		shut := []string{" a“", " b»", " c”", " d‘", " e›", " f«", "g」", "h』", " i\"", " j'"}
		var sb strings.Builder
		k := 0
		for sb.Len() < n/2 {
			sb.WriteString(open[k%len(open)])
			k++
		}
		for k--; k >= 0; k-- {
			sb.WriteString(shut[k%len(shut)])
		}
		return sb.String()
	}},
	// Deep nesting of one mark type each, closed in reverse.
	{"nest-low9e", func(n int) string { return nested("„x ", " x“", n) }},
	{"nest-guillemets", func(n int) string { return nested("« x ", " x »", n) }},
	{"nest-straight", func(n int) string { return nested("\"x ", " x\"", n) }},
	{"nest-corner", func(n int) string { return nested("「x", "x」", n) }},
	// Unbalanced marks by the thousand.
	{"closers", func(n int) string { return repeatTo("“", n, "") }},
	{"openers", func(n int) string { return repeatTo("„", n, "x") }},
	{"straight", func(n int) string { return repeatTo("\"", n, "") }},
	{"unbalanced-words", func(n int) string { return repeatTo("„ab ", n/2, "") + repeatTo("cd« ", n/2, "") }},
	{"singles", func(n int) string { return repeatTo("'a ", n, "") }},
	{"mixed-marks", func(n int) string { return repeatTo("„“”‚‘’«»‹›\"'「」", n, "") }},
	// Long runs of one punctuation sign, and cues without quotes.
	{"dots", func(n int) string { return repeatTo(".", n, "") }},
	{"commas-colons", func(n int) string { return repeatTo(",:", n, " „a“") }},
	{"cues-only", func(n int) string { return repeatTo("sagte er, said she: ", n, "") }},
	// A huge token and a megabyte line with quotes.
	{"huge-token", func(n int) string { return "„" + repeatTo("x", n, "“, sagte Anna.") }},
	{"one-line-dialogue", func(n int) string {
		return repeatTo("„Komm her“, sagte Anna Weber, „sofort.“ Er sagte: „Nein.“ ", n, "")
	}},
	{"paragraph-dialogue", func(n int) string {
		return repeatTo("“Come here,” said Anna.\n\n“No,” he said.\n\n“Why not?”\n\n", n, "")
	}},
	// A quote reopened in every paragraph, never closed.
	{"multi-paragraph", func(n int) string { return repeatTo("“Und weiter so\n\n", n, "") }},
	{"blank-lines", func(n int) string { return repeatTo("„a\n\n", n, "") }},
	{"invalid-utf8", func(n int) string { return repeatTo("„\xff\xfe“\x80", n, "") }},
}

// nested opens k quotes with open and closes them with shut, to about n bytes.
func nested(open, shut string, n int) string {
	k := max(1, n/(len(open)+len(shut)))
	return strings.Repeat(open, k) + strings.Repeat(shut, k)
}

// outputBytes is what the quotes of one text take as JSON, the form a
// service returns them in.
func outputBytes(qs []Quote) int {
	b, _ := json.Marshal(qs)
	return len(b)
}

// textBytes sums the text the quotes carry: Text, marks, speaker and cue.
func textBytes(qs []Quote) int {
	n := 0
	for _, q := range qs {
		n += len(q.Text) + len(q.Open) + len(q.Close) + len(q.Speaker) + len(q.Cue)
	}
	return n
}

// maxTextPerByte bounds the text of all quotes against the input: every
// byte is inside at most maxDepth quotes, and marks, speaker and cue add
// no more than that again.
const maxTextPerByte = 2 * maxDepth

// TestOutputBound checks that the quotes of every adversarial family,
// their texts together, stay within a constant times the input.
func TestOutputBound(t *testing.T) {
	for _, f := range adversarial {
		for _, n := range []int{1 << 10, 1 << 14} {
			text := f.make(n)
			qs := Extract(text)
			if got := textBytes(qs); got > maxTextPerByte*len(text) {
				t.Errorf("%s/%d: %d bytes of quote text for %d bytes of input", f.name, n, got, len(text))
			}
			checkInvariants(t, text, qs)
		}
	}
}

// BenchmarkAdversarial runs every family at n, 4n and 16n bytes. It
// reports MB/s and the JSON output bytes per input byte: time per byte
// and output per byte stay flat when extraction is linear.
func BenchmarkAdversarial(b *testing.B) {
	for _, f := range adversarial {
		for _, n := range []int{1 << 16, 1 << 18, 1 << 20} {
			b.Run(fmt.Sprintf("%s/%d", f.name, n>>10), func(b *testing.B) {
				text := f.make(n)
				out := outputBytes(Extract(text))
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					Extract(text)
				}
				b.ReportMetric(float64(out)/float64(len(text)), "out/in")
			})
		}
	}
}
