package cleanup

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode"
)

// multilingualParagraphs is undamaged text in several scripts, with the
// brands, menus and mixed scripts that make the join rules look twice. It
// is the engine benchmark's clean text, together with the golden
// documents in their cleaned form.
var multilingualParagraphs = []string{
	"Startseite Nachrichten Politik Wirtschaft Sport Kultur | Deutsch English Français 日本語 한국어 Русский Ελληνικά العربية Português Türkçe",
	"Der Bürgermeister begrüßt die Pläne für die neue Straßenbahn, die ab März öfter fährt. Laut einer Umfrage nutzen 62 Prozent der Befragten ein iPhone oder ein Gerät von Samsung; die Stadtwerke wollen mit OpenAI und der Deutschen Bahn zusammenarbeiten.",
	"O governo anunciou a ligação ferroviária entre São Paulo e o Rio de Janeiro, e a população aprovou a decisão com satisfação. A inflação caiu pela terceira vez.",
	"東京都は来年から新しい交通計画を始めると発表した。市民の多くはスマートフォンで情報を確認している。担当者は「安全を第一に考える」と話した。",
	"서울시는 내년부터 새로운 대중교통 계획을 시행한다고 밝혔다. 시민들은 대부분 스마트폰으로 정보를 확인한다.",
	"Министр транспорта заявил, что новые поезда начнут ходить весной. По данным ведомства, число пассажиров выросло на восемь процентов.",
	"Η κυβέρνηση ανακοίνωσε νέα μέτρα για τις δημόσιες συγκοινωνίες, ενώ οι πολίτες ζητούν περισσότερα δρομολόγια.",
	"أعلنت الحكومة عن خطة جديدة للنقل العام في المدينة، وقال المتحدث إن العمل سيبدأ في الربيع.",
	"Le maire a présenté le projet à la presse : « Nous voulons des trains plus fréquents. » Les élèves de l'école utilisent déjà l'application sur leur iPad.",
	"İstanbul Büyükşehir Belediyesi yeni metro hattının gelecek yıl açılacağını açıkladı. Yolcu sayısı geçen yıla göre arttı.",
	"北京市政府表示，新的地铁线路将于明年开通。越来越多的年轻人用iPhone拍摄短视频，并在5G网络上分享。",
}

// multilingualText is about half a megabyte of clean multilingual text,
// stable under Clean.
func multilingualText(b *testing.B) string {
	one := goldenDocuments(b) + strings.Join(multilingualParagraphs, "\n\n") + "\n\n"
	c := mustNew()
	unit := c.Clean(one)
	if c.Clean(unit) != unit {
		b.Fatal("cleaned multilingual text is not stable")
	}
	return strings.Repeat(unit, (512<<10)/len(unit)+1)
}

// wordDamages are the defects damagedText puts into words, in turn: each
// wakes a different rule family.
var wordDamages = []func(w string) string{
	func(w string) string { return w + " " },                               // a double space
	func(w string) string { return w + "\u200B" },                          // an invisible character
	func(w string) string { return damage(w, windows1252) },                // mojibake (ASCII words stay as they are)
	func(w string) string { return w + " ," },                              // a blank before punctuation
	func(w string) string { return w + "&amp;" },                           // an entity
	func(w string) string { return strings.ReplaceAll(w, "e", "e\u0301") }, // a decomposed accent (not NFC)
	func(w string) string { return w + "\u00A0" },                          // a no-break space
	func(w string) string { return w + "Und" },                             // a glued capitalized word
	func(w string) string { return w + " \x96" },                           // a Windows-1252 byte
}

// damagedText damages density (a fraction) of the words of s, spread
// evenly, cycling through wordDamages: deterministic, so every run of
// the benchmark cleans the same text.
func damagedText(s string, density float64) string {
	words := strings.Split(s, " ")
	kind := 0
	for k := range words {
		if int(float64(k+1)*density) == int(float64(k)*density) || words[k] == "" {
			continue
		}
		words[k] = wordDamages[kind%len(wordDamages)](words[k])
		kind++
	}
	return strings.Join(words, " ")
}

var runeLoopSink int

// runeLoop is the baseline the engine is measured against: a plain loop
// over the runes of s that asks unicode.IsLetter of each.
func runeLoop(s string) {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	runeLoopSink += n
}

// benchAgainstRuneLoop runs Clean and the rune loop on s in turn, each
// iteration, on one locked thread, and reports both speeds and their
// ratio by the thread's CPU time: on a loaded machine wall times measure
// the load more than the code.
func benchAgainstRuneLoop(b *testing.B, c *Cleaner, s string) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ReportAllocs()
	var inClean, inLoop time.Duration
	for b.Loop() {
		t0 := threadCPUTime()
		c.Clean(s)
		t1 := threadCPUTime()
		runeLoop(s)
		inClean, inLoop = inClean+t1-t0, inLoop+threadCPUTime()-t1
	}
	mb := float64(len(s)) * float64(b.N) / 1e6
	b.ReportMetric(mb/inClean.Seconds(), "clean-MB/s")
	b.ReportMetric(mb/inLoop.Seconds(), "runeloop-MB/s")
	b.ReportMetric(inLoop.Seconds()/inClean.Seconds(), "x-runeloop")
}

// BenchmarkEngine measures Clean against the rune loop on the same text in
// the same run: clean multilingual text, German news, and the
// multilingual text with a share of its words damaged (the curve over
// damage density). x-runeloop is Clean's speed as a multiple of the rune
// loop's; the allocations are Clean's.
func BenchmarkEngine(b *testing.B) {
	multi := multilingualText(b)
	texts := []struct{ name, s string }{
		{"multilingual", multi},
		{"names", namesText(b)}, // the golden documents alone, as in BenchmarkCleanNoChangeNames
		{"news", strings.Repeat(cleanNews, 1200)},
	}
	for _, d := range []float64{0.0001, 0.001, 0.01, 0.05, 0.2} {
		texts = append(texts, struct{ name, s string }{fmt.Sprintf("damaged-%g%%", d*100), damagedText(multi, d)})
	}
	c := mustNew()
	for _, t := range texts {
		b.Run(t.name, func(b *testing.B) { benchAgainstRuneLoop(b, c, t.s) })
	}
}
