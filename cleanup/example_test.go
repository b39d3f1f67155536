package cleanup_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/transform"

	"github.com/textmend/textmend/cleanup"
)

func ExampleClean() {
	fmt.Println(cleanup.Clean("Es regnete.Trotzdem gingen alle raus ( ohne Schirm ) ."))
	// Output: Es regnete. Trotzdem gingen alle raus (ohne Schirm).
}

func ExampleNew() {
	c := cleanup.New(cleanup.WithoutRules("space-runs"))
	fmt.Printf("%q\n", c.Clean("Zu   viele Leerzeichen ."))
	// Output: "Zu   viele Leerzeichen."
}

func ExampleCleaner_Clean() {
	c := cleanup.New()
	fmt.Println(c.Clean("„ Wir sind bereit “,sagte sie."))
	// Output: „Wir sind bereit“, sagte sie.
}

func ExampleCleaner_Explain() {
	r := cleanup.New().Explain("Hallo , Welt !")
	fmt.Println(r.Text)
	for _, e := range r.Edits {
		fmt.Printf("%s %d-%d %q -> %q\n", e.Rule, e.Start, e.End, e.Old, e.New)
	}
	// Output:
	// Hallo, Welt!
	// space-before-punct 5-6 " " -> ""
	// space-before-punct 12-13 " " -> ""
}

func ExampleResult_InputOffset() {
	in := "Hallo , Welt !"
	r := cleanup.New().Explain(in)
	out := strings.Index(r.Text, "Welt")
	fmt.Println(out, r.InputOffset(out), in[r.InputOffset(out):])
	// Output: 7 8 Welt !
}

func ExampleResult_OutputOffset() {
	in := "Hallo , Welt !"
	r := cleanup.New().Explain(in)
	fmt.Println(r.OutputOffset(strings.Index(in, "Welt")))
	// Output: 7
}

func ExampleApply() {
	in := "spät.Dann"
	r := cleanup.New().Explain(in)
	fmt.Println(cleanup.Apply(in, r.Edits) == r.Text, r.Text)
	// Output: true spät. Dann
}

func ExampleWithLanguage() {
	fr := cleanup.New(cleanup.WithLanguage(language.French))
	de := cleanup.New(cleanup.WithLanguage(language.German))
	fmt.Println(fr.Clean("Vraiment ?"))
	fmt.Println(de.Clean("Wirklich ?"))
	// Output:
	// Vraiment ?
	// Wirklich?
}

func ExampleOnlyRules() {
	c := cleanup.New(cleanup.OnlyRules("line-breaks"))
	fmt.Printf("%q\n", c.Clean("eins\r\nzwei  ."))
	// Output: "eins\nzwei  ."
}

func ExampleRuleNames() {
	for _, name := range cleanup.RuleNames() {
		if strings.HasPrefix(name, "space-") {
			fmt.Println(name)
		}
	}
	// Output:
	// space-runs
	// space-before-punct
	// space-after-punct
}

func ExampleCleaner_Transformer() {
	r := transform.NewReader(strings.NewReader("Hallo , Welt !\r\n"), cleanup.New().Transformer())
	io.Copy(os.Stdout, r)
	// Output: Hallo, Welt!
}

func ExampleWithoutRules() {
	c := cleanup.New(cleanup.WithoutRules("space-before-punct"))
	fmt.Println(c.Clean("Hallo , Welt !"))
	// Output: Hallo , Welt !
}
