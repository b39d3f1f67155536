package cleanup

import (
	"sort"
	"strings"
)

// An Edit is one change that a rule made: the input bytes Start..End
// (Old) became New in the output. Edits are sorted, do not overlap, and
// applying all of them to the input gives the output.
type Edit struct {
	Rule       string // the rule's name; rules joined by "+" when two touched the same bytes
	Start, End int    // byte offsets in the input
	Old, New   string
}

// A Result is the cleaned text and the edits that turn the input into it.
type Result struct {
	Text  string
	Edits []Edit
}

// InputOffset maps a byte offset in r.Text back to the input. An offset
// inside the replacement of an edit maps to the start of that edit's input
// bytes. Any other offset is that of an unchanged input byte (or the end),
// and maps to it, past the bytes that edits before it removed: so
// InputOffset(OutputOffset(i)) == i for every byte i no edit touched, and
// both mappings only grow.
func (r Result) InputOffset(out int) int {
	delta := 0 // input offset minus output offset before the current edit
	for _, e := range r.Edits {
		outStart := e.Start - delta
		if out < outStart {
			break
		}
		if out < outStart+len(e.New) {
			return e.Start
		}
		delta += (e.End - e.Start) - len(e.New)
	}
	return out + delta
}

// OutputOffset maps a byte offset of the input to the cleaned text. An
// offset inside the input bytes of an edit maps to the start of its
// replacement.
func (r Result) OutputOffset(in int) int {
	delta := 0
	for _, e := range r.Edits {
		if in < e.Start {
			break
		}
		if in < e.End {
			return e.Start + delta
		}
		delta += len(e.New) - (e.End - e.Start)
	}
	return in + delta
}

// Apply replays edits on the input they were made for. It is how a caller
// (and the tests) check that an edit list explains a cleaned text.
func Apply(input string, edits []Edit) string {
	var b strings.Builder
	b.Grow(len(input))
	at := 0
	for _, e := range edits {
		b.WriteString(input[at:e.Start])
		b.WriteString(e.New)
		at = e.End
	}
	b.WriteString(input[at:])
	return b.String()
}

// editRun appends edits to a list and merges each into the one before it
// when the same rule made both and they touch: a run of a million NUL bytes
// is one edit, not a million, so results stay linear in the input with a
// small constant. The merged edit's Old is a slice of the input, and its
// New grows in a builder, never by repeated concatenation.
type editRun struct {
	input string
	list  []Edit
	open  bool // the last edit of list is a merged run whose New is in b
	b     strings.Builder
}

func (m *editRun) add(e Edit) {
	if n := len(m.list); n > 0 {
		last := &m.list[n-1]
		if last.Rule == e.Rule && last.End == e.Start {
			if !m.open {
				m.b.Reset()
				m.b.WriteString(last.New)
				m.open = true
			}
			m.b.WriteString(e.New)
			last.End, last.Old = e.End, m.input[last.Start:e.End]
			return
		}
	}
	m.close()
	m.list = append(m.list, e)
}

// close builds the New of the open run.
func (m *editRun) close() {
	if m.open {
		m.list[len(m.list)-1].New = m.b.String()
		m.open = false
	}
}

// edits returns the merged list.
func (m *editRun) edits() []Edit {
	m.close()
	return m.list
}

// change is what a rule reports: bytes start..end of the rule's input
// become repl. A rule reports its changes in order, without overlaps.
type change struct {
	start, end int
	repl       string
}

// changes collects a rule's changes. Its methods keep the order a rule
// promises so that rules can be simple loops.
type changes struct {
	list []change
}

func (c *changes) replace(start, end int, repl string) {
	// Touching removals are one change: a run of stray bytes then costs
	// the later steps one change, not one per byte.
	if n := len(c.list); n > 0 && repl == "" && c.list[n-1].repl == "" && c.list[n-1].end == start && start < end {
		c.list[n-1].end = end
		return
	}
	c.list = append(c.list, change{start, end, repl})
}

func (c *changes) insert(at int, s string) { c.replace(at, at, s) }

func (c *changes) remove(start, end int) { c.replace(start, end, "") }

// sortChanges orders changes by position, for the rules that find them
// out of order (a bidi opener is known to be unpaired only at line end).
func sortChanges(list []change) {
	for i := 1; i < len(list); i++ {
		if list[i].start < list[i-1].start {
			sort.SliceStable(list, func(i, j int) bool { return list[i].start < list[j].start })
			return
		}
	}
}
