// Package lang finds the language of every span of a text: the German
// article with a quoted English sentence, the subtitle file alternating two
// languages, the language menu scraped into one line ("Deutsch English
// Русский Ελληνικά 한국어 日本語").
//
// Spans cover every letter of the text, in order and without overlap, and
// carry a BCP 47 language tag (language.Und when unknown), an ISO 15924
// script code and a confidence:
//
//	for _, s := range lang.Spans(text) {
//		fmt.Println(s.Lang, s.Script, text[s.Start:s.End])
//	}
//
// # How
//
// Detection runs in steps, each cheaper than the next:
//
//  1. The text is split into words at every change of script family, also
//     inside a token ("한어Русский"), and at lower-to-upper case changes
//     inside Latin tokens glued by scraping ("EnglishFrançais").
//  2. Words are grouped into segments: sentences, clauses after a colon or
//     semicolon, text between quote marks or brackets, and every item of a
//     language menu (a run of language names, see autonyms.go). A segment
//     is also split at a comma where the function words on both sides
//     clearly belong to different languages.
//  3. Scripts used by one language decide it outright: Hangul is Korean,
//     Greek is Greek, Hebrew, Thai, Georgian, Armenian and the Indic
//     scripts likewise. Kana is Japanese; Han alone is Chinese, except a
//     short run of Han in a text that has kana. Language names in a menu
//     are labelled from the table.
//  4. Other segments go to lingua (github.com/pemistahl/lingua-go),
//     restricted to a few candidates chosen by function words
//     (functionwords.go), distinctive letters (ß, ñ, ł, ř …) and the
//     language that dominates the text, plus the close relatives of each
//     (es/pt/ca, da/no/sv, cs/sk, nl/de, ru/uk/bg …). A segment with little
//     evidence competes against every language of its script; one whose
//     function words leave no doubt (four or more, three times as many as
//     any other candidate's) skips lingua. lingua's probabilities are
//     weighed with the function-word counts, which tell close languages
//     apart better than trigrams do on a short sentence.
//  5. Short segments (under 30 letters) are weighed against their
//     neighbours: a quoted loanword or a name inside a German sentence is
//     German, but a short sentence with its own function words, or quoted
//     speech that lingua is sure of, keeps its language. Menu items are
//     never merged away for being short.
//  6. Neighbouring segments of the same language become one span.
//
// # Languages
//
// DefaultLanguages, used by Spans and by New without options, are 41
// languages chosen for the web: the most used languages of web pages in
// Latin script (en de fr es it pt nl pl cs sk da sv no fi tr ro hu ca id vi
// and Latin, la, common in mottos and quotations), Cyrillic (ru uk bg),
// Arabic script (ar fa ur), and the languages whose scripts cost nothing to
// recognise (el ko ja zh he hi th ka hy bn gu pa ta te). Languages restricts the set to any languages lingua knows;
// fewer languages mean fewer confusions and less memory. Norwegian Bokmål
// is reported as "no"; "nb" and "no" both select it.
//
// # Cost
//
// lingua runs in low-accuracy mode (trigram models only): the models of all
// default languages take about 30 MB, against about 1 GB for lingua's
// high-accuracy mode, and the restriction to a few candidates recovers the
// accuracy that low-accuracy mode loses on short text. Models are loaded on
// first use of each language and shared by all Detectors, so the first call
// is slower (see the package benchmarks). A Detector is safe for concurrent
// use. Cost is linear in the length of the text.
package lang
