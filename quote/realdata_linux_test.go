//go:build realdata && linux

package quote

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// BenchmarkCPURatioRealNews is BenchmarkCPURatio on real news articles
// that nobody on the project wrote: the development splits in
// ../shared/realdata, read at run time (they are for measuring only and
// never copied here), each split's articles joined by blank lines. It
// reports how many bytes there are per quote found ("bytes/quote": about
// 850 in the German split, 400 in the English, where newsText has 370).
func BenchmarkCPURatioRealNews(b *testing.B) {
	for _, c := range []struct{ name, file string }{
		{"de", "quotes-de-news.jsonl"},
		{"en", "quotes-en-news.jsonl"},
	} {
		b.Run(c.name, func(b *testing.B) {
			text := realText(b, "../../shared/realdata/"+c.file, 4<<20)
			cpuRatio(b, text)
			b.ReportMetric(float64(len(text))/float64(len(Extract(text))), "bytes/quote")
		})
	}
}

// realText joins the texts of the articles in a realdata split, up to
// about limit bytes.
func realText(b *testing.B, path string, limit int) string {
	f, err := os.Open(path)
	if err != nil {
		b.Fatalf("realdata: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	var sb strings.Builder
	for sc.Scan() && sb.Len() < limit {
		var d struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		sb.WriteString(d.Text)
		sb.WriteString("\n\n")
	}
	if err := sc.Err(); err != nil || sb.Len() == 0 {
		b.Fatalf("realdata: %s: no text (%v)", path, err)
	}
	return sb.String()
}
