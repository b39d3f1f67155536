package cleanup_test

import (
	"fmt"
	"log"

	"github.com/textmend/textmend/cleanup"
)

// Mojibake, HTML entities and ligatures are repaired by default, and each
// repair is explained.
func ExampleClean_encoding() {
	fmt.Println(cleanup.Clean("GrÃ¼ÃŸe aus KÃ¶ln &amp; die ﬁnale Auﬂage"))
	c, err := cleanup.New()
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range c.Explain("doesnâ€™t").Edits {
		fmt.Printf("%s: %q -> %q\n", e.Rule, e.Old, e.New)
	}
	// Output:
	// Grüße aus Köln & die finale Auflage
	// mojibake: "â€™" -> "’"
}

func ExampleWithStraightQuotes() {
	c, err := cleanup.New(cleanup.WithStraightQuotes(true))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Clean("„Ja“, sagte sie. ‘Gut’."))
	// Output: "Ja", sagte sie. 'Gut'.
}
