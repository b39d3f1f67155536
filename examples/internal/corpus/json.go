package corpus

import (
	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/lang"
	"github.com/textmend/textmend/quote"
)

// The JSON shapes of mend's output. Offsets in edits are byte offsets into
// the input text; offsets in spans and quotes are byte offsets into the
// cleaned text.

type editJSON struct {
	Rule  string `json:"rule"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

type spanJSON struct {
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Lang       string  `json:"lang"`
	Script     string  `json:"script"`
	Confidence float64 `json:"confidence"`
	Text       string  `json:"text"`
}

type quoteJSON struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Open    string `json:"open"`
	Close   string `json:"close"`
	Depth   int    `json:"depth"`
	Kind    string `json:"kind"`
	Closed  bool   `json:"closed"`
	Speaker string `json:"speaker"`
	Cue     string `json:"cue"`
}

func editsJSON(edits []cleanup.Edit) []editJSON {
	out := make([]editJSON, 0, len(edits))
	for _, e := range edits {
		out = append(out, editJSON{e.Rule, e.Start, e.End, e.Old, e.New})
	}
	return out
}

func spansJSON(text string, spans []lang.Span) []spanJSON {
	out := make([]spanJSON, 0, len(spans))
	for _, s := range spans {
		out = append(out, spanJSON{
			Start: s.Start, End: s.End, Lang: s.Lang.String(), Script: s.Script,
			Confidence: s.Confidence, Text: text[s.Start:s.End],
		})
	}
	return out
}

func quotesJSON(quotes []quote.Quote) []quoteJSON {
	out := make([]quoteJSON, 0, len(quotes))
	for _, q := range quotes {
		out = append(out, quoteJSON{
			Start: q.Start, End: q.End, Text: q.Text, Open: q.Open, Close: q.Close,
			Depth: q.Depth, Kind: q.Kind.String(), Closed: q.Closed, Speaker: q.Speaker, Cue: q.Cue,
		})
	}
	return out
}
