package main

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/language"

	"github.com/textmend/textmend/lang"
	"github.com/textmend/textmend/quote"
)

// Nesting ranks: language spans enclose quotes (they seldom cross), quotes
// enclose the quotes nested in them, and edits sit innermost.
const (
	langRank  = 0
	quoteRank = 1 // plus the quote's depth
	editRank  = 1 << 20
)

// cleanedMarks are the marks over the cleaned text. Edits carry input
// offsets; walking them in order gives each one's place in the output.
func cleanedMarks(d document, colours map[language.Tag]int) []mark {
	var ms []mark
	delta := 0
	for i, e := range d.Result.Edits {
		start := e.Start + delta
		ms = append(ms, editMarkOf(i, start, start+len(e.New), e.Rule, e.Old, e.New))
		delta += len(e.New) - (e.End - e.Start)
	}
	same := func(off int) int { return off }
	ms = append(ms, spanMarks(d.Spans, colours, same)...)
	return append(ms, quoteMarks(d.Quotes, same)...)
}

// originalMarks are the same marks over the input: spans and quotes are
// mapped back with Result.InputOffset.
func originalMarks(d document, colours map[language.Tag]int) []mark {
	var ms []mark
	for i, e := range d.Result.Edits {
		ms = append(ms, editMarkOf(i, e.Start, e.End, e.Rule, e.Old, e.New))
	}
	ms = append(ms, spanMarks(d.Spans, colours, d.Result.InputOffset)...)
	return append(ms, quoteMarks(d.Quotes, d.Result.InputOffset)...)
}

func editMarkOf(i, start, end int, rule, oldText, newText string) mark {
	class := "edit"
	if start == end {
		class += " empty"
	}
	return mark{
		Kind: editMark, Start: start, End: end, Rank: editRank,
		Ref: fmt.Sprintf("e%d", i), Value: rule, Class: class,
		Title: fmt.Sprintf("%s: %s → %s", rule, orEmpty(visible(oldText)), orEmpty(visible(newText))),
	}
}

func spanMarks(spans []lang.Span, colours map[language.Tag]int, at func(int) int) []mark {
	ms := make([]mark, len(spans))
	for i, s := range spans {
		ms[i] = mark{
			Kind: langMark, Start: at(s.Start), End: at(s.End), Rank: langRank,
			Ref: fmt.Sprintf("s%d", i), Value: s.Lang.String(),
			Class: fmt.Sprintf("lang lc%d", paletteIndex(colours[s.Lang])),
			Title: fmt.Sprintf("%s (%s) · %s · confidence %.2f", languageName(s.Lang), s.Lang, s.Script, s.Confidence),
		}
	}
	return ms
}

// quoteMarks underline each quote with its marks, so that a nested quote
// shows inside its outer one.
func quoteMarks(quotes []quote.Quote, at func(int) int) []mark {
	ms := make([]mark, len(quotes))
	for i, q := range quotes {
		class := fmt.Sprintf("quote %s d%d", q.Kind, min(q.Depth, 3))
		if !q.Closed {
			class += " unclosed"
		}
		ms[i] = mark{
			Kind: quoteMark, Start: at(q.Start - len(q.Open)), End: at(q.End + len(q.Close)),
			Rank: quoteRank + q.Depth, Ref: fmt.Sprintf("q%d", i), Value: q.Kind.String(),
			Class: class, Title: quoteTitle(q), Label: quoteLabel(q),
		}
	}
	return ms
}

func quoteTitle(q quote.Quote) string {
	t := fmt.Sprintf("%s quote, depth %d", q.Kind, q.Depth)
	if q.Speaker != "" {
		t += ", speaker " + q.Speaker
	}
	if q.Cue != "" {
		t += ", cue " + q.Cue
	}
	if !q.Closed {
		t += ", unclosed"
	}
	return t
}

// quoteLabel is what the page writes after a quote: who, by which cue, and
// whether it was left open.
func quoteLabel(q quote.Quote) string {
	var parts []string
	if q.Speaker != "" {
		parts = append(parts, q.Speaker)
	}
	if q.Cue != "" {
		parts = append(parts, q.Cue)
	}
	if !q.Closed {
		parts = append(parts, "unclosed")
	}
	return strings.Join(parts, " · ")
}

// paletteSize is the number of language colours the page's CSS defines;
// further languages reuse them.
const paletteSize = 8

func paletteIndex(i int) int { return i % paletteSize }

// visible shows the characters that edits most often touch and a reader
// cannot see: spaces, line breaks, invisible format characters.
func visible(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ':
			b.WriteString("␣")
		case r == '\n':
			b.WriteString("↵")
		case r == '\r':
			b.WriteString("␍")
		case r == '\t':
			b.WriteString("⇥")
		case r == '\u00a0':
			b.WriteString("⍽")
		case unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || unicode.IsSpace(r):
			fmt.Fprintf(&b, "⟨U+%04X⟩", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// orEmpty shows the empty side of an insertion or deletion.
func orEmpty(s string) string {
	if s == "" {
		return "∅"
	}
	return s
}
