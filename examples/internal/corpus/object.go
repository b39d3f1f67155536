package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
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

// encoder writes JSON values without HTML escapes and without the newline
// that json.Encoder adds.
type encoder struct {
	b   *bytes.Buffer
	enc *json.Encoder
}

func newEncoder(b *bytes.Buffer) encoder {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	return encoder{b, enc}
}

func (e encoder) encode(v any) {
	if err := e.enc.Encode(v); err != nil {
		// Only strings, numbers and the structs of json.go get here.
		panic(err)
	}
	e.b.Truncate(e.b.Len() - 1)
}

// member writes one "key":value with a leading comma after the first.
func (e encoder) member(first bool, key string, v any) {
	if !first {
		e.b.WriteByte(',')
	}
	e.encode(key)
	e.b.WriteByte(':')
	if raw, ok := v.(json.RawMessage); ok {
		e.b.Write(raw)
		return
	}
	e.encode(v)
}

// writeRecord writes the record's fields with the text replaced, then the
// analyses (in place of input members of the same name, if any).
func (p *Processor) writeRecord(fields []field, res result) []byte {
	var b bytes.Buffer
	b.Grow(len(res.text) + 256)
	enc := newEncoder(&b)
	values := p.analysisValues(res)
	b.WriteByte('{')
	first := true
	written := map[string]bool{}
	for _, f := range fields {
		switch v, ok := values[f.key]; {
		case f.key == p.cfg.textField:
			enc.member(first, f.key, res.text)
		case ok:
			if written[f.key] {
				continue
			}
			written[f.key] = true
			enc.member(first, f.key, v)
		default:
			enc.member(first, f.key, f.value)
		}
		first = false
	}
	for _, key := range []string{"edits", "spans", "quotes"} {
		if v, ok := values[key]; ok && !written[key] {
			enc.member(first, key, v)
			first = false
		}
	}
	b.WriteByte('}')
	return b.Bytes()
}

// analysisValues maps each chosen analysis's key to its value. A nil list
// is written as [] rather than null.
func (p *Processor) analysisValues(res result) map[string]any {
	values := map[string]any{}
	if p.cfg.analyses&Edits != 0 {
		values["edits"] = nonNil(res.edits)
	}
	if p.cfg.analyses&Spans != 0 {
		values["spans"] = nonNil(res.spans)
	}
	if p.cfg.analyses&Quotes != 0 {
		values["quotes"] = nonNil(res.quotes)
	}
	return values
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// writeDocument writes a -json line: the file, the text, the analyses.
func (p *Processor) writeDocument(file string, res result) []byte {
	var b bytes.Buffer
	b.Grow(len(res.text) + 256)
	enc := newEncoder(&b)
	b.WriteByte('{')
	enc.member(true, "file", file)
	enc.member(false, "text", res.text)
	values := p.analysisValues(res)
	for _, key := range []string{"edits", "spans", "quotes"} {
		if v, ok := values[key]; ok {
			enc.member(false, key, v)
		}
	}
	b.WriteByte('}')
	return b.Bytes()
}

// errorObject writes a record that could not be processed: its fields as
// they were (when it was an object) and "error", or the line itself as
// "input" so that nothing is lost.
func errorObject(fields []field, msg string, line []byte) []byte {
	var b bytes.Buffer
	enc := newEncoder(&b)
	b.WriteByte('{')
	first := true
	for _, f := range fields {
		enc.member(first, f.key, f.value)
		first = false
	}
	enc.member(first, "error", msg)
	if fields == nil {
		enc.member(false, "input", string(line))
	}
	b.WriteByte('}')
	return b.Bytes()
}
