package lang

import (
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// adversarial are input families an attacker (or a broken scraper) might
// send, each built to about n bytes. They probe the cost of every step:
// menus, script changes, segments that each go to the model, quotes,
// huge tokens, invalid bytes.
var adversarial = []struct {
	name string
	make func(n int) string
}{
	{"menu-haus", repeatTo("Deutsch Haus English Haus Français Haus ")},
	{"menu-only", repeatTo("Deutsch English Français Español 日本語 Русский ")},
	// menus just short enough to be menus, one after the other
	{"menu-runs", repeatTo(strings.Repeat("Deutsch Haus English Haus Français Haus ", 42) + "und dann. ")},
	{"script-every-char", repeatTo("aбαא가ж")},
	{"script-every-word", repeatTo("abc где xyz где ")},
	{"amp", func(n int) string { return "&" + strings.Repeat("amp;", n/4) }},
	{"cr-lines", repeatTo("Zeile eins.\r")},
	{"nul", repeatTo("\x00")},
	{"bare-cr", repeatTo("\r")},
	{"invalid-utf8", repeatTo("\xff\xfe")},
	{"huge-token", repeatTo("x")},
	{"huge-token-mixed", repeatTo("abcабв")},
	{"punctuation", repeatTo("!?…")},
	{"quotes-open", repeatTo("„a ")},
	{"quotes-nested", repeatTo("„a «b “c ‚d ")},
	{"one-letter-words", repeatTo("a b c d ")},
	{"short-sentences", repeatTo("Ja. Oui. Si. No. Da. ")},
	{"urls", repeatTo("https://example.org/a/b?c=d mail@example.org ")},
	{"digits", repeatTo("12345 67.89 ")},
	{"megabyte-line-de-fr", repeatTo("Der Hund und die Katze sind im Garten, aber der Vogel ist nicht da.  Le chien et le chat sont dans le jardin, mais il ne est pas là ! ")},
	{"prose-de", repeatTo("Die Stadt hat am Montag ein neues Programm für junge Unternehmen vorgestellt. ")},
	{"cjk-latin", repeatTo("我们使用ChatGPT写代码。")},
}

func repeatTo(unit string) func(n int) string {
	return func(n int) string { return strings.Repeat(unit, max(1, n/len(unit))) }
}

// outputBytes is the size of the spans as JSON, the form a service sends.
func outputBytes(spans []Span) int {
	type js struct {
		Start, End int
		Lang       string
		Script     string
		Confidence float64
	}
	out := make([]js, len(spans))
	for i, s := range spans {
		out[i] = js{s.Start, s.End, s.Lang.String(), s.Script, s.Confidence}
	}
	b, _ := json.Marshal(out)
	return len(b)
}

// maxOutputRatio bounds the JSON size of the spans per input byte on every
// input (see TestOutputBound). A span holds two letters at least, so
// there is at most one for every three bytes of input, each about sixty
// bytes of JSON; a language menu, a span for every name of seven bytes or
// so, is the worst legitimate case.
const maxOutputRatio = 16

// TestOutputBound checks on every adversarial family that the spans stay
// within a constant of the input and come out the same twice.
func TestOutputBound(t *testing.T) {
	d := testDetector()
	for _, f := range adversarial {
		t.Run(f.name, func(t *testing.T) {
			text := f.make(1 << 14)
			spans := d.Spans(text)
			checkInvariants(t, text, spans)
			if r := float64(outputBytes(spans)) / float64(len(text)); r > maxOutputRatio {
				t.Errorf("%d spans, %.1f output bytes per input byte, want <= %d", len(spans), r, maxOutputRatio)
			}
			if again := d.Spans(text); !sameSpans(spans, again) {
				t.Errorf("second call differs")
			}
		})
	}
}

func sameSpans(a, b []Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// BenchmarkAdversarial runs every family at n and 16n bytes and reports
// throughput, JSON output bytes per input byte and the peak heap during the
// call (sampled every millisecond). cpu-MB/s is the throughput per second
// of CPU time used by the process, which a machine shared with other jobs
// disturbs less than the wall clock. Compare the two sizes of a family: the
// time per byte must stay about the same.
//
//	go test ./lang/ -run '^$' -bench Adversarial -count 1
func BenchmarkAdversarial(b *testing.B) {
	d := testDetector()
	d.Spans(warmUp)
	for _, f := range adversarial {
		for _, n := range []int{1 << 16, 1 << 20} {
			text := f.make(n)
			b.Run(fmt.Sprintf("%s/%dKB", f.name, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				var spans []Span
				cpu0 := cpuTime()
				peak := peakHeap(func() {
					for b.Loop() {
						spans = d.Spans(text)
					}
				})
				b.ReportMetric(float64(len(text))*float64(b.N)/(cpuTime()-cpu0).Seconds()/1e6, "cpu-MB/s")
				b.ReportMetric(float64(outputBytes(spans))/float64(len(text)), "out/in")
				b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
			})
		}
	}
}

// peakHeap runs f and returns the highest live heap seen meanwhile, above
// the heap before f. runtime/metrics reads without stopping the world.
func peakHeap(f func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	base := read()
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			if h := read(); h > base && h-base > peak.Load() {
				peak.Store(h - base)
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(stop)
	wg.Wait()
	return peak.Load()
}

// cpuTime is the user and system time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// memoryBound is the promise of issue 14: at most ten times the document
// plus 100 MB, whatever the document.
func memoryBound(n int) uint64 { return 10*uint64(n) + 100<<20 }

// TestMemoryBound runs the families that need most memory per byte on a
// document of four chunks (1 MB) and checks the peak heap against memoryBound.
func TestMemoryBound(t *testing.T) {
	d := testDetector()
	d.Spans(warmUp)
	for _, name := range []string{"script-every-char", "megabyte-line-de-fr", "one-letter-words", "quotes-nested"} {
		t.Run(name, func(t *testing.T) {
			text := familyText(name, 4*maxChunk)
			var spans []Span
			peak := peakHeap(func() { spans = d.Spans(text) })
			t.Logf("peak heap %.1f MB for %.1f MB", float64(peak)/(1<<20), float64(len(text))/(1<<20))
			if peak > memoryBound(len(text)) {
				t.Errorf("peak heap %d MB for %d MB, want <= %d MB", peak>>20, len(text)>>20, memoryBound(len(text))>>20)
			}
			checkInvariants(t, text, spans)
		})
	}
}

func familyText(name string, n int) string {
	for _, f := range adversarial {
		if f.name == name {
			return f.make(n)
		}
	}
	panic("no family " + name)
}

// BenchmarkLargeDocument runs Spans on 20 MB documents of one line and
// reports throughput and the peak heap against memoryBound (issue 14).
//
//	go test ./lang/ -run '^$' -bench LargeDocument -benchtime 1x
func BenchmarkLargeDocument(b *testing.B) {
	d := testDetector()
	d.Spans(warmUp)
	for _, name := range []string{"megabyte-line-de-fr", "prose-de", "script-every-char", "menu-haus", "menu-only", "menu-runs", "cjk-latin"} {
		text := familyText(name, 20<<20)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			cpu0 := cpuTime()
			peak := peakHeap(func() {
				for b.Loop() {
					d.Spans(text)
				}
			})
			b.ReportMetric(float64(len(text))*float64(b.N)/(cpuTime()-cpu0).Seconds()/1e6, "cpu-MB/s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
			b.ReportMetric(float64(peak)/float64(memoryBound(len(text))), "peak/bound")
		})
	}
}

// warmUp builds the Latin, Cyrillic and Arabic tables and the folded one
// (Czech without diacritics), so that no measurement includes their build.
const warmUp = "Warm up: Deutsch, English, français, русский, العربية. Na teto strance najdete vsechny informace."
