package cleanup_test

import (
	"fmt"

	"github.com/textmend/textmend/cleanup"
)

// Mojibake, HTML entities and ligatures are repaired by default, and each
// repair is explained.
func ExampleClean_encoding() {
	fmt.Println(cleanup.Clean("GrÃ¼ÃŸe aus KÃ¶ln &amp; die ﬁnale Auﬂage"))
	for _, e := range cleanup.New().Explain("doesnâ€™t").Edits {
		fmt.Printf("%s: %q -> %q\n", e.Rule, e.Old, e.New)
	}
	// Output:
	// Grüße aus Köln & die finale Auflage
	// mojibake: "â€™" -> "’"
}

func ExampleWithStraightQuotes() {
	c := cleanup.New(cleanup.WithStraightQuotes(true))
	fmt.Println(c.Clean("„Ja“, sagte sie. ‘Gut’."))
	// Output: "Ja", sagte sie. 'Gut'.
}
