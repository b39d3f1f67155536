package quote_test

import (
	"fmt"
	"log"

	"github.com/textmend/textmend/quote"
	"golang.org/x/text/language"
)

func ExampleExtract() {
	text := "„Wir prüfen alle Optionen“, fügte Bankchef Stefan Roth hinzu. „Mehr sage ich nicht.“"
	for _, q := range quote.Extract(text) {
		fmt.Printf("%s %q speaker=%q cue=%q\n", q.Kind, q.Text, q.Speaker, q.Cue)
	}
	// Output:
	// direct "Wir prüfen alle Optionen" speaker="Stefan Roth" cue="fügte … hinzu"
	// direct "Mehr sage ich nicht." speaker="Stefan Roth" cue=""
}

func ExampleNew() {
	// "konterte" is not among the built-in cues; add it for German.
	e, err := quote.New(quote.WithLanguage(language.German), quote.WithCues(language.German, "konterte"))
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range e.Extract("„Das sehen wir anders“, konterte die Ministerin Ines Graf.") {
		fmt.Printf("%q by %s (%s)\n", q.Text, q.Speaker, q.Cue)
	}
	// Output:
	// "Das sehen wir anders" by Ines Graf (konterte)
}

func ExampleExtractor_Extract() {
	e, err := quote.New(quote.WithLanguage(language.English))
	if err != nil {
		log.Fatal(err)
	}
	text := "The mayor, Ellen Hart, called it a \"historic day\". \"We waited ten years,\" she said."
	for _, q := range e.Extract(text) {
		fmt.Printf("[%d:%d] %s %q speaker=%q\n", q.Start, q.End, q.Kind, q.Text, q.Speaker)
	}
	// Output:
	// [36:48] partial "historic day" speaker="Ellen Hart"
	// [52:72] direct "We waited ten years," speaker="Ellen Hart"
}

func ExampleKind_String() {
	for _, q := range quote.Extract("Sie nannte es einen „Skandal“. „Wir klagen“, sagte sie.") {
		fmt.Println(q.Kind.String(), q.Text)
	}
	// Output:
	// partial Skandal
	// direct Wir klagen
}

func ExampleSpeakerBy() {
	text := "„Wir kommen“, sagte Anna Keller. „Morgen früh.“ Die Stadt nannte den Plan einen „Wurf“."
	for _, q := range quote.Extract(text) {
		fmt.Printf("%q speaker=%q by %s at [%d:%d]\n", q.Text, q.Speaker, q.SpeakerBy, q.SpeakerStart, q.SpeakerEnd)
	}
	// Output:
	// "Wir kommen" speaker="Anna Keller" by cue at [24:35]
	// "Morgen früh." speaker="Anna Keller" by continuation at [24:35]
	// "Wurf" speaker="Stadt" by cue at [61:66]
}
