package lang

import (
	"sync"
	"testing"

	"github.com/pemistahl/lingua-go"
	"golang.org/x/text/language"
)

// benchText is a German news paragraph (615 bytes) with one English and one
// French sentence, the case the package was built for.
const benchText = `Die Stadt Leipzig hat am Montag ein neues Programm für junge Unternehmen vorgestellt. ` +
	`Gründerinnen und Gründer sollen in den ersten drei Jahren günstige Büroräume und eine kostenlose Beratung erhalten. ` +
	`Der Bürgermeister zitierte bei der Vorstellung einen amerikanischen Investor: "The best ideas often come from small teams with very little money." ` +
	`Auch eine Delegation aus der Partnerstadt Lyon war angereist. Ihr Sprecher sagte: "Nous voulons créer des liens entre les jeunes entreprises de nos deux villes." ` +
	`Die ersten Anträge können ab dem kommenden Monat gestellt werden.`

// benchTags is the language set of all three benchmarks: 17 languages, as in
// the comparison of the issue that asked for this package.
var benchTags = []language.Tag{
	language.English, language.German, language.French, language.Spanish, language.Italian,
	language.Portuguese, language.Dutch, language.Polish, language.Russian, language.Ukrainian,
	language.Greek, language.Korean, language.Japanese, language.Chinese, language.Arabic,
	language.Hebrew, language.Turkish,
}

func benchLanguages() []lingua.Language {
	var ls []lingua.Language
	for _, t := range benchTags {
		l, _ := linguaOf(t)
		ls = append(ls, l)
	}
	return ls
}

var benchLingua = sync.OnceValue(func() lingua.LanguageDetector {
	return lingua.NewLanguageDetectorBuilder().FromLanguages(benchLanguages()...).Build()
})

var benchLinguaLow = sync.OnceValue(func() lingua.LanguageDetector {
	return lingua.NewLanguageDetectorBuilder().FromLanguages(benchLanguages()...).WithLowAccuracyMode().Build()
})

// BenchmarkSpans, BenchmarkLinguaMultiple, BenchmarkLinguaWhole and
// BenchmarkLinguaWholeLow run on the same text with the same 17 languages;
// run them together:
//
//	go test ./lang/ -run '^$' -bench . -benchmem
func BenchmarkSpans(b *testing.B) {
	d, err := New(WithLanguages(benchTags...))
	if err != nil {
		b.Fatal(err)
	}
	d.Spans(benchText) // load models outside the timing
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		d.Spans(benchText)
	}
}

// BenchmarkLinguaMultiple is lingua's own span detection.
func BenchmarkLinguaMultiple(b *testing.B) {
	d := benchLingua()
	d.DetectMultipleLanguagesOf(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		d.DetectMultipleLanguagesOf(benchText)
	}
}

// BenchmarkLinguaWhole is one lingua detection of the whole text: a single
// language for everything, the cheapest thing lingua can do with it.
func BenchmarkLinguaWhole(b *testing.B) {
	d := benchLingua()
	d.DetectLanguageOf(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		d.DetectLanguageOf(benchText)
	}
}

// BenchmarkLinguaWholeLow is BenchmarkLinguaWhole in lingua's low-accuracy
// mode (trigrams only), its fastest setting.
func BenchmarkLinguaWholeLow(b *testing.B) {
	d := benchLinguaLow()
	d.DetectLanguageOf(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		d.DetectLanguageOf(benchText)
	}
}

// BenchmarkSpansDefault is the package-level Spans with DefaultLanguages.
func BenchmarkSpansDefault(b *testing.B) {
	Spans(benchText)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Spans(benchText)
	}
}
