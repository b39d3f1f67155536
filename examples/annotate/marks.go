package main

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A markKind says what a mark shows; it is also the element and data
// attribute the page gives it.
type markKind string

const (
	langMark  markKind = "lang"  // <span data-lang=TAG>
	quoteMark markKind = "quote" // <span data-quote=KIND>
	editMark  markKind = "edit"  // <mark data-edit=RULE>
)

// A mark is a range of the shown text to wrap in an element.
type mark struct {
	Kind       markKind
	Start, End int
	Rank       int    // nesting order: a lower rank encloses a higher one
	Ref        string // the same in both views and in the side lists: "e3", "s0", "q2"
	Value      string // the data attribute's value: rule, tag or kind
	Class      string
	Title      string
	Label      string // shown after the mark's last fragment (a quote's speaker)
}

// A node is a run of text or one fragment of a mark holding nodes.
// Marks that cross are split: the first fragment carries the data
// attribute, so that counting data-edit elements counts edits, and the
// last one the label; every fragment carries data-mark.
type node struct {
	Text  string
	Mark  *mark
	First bool
	Last  bool
	Kids  []*node
}

// nest wraps text in marks so that elements nest properly. It walks the
// sorted boundaries of all marks; at each one it keeps the open elements
// that still apply (outermost first, by rank), closes the rest and opens
// what starts or continues. Marks without text become empty elements.
// Ranges are clamped to the text and its rune boundaries.
func nest(text string, marks []mark) []*node {
	ms := clampMarks(marks, text)
	slices.SortStableFunc(ms, func(a, b *mark) int { return cmp.Compare(a.Start, b.Start) })
	bounds := boundaries(ms, len(text))
	b := &builder{started: map[*mark]bool{}}
	var active []*mark
	next := 0
	for k, p := range bounds {
		active = slices.DeleteFunc(active, func(m *mark) bool { return m.End == p })
		var empty []*mark
		for ; next < len(ms) && ms[next].Start == p; next++ {
			if m := ms[next]; m.End == m.Start {
				empty = append(empty, m)
			} else {
				active = insertByRank(active, m)
			}
		}
		b.reopen(active, p)
		for _, m := range empty {
			b.top().Kids = append(b.top().Kids, &node{Mark: m, First: true, Last: true})
		}
		if k+1 < len(bounds) {
			b.text(text[p:bounds[k+1]])
		}
	}
	return b.root.Kids
}

// clampMarks copies the marks, each range inside the text, not reversed,
// and not cutting a character in two.
func clampMarks(marks []mark, text string) []*mark {
	ms := make([]*mark, len(marks))
	for i, m := range marks {
		m.Start = runeStart(text, m.Start)
		m.End = max(runeStart(text, m.End), m.Start)
		ms[i] = &m
	}
	return ms
}

// runeStart moves off into the text and back to the start of its rune.
func runeStart(text string, off int) int {
	off = min(max(off, 0), len(text))
	for off > 0 && off < len(text) && !utf8.RuneStart(text[off]) {
		off--
	}
	return off
}

// boundaries lists 0, n and every start and end, sorted, once each.
func boundaries(ms []*mark, n int) []int {
	bounds := make([]int, 0, 2*len(ms)+2)
	bounds = append(bounds, 0, n)
	for _, m := range ms {
		bounds = append(bounds, m.Start, m.End)
	}
	slices.Sort(bounds)
	return slices.Compact(bounds)
}

// insertByRank adds m to the active marks, kept sorted outermost first.
func insertByRank(active []*mark, m *mark) []*mark {
	i, _ := slices.BinarySearchFunc(active, m, func(a, m *mark) int {
		return cmp.Or(cmp.Compare(a.Rank, m.Rank), cmp.Compare(a.Start, m.Start), cmp.Compare(m.End, a.End))
	})
	return slices.Insert(active, i, m)
}

// builder holds the open fragments while nest walks the text.
type builder struct {
	root    node
	open    []*node // open fragments, outermost first
	started map[*mark]bool
}

func (b *builder) top() *node {
	if len(b.open) == 0 {
		return &b.root
	}
	return b.open[len(b.open)-1]
}

// reopen makes the open fragments those of active at offset p: the common
// outer part stays open, the rest is closed and reopened as needed.
func (b *builder) reopen(active []*mark, p int) {
	keep := 0
	for keep < len(b.open) && keep < len(active) && b.open[keep].Mark == active[keep] {
		keep++
	}
	for len(b.open) > keep {
		n := b.open[len(b.open)-1]
		n.Last = n.Mark.End == p
		b.open = b.open[:len(b.open)-1]
	}
	for _, m := range active[keep:] {
		n := &node{Mark: m, First: !b.started[m]}
		b.started[m] = true
		b.top().Kids = append(b.top().Kids, n)
		b.open = append(b.open, n)
	}
}

// text adds a run of text to the innermost open fragment.
func (b *builder) text(s string) {
	b.top().Kids = append(b.top().Kids, &node{Text: validText(s)})
}

// validText shows each invalid byte of an original input as U+FFFD, as the
// invalid-utf8 edit says.
func validText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r) // an invalid byte ranges as one utf8.RuneError
	}
	return b.String()
}
