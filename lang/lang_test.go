package lang

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/lang")

// testDetector is shared by all tests: models load once per process.
var testDetector = sync.OnceValue(func() *Detector {
	d, err := New()
	if err != nil {
		panic(err)
	}
	return d
})

// labelled is a document written for these tests, as runs of text with the
// language a reader would give them.
type labelled struct {
	ID       string      `json:"id"`
	Segments [][2]string `json:"segments"`
}

func (l labelled) text() string {
	var b strings.Builder
	for _, s := range l.Segments {
		b.WriteString(s[1])
	}
	return b.String()
}

func readLabelled(t testing.TB) []labelled {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "lang", "labelled.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []labelled
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d labelled
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("labelled.jsonl: %v", err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// letterAccuracy counts the letters whose span language matches the label,
// the measure of the project's score tool.
func letterAccuracy(d labelled, spans []Span) (correct, total int) {
	text := d.text()
	gold := make([]string, 0, len(text))
	for _, s := range d.Segments {
		for range s[1] {
			gold = append(gold, s[0])
		}
	}
	pred := make(map[int]string) // byte offset -> language
	for _, s := range spans {
		for i := s.Start; i < s.End; i++ {
			pred[i] = baseOf(s.Lang)
		}
	}
	ri := 0
	for i, r := range text {
		if unicode.IsLetter(r) {
			total++
			if pred[i] == gold[ri] {
				correct++
			}
		}
		ri++
	}
	return correct, total
}

func baseOf(t language.Tag) string {
	if t == language.Und {
		return "und"
	}
	b, _ := t.Base()
	return b.String()
}

// TestLabelled checks letter accuracy on the labelled documents against the
// acceptance bar of 0.97 and compares each document's spans with its golden
// file, so that any change of output is reviewed.
func TestLabelled(t *testing.T) {
	d := testDetector()
	correct, total := 0, 0
	for _, doc := range readLabelled(t) {
		text := doc.text()
		spans := d.Spans(text)
		checkInvariants(t, text, spans)
		c, n := letterAccuracy(doc, spans)
		correct += c
		total += n
		if c < n {
			t.Logf("%s: %d/%d letters right", doc.ID, c, n)
		}
		golden := filepath.Join("..", "testdata", "lang", "golden", doc.ID+".golden")
		got := formatSpans(text, spans)
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Errorf("%s: %v (run go test ./lang/ -update)", doc.ID, err)
			continue
		}
		if diff := cmp.Diff(string(want), got); diff != "" {
			t.Errorf("%s: spans differ from %s (-want +got):\n%s", doc.ID, golden, diff)
		}
	}
	acc := float64(correct) / float64(total)
	t.Logf("letter accuracy %.4f (%d/%d)", acc, correct, total)
	if acc < 0.97 {
		t.Errorf("letter accuracy %.4f, want >= 0.97", acc)
	}
}

// formatSpans writes one span a line: language, script, rounded confidence,
// byte range and text.
func formatSpans(text string, spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		fmt.Fprintf(&b, "%s %s %.1f [%d:%d] %q\n", s.Lang, s.Script, s.Confidence, s.Start, s.End, text[s.Start:s.End])
	}
	return b.String()
}

// checkInvariants asserts the contract of Spans: sorted, non-overlapping,
// within bounds, on rune boundaries, covering every letter.
func checkInvariants(t testing.TB, text string, spans []Span) {
	t.Helper()
	starts := map[int]bool{len(text): true} // rune starts as range decodes them, invalid bytes one by one
	for i := range text {
		starts[i] = true
	}
	end := 0
	for i, s := range spans {
		if s.Start < end || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d [%d:%d] out of order or bounds (previous end %d, len %d)", i, s.Start, s.End, end, len(text))
		}
		if !starts[s.Start] || !starts[s.End] {
			t.Fatalf("span %d [%d:%d] not on rune boundaries", i, s.Start, s.End)
		}
		if s.Confidence < 0 || s.Confidence > 1 {
			t.Fatalf("span %d confidence %v", i, s.Confidence)
		}
		if s.Script == "" {
			t.Fatalf("span %d has no script", i)
		}
		end = s.End
	}
	k := 0
	for i, r := range text {
		if r == utf8.RuneError || !unicode.IsLetter(r) {
			continue
		}
		for k < len(spans) && spans[k].End <= i {
			k++
		}
		if k == len(spans) || spans[k].Start > i {
			t.Fatalf("letter %q at %d not covered by any span", r, i)
		}
	}
}

