//go:build debian

package cleanup

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// BenchmarkConfigsDictionary is BenchmarkConfigs with Debian's German
// dictionary beside the default Cleaner, on the same clean text: the cost
// of looking every long word up (target: within 20% of "all").
func BenchmarkConfigsDictionary(b *testing.B) {
	de := debianDictionary(b, "de_DE")
	for _, text := range []struct{ name, s string }{{"news", strings.Repeat(cleanNews, 200)}, {"names", namesText(b)}} {
		for _, cfg := range []struct {
			name string
			c    *Cleaner
		}{
			{"all", mustNew()},
			{"dictionary", mustNew(WithLexicon(de))},
		} {
			b.Run(text.name+"/"+cfg.name, func(b *testing.B) { benchClean(b, cfg.c, text.s) })
		}
	}
}

// BenchmarkDictionaryCost runs the default Cleaner and one with de_DE in
// turn on the same clean text, on one locked thread, and reports their
// ratio by the thread's CPU time (x-default: the dictionary Cleaner's
// speed as a share of the default one's; target 0.8): on a loaded machine
// wall times measure the load more than the code.
func BenchmarkDictionaryCost(b *testing.B) {
	de := debianDictionary(b, "de_DE")
	plain, dict := mustNew(), mustNew(WithLexicon(de))
	for _, text := range []struct{ name, s string }{{"news", strings.Repeat(cleanNews, 200)}, {"names", namesText(b)}} {
		b.Run(text.name, func(b *testing.B) {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			b.SetBytes(int64(len(text.s)))
			var inPlain, inDict time.Duration
			for b.Loop() {
				t0 := threadCPUTime()
				plain.Clean(text.s)
				t1 := threadCPUTime()
				dict.Clean(text.s)
				inPlain, inDict = inPlain+t1-t0, inDict+threadCPUTime()-t1
			}
			mb := float64(len(text.s)) * float64(b.N) / 1e6
			b.ReportMetric(mb/inPlain.Seconds(), "default-MB/s")
			b.ReportMetric(mb/inDict.Seconds(), "dictionary-MB/s")
			b.ReportMetric(inPlain.Seconds()/inDict.Seconds(), "x-default")
		})
	}
}
