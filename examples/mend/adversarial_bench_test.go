package main

import (
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/textmend/textmend/examples/internal/corpus"
)

var (
	advN      = flag.Int("adv-n", 64<<10, "BenchmarkAdversarial: bytes of the smallest input of each family (the others are 4× and 16×)")
	advScales = flag.String("adv-scales", "1,4,16", "BenchmarkAdversarial: the sizes to run, as multiples of -adv-n")
	advModes  = flag.String("adv-modes", "edits,all", "BenchmarkAdversarial: the analyses to run (edits, spans, quotes, all), to see which one holds the memory")
)

// repeatTo repeats unit until the result has about n bytes.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}

// adversarialFamilies are inputs built to hit the worst case of some part
// of the pipeline; each takes the size in bytes.
var adversarialFamilies = []struct {
	name string
	gen  func(n int) string
}{
	{"nul-bytes", func(n int) string { return strings.Repeat("\x00", n) }},
	{"bare-cr", func(n int) string { return strings.Repeat("\r", n) }},
	{"cr-lines", func(n int) string { return repeatTo("Zeile eins.\r", n) }},
	{"no-newline", func(n int) string {
		return repeatTo("Der Hund und die Katze sind im Garten, aber der Vogel ist nicht da. ", n)
	}},
	{"megabyte-lines", func(n int) string {
		line := repeatTo("Le chien et le chat sont dans le jardin . ", min(n, 1<<20))
		return repeatTo(line+"\n", n)
	}},
	{"script-every-char", func(n int) string { return repeatTo("aбαאا日ก", n) }},
	{"nested-entities", func(n int) string { return "&" + repeatTo("amp;", n) }},
	{"entity-runs", func(n int) string { return repeatTo("&amp;amp;amp;amp; ", n) }},
	{"quote-nesting", func(n int) string {
		k := n / 40
		return strings.Repeat("„a «b “c ‚d ‹e ", k) + strings.Repeat("› ‘ ” » “ ", k)
	}},
	{"open-quotes-then-blanks", func(n int) string {
		k := n / 4
		return strings.Repeat("„a", k) + strings.Repeat(" ", k) + "\n\nx"
	}},
	{"open-quotes-paragraph", func(n int) string { return strings.Repeat("„a", n/4) + "\n\nx" }},
	{"language-menu", func(n int) string { return repeatTo("Deutsch Haus English Haus Français Haus ", n) }},
	{"language-menu-only", func(n int) string { return repeatTo("Deutsch English Français Español 日本語 Русский ", n) }},
	{"language-menu-runs", func(n int) string {
		return repeatTo(strings.Repeat("Deutsch Haus English Haus Français Haus ", 42)+"und dann. ", n)
	}},
	{"punctuation-run", func(n int) string { return strings.Repeat("!", n) }},
	{"mixed-boms", func(n int) string { return repeatTo("\ufeffWort\ufffe \ufeff\ufeff", n) }},
	{"huge-token", func(n int) string { return strings.Repeat("a", n) }},
	{"glued-camel", func(n int) string { return repeatTo("HausTürFensterDachKellerGarten", n) }},
	{"case-runs-one-token", func(n int) string { return repeatTo("haus&A;BBBBB", n) }},
	{"space-punct", func(n int) string { return repeatTo(" , ; : ! ? ", n) }},
	{"invalid-bytes", func(n int) string { return repeatTo("Gr\xfc\xdfe \xff\xfe ", n) }},
	{"zero-width", func(n int) string { return repeatTo("a\u200b\u00ad\u200d", n) }},
}

// warmUp has letters of every script the families use, and Czech without
// diacritics, which builds the folded Czech and Slovak table.
const warmUp = "Na teto strance najdete vsechny informace. Der Hund schläft. Le chien dort. The dog sleeps. Собака спит. Ο σκύλος κοιμάται. הכלב ישן. الكلب نائم. 犬が寝ている。 สุนัขนอนหลับ"

// peakHeap samples the heap while f runs and returns the most it held.
func peakHeap(f func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak atomic.Uint64
	read := func() {
		metrics.Read(sample)
		if v := sample[0].Value.Uint64(); v > peak.Load() {
			peak.Store(v)
		}
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			read()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	f()
	close(done)
	<-stopped
	read()
	return peak.Load()
}

// BenchmarkAdversarial runs each family through what mend -json does with
// one input (corpus.Processor.Document), at n, 4n and 16n bytes, with edits
// only and with spans and quotes. It reports MB/s, output bytes per input
// byte and the peak heap. A family whose n took longer than 30 s skips
// its larger sizes: it is not linear, and would hold the run for many
// minutes; so does one whose output at n is over 50 bytes per input byte.
//
//	go test -run XXX -bench Adversarial -benchtime 1x ./examples/mend [-adv-n 262144]
func BenchmarkAdversarial(b *testing.B) {
	modes := []struct {
		name string
		a    corpus.Analyses
	}{{"edits", corpus.Edits}, {"spans", corpus.Spans}, {"quotes", corpus.Quotes}, {"all", corpus.AllAnalyses}}
	for _, m := range modes {
		if !slices.Contains(strings.Split(*advModes, ","), m.name) {
			continue
		}
		p, err := corpus.New(corpus.WithAnalyses(m.a))
		if err != nil {
			b.Fatal(err)
		}
		// Load the language models first: the first family that needs
		// them would otherwise pay for it.
		p.Document("warm-up", []byte(warmUp))
		for _, fam := range adversarialFamilies {
			var (
				tookN  time.Duration
				ratioN float64
			)
			for _, scale := range scales(b) {
				in := []byte(fam.gen(*advN * scale))
				name := fmt.Sprintf("%s/%s/%s", m.name, fam.name, sizeName(len(in)))
				b.Run(name, func(b *testing.B) {
					if scale > 1 && tookN > 30*time.Second {
						b.Skipf("n took %v", tookN)
					}
					if scale > 1 && ratioN > 50 {
						// Output that grows with the square of the input
						// would need tens of gigabytes at 16n.
						b.Skipf("n gave %.0f output bytes per input byte", ratioN)
					}
					b.SetBytes(int64(len(in)))
					b.ReportAllocs()
					var out int64
					start, cpu := time.Now(), cpuTime()
					peak := peakHeap(func() {
						for range b.N {
							// What mend -json does: analyse, then encode
							// onto the output.
							a, _ := p.Analyse("adversarial", in)
							out, _ = a.WriteTo(io.Discard)
						}
					})
					if scale == 1 {
						tookN = time.Since(start) / time.Duration(b.N)
						ratioN = float64(out) / float64(len(in))
					}
					if used := cpuTime() - cpu; used > 0 {
						// MB per CPU second: on a shared machine wall time
						// counts the other sessions too.
						b.ReportMetric(float64(len(in))*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
					}
					b.ReportMetric(float64(out)/float64(len(in)), "out/in")
					b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
				})
			}
		}
	}
}

// scales reads -adv-scales.
func scales(b *testing.B) []int {
	var out []int
	for _, f := range strings.Split(*advScales, ",") {
		var k int
		if _, err := fmt.Sscan(f, &k); err != nil || k < 1 {
			b.Fatalf("-adv-scales %q: want multiples like 1,4,16", *advScales)
		}
		out = append(out, k)
	}
	return out
}

func sizeName(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprintf("%dB", n)
}