type want struct{ lang, text string }

func spansOf(text string, spans []Span) []want {
	var out []want
	for _, s := range spans {
		out = append(out, want{s.Lang.String(), text[s.Start:s.End]})
	}
	return out
}

func TestSpans(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"empty", "", nil},
		{"no letters", "12:30 — 42 %!", nil},
		{"loanwords stay German", "Das Unternehmen setzt auf Open Source und Cloud Computing, sagte der Chief Executive Officer.",
			[]want{{"de", "Das Unternehmen setzt auf Open Source und Cloud Computing, sagte der Chief Executive Officer"}}},
		{"scare quotes stay German", "Meta nennt es das „fortschrittlichste“ Modell der Welt.",
			[]want{{"de", "Meta nennt es das „fortschrittlichste“ Modell der Welt"}}},
		{"quoted English sentence", "Der Trainer sagte: „We played very well in the second half.“ Die Fans jubelten lange.",
			[]want{{"de", "Der Trainer sagte"}, {"en", "We played very well in the second half"}, {"de", "Die Fans jubelten lange"}}},
		{"glued menu", "한어Русский языкEnglishFrançais日本語DeutschPortuguêsΕλληνικάespañolItaliano",
			[]want{{"ko", "한어"}, {"ru", "Русский язык"}, {"en", "English"}, {"fr", "Français"}, {"ja", "日本語"},
				{"de", "Deutsch"}, {"pt", "Português"}, {"el", "Ελληνικά"}, {"es", "español"}, {"it", "Italiano"}}},
		{"Hangul, Greek and Hebrew decide", "서울 Αθήνα ירושלים",
			[]want{{"ko", "서울"}, {"el", "Αθήνα"}, {"he", "ירושלים"}}},
		{"kana is Japanese", "東京タワーに行きました。",
			[]want{{"ja", "東京タワーに行きました"}}},
		{"Han alone is Chinese", "我们明天去北京看长城。",
			[]want{{"zh", "我们明天去北京看长城"}}},
		{"short Han in Japanese text", "日本語のニュース。東京",
			[]want{{"ja", "日本語のニュース。東京"}}},
		{"Latin inside Chinese", "我们使用ChatGPT写代码。",
			[]want{{"zh", "我们使用"}, {"en", "ChatGPT"}, {"zh", "写代码"}}},
		{"Cyrillic and Latin", "Москва встречает гостей. Moscow welcomes its guests with open arms.",
			[]want{{"ru", "Москва встречает гостей"}, {"en", "Moscow welcomes its guests with open arms"}}},
		{"es then pt", "La ciudad tiene un nuevo puente sobre el río desde el lunes. A cidade também ganhou uma nova ponte sobre o rio.",
			[]want{{"es", "La ciudad tiene un nuevo puente sobre el río desde el lunes"}, {"pt", "A cidade também ganhou uma nova ponte sobre o rio"}}},
		{"switch inside a sentence", "Ich habe gestern mit meinem Bruder telefoniert and then we went to the cinema together.",
			[]want{{"de", "Ich habe gestern mit meinem Bruder telefoniert"}, {"en", "and then we went to the cinema together"}}},
		{"loanword inside a sentence", "Mein Handy ist schon wieder kaputt, und das neue Tablet kommt erst morgen.",
			[]want{{"de", "Mein Handy ist schon wieder kaputt, und das neue Tablet kommt erst morgen"}}},
		{"after a closing quote", "Sie rief „Good morning, everybody“ und ging.",
			[]want{{"de", "Sie rief"}, {"en", "Good morning, everybody"}, {"de", "und ging"}}},
		{"URL takes its neighbours' language", "Weitere Informationen finden Sie unter https://www.example.com/help/contact im Netz.",
			[]want{{"de", "Weitere Informationen finden Sie unter https://www.example.com/help/contact im Netz"}}},
		{"e-mail address", "Schreiben Sie an office@example.com, wir antworten gern.",
			[]want{{"de", "Schreiben Sie an office@example.com, wir antworten gern"}}},
		{"Czech without diacritics", "Na teto strance najdete vsechny informace o nasich sluzbach a cenach pro rok 2024.",
			[]want{{"cs", "Na teto strance najdete vsechny informace o nasich sluzbach a cenach pro rok"}}},
		{"Czech without diacritics, a question", "Pokud mate dotaz, napiste nam a my vam odpovime co nejdrive.",
			[]want{{"cs", "Pokud mate dotaz, napiste nam a my vam odpovime co nejdrive"}}},
		{"Slovak without diacritics", "Na tejto stranke najdete vsetky informacie o nasich sluzbach a cenach pre rok 2024.",
			[]want{{"sk", "Na tejto stranke najdete vsetky informacie o nasich sluzbach a cenach pre rok"}}},
		{"Czech with diacritics", "Podmínky přepravy: cestující musí mít platnou jízdenku.",
			[]want{{"cs", "Podmínky přepravy: cestující musí mít platnou jízdenku"}}},
		{"Slovak with diacritics", "Vďaka za vašu otázku, odpovieme vám čo najskôr.",
			[]want{{"sk", "Vďaka za vašu otázku, odpovieme vám čo najskôr"}}},
		{"no switch between siblings at a comma", "Vi har fått nye naboer, og de er hyggelige, men de snakker ikke så mye.",
			[]want{{"no", "Vi har fått nye naboer, og de er hyggelige, men de snakker ikke så mye"}}},
		{"lost letters are no evidence", "Dacďż˝ doriďż˝i sďż˝ vďż˝ ajutďż˝m cu plďż˝cere ďż˝n fiecare zi.",
			[]want{{"ro", "Dacďż˝ doriďż˝i sďż˝ vďż˝ ajutďż˝m cu plďż˝cere ďż˝n fiecare zi"}}},
		{"invalid UTF-8 is a separator", "Guten\xffTag, wie geht es Ihnen heute?",
			[]want{{"de", "Guten\xffTag, wie geht es Ihnen heute"}}},
	}
	d := testDetector()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := d.Spans(tt.text)
			checkInvariants(t, tt.text, spans)
			if diff := cmp.Diff(tt.want, spansOf(tt.text, spans), cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("Spans(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestSplitWords(t *testing.T) {
	tests := []struct {
		text string
		want []string // words, with "|" before a word that starts a new sentence
	}{
		{"EnglishFrançaisDeutsch", []string{"English", "Français", "Deutsch"}},
		{"OpenAI ChatGPT LehrerIn McLaren", []string{"OpenAI", "ChatGPT", "LehrerIn", "McLaren"}},
		{"한어Русский日本語", []string{"한어", "Русский", "日本語"}},
		{"l'histoire don’t KI-Open-Source-Modell", []string{"l'histoire", "don’t", "KI-Open-Source-Modell"}},
		{"Es kostet 3.5 Mio. Euro. Danach z.B. nicht", []string{"Es", "kostet", "Mio", "|Euro", "|Danach", "z", "B", "nicht"}},
		{"Ende. Neu! oder? ja", []string{"Ende", "|Neu", "|oder", "|ja"}},
		{"Fin. «Début» (suite)", []string{"Fin", "|Début", "suite"}},
		{"终于。然后", []string{"终于", "|然后"}},
		{"a\xffb", []string{"a", "b"}},
		{"Ελληνικάespañol", []string{"Ελληνικά", "español"}},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range splitWords(tt.text, nil) {
			s := tt.text[w.start:w.end]
			if w.brk >= brkSentence {
				s = "|" + s
			}
			got = append(got, s)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("splitWords(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestLanguagesOption(t *testing.T) {
	d, err := New(WithLanguages(language.German, language.English, language.Make("nb")))
	if err != nil {
		t.Fatal(err)
	}
	text := "Der Zug fährt um acht Uhr ab. The train leaves at eight. Toget går klokken åtte. Le train part à huit heures."
	for _, s := range d.Spans(text) {
		switch s.Lang.String() {
		case "de", "en", "no":
		default:
			t.Errorf("span %q got %v, outside the configured set", text[s.Start:s.End], s.Lang)
		}
	}
	if got := spansOf(text, d.Spans(text))[2]; got.lang != "no" {
		t.Errorf("Norwegian sentence: got %v, want no", got)
	}
	// a single language needs no model at all
	one, err := New(WithLanguages(language.Make("de-CH")))
	if err != nil {
		t.Fatal(err)
	}
	if tag, conf := one.Language("Grüezi mitenand"); tag != language.German || conf != 1 {
		t.Errorf("single-language detector: got %v %v", tag, conf)
	}
	// a script outside the set is unknown
	if got := spansOf("Hallo 안녕하세요", one.Spans("Hallo 안녕하세요")); len(got) != 2 || got[1].lang != "und" {
		t.Errorf("Korean with a German-only detector: got %v", got)
	}
	for _, bad := range [][]language.Tag{nil, {language.Make("tlh")}, {language.Und}} {
		if _, err := New(WithLanguages(bad...)); err == nil {
			t.Errorf("WithLanguages(%v): want error", bad)
		}
	}
}

func TestMinConfidence(t *testing.T) {
	if _, err := New(WithMinConfidence(1.5)); err == nil {
		t.Error("WithMinConfidence(1.5): want error")
	}
	d, err := New(WithMinConfidence(1))
	if err != nil {
		t.Fatal(err)
	}
	text := "Der Vortrag war gut besucht. 서울"
	got := spansOf(text, d.Spans(text))
	want := []want{{"und", "Der Vortrag war gut besucht"}, {"ko", "서울"}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(want[0])); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestLanguage(t *testing.T) {
	d := testDetector()
	tests := []struct {
		text string
		want string
	}{
		{"Die Bundesregierung will die Förderung verlängern. The opposition disagrees.", "de"},
		{"Вчера в Москве прошла выставка. Many visitors came.", "ru"},
		{"", "und"},
		{"日本語", "ja"},
	}
	for _, tt := range tests {
		if got, conf := d.Language(tt.text); got.String() != tt.want || (tt.want != "und" && conf <= 0) {
			t.Errorf("Language(%q) = %v, %v; want %s", tt.text, got, conf, tt.want)
		}
	}
}

func TestDefaultLanguages(t *testing.T) {
	seen := map[string]bool{}
	for _, tag := range defaultLanguages {
		l, ok := linguaOf(tag)
		if !ok {
			t.Errorf("%v is not known to lingua", tag)
		}
		if got := tagOf(l); got != tag {
			t.Errorf("tagOf(linguaOf(%v)) = %v", tag, got)
		}
		if seen[tag.String()] {
			t.Errorf("%v listed twice", tag)
		}
		seen[tag.String()] = true
	}
}

// TestConcurrent runs one Detector from several goroutines; with -race it
// checks that the shared model cache is safe.
func TestConcurrent(t *testing.T) {
	d, err := New(WithLanguages(language.German, language.English, language.French, language.Italian, language.Spanish))
	if err != nil {
		t.Fatal(err)
	}
	docs := readLabelled(t)
	if testing.Short() {
		docs = docs[:8]
	}
	want := make([][]Span, len(docs))
	var wg sync.WaitGroup
	got := make([][][]Span, 4)
	for g := range got {
		got[g] = make([][]Span, len(docs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, doc := range docs {
				got[g][i] = d.Spans(doc.text())
			}
		}()
	}
	wg.Wait()
	for i, doc := range docs {
		want[i] = d.Spans(doc.text())
	}
	for g := range got {
		if diff := cmp.Diff(want, got[g], cmp.Comparer(func(a, b language.Tag) bool { return a == b }), cmpopts.EquateApprox(0, 1e-9)); diff != "" {
			t.Errorf("goroutine %d differs from a sequential run:\n%s", g, diff)
		}
	}
}

// TestMonolingualChapters checks that a long text in one language stays in
// it: names, numbers, a loanword or a foreign-looking name must not make
// foreign spans. The chapters were written for this test.
func TestMonolingualChapters(t *testing.T) {
	d := testDetector()
	for _, c := range []struct{ file, lang string }{
		{"novel-de.txt", "de"},
		{"novel-fr.txt", "fr"},
	} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "lang", c.file))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		spans := d.Spans(text)
		checkInvariants(t, text, spans)
		right, total := 0, 0
		for _, s := range spans {
			n := 0
			for _, r := range text[s.Start:s.End] {
				if unicode.IsLetter(r) {
					n++
				}
			}
			total += n
			if s.Lang.String() == c.lang {
				right += n
			} else {
				t.Logf("%s: %s %.2f %q", c.file, s.Lang, s.Confidence, text[s.Start:s.End])
			}
		}
		if share := float64(right) / float64(total); share < 0.995 {
			t.Errorf("%s: %.4f of %d letters in %s, want >= 0.995", c.file, share, total, c.lang)
		}
		if tag, _ := d.Language(text); tag.String() != c.lang {
			t.Errorf("%s: Language = %s, want %s", c.file, tag, c.lang)
		}
	}
}

// TestDeterministic checks that every output bit is the same on every
// call and for every Detector: nothing may depend on map order or on which
// Detector built the shared tables.
func TestDeterministic(t *testing.T) {
	var texts []string
	for _, doc := range readLabelled(t) {
		texts = append(texts, doc.text())
	}
	for _, f := range adversarial {
		texts = append(texts, f.make(2000))
	}
	d1 := testDetector()
	d2, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range texts {
		first := d1.Spans(text)
		for i, d := range []*Detector{d1, d2, d1} {
			if again := d.Spans(text); !sameSpans(first, again) {
				t.Fatalf("call %d differs on %.60q:\n%v\n%v", i, text, first, again)
			}
		}
		l1, c1 := d1.Language(text)
		if l2, c2 := d2.Language(text); l1 != l2 || c1 != c2 {
			t.Fatalf("Language(%.60q) = %v %v, then %v %v", text, l1, c1, l2, c2)
		}
	}
}

// TestLanguageAgreesWithSpans checks that Language names the language that
// holds most letters of the spans, on every labelled document.
func TestLanguageAgreesWithSpans(t *testing.T) {
	d := testDetector()
	for _, doc := range readLabelled(t) {
		text := doc.text()
		letters := map[string]int{}
		var order []string
		for _, s := range d.Spans(text) {
			l := s.Lang.String()
			for _, r := range text[s.Start:s.End] {
				if unicode.IsLetter(r) {
					if letters[l] == 0 {
						order = append(order, l)
					}
					letters[l]++
				}
			}
		}
		best := "und"
		for _, l := range order {
			if letters[l] > letters[best] {
				best = l
			}
		}
		if tag, _ := d.Language(text); tag.String() != best {
			t.Errorf("%s: Language = %s, spans hold most letters in %s %v", doc.ID, tag, best, letters)
		}
	}
}

func TestChunkEnd(t *testing.T) {
	line := strings.Repeat("x", maxChunk/2+10) + "\n"
	tests := []struct {
		name string
		text string
		off  int
		want int
	}{
		{"short text: one chunk", "Ein Satz.", 0, len("Ein Satz.")},
		{"after the last line break", line + line + line, 0, len(line)},
		{"after the last space", strings.Repeat("wort ", maxChunk/5+10), 0, maxChunk - maxChunk%5},
		{"at a rune start", strings.Repeat("ж", maxChunk), 0, maxChunk},
		{"from an offset", line + line + line + line, len(line), 2 * len(line)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := chunkEnd(tt.text, tt.off); got != tt.want {
				t.Errorf("chunkEnd = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestChunksJoin checks that a document of several chunks gives the spans a
// reader expects across the cuts: one span for a German text, and the same
// language for Language.
func TestChunksJoin(t *testing.T) {
	d := testDetector()
	unit := "Die Stadt hat am Montag ein neues Programm für junge Unternehmen vorgestellt.\n"
	text := strings.Repeat(unit, 3*maxChunk/len(unit))
	spans := d.Spans(text)
	checkInvariants(t, text, spans)
	if len(spans) != 1 || spans[0].Lang != language.German || spans[0].Start != 0 || spans[0].End != len(text)-len(".\n") {
		t.Fatalf("got %d spans, first %+v; want one German span over the text", len(spans), spans[0])
	}
	if tag, _ := d.Language(text); tag != language.German {
		t.Fatalf("Language = %v, want de", tag)
	}
}
