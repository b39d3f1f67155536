//go:build debian

package cleanup

import (
	"strings"
	"testing"
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
