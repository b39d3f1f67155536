package cleanup

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/transform"
)

// cleanNews is undamaged German news prose: Clean must pass it through.
const cleanNews = `Die Bundesregierung will die Förderung für Elektroautos verlängern, wie ein Sprecher des Ministeriums am Montag in Berlin mitteilte. Die Opposition kritisierte das Vorhaben als zu teuer und forderte stattdessen mehr Geld für den öffentlichen Nahverkehr. „Wir brauchen Busse und Bahnen, nicht noch mehr Autos“, sagte die Abgeordnete Maria Keller. Nach Angaben des Statistischen Bundesamts stiegen die Zulassungszahlen im dritten Quartal um 12,5 Prozent.

`

// dirtyNews has the damage of scraped, machine-translated text.
const dirtyNews = "Die Bundesregierung will die Förderung  verlängern ,wie ein Sprecher am Montag mitteilte.Die Opposition kritisierte das Vorhaben ( als zu teuer ) . „ Wir brauchen Busse “,sagte die Abgeordnete:„Nicht noch mehr Autos.“ .“ Die\u00A0Zahlen stiegen um 12,5\u00A0Prozent.   \r\n\r\n"

func benchClean(b *testing.B, c *Cleaner, in string) {
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c.Clean(in)
	}
}

func BenchmarkCleanNoChange(b *testing.B) {
	benchClean(b, mustNew(), strings.Repeat(cleanNews, 200))
}

func BenchmarkCleanDirty(b *testing.B) {
	benchClean(b, mustNew(), strings.Repeat(dirtyNews, 200))
}

// BenchmarkCleanOneLine is a megabyte without a line break: segments are
// cut at spaces and cost stays linear.
func BenchmarkCleanOneLine(b *testing.B) {
	benchClean(b, mustNew(), strings.Repeat(strings.ReplaceAll(dirtyNews, "\r\n", " "), 1<<20/len(dirtyNews)))
}

// BenchmarkCleanSize runs the same text at three sizes: ns per byte
// should not grow with the size.
func BenchmarkCleanSize(b *testing.B) {
	for _, n := range []struct {
		name  string
		times int
	}{{"64KB", 1 << 16}, {"1MB", 1 << 20}, {"16MB", 1 << 24}} {
		in := strings.Repeat(dirtyNews, n.times/len(dirtyNews))
		b.Run(n.name, func(b *testing.B) { benchClean(b, mustNew(), in) })
	}
}

func BenchmarkExplainDirty(b *testing.B) {
	in := strings.Repeat(dirtyNews, 200)
	c := mustNew()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		c.Explain(in)
	}
}

// BenchmarkTransformer streams 16 MB through a 4 KB reader. The memory
// held at once stays at about two segments.
func BenchmarkTransformer(b *testing.B) {
	in := strings.Repeat(dirtyNews, (16<<20)/len(dirtyNews))
	c := mustNew()
	buf := make([]byte, 4096)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		r := readerOf(in, c)
		for {
			if _, err := r.Read(buf); err != nil {
				break
			}
		}
	}
}

// BenchmarkGolden cleans the golden documents, the closest thing to real
// damaged input the repository has.
func BenchmarkGolden(b *testing.B) {
	benchClean(b, mustNew(), goldenDocuments(b))
}

// goldenDocuments joins the golden input documents, one paragraph apart.
func goldenDocuments(b testing.TB) string {
	files, _ := filepath.Glob("../testdata/cleanup/*.txt")
	if len(files) == 0 {
		b.Fatal("no golden documents in testdata/cleanup")
	}
	var all strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all.Write(data)
		all.WriteString("\n\n")
	}
	return all.String()
}

// BenchmarkTransformerHeap streams 10 MB and 100 MB of damaged news from
// a reader that never holds the input, and reports the largest live heap
// seen while streaming: it stays the same at both sizes (about two
// segments), and so, nearly, do the bytes allocated per op: the rules
// write into reused buffers, and only what they make themselves (a
// decoded or normalized run) is new.
func BenchmarkTransformerHeap(b *testing.B) {
	unit := strings.Repeat(cleanNews, 30) + dirtyNews + "\n\n"
	for _, mb := range []int{10, 100} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			n := (mb << 20) / len(unit)
			c := mustNew()
			buf := make([]byte, 32<<10)
			b.SetBytes(int64(n * len(unit)))
			b.ReportAllocs()
			var peak uint64
			var ms runtime.MemStats
			for b.Loop() {
				r := transform.NewReader(&repeatReader{s: unit, n: n}, c.Transformer())
				for k := 0; ; k++ {
					_, err := r.Read(buf)
					if k%512 == 0 {
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapAlloc)
					}
					if err != nil {
						break
					}
				}
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}

// BenchmarkAdversarial cleans a megabyte without spaces made of one
// pattern that every rule family trips over. Compare MB/s with
// -benchtime and the input sizes of BenchmarkCleanSize: cost per byte
// stays flat (linear time), it never grows with the length of a token.
func BenchmarkAdversarial(b *testing.B) {
	for _, unit := range []string{
		"a.B", "Regierungder.", "aΩb", "Ã©", "ChatGPTbereits", "x„", "«a»", "&amp;",
		"e\u0301", "Ａ", "\x1b[0m", "\xff", "undder", "a:B", "日本語English", "\u200b", "a\u202ab", " ,a",
	} {
		in := strings.Repeat(unit, (1<<20)/len(unit))
		b.Run(fmt.Sprintf("%q", unit), func(b *testing.B) { benchClean(b, mustNew(), in) })
	}
}

// namesText is text that needs no change but is full of what the join
// rules must look at twice: brands with inner capitals, language menus,
// several scripts, French spacing. It is the cleaned form of the golden
// documents, repeated.
func namesText(b *testing.B) string {
	c := mustNew()
	in := c.Clean(strings.Repeat(goldenDocuments(b), 10))
	if c.Clean(in) != in {
		b.Fatal("cleaned text is not stable")
	}
	return in
}

func BenchmarkCleanNoChangeNames(b *testing.B) {
	benchClean(b, mustNew(), namesText(b))
}

// BenchmarkConfigs compares rule sets on text that needs no change, for
// the README: the cost of the join rules and of the encoding repairs, on
// plain news and on name-rich multilingual text.
func BenchmarkConfigs(b *testing.B) {
	joins := []string{"script-joins", "case-joins", "lexicon-joins"}
	repairs := []string{"surrogates", "cp1252-bytes", "mojibake", "html-entities", "control-chars", "ligatures", "full-width", "nfc"}
	for _, text := range []struct{ name, s string }{{"news", strings.Repeat(cleanNews, 200)}, {"names", namesText(b)}} {
		for _, cfg := range []struct {
			name string
			c    *Cleaner
		}{
			{"all", mustNew()},
			{"no-joins", mustNew(WithoutRules(joins...))},
			{"no-repairs", mustNew(WithoutRules(repairs...))},
			{"spacing-only", mustNew(WithoutRules(append(joins, repairs...)...))},
		} {
			b.Run(text.name+"/"+cfg.name, func(b *testing.B) { benchClean(b, cfg.c, text.s) })
		}
	}
}
