package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/lang"
	"github.com/textmend/textmend/quote"
)

// A Processor cleans and analyses records and documents. Build it once
// with New; it is safe for concurrent use, so all workers may share one.
type Processor struct {
	cfg     config
	cleaner *cleanup.Cleaner
	invalid *cleanup.Cleaner // invalid-utf8 alone, for raw documents
	spans   *lang.Detector   // nil without Spans
	quotes  *quote.Extractor // nil without Quotes
}

// New builds a Processor, or returns the first error of an option or of
// the cleanup, lang and quote options it was given.
func New(opts ...Option) (*Processor, error) {
	cfg := config{textField: "text", analyses: AllAnalyses, decode: true}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	p := &Processor{cfg: cfg}
	var err error
	if p.cleaner, err = cleanup.New(cfg.clean...); err != nil {
		return nil, err
	}
	if p.invalid, err = cleanup.New(cleanup.WithOnlyRules("invalid-utf8")); err != nil {
		return nil, err
	}
	// Only what is asked for is built: spans load language models.
	if cfg.analyses&Spans != 0 {
		if p.spans, err = lang.New(cfg.langs...); err != nil {
			return nil, err
		}
	}
	if cfg.analyses&Quotes != 0 {
		if p.quotes, err = quote.New(cfg.quotes...); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// Analyses reports what the Processor adds to each record.
func (p *Processor) Analyses() Analyses { return p.cfg.analyses }

// result is one analysed text.
type result struct {
	text   string
	edits  *editList
	spans  *spanList // nil without Spans
	quotes []quote.Quote
}

// analyse cleans text and runs the chosen analyses on the cleaned text.
// charset is the decoding edit of a document, if it had one.
func (p *Processor) analyse(text string, charset []cleanup.Edit, st *RecordStats) (result, error) {
	cleaner := p.cleaner
	if p.cfg.cleanerFor != nil && !p.cfg.raw {
		c, err := p.cfg.cleanerFor(text)
		if err != nil {
			return result{}, err
		}
		cleaner = c
	}
	if err := checkTextSize(text); err != nil {
		return result{}, err
	}
	// The edits go straight into the compact list (ExplainEach merges
	// touching edits of one rule, as Explain does), or are only counted
	// when they are not written.
	edits := &editList{head: charset, input: text, countOnly: p.cfg.analyses&Edits == 0}
	var cleaned string
	switch {
	case !p.cfg.raw:
		cleaned = cleaner.ExplainEach(text, edits.add)
	case !utf8.ValidString(text):
		// JSON cannot carry invalid UTF-8: even raw text is made valid,
		// and the edits say which bytes were replaced.
		cleaned = p.invalid.ExplainEach(text, edits.add)
	default:
		cleaned = text
	}
	res := result{text: cleaned, edits: edits}
	st.countEdits(edits)
	if p.spans != nil {
		// The spans go straight into the compact list, as the edits do.
		res.spans = &spanList{}
		p.spans.SpansEach(cleaned, func(s lang.Span) {
			res.spans.add(s)
			st.countLetters(cleaned, s)
		})
	}
	if p.quotes != nil {
		res.quotes = p.quotes.Extract(cleaned)
		st.Quotes += len(res.quotes)
	}
	return res, nil
}

// Process turns one JSON Lines record into its output line, without the
// newline: the record's fields in their order, the text field replaced by
// the cleaned text and "edits", "spans", "quotes" (those chosen) replaced
// or added at the end. A record that is not a JSON object, has no text
// field, or whose text is not a string or is binary gives a line with an
// "error" field (and the input as "input" when it was not an object). A
// blank line gives nil: no output line and no document.
func (p *Processor) Process(line []byte) ([]byte, RecordStats) {
	return p.AppendProcess(nil, line)
}

// AppendProcess is Process writing the output line at the end of dst and
// returning the extended buffer (dst itself for a blank line), so that a
// worker writes a batch of records into one buffer without a copy of each.
func (p *Processor) AppendProcess(dst, line []byte) ([]byte, RecordStats) {
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	// A byte-order mark, which editors put before the first line, is not
	// JSON; nothing is lost by dropping it.
	line = bytes.TrimPrefix(line, []byte("\uFEFF"))
	// The newline counts whether the caller passed it or not, so that
	// every reader of the same file counts the same bytes.
	st := RecordStats{Bytes: len(line) + 1}
	if len(bytes.TrimSpace(line)) == 0 {
		return dst, st
	}
	st.Documents = 1
	fields, err := splitObject(line)
	if err != nil {
		st.Error = "not a JSON object"
		return errorObject(dst, nil, "not a JSON object: "+err.Error(), line), st
	}
	text, err := p.recordText(fields)
	if err != nil {
		st.Error = err.Error()
		return errorObject(dst, fields, err.Error(), nil), st
	}
	res, err := p.analyse(text, nil, &st)
	if err != nil {
		st.Error = err.Error()
		return errorObject(dst, fields, err.Error(), nil), st
	}
	return p.writeRecord(dst, fields, res), st
}

// recordText finds the text field and checks that it is a string of text.
func (p *Processor) recordText(fields []field) (string, error) {
	for _, f := range fields {
		if f.key != p.cfg.textField {
			continue
		}
		text, err := recordString(f.value)
		switch {
		case errors.Is(err, cleanup.ErrBinary):
			return "", fmt.Errorf("field %q: %v", p.cfg.textField, err)
		case err != nil:
			return "", fmt.Errorf("field %q is not a string", p.cfg.textField)
		}
		return text, nil
	}
	return "", fmt.Errorf("no %q field", p.cfg.textField)
}

// Document turns one whole input (a file) into its -json line, without the
// newline: {"file", "text", "edits", "spans", "quotes"}, the analyses as
// chosen. Bytes that are not UTF-8 are decoded from the charset detected
// (or forced by WithCharset), with a first edit of rule "charset" naming
// it; binary data gives {"file", "error"}.
func (p *Processor) Document(file string, data []byte) ([]byte, RecordStats) {
	a, st := p.Analyse(file, data)
	var b bytes.Buffer
	a.WriteTo(&b) // a bytes.Buffer does not fail
	return b.Bytes(), st
}

// decode turns a document's bytes into text, with the charset edit when
// it had to be decoded.
func (p *Processor) decode(data []byte) (string, []cleanup.Edit, error) {
	var (
		text string
		e    cleanup.Edit
		err  error
	)
	switch {
	case p.cfg.charset != "":
		text, e, err = cleanup.DecodeAs(data, p.cfg.charset)
	case p.cfg.decode && !p.cfg.raw:
		text, e, err = cleanup.Decode(data)
	default:
		err = cleanup.CheckText(data)
		text = string(data)
	}
	if err != nil {
		return "", nil, err
	}
	if e.Rule == "" {
		return text, nil, nil
	}
	return text, []cleanup.Edit{e}, nil
}

// FileError is the -json line for an input that could not be read or was
// refused: {"file", "error"}.
func FileError(file string, err error) []byte {
	b := append([]byte(`{"file":`), appendString(nil, file)...)
	b = append(b, `,"error":`...)
	b = appendString(b, err.Error())
	return append(b, '}')
}

// ErrBinary is what a refused binary input reports (from cleanup).
var ErrBinary = cleanup.ErrBinary

// IsBinary reports whether err says that an input was refused as binary.
func IsBinary(err error) bool { return errors.Is(err, cleanup.ErrBinary) }
