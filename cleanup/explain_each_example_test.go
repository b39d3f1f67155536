package cleanup_test

import (
	"fmt"
	"log"

	"github.com/textmend/textmend/cleanup"
)

// ExplainEach hands over the edits one by one: here they are counted per
// rule, and none is kept.
func ExampleCleaner_ExplainEach() {
	c, err := cleanup.New()
	if err != nil {
		log.Fatal(err)
	}
	perRule := map[string]int{}
	text := c.ExplainEach("Hallo , Welt !  Ja ,  gut .", func(e cleanup.Edit) { perRule[e.Rule]++ })
	fmt.Println(text)
	fmt.Println(perRule)
	// Output:
	// Hallo, Welt! Ja, gut.
	// map[space-before-punct:4 space-runs:2]
}
