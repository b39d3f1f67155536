package lang_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/textmend/textmend/lang"
	"golang.org/x/text/language"
)

func ExampleSpans() {
	text := "Die Ministerin sagte: „We are proud of this team.“ Danach ging sie."
	for _, s := range lang.Spans(text) {
		fmt.Printf("%s %s %q\n", s.Lang, s.Script, text[s.Start:s.End])
	}
	// Output:
	// de Latn "Die Ministerin sagte"
	// en Latn "We are proud of this team"
	// de Latn "Danach ging sie"
}

func ExampleNew() {
	d, err := lang.New(lang.WithLanguages(language.German, language.English, language.French))
	if err != nil {
		fmt.Println(err)
		return
	}
	tag, _ := d.Language("Le musée ouvre ses portes au public mardi prochain.")
	fmt.Println(tag)

	_, err = lang.New(lang.WithLanguages(language.Make("tlh")))
	fmt.Println(err)
	// Output:
	// fr
	// lang: unsupported language "tlh"
}

func ExampleDetector_Spans() {
	d, _ := lang.New()
	menu := "Deutsch English Русский Ελληνικά 한국어 日本語 Français Português español"
	for _, s := range d.Spans(menu) {
		fmt.Printf("%s:%s ", s.Lang, menu[s.Start:s.End])
	}
	fmt.Println()
	// Output:
	// de:Deutsch en:English ru:Русский el:Ελληνικά ko:한국어 ja:日本語 fr:Français pt:Português es:español
}

func ExampleDetector_SpansEach() {
	d, _ := lang.New()
	text := "Die Ministerin sagte: „We are proud of this team.“ Danach ging sie."
	letters := map[string]int{}
	d.SpansEach(text, func(s lang.Span) { letters[s.Lang.String()] += s.End - s.Start })
	fmt.Println(letters["de"], letters["en"])
	// Output:
	// 35 25
}

func ExampleDetector_Language() {
	d, _ := lang.New()
	tag, conf := d.Language("Vláda včera schválila nový zákon o ochraně přírody.")
	fmt.Println(tag, conf > 0.5)
	tag, conf = d.Language("1234 !?")
	fmt.Println(tag, conf)
	// Output:
	// cs true
	// und 0
}

func ExampleDefaultLanguages() {
	tags := lang.DefaultLanguages()
	fmt.Println(len(tags), tags[0], tags[1])
	// Output: 41 en de
}

func ExampleWithLanguages() {
	d, _ := lang.New(lang.WithLanguages(language.Danish, language.Norwegian, language.Swedish))
	tag, _ := d.Language("Regeringen vil hæve skatten på tobak fra næste år.")
	fmt.Println(tag)
	// Output: da
}

func ExampleWithMinConfidence() {
	d, _ := lang.New(lang.WithMinConfidence(0.99), lang.WithLanguages(language.Spanish, language.Portuguese))
	for _, s := range d.Spans("Hola") {
		fmt.Println(s.Lang)
	}
	// Output: und
}

func ExampleWithTableCache() {
	dir, _ := os.MkdirTemp("", "textmend-tables")
	defer os.RemoveAll(dir)
	// The first Detector of the process to need the Finnish and Estonian
	// table builds it and writes it to dir; the next process reads it.
	d, _ := lang.New(lang.WithTableCache(dir), lang.WithLanguages(language.Finnish, language.Estonian))
	tag, _ := d.Language("Hallitus nostaa tupakkaveroa ensi vuoden alusta.")
	files, _ := filepath.Glob(filepath.Join(dir, "ngrams-*.bin"))
	fmt.Println(tag, len(files) > 0)
	// Output: fi true
}
