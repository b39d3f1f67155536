package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/textmend/textmend/lang"
)

// A field is one member of a record, its value kept as the input wrote it.
type field struct {
	key   string
	value json.RawMessage
}

// splitObject reads one JSON object into its members, in order. Members
// are kept as written, duplicates included, so that a record comes out as
// it went in apart from the fields mend writes.
func splitObject(line []byte) ([]field, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("the line is not an object")
	}
	var fields []field
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var f field
		f.key, _ = tok.(string) // Token gives object keys as strings
		if err := dec.Decode(&f.value); err != nil {
			return nil, err
		}
		fields = append(fields, f)
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("more than one value on the line")
	}
	return fields, nil
}

// member writes "key": with a leading comma unless it is the first.
func member(b []byte, first bool, key string) []byte {
	if !first {
		b = append(b, ',')
	}
	b = appendString(b, key)
	return append(b, ':')
}

// analysisNames are the members mend writes after the text, in order.
var analysisKeys = []struct {
	key string
	a   Analyses
}{{"edits", Edits}, {"spans", Spans}, {"quotes", Quotes}}

// appendAnalysis writes the value of one analysis.
func appendAnalysis(b []byte, a Analyses, res result) []byte {
	switch a {
	case Edits:
		return appendEdits(b, res.edits)
	case Spans:
		return appendSpans(b, res.text, res.spans)
	}
	return appendQuotes(b, res.quotes)
}

// chosen returns the analysis written under key, if the Processor writes it.
func (p *Processor) chosen(key string) (Analyses, bool) {
	for _, k := range analysisKeys {
		if k.key == key && p.cfg.analyses&k.a != 0 {
			return k.a, true
		}
	}
	return 0, false
}

// writeRecord writes the record's fields with the text replaced, then the
// analyses (in place of input members of the same name, if any).
func (p *Processor) writeRecord(fields []field, res result) []byte {
	b := make([]byte, 0, p.outputSize(res)+recordSize(fields))
	b = append(b, '{')
	var written Analyses
	for i, f := range fields {
		a, isAnalysis := p.chosen(f.key)
		switch {
		case f.key == p.cfg.textField:
			b = appendString(member(b, i == 0, f.key), res.text)
		case isAnalysis && written&a != 0:
			continue
		case isAnalysis:
			written |= a
			b = appendAnalysis(member(b, i == 0, f.key), a, res)
		default:
			b = append(member(b, i == 0, f.key), f.value...)
		}
	}
	for _, k := range analysisKeys {
		if p.cfg.analyses&k.a != 0 && written&k.a == 0 {
			b = appendAnalysis(member(b, len(fields) == 0, k.key), k.a, res)
		}
	}
	return append(b, '}')
}

func recordSize(fields []field) int {
	n := 2
	for _, f := range fields {
		n += len(f.key) + len(f.value) + 4
	}
	return n
}

func (p *Processor) outputSize(res result) int {
	var spans []lang.Span
	if p.cfg.analyses&Spans != 0 {
		spans = res.spans
	}
	return jsonSize(res.text, res.edits, spans, res.quotes)
}

// writeDocument writes a -json line: the file, the text, the analyses.
func (p *Processor) writeDocument(file string, res result) []byte {
	b := make([]byte, 0, p.outputSize(res)+len(file)+16)
	b = append(b, '{')
	b = appendString(member(b, true, "file"), file)
	b = appendString(member(b, false, "text"), res.text)
	for _, k := range analysisKeys {
		if p.cfg.analyses&k.a != 0 {
			b = appendAnalysis(member(b, false, k.key), k.a, res)
		}
	}
	return append(b, '}')
}

// errorObject writes a record that could not be processed: its fields as
// they were (when it was an object) and "error", or the line itself as
// "input" so that nothing is lost.
func errorObject(fields []field, msg string, line []byte) []byte {
	b := []byte{'{'}
	for i, f := range fields {
		b = append(member(b, i == 0, f.key), f.value...)
	}
	b = appendString(member(b, len(fields) == 0, "error"), msg)
	if fields == nil {
		b = appendString(member(b, false, "input"), string(line))
	}
	return append(b, '}')
}
