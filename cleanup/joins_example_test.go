package cleanup_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/textmend/textmend/cleanup"
)

// The default Cleaner splits words glued at script and case boundaries
// and keeps names with inner capitals.
func ExampleClean_joins() {
	fmt.Println(cleanup.Clean("Das Modell könneOpenAIVergleichbar sein, seitChatGPT ist viel passiert."))
	fmt.Println(cleanup.Clean("ΕλληνικάEnglishFrançais"))
	fmt.Println(cleanup.Clean("Die LehrerInnen nutzen iPhone und YouTube."))
	// Output:
	// Das Modell könne OpenAI Vergleichbar sein, seit ChatGPT ist viel passiert.
	// Ελληνικά English Français
	// Die LehrerInnen nutzen iPhone und YouTube.
}

// A word list lets the Cleaner split words glued without a change of case.
func ExampleReadLexicon() {
	lex, err := cleanup.ReadLexicon(strings.NewReader("nutzt 120\ngenerative 35\nKI 80\n"))
	if err != nil {
		panic(err)
	}
	fmt.Println(lex.Count("nutzt"), lex.Count("Nutzt"))
	// Output: 120 0
}

func ExampleWithLexicon() {
	lex, _ := cleanup.ReadLexicon(strings.NewReader("nutzt\ngenerative\n"))
	c, err := cleanup.New(cleanup.WithLexicon(lex))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Clean("Die Stadt nutztgenerative KI."))
	// Output: Die Stadt nutzt generative KI.
}

// Any type with a Count method is a Lexicon.
type fixedWords map[string]int

func (f fixedWords) Count(w string) int { return f[w] }

func ExampleLexicon() {
	var lex cleanup.Lexicon = fixedWords{"meldete": 3, "heute": 5}
	c, err := cleanup.New(cleanup.WithLexicon(lex))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Clean("Die Agentur meldeteheute neue Zahlen."))
	// Output: Die Agentur meldete heute neue Zahlen.
}

// A Vocabulary learned from a batch of documents is their own lexicon.
func ExampleNewVocabulary() {
	v := cleanup.NewVocabulary()
	for _, doc := range []string{
		"Die Stadt nutzt KI. Die Behörde nutzt Software. Wer nutzt was?",
		"Generative Modelle: generative KI, generative Suche, generative Werkzeuge.",
		"Eine Verwaltung nutztgenerative Werkzeuge.",
	} {
		v.Learn(doc)
	}
	c, err := cleanup.New(cleanup.WithLexicon(v))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Clean("Eine Verwaltung nutztgenerative Werkzeuge."))
	// Output: Eine Verwaltung nutzt generative Werkzeuge.
}

func ExampleVocabulary_Learn() {
	v := cleanup.NewVocabulary()
	v.Learn("Der Bund und der Bund.")
	fmt.Println(v.Count("der"), v.Count("Bund"), v.Len())
	// Output: 1 2 4
}

func ExampleVocabulary_Count() {
	v := cleanup.NewVocabulary()
	v.Learn("Forschung forschen Forschung")
	fmt.Println(v.Count("Forschung"), v.Count("forschung"))
	// Output: 2 0
}

func ExampleVocabulary_Len() {
	v := cleanup.NewVocabulary()
	v.Learn("a b a")
	fmt.Println(v.Len())
	// Output: 2
}

// A caller's own names are never split, and mark where a glued word ends.
func ExampleWithProtected() {
	c, err := cleanup.New(cleanup.WithProtected("FlixMobility"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Clean("Der Fernbus gehört zuFlixMobility."))
	// Output: Der Fernbus gehört zu FlixMobility.
}

func ExampleWithCJKSpacing() {
	c, err := cleanup.New(cleanup.WithCJKSpacing(true))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Clean("我们使用Go语言开发了第2版"))
	fmt.Println(cleanup.Clean("我们使用Go语言开发了第2版"))
	// Output:
	// 我们使用 Go 语言开发了第 2 版
	// 我们使用Go语言开发了第2版
}
