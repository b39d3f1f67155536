package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/language"

	"github.com/textmend/textmend/cleanup"
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

// cleanedMarks are the marks over the cleaned text; edits, which carry input
// offsets, are placed where their replacements are.
func cleanedMarks(d document, offsets offsetMap, colours map[language.Tag]int) []mark {
	var ms []mark
	for i, e := range d.Result.Edits {
		start := offsets.outStart[i]
		ms = append(ms, editMarkOf(i, start, start+len(e.New), e.Rule, e.Old, e.New))
	}
	same := func(off int) int { return off }
	ms = append(ms, spanMarks(d.Spans, colours, same)...)
	return append(ms, quoteMarks(d.Quotes, same)...)
}

// originalMarks are the same marks over the input: spans and quotes are
// mapped back as Result.InputOffset maps them.
func originalMarks(d document, offsets offsetMap, colours map[language.Tag]int) []mark {
	var ms []mark
	for i, e := range d.Result.Edits {
		ms = append(ms, editMarkOf(i, e.Start, e.End, e.Rule, e.Old, e.New))
	}
	ms = append(ms, spanMarks(d.Spans, colours, offsets.input)...)
	return append(ms, quoteMarks(d.Quotes, offsets.input)...)
}

// An offsetMap maps offsets of the cleaned text to the input exactly as
// Result.InputOffset does, by binary search: InputOffset walks all edits
// for each offset, which for every span and quote of a long text would be
// quadratic.
type offsetMap struct {
	edits    []cleanup.Edit
	outStart []int // where each edit's replacement starts in the cleaned text
}

func newOffsetMap(r cleanup.Result) offsetMap {
	m := offsetMap{edits: r.Edits, outStart: make([]int, len(r.Edits))}
	delta := 0 // output offset minus input offset before the edit
	for i, e := range r.Edits {
		m.outStart[i] = e.Start + delta
		delta += len(e.New) - (e.End - e.Start)
	}
	return m
}

// input is Result.InputOffset by binary search: it finds the first edit
// whose replacement ends after out (the ends never decrease, since edits
// neither overlap nor go back). Inside that replacement out maps to the
// edit's start; anywhere else it is an unchanged byte, past every edit
// before it.
func (m offsetMap) input(out int) int {
	i := sort.Search(len(m.edits), func(i int) bool { return m.outStart[i]+len(m.edits[i].New) > out })
	if i < len(m.edits) && m.outStart[i] <= out {
		return m.edits[i].Start
	}
	if i == 0 {
		return out
	}
	last := m.edits[i-1]
	return out + last.End - (m.outStart[i-1] + len(last.New))
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
