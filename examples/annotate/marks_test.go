package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// show writes nodes compactly: <s0>…</s0> for a first fragment, <s0'>…</s0'>
// for a continuation, a trailing ! on the fragment that carries the label.
func show(nodes []*node) string {
	var b strings.Builder
	var walk func([]*node)
	walk = func(ns []*node) {
		for _, n := range ns {
			if n.Mark == nil {
				b.WriteString(n.Text)
				continue
			}
			tag := n.Mark.Ref
			if !n.First {
				tag += "'"
			}
			if n.Last {
				tag += "!"
			}
			b.WriteString("<" + tag + ">")
			walk(n.Kids)
			b.WriteString("</" + tag + ">")
		}
	}
	walk(nodes)
	return b.String()
}

func span(ref string, start, end int) mark {
	return mark{Kind: langMark, Ref: ref, Start: start, End: end, Rank: langRank}
}

func quoteAt(ref string, start, end, depth int) mark {
	return mark{Kind: quoteMark, Ref: ref, Start: start, End: end, Rank: quoteRank + depth}
}

func edit(ref string, start, end int) mark {
	return mark{Kind: editMark, Ref: ref, Start: start, End: end, Rank: editRank}
}

func TestNest(t *testing.T) {
	const text = "abcdefghij"
	tests := []struct {
		name  string
		marks []mark
		want  string
	}{
		{"no marks", nil, "abcdefghij"},
		{"edit in quote in span, given inside out",
			[]mark{edit("e0", 4, 5), quoteAt("q0", 2, 7, 0), span("s0", 0, 10)},
			"<s0!>ab<q0!>cd<e0!>e</e0!>fg</q0!>hij</s0!>"},
		{"quote across two spans is split at the span boundary",
			[]mark{span("s0", 0, 5), span("s1", 5, 10), quoteAt("q0", 3, 7, 0)},
			"<s0!>abc<q0>de</q0></s0!><s1!><q0'!>fg</q0'!>hij</s1!>"},
		{"edit across the end of a quote",
			[]mark{quoteAt("q0", 2, 5, 0), edit("e0", 4, 6)},
			"ab<q0!>cd<e0>e</e0></q0!><e0'!>f</e0'!>ghij"},
		{"nested quotes with the same start",
			[]mark{quoteAt("q1", 0, 4, 1), quoteAt("q0", 0, 10, 0)},
			"<q0!><q1!>abcd</q1!>efghij</q0!>"},
		{"edit across a nested quote's start splits inside the outer",
			[]mark{quoteAt("q0", 0, 10, 0), quoteAt("q1", 3, 6, 1), edit("e0", 2, 4)},
			"<q0!>ab<e0>c</e0><q1!><e0'!>d</e0'!>ef</q1!>ghij</q0!>"},
		{"deletion is an empty element inside what goes on",
			[]mark{span("s0", 0, 10), edit("e0", 3, 3), quoteAt("q0", 3, 6, 0)},
			"<s0!>abc<q0!><e0!></e0!>def</q0!>ghij</s0!>"},
		{"deletions at both ends",
			[]mark{edit("e0", 0, 0), edit("e1", 10, 10)},
			"<e0!></e0!>abcdefghij<e1!></e1!>"},
		{"ranges out of the text are clamped",
			[]mark{span("s0", -3, 4), edit("e0", 8, 20), quoteAt("q0", 6, 2, 0)},
			"<s0!>abcd</s0!>ef<q0!></q0!>gh<e0!>ij</e0!>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, show(nest(text, tt.marks))); diff != "" {
				t.Errorf("nest (-want +got):\n%s", diff)
			}
		})
	}
}

// checkNest asserts what every nesting keeps: the text in order, and one
// first and one last fragment per mark.
func checkNest(t *testing.T, text string, marks []mark, nodes []*node) {
	t.Helper()
	var b strings.Builder
	first, last := map[string]int{}, map[string]int{}
	var walk func([]*node)
	walk = func(ns []*node) {
		for _, n := range ns {
			if n.Mark == nil {
				b.WriteString(n.Text)
				continue
			}
			if n.First {
				first[n.Mark.Ref]++
			}
			if n.Last {
				last[n.Mark.Ref]++
			}
			walk(n.Kids)
		}
	}
	walk(nodes)
	if got := b.String(); got != string([]rune(text)) {
		t.Errorf("text %q became %q", text, got)
	}
	for _, m := range marks {
		if first[m.Ref] != 1 || last[m.Ref] != 1 {
			t.Errorf("mark %s [%d,%d): %d first and %d last fragments", m.Ref, m.Start, m.End, first[m.Ref], last[m.Ref])
		}
	}
}

func FuzzNest(f *testing.F) {
	f.Add("abcdefghij", []byte{0, 2, 5, 1, 3, 7, 2, 4, 6})
	f.Add("„Zitat“ , sagte er.", []byte{1, 0, 9, 0, 1, 4, 2, 9, 9})
	f.Fuzz(func(t *testing.T, text string, spec []byte) {
		var marks []mark
		for i := 0; i+2 < len(spec) && len(marks) < 50; i += 3 {
			start, end := int(spec[i+1])%(len(text)+3)-1, int(spec[i+2])%(len(text)+3)-1
			ref := string(rune('a'+len(marks)%26)) + strings.Repeat("x", len(marks)/26)
			switch spec[i] % 3 {
			case 0:
				marks = append(marks, span(ref, start, end))
			case 1:
				marks = append(marks, quoteAt(ref, start, end, int(spec[i]/3)%4))
			default:
				marks = append(marks, edit(ref, start, end))
			}
		}
		checkNest(t, text, marks, nest(text, marks))
	})
}
