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
// AppendProcess writes a record's line onto a buffer (a worker's batch);
// Analyse and Analysis.WriteTo are Document with the line encoded straight
// onto the output, so that a document with a million edits is not held
// twice. Stats adds up what they report, for mend -stats.
package corpus
