// Package cleanup repairs text scraped from the web or machine-translated:
// broken spacing around punctuation, runs of spaces, mixed line breaks,
// invisible characters, stray duplicated punctuation, and (see the rule
// list) words glued together and broken encodings.
//
// Cleaning is a pipeline of small named rules (RuleNames lists them in
// order). Each rule only reports the changes it would make; the Cleaner
// applies them and, for Explain, keeps the edits with their byte offsets
// in the input, so that every change can be shown, undone or mapped back:
//
//	c, err := cleanup.New() // an Option may fail: an unknown rule name
//	if err != nil { … }
//	r := c.Explain(text)
//	for _, e := range r.Edits {
//		fmt.Println(e.Rule, e.Start, e.End, e.Old, "→", e.New)
//	}
//
// Nothing is lost: the spacing and joining rules never drop or add a
// letter or digit; only the encoding repairs, which restore the characters
// a text was meant to have, may.
//
// Text that needs no change is returned as it is, without allocating. A
// Cleaner is safe for concurrent use. For large inputs, Transformer
// streams through golang.org/x/text/transform with bounded memory and the
// same result as Clean.
//
// Invalid UTF-8 is never rejected: each invalid byte becomes U+FFFD, and
// an edit of rule "invalid-utf8" says so, unless rule "cp1252-bytes" reads
// it as a Windows code page: a line written in one, or a stray byte
// 0x80–0x9F between Latin text ("d\x92un" → "d’un"). The two bytes of a
// UTF-16 byte-order mark (FF FE, FE FF) are never read as text ("ÿþ").
package cleanup
