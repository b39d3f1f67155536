package cleanup

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"
)

// adversarialFamilies are inputs built to make a cleaner slow, large or
// unstable: long runs of one damage, marks that never pair, a script
// change at every character, lines of megabytes. Each is made at any size
// from a unit, so that cost can be compared at n and 16n.
var adversarialFamilies = []struct {
	name string
	make func(n int) string
}{
	{"NUL bytes", repeatTo("\x00")},
	{"bare CRs", repeatTo("\r")},
	{"CR lines", repeatTo("Zeile eins.\r")},
	{"script change every char", repeatTo("aΩ")},
	{"nested entities", func(n int) string { return "&" + strings.Repeat("amp;", n/4) }},
	{"entities", repeatTo("&amp;")},
	{"open quotes then spaces", func(n int) string {
		return strings.Repeat("„a", n/6) + strings.Repeat(" ", n/3) + "\n\nx"
	}},
	{"open quotes every kind", repeatTo("„a «b “c ‚d ‹e ")},
	{"straight quotes", repeatTo("\" ")},
	{"one punctuation", repeatTo("!")},
	{"comma glue", repeatTo("a,b")},
	{"period glue", repeatTo("spät.Dann")},
	{"camel humps", repeatTo("aB")},
	{"digit glue", repeatTo("von3")},
	{"numbers in one token", repeatTo("A\"D388;")},       // each number used to read the whole token again
	{"case runs in one token", repeatTo("haus&A;BBBBB")}, // each run used to read the whole token again
	{"huge token", repeatTo("x")},
	{"mixed BOMs", repeatTo("\ufeffa\xff\xfe\xef\xbb\xbfb ")},
	{"escape sequences", repeatTo("\x1b[31m\x1b]0;")},
	{"mojibake", repeatTo("Ã¼Ã¶ ")},
	{"invisible", repeatTo("a\u200b\u00ad")},
	{"full width", repeatTo("ｅ")},
	{"bilingual line", repeatTo("Der Hund und die Katze sind da.  Le chien et le chat sont là ! ")},
	{"random bytes", func(n int) string {
		rng := rand.New(rand.NewPCG(7, 9))
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return string(b)
	}},
}

func repeatTo(unit string) func(n int) string {
	return func(n int) string { return strings.Repeat(unit, max(1, n/len(unit))) }
}

// BenchmarkAdversarialFamilies cleans each family at 256 KB and 4 MB
// (16n) with Explain, the costliest entry point, and reports MB/s, the
// size of the result next to the input (text plus edits, out/in) and the
// peak live heap. Time at 16n should be at most 20x that at n (4x input,
// at most 5x time, twice over); README's table holds the figures.
func BenchmarkAdversarialFamilies(b *testing.B) {
	c := mustNew()
	for _, f := range adversarialFamilies {
		for _, n := range []int{256 << 10, 4 << 20} {
			in := f.make(n)
			b.Run(fmt.Sprintf("%s/%dKB", f.name, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				b.ReportAllocs()
				var r Result
				peak := peakHeap(func() {
					for b.Loop() {
						r = c.Explain(in)
					}
				})
				b.ReportMetric(float64(resultSize(r))/float64(len(in)), "out/in")
				b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
			})
		}
	}
}

// resultSize is about what a result takes as JSON: the text, and each
// edit's strings and numbers.
func resultSize(r Result) int {
	n := len(r.Text)
	for _, e := range r.Edits {
		n += len(e.Rule) + len(e.Old) + len(e.New) + 40
	}
	return n
}

// peakHeap runs f and returns the most heap its objects held meanwhile,
// sampled every millisecond.
func peakHeap(f func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := read()
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				peak = max(peak, read())
			}
		}
	}()
	f()
	close(done)
	wg.Wait()
	peak = max(peak, read())
	if peak < base {
		return 0
	}
	return peak - base
}

// TestAdversarialFamiliesStayLinear checks every family for what no
// timing can show: the result stays a small constant times the input
// (text and edits as JSON, at most one edit per two bytes of damage), the
// edits explain the text, and Clean is idempotent. The check runs on a
// paragraph that fits a segment; a longer one without spaces is cut inside
// a word, which only TestLongLineIsIdempotent's texts with spaces promise
// to survive (see the README).
func TestAdversarialFamiliesStayLinear(t *testing.T) {
	c := mustNew()
	for _, f := range adversarialFamilies {
		in := f.make(48 << 10)
		r := c.Explain(in)
		checkEdits(t, in, r)
		if size := resultSize(r); size > 24*len(in)+64 {
			t.Errorf("%s: %d input bytes give a result of %d bytes", f.name, len(in), size)
		}
		if again := c.Clean(r.Text); again != r.Text {
			t.Errorf("%s: second Clean changes the text: %s", f.name, firstDiff(r.Text, again))
		}
	}
}
