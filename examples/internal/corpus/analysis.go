package corpus

import (
	"bufio"
	"io"

	"github.com/textmend/textmend/quote"
)

// An Analysis is one document analysed and not yet written: its -json
// line is encoded by WriteTo straight onto the output, so that a document
// with a million edits is never held twice, once as edits and once as
// JSON.
type Analysis struct {
	p    *Processor
	file string
	res  result
	err  error // the document was refused: the line is {"file","error"}
}

// Analyse is Document without the writing: the analyses of one whole
// input, to be written with WriteTo. data is not kept.
func (p *Processor) Analyse(file string, data []byte) (*Analysis, RecordStats) {
	st := RecordStats{Bytes: len(data), Documents: 1}
	a := &Analysis{p: p, file: file}
	text, edits, err := p.decode(data)
	if err == nil {
		a.res, err = p.analyse(text, edits, &st)
	}
	if err != nil {
		st.Error = err.Error()
		a.err = err
	}
	return a, st
}

// chunk is how many items of a list are encoded at a time.
const chunk = 512

// WriteTo writes the document's -json line, without the newline: the
// bytes Document returns.
func (a *Analysis) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: w}
	bw := bufio.NewWriterSize(cw, 64<<10)
	if a.err != nil {
		bw.Write(FileError(a.file, a.err))
	} else {
		a.write(bw)
	}
	err := bw.Flush()
	return cw.n, err
}

func (a *Analysis) write(bw *bufio.Writer) {
	res, an := a.res, a.p.cfg.analyses
	var b []byte
	b = append(b, '{')
	b = appendString(member(b, true, "file"), a.file)
	b = appendString(member(b, false, "text"), res.text)
	bw.Write(b)
	scratch := b[:0]
	if an&Edits != 0 {
		bw.Write(member(scratch[:0], false, "edits"))
		bw.WriteByte('[')
		scratch = res.edits.eachPart(arrayElements(bw), scratch)
		bw.WriteByte(']')
	}
	if an&Spans != 0 {
		bw.Write(member(scratch[:0], false, "spans"))
		bw.WriteByte('[')
		scratch = res.spans.eachJSON(res.text, arrayElements(bw), scratch)
		bw.WriteByte(']')
	}
	if an&Quotes != 0 {
		bw.Write(member(scratch[:0], false, "quotes"))
		withText := quoteTextsFit(res.text, res.quotes)
		scratch = writeList(bw, scratch, res.quotes, func(b []byte, quotes []quote.Quote) []byte {
			return appendQuotes(b, quotes, withText)
		})
	}
	if w := a.p.warning(res); w != "" {
		bw.Write(appendString(member(scratch[:0], false, "warning"), w))
	}
	bw.WriteByte('}')
}

// arrayElements returns a function that writes each part it is given to
// bw as the next element of a JSON array whose '[' bw already holds.
func arrayElements(bw *bufio.Writer) func(part []byte) {
	first := true
	return func(part []byte) {
		if !first {
			bw.WriteByte(',')
		}
		first = false
		bw.Write(part)
	}
}

// writeList writes a JSON array chunk by chunk with appendAll, which
// writes a whole array of its items; scratch is reused and returned.
func writeList[T any](bw *bufio.Writer, scratch []byte, items []T, appendAll func([]byte, []T) []byte) []byte {
	bw.WriteByte('[')
	for i := 0; i < len(items); i += chunk {
		if i > 0 {
			bw.WriteByte(',')
		}
		scratch = appendAll(scratch[:0], items[i:min(i+chunk, len(items))])
		bw.Write(scratch[1 : len(scratch)-1]) // without the chunk's brackets
	}
	bw.WriteByte(']')
	return scratch
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
