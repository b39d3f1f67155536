package corpus

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/lang"
	"github.com/textmend/textmend/quote"
)

// The JSON of mend's output, written by hand rather than by reflection:
// a text with a million edits is written at memory speed and without a
// copy of every edit. The bytes are exactly what encoding/json writes with
// SetEscapeHTML(false) (TestJSONMatchesEncodingJSON checks it). Offsets in
// edits are byte offsets into the input text; offsets in spans and quotes
// are byte offsets into the cleaned text.

func appendEdits(b []byte, edits []cleanup.Edit) []byte {
	b = append(b, '[')
	for i, e := range edits {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendEdit(b, e)
	}
	return append(b, ']')
}

func appendEdit(b []byte, e cleanup.Edit) []byte {
	b = append(b, `{"rule":`...)
	b = appendString(b, e.Rule)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(e.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(e.End), 10)
	b = append(b, `,"old":`...)
	b = appendString(b, e.Old)
	b = append(b, `,"new":`...)
	b = appendString(b, e.New)
	return append(b, '}')
}

func appendSpans(b []byte, text string, spans []lang.Span) []byte {
	b = append(b, '[')
	for i, s := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendSpan(b, text, s)
	}
	return append(b, ']')
}

func appendSpan(b []byte, text string, s lang.Span) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, `,"lang":`...)
	b = appendString(b, s.Lang.String())
	b = append(b, `,"script":`...)
	b = appendString(b, s.Script)
	b = append(b, `,"confidence":`...)
	b = appendFloat(b, s.Confidence)
	b = append(b, `,"text":`...)
	b = appendString(b, text[s.Start:s.End])
	return append(b, '}')
}

// appendQuotes writes the quotes; without withText their "text" is left
// empty (it is text[start:end] of the record all the same).
func appendQuotes(b []byte, quotes []quote.Quote, withText bool) []byte {
	b = append(b, '[')
	for i, q := range quotes {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(q.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(q.End), 10)
		b = append(b, `,"text":`...)
		if withText {
			b = appendString(b, q.Text)
		} else {
			b = append(b, `""`...)
		}
		b = append(b, `,"open":`...)
		b = appendString(b, q.Open)
		b = append(b, `,"close":`...)
		b = appendString(b, q.Close)
		b = append(b, `,"depth":`...)
		b = strconv.AppendInt(b, int64(q.Depth), 10)
		b = append(b, `,"kind":`...)
		b = appendString(b, q.Kind.String())
		b = append(b, `,"closed":`...)
		b = strconv.AppendBool(b, q.Closed)
		b = append(b, `,"speaker":`...)
		b = appendString(b, q.Speaker)
		b = append(b, `,"cue":`...)
		b = appendString(b, q.Cue)
		if q.SpeakerStart >= 0 {
			// Where the speaker is mentioned in "text", and how it was found.
			b = append(b, `,"speaker_start":`...)
			b = strconv.AppendInt(b, int64(q.SpeakerStart), 10)
			b = append(b, `,"speaker_end":`...)
			b = strconv.AppendInt(b, int64(q.SpeakerEnd), 10)
			b = append(b, `,"speaker_by":`...)
			b = appendString(b, q.SpeakerBy.String())
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

// appendFloat writes f as encoding/json does; a NaN or infinity, which
// JSON cannot carry, as 0.
func appendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, '0')
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-07 becomes e-7, as in encoding/json.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hex = "0123456789abcdef"

// appendString writes s as a JSON string the way encoding/json does
// without HTML escaping: invalid UTF-8 becomes \ufffd, U+2028 and U+2029
// are escaped for JavaScript.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// maxQuoteRepeat bounds how often the quotes' texts may repeat the text:
// nested quotes each carry their whole inner text, which grows with the
// square of the input when marks nest without end. Past the bound the
// texts are left out (start and end still locate them) and the record
// says so in "warning", instead of mend writing gigabytes per megabyte.
const maxQuoteRepeat = 8

// quoteTextsFit reports whether the quotes' texts stay within the bound.
func quoteTextsFit(text string, quotes []quote.Quote) bool {
	n := 0
	for _, q := range quotes {
		n += len(q.Text)
	}
	return n <= maxQuoteRepeat*len(text)+1<<20
}

// jsonSize estimates the bytes of the analyses, to size the output once.
func jsonSize(text string, edits *editList, spans int, quotes []quote.Quote) int {
	n := len(text) + 64 + edits.jsonSize()
	n += spans * 96
	n += 160 * len(quotes)
	if quoteTextsFit(text, quotes) {
		for _, q := range quotes {
			n += len(q.Text)
		}
	}
	return n + strings.Count(text, `"`)
}
