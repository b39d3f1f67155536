package quote

import (
	"os"
	"strings"
	"testing"
	"unicode"
)

// newsText is the golden news fixtures repeated to about 1 MB. With
// prose the mix has one quote per 370 bytes, denser than a news corpus
// (the German news quotation corpus has one per 1.9 KB); without it, one
// quote per 130 bytes, a worst case of dense quoting.
func newsText(b *testing.B, prose bool) string {
	files := []string{"de_news.txt", "en_news.txt", "romance_news.txt"}
	if prose {
		p := []string{"de_prose.txt", "en_prose.txt"}
		for i := 0; i < 4; i++ {
			files = append(files, p...)
		}
	}
	var parts []string
	for _, f := range files {
		s, err := os.ReadFile("../testdata/quote/" + f)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(s))
	}
	one := strings.Join(parts, "\n\n")
	return strings.Repeat(one+"\n\n", 1<<20/len(one)+1)
}

// fictionText is dialogue of novels, English and German, repeated to
// about 1 MB: short quotes, cues and pronouns, turns without cues, one
// quote per 40 bytes.
func fictionText(b *testing.B) string {
	var parts []string
	for _, f := range []string{"fiction_en.txt", "fiction_de.txt"} {
		s, err := os.ReadFile("../testdata/quote/bench/" + f)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(s))
	}
	one := strings.Join(parts, "\n\n")
	return strings.Repeat(one+"\n\n", 1<<20/len(one)+1)
}

func BenchmarkExtractFiction(b *testing.B) {
	text := fictionText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text)
	}
}

func BenchmarkExtractNews(b *testing.B) {
	text := newsText(b, true)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text)
	}
}

func BenchmarkExtractDenseQuotes(b *testing.B) {
	text := newsText(b, false)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text)
	}
}

// BenchmarkRuneLoop is the baseline for BenchmarkExtractNews: a loop that
// decodes every rune of the same text and asks whether it is a letter.
// Extract is judged by its speed as a ratio to this loop. It counts to
// b.N itself: inside b.Loop the compiler keeps the counter alive in
// memory at every step, which halves the loop's speed.
func BenchmarkRuneLoop(b *testing.B) {
	text := newsText(b, true)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n += letters(text)
	}
	if n < 0 {
		b.Fatal("unreachable: keeps the loop")
	}
}

// letters is the rune loop: range over the text and unicode.IsLetter.
func letters(text string) int {
	n := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
