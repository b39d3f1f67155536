package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"unicode/utf8"
)

// A field is one member of a record, its value kept as the input wrote it.
type field struct {
	key   string
	value json.RawMessage
}

// splitObject reads one JSON object into its members, in order. Members
// are kept as written, duplicates included, so that a record comes out as
// it went in apart from the fields mend writes. The values point into line.
func splitObject(line []byte) ([]field, error) {
	if !json.Valid(line) {
		// Unmarshal says what is wrong, and where, as encoding/json does.
		err := json.Unmarshal(line, new(json.RawMessage))
		if err == nil {
			err = errors.New("invalid JSON")
		}
		return nil, err
	}
	// From here on line is one valid JSON value: the scan below only has
	// to find where each member starts and ends.
	i := skipSpace(line, 0)
	if line[i] != '{' {
		return nil, errors.New("the line is not an object")
	}
	var fields []field
	for i = skipSpace(line, i+1); line[i] != '}'; {
		end := stringEnd(line, i)
		key, err := jsonKey(line[i:end])
		if err != nil {
			return nil, err
		}
		i = skipSpace(line, skipSpace(line, end)+1) // past the colon
		vend := valueEnd(line, i)
		fields = append(fields, field{key, line[i:vend]})
		if i = skipSpace(line, vend); line[i] == ',' {
			i = skipSpace(line, i+1)
		}
	}
	return fields, nil
}

// jsonKey decodes a member name; most need no unescaping.
func jsonKey(raw []byte) (string, error) {
	if bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
		return string(raw[1 : len(raw)-1]), nil
	}
	var key string
	err := json.Unmarshal(raw, &key)
	return key, err
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the index after the string that starts at b[i].
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); {
		k := bytes.IndexAny(b[j:], `"\`)
		if k < 0 {
			return len(b)
		}
		j += k
		if b[j] == '\\' {
			j += 2
			continue
		}
		return j + 1
	}
	return len(b)
}

// valueEnd returns the index after the value that starts at b[i].
func valueEnd(b []byte, i int) int {
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				j = stringEnd(b, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return j + 1
				}
			}
		}
		return len(b)
	}
	j := i // a number, true, false or null: up to the next delimiter
	for j < len(b) && !endsScalar(b[j]) {
		j++
	}
	return j
}

func endsScalar(c byte) bool {
	switch c {
	case ',', '}', ']', ' ', '\t', '\r', '\n':
		return true
	}
	return false
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
		return res.edits.appendJSON(b)
	case Spans:
		return res.spans.appendJSON(b, res.text)
	}
	return appendQuotes(b, res.quotes, quoteTextsFit(res.text, res.quotes))
}

// warning is what a record says when its quotes were written without
// their texts, "" when they were not.
func (p *Processor) warning(res result) string {
	if p.cfg.analyses&Quotes == 0 || quoteTextsFit(res.text, res.quotes) {
		return ""
	}
	return "quotes: their texts are left out (they would repeat the text more than 8 times); each is text[start:end]"
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
func (p *Processor) writeRecord(b []byte, fields []field, res result) []byte {
	b = slices.Grow(b, p.outputSize(res)+recordSize(fields))
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
	if w := p.warning(res); w != "" {
		b = appendString(member(b, false, "warning"), w)
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
	spans := 0
	if p.cfg.analyses&Spans != 0 {
		spans = res.spans.len()
	}
	return jsonSize(res.text, res.edits, spans, res.quotes)
}

// errorObject writes a record that could not be processed: its fields as
// they were (when it was an object) and "error", or the line itself as
// "input" so that nothing is lost.
func errorObject(b []byte, fields []field, msg string, line []byte) []byte {
	b = append(b, '{')
	for i, f := range fields {
		b = append(member(b, i == 0, f.key), f.value...)
	}
	b = appendString(member(b, len(fields) == 0, "error"), msg)
	if fields == nil {
		b = appendString(member(b, false, "input"), string(line))
	}
	return append(b, '}')
}
