package cleanup_test

import (
	"fmt"
	"io"
	"log"
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
	c, err := cleanup.New(cleanup.WithoutRules("space-runs"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%q\n", c.Clean("Zu   viele Leerzeichen ."))
	// Output: "Zu   viele Leerzeichen."
}

func ExampleCleaner_Clean() {
	c, err := cleanup.New()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Clean("„ Wir sind bereit “,sagte sie."))
	// Output: „Wir sind bereit“, sagte sie.
}

func ExampleCleaner_Explain() {
	c, err := cleanup.New()
	if err != nil {
		log.Fatal(err)
	}
	r := c.Explain("Hallo , Welt !")
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
	c, err := cleanup.New()
	if err != nil {
		log.Fatal(err)
	}
	r := c.Explain(in)
	out := strings.Index(r.Text, "Welt")
	fmt.Println(out, r.InputOffset(out), in[r.InputOffset(out):])
	// Output: 7 8 Welt !
}

func ExampleResult_OutputOffset() {
	in := "Hallo , Welt !"
	c, err := cleanup.New()
	if err != nil {
		log.Fatal(err)
	}
	r := c.Explain(in)
	fmt.Println(r.OutputOffset(strings.Index(in, "Welt")))
	// Output: 7
}

func ExampleApply() {
	in := "spät.Dann"
	c, err := cleanup.New()
	if err != nil {
		log.Fatal(err)
	}
	r := c.Explain(in)
	fmt.Println(cleanup.Apply(in, r.Edits) == r.Text, r.Text)
	// Output: true spät. Dann
}

func ExampleWithLanguage() {
	fr, err := cleanup.New(cleanup.WithLanguage(language.French))
	if err != nil {
		log.Fatal(err)
	}
	de, err := cleanup.New(cleanup.WithLanguage(language.German))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(fr.Clean("Vraiment ?"))
	fmt.Println(de.Clean("Wirklich ?"))
	// Output:
	// Vraiment ?
	// Wirklich?
}

func ExampleWithOnlyRules() {
	c, err := cleanup.New(cleanup.WithOnlyRules("line-breaks"))
	if err != nil {
		log.Fatal(err)
	}
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
	c, err := cleanup.New()
	if err != nil {
		log.Fatal(err)
	}
	r := transform.NewReader(strings.NewReader("Hallo , Welt !\r\n"), c.Transformer())
	io.Copy(os.Stdout, r)
	// Output: Hallo, Welt!
}

func ExampleWithoutRules() {
	c, err := cleanup.New(cleanup.WithoutRules("space-before-punct"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Clean("Hallo , Welt !"))
	// Output: Hallo , Welt !
}
