package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/annotate")

// fixtures are the inputs with golden pages, in testdata/annotate.
var fixtures = []string{"de-stadtrat", "mixed-portal"}

var defaultTools = sync.OnceValues(func() (*tools, error) { return newTools(config{}) })

func mustTools(t testing.TB) *tools {
	t.Helper()
	tl, err := defaultTools()
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

func readFixture(t testing.TB, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "annotate", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// render builds the page of a text, as run writes it, and parses it.
func render(t testing.TB, name, input string) (document, string, *element) {
	t.Helper()
	d := mustTools(t).analyse(name, input)
	var b strings.Builder
	if err := renderPage(&b, newPage(d)); err != nil {
		t.Fatal(err)
	}
	return d, b.String(), parseHTML(b.String())
}

// TestGolden pins the structure of two pages: every element, its data
// attributes and classes, and every text, but not the bytes of the CSS.
func TestGolden(t *testing.T) {
	for _, name := range fixtures {
		t.Run(name, func(t *testing.T) {
			_, _, tree := render(t, name+".txt", readFixture(t, name))
			var b strings.Builder
			tree.outline(&b, 0, false)
			got := b.String()
			path := filepath.Join("..", "..", "testdata", "annotate", name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("page structure (-want +got):\n%s", diff)
			}
		})
	}
}

// markCounts counts the elements of a view that carry each data attribute.
func markCounts(view *element) map[string]int {
	counts := map[string]int{}
	for _, attr := range []string{"data-edit", "data-lang", "data-quote"} {
		counts[attr] = len(view.find(func(e *element) bool { return e.has(attr) }))
	}
	return counts
}

func libraryCounts(d document) map[string]int {
	return map[string]int{"data-edit": len(d.Result.Edits), "data-lang": len(d.Spans), "data-quote": len(d.Quotes)}
}

// TestMarksMatchLibrary checks that both views carry one mark per edit, span
// and quote, and show exactly the cleaned text and the input.
func TestMarksMatchLibrary(t *testing.T) {
	inputs := map[string]string{
		"unclosed":  "Er rief: „Halt , sofort!\n\nUnd dann nichts mehr.",
		"crossing":  "Sie sagte „Das ist the end of it , wirklich“ und ging.",
		"invalid":   "Ein ungültiges \xff Byte , hier.",
		"no marks":  "",
		"only text": "12345 ... 678",
	}
	for _, name := range fixtures {
		inputs[name] = readFixture(t, name)
	}
	for name, input := range inputs {
		t.Run(name, func(t *testing.T) {
			d, _, tree := render(t, name, input)
			want := libraryCounts(d)
			for _, view := range []string{"cleaned", "original"} {
				if diff := cmp.Diff(want, markCounts(tree.view(view))); diff != "" {
					t.Errorf("%s view: marks (-library +page):\n%s", view, diff)
				}
			}
			if got := tree.view("cleaned").text(); got != d.Result.Text {
				t.Errorf("cleaned view shows %q, want %q", got, d.Result.Text)
			}
			if got, want := tree.view("original").text(), string([]rune(input)); got != want {
				t.Errorf("original view shows %q, want %q", got, want)
			}
		})
	}
}

// TestFixturesHaveEveryMark keeps the fixtures worth their golden files:
// edits, two languages, a nested and an unclosed quote.
func TestFixturesHaveEveryMark(t *testing.T) {
	d, _, tree := render(t, "de", readFixture(t, "de-stadtrat"))
	cleaned := tree.view("cleaned")
	nested := cleaned.find(func(e *element) bool { return e.Attrs["data-quote"] != "" && strings.Contains(e.Attrs["class"], " d1") })
	unclosed := cleaned.find(func(e *element) bool { return strings.Contains(e.Attrs["class"], "unclosed") })
	english := cleaned.find(func(e *element) bool { return e.Attrs["data-lang"] == "en" })
	if len(d.Result.Edits) == 0 || len(nested) == 0 || len(unclosed) == 0 || len(english) == 0 {
		t.Errorf("German fixture lacks a mark: %d edits, %d nested, %d unclosed, %d English spans",
			len(d.Result.Edits), len(nested), len(unclosed), len(english))
	}
}

// TestScriptIsText checks that markup in a document is shown, not run:
// in the text, in the edit list (old → new), in quotes and in the title.
func TestScriptIsText(t *testing.T) {
	input := "Hallo <script>alert(1)</script> , Welt . Er sagte: „<img src=x onerror=alert(2)> ist gefährlich .“\n"
	d, out, tree := render(t, "<b>name<b>.txt", input)
	scripts := tree.find(func(e *element) bool { return e.Tag == "script" })
	if len(scripts) != 1 || !strings.Contains(scripts[0].Kids[0].Text, "querySelectorAll") {
		t.Errorf("want only the page's own script, got %d script elements", len(scripts))
	}
	for _, tag := range []string{"img", "b"} {
		if n := len(tree.find(func(e *element) bool { return e.Tag == tag })); n != 0 {
			t.Errorf("document markup became %d <%s> elements", n, tag)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("page lacks the escaped <script> of the document")
	}
	if got := tree.view("cleaned").text(); got != d.Result.Text || !strings.Contains(got, "<script>alert(1)</script>") {
		t.Errorf("cleaned view shows %q, want %q", got, d.Result.Text)
	}
	if len(d.Result.Edits) == 0 || len(d.Quotes) == 0 {
		t.Fatalf("input meant to have edits and a quote has %d and %d", len(d.Result.Edits), len(d.Quotes))
	}
	titles := tree.find(func(e *element) bool { return e.Tag == "title" })
	if len(titles) != 1 || !strings.HasPrefix(titles[0].text(), "<b>name<b>.txt") {
		t.Errorf("page title is not the escaped name: %v", titles)
	}
}

// FuzzPage checks on any input what TestMarksMatchLibrary checks on a few.
func FuzzPage(f *testing.F) {
	f.Add("Hallo , Welt . „Sie sagte: ‚ja‘ “, sagte er")
	f.Add("<p>Hi</p> \xff\xfe « Bonjour » , dit-elle.")
	// Build the language tables before fuzzing: the first text that needs
	// them pays seconds of CPU for it, and the fuzzer's worker kills any
	// input that runs over 10 s of wall time ("hung or terminated
	// unexpectedly"), which under instrumentation on a loaded machine the
	// first seed did.
	mustTools(f).analyse("warm-up", "Der Hund schläft. Le chien dort. The dog sleeps. Собака спит. الكلب نائم. Na teto strance najdete vsechny informace.")
	f.Fuzz(func(t *testing.T, input string) {
		d, _, tree := render(t, "fuzz", input)
		want := libraryCounts(d)
		for _, view := range []string{"cleaned", "original"} {
			if diff := cmp.Diff(want, markCounts(tree.view(view))); diff != "" {
				t.Fatalf("%s view of %q: marks (-library +page):\n%s", view, input, diff)
			}
		}
		if got := tree.view("cleaned").text(); got != d.Result.Text {
			t.Fatalf("cleaned view of %q shows %q, want %q", input, got, d.Result.Text)
		}
	})
}

// TestSelfContained checks that a page loads nothing: no element with a
// source or a stylesheet link, no URL or import in the CSS.
func TestSelfContained(t *testing.T) {
	_, _, tree := render(t, "de", readFixture(t, "de-stadtrat"))
	loads := tree.find(func(e *element) bool {
		return e.has("src") || e.Tag == "link" || e.Tag == "iframe" || e.Tag == "object" || (e.has("href") && e.Tag != "a")
	})
	if len(loads) != 0 {
		t.Errorf("page loads %d resources, the first <%s %v>", len(loads), loads[0].Tag, loads[0].Attrs)
	}
	for _, s := range tree.find(func(e *element) bool { return e.Tag == "style" }) {
		if css := s.Kids[0].Text; strings.Contains(css, "url(") || strings.Contains(css, "@import") {
			t.Errorf("CSS loads something: %q", css)
		}
	}
}
