package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// oneShot writes the -json line of a in one buffer, as mend did before
// WriteTo wrote it chunk by chunk.
func oneShot(a *Analysis) []byte {
	b := appendString(member([]byte{'{'}, true, "file"), a.file)
	b = appendString(member(b, false, "text"), a.res.text)
	b = appendEdits(member(b, false, "edits"), a.res.edits.all())
	b = appendSpans(member(b, false, "spans"), a.res.text, a.res.spans.all())
	b = appendQuotes(member(b, false, "quotes"), a.res.quotes, quoteTextsFit(a.res.text, a.res.quotes))
	if w := a.p.warning(a.res); w != "" {
		b = appendString(member(b, false, "warning"), w)
	}
	return append(b, '}')
}

func TestWriteToChunks(t *testing.T) {
	p := mustNew(t)
	unit := "„Wir kommen“ , sagte sie. We will come , she said. "
	for _, n := range []int{0, 1, chunk - 1, chunk, 3*chunk + 7} {
		a, st := p.Analyse("many.txt", []byte(strings.Repeat(unit, n)))
		if st.Error != "" {
			t.Fatal(st.Error)
		}
		if n == 3*chunk+7 && (a.res.edits.len() <= 2*chunk || len(a.res.quotes) <= 2*chunk || a.res.spans.len() <= 2*chunk) {
			t.Fatalf("%d edits, %d spans, %d quotes: not over two chunks each", a.res.edits.len(), a.res.spans.len(), len(a.res.quotes))
		}
		var out bytes.Buffer
		m, err := a.WriteTo(&out)
		if err != nil || m != int64(out.Len()) {
			t.Fatalf("WriteTo: %d bytes, err %v; wrote %d", m, err, out.Len())
		}
		if want := oneShot(a); !bytes.Equal(out.Bytes(), want) {
			t.Fatalf("n=%d: chunked line differs from the one-shot line\n got %.300s\nwant %.300s", n, out.Bytes(), want)
		}
		var v struct{ Edits, Spans, Quotes []json.RawMessage }
		if err := json.Unmarshal(out.Bytes(), &v); err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		if len(v.Edits) != a.res.edits.len() || len(v.Spans) != a.res.spans.len() || len(v.Quotes) != len(a.res.quotes) {
			t.Errorf("n=%d: %d/%d/%d items written of %d/%d/%d", n, len(v.Edits), len(v.Spans), len(v.Quotes), a.res.edits.len(), a.res.spans.len(), len(a.res.quotes))
		}
		if doc, _ := p.Document("many.txt", []byte(strings.Repeat(unit, n))); !bytes.Equal(doc, out.Bytes()) {
			t.Errorf("n=%d: Document and WriteTo differ", n)
		}
	}
}

type failingWriter struct{ after int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.after -= len(p); f.after < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestWriteToReportsErrors(t *testing.T) {
	p := mustNew(t, WithAnalyses(Edits))
	a, _ := p.Analyse("x.txt", []byte(strings.Repeat("a , b ", 100000)))
	if _, err := a.WriteTo(&failingWriter{after: 100 << 10}); err == nil {
		t.Error("a failing writer gave no error")
	}
}
