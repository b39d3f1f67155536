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
//  4. Other segments are scored with character n-gram models, unigrams to
//     fivegrams: lingua's own models (github.com/pemistahl/lingua-go),
//     read from the files lingua embeds into one packed table per script
//     family (ngram.go), four bytes an n-gram. Every letter is predicted
//     from up to four letters before it, backing off to shorter contexts.
//     The candidates are chosen by function words (functionwords.go),
//     distinctive letters (ß, ñ, ł, ř …) and the language that dominates
//     the text, plus the close relatives of each (es/pt/ca, da/no/sv,
//     cs/sk, nl/de, ru/uk/bg …); with little evidence every language of the
//     script competes. Function words add to the odds of their languages;
//     four or more of one candidate, three times as many as of any other,
//     decide without the model.
//  5. Short segments (under 30 letters) are weighed against their
//     neighbours: a quoted loanword or a name inside a German sentence is
//     German, but a short sentence with its own function words, or quoted
//     speech that the model is sure of, keeps its language. The text after
//     a quotation resumes the language before it. A text that is one short
//     segment (a single word) keeps the model's guess. Menu items are never
//     merged away for being short.
//  6. Inside each segment of three words or more, a Viterbi decoding over
//     two states, the segment's language and each other language of its
//     script in turn, finds a run of words that another language explains
//     much better (switch.go): every change of language costs as much as a
//     word's evidence for it is usually worth, so "telefoniert and then we
//     went to the cinema" switches and a loanword does not.
//  7. URLs and e-mail addresses carry no evidence and take the language of
//     the text around them (und when alone); fragments of one or two letters
//     of another script join the span around them. Neighbouring segments of
//     the same language become one span.
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
// The tables of a script family are built on the first text that needs
// them, from lingua's files, and shared by all Detectors: about 45 MB for
// the 21 default Latin-script languages, 1 to 3 s of CPU. lingua's own
// high-accuracy mode holds the same models in maps of about 1.5 GB. The
// scores of at most 512 words are held at once, so memory stays linear in
// the text with a small constant; so does time. No output depends on map
// order: the same text gives the same spans, bit for bit. A Detector is
// safe for concurrent use.
package lang
