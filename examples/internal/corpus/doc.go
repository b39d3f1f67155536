// Package corpus turns one JSON Lines record, or one whole document, into
// the JSON that mend prints: the cleaned text, its edits, language spans
// and quotations. mend and the Beam pipeline in examples/beam both use it,
// so that they give the same bytes for the same record.
//
// A Processor is built once with New and is safe for concurrent use:
//
//	p, err := corpus.New(corpus.WithAnalyses(corpus.Edits | corpus.Quotes))
//	out, st := p.Process([]byte(`{"id":7,"text":"Hallo , Welt !"}`))
//	// out: {"id":7,"text":"Hallo, Welt!","edits":[...],"quotes":[]}
//
// Stats adds up what Process and Document report, for mend -stats.
package corpus
