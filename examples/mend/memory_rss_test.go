package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var (
	advRSSKiB  = flag.Int("adv-rss-kib", 1024, "TestAdversarialRSS: KiB of each adversarial input")
	advRSSEach = flag.Bool("adv-rss-each", false, "TestAdversarialRSS: also run each family in a process of its own (a minute more)")
)

// smallMultiscript is a short text in seven scripts: the smallest input
// that builds several language tables, so the floor of the memory bound.
const smallMultiscript = "Der Hund läuft schnell nach Hause. Собака бежит домой. الكلب يركض إلى المنزل. Ο σκύλος τρέχει. הכלב רץ הביתה. कुत्ता घर भागता है। 개가 집으로 달려간다. 狗跑回家了。\n"

// TestAdversarialRSS runs mend -json with every analysis, as a service
// would, over each adversarial family and over a short text in seven
// scripts alone, and over all of them at once (with -adv-rss-each, each
// family alone too): the peak RSS stays within ten times the largest
// document plus 100 MB (issue 14), whatever the number of documents.
func TestAdversarialRSS(t *testing.T) {
	bin := mendBinary(t)
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	bound := func(largest int) float64 { return float64(10*largest)/(1<<20) + 100 }
	paths := []string{write("small.txt", smallMultiscript)}
	check := func(name string, largest int, args ...string) {
		m := runBinary(bin, append([]string{"-json", "-o", os.DevNull}, args...)...)
		t.Logf("%s: %v (bound %.0f MB)", name, m, bound(largest))
		if m.err != nil && !strings.Contains(m.stderr, "refused: binary data") {
			t.Errorf("%s: %v\n%s", name, m.err, m.stderr) // NUL bytes are refused, and still measured
		}
		if m.rssMB < 0 || m.rssMB > bound(largest) {
			t.Errorf("%s: peak RSS %.0f MB, want at most %.0f MB", name, m.rssMB, bound(largest))
		}
	}
	check("small text in seven scripts", len(smallMultiscript), paths[0])
	largest := len(smallMultiscript)
	for _, fam := range adversarialFamilies {
		text := fam.gen(*advRSSKiB << 10)
		path := write(fam.name+".txt", text)
		paths = append(paths, path)
		largest = max(largest, len(text))
		if *advRSSEach {
			check(fmt.Sprintf("%s, %d KiB", fam.name, len(text)>>10), len(text), path)
		}
	}
	check(fmt.Sprintf("all %d inputs in one run", len(paths)), largest, paths...)
}
