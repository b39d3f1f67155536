package corpus

import (
	"fmt"
	"math"

	"github.com/textmend/textmend/cleanup"
)

// An editList holds a text's edits in half the memory of a []cleanup.Edit
// (32 bytes an edit instead of 64): Old is not kept, since it is
// input[start:end]; offsets are 32-bit and the rule is an index; and the
// list grows in chunks instead of by copying itself. Dense damage (an
// edit every two or three bytes) makes more edits than the input has
// kilobytes, so this is what bounds memory on such input.
type editList struct {
	head   []cleanup.Edit // kept whole: the charset edit of a decoded document
	input  string
	rules  []string // distinct rule names
	counts []int    // edits per rule name
	// The few rule names of a record live in the list itself: one
	// allocation per record instead of one per new name.
	ruleBuf   [4]string
	countBuf  [4]int
	chunks    [][]editItem
	n         int  // edits in chunks
	countOnly bool // the edits are counted (for the stats) but not kept
}

type editItem struct {
	start, end uint32
	rule       uint32
	new        string
}

// maxChunk is the most edits a chunk holds; the first chunks are smaller,
// so that a record with three edits does not take a whole chunk.
const maxChunk = 4096

// maxText is the longest text an editList takes: offsets are 32-bit.
const maxText = math.MaxUint32

func checkTextSize(text string) error {
	if len(text) > maxText {
		return fmt.Errorf("a text of %d bytes: over the 4 GiB that mend handles at once", len(text))
	}
	return nil
}

func (l *editList) add(e cleanup.Edit) {
	rule := l.rule(e.Rule)
	if l.countOnly {
		return
	}
	k := len(l.chunks)
	if k == 0 || len(l.chunks[k-1]) == cap(l.chunks[k-1]) {
		size := maxChunk
		if k < 9 {
			size = 8 << k
		}
		l.chunks = append(l.chunks, make([]editItem, 0, size))
		k++
	}
	l.chunks[k-1] = append(l.chunks[k-1], editItem{uint32(e.Start), uint32(e.End), rule, e.New})
	l.n++
}

// rule is the index of a rule name; the names are few, and an edit's is
// most often the last one seen.
func (l *editList) rule(name string) uint32 {
	for i := len(l.rules) - 1; i >= 0; i-- {
		if l.rules[i] == name {
			l.counts[i]++
			return uint32(i)
		}
	}
	if l.rules == nil {
		l.rules, l.counts = l.ruleBuf[:0], l.countBuf[:0]
	}
	l.rules = append(l.rules, name)
	l.counts = append(l.counts, 1)
	return uint32(len(l.rules) - 1)
}

func (l *editList) len() int { return len(l.head) + l.n }

func (l *editList) edit(it editItem) cleanup.Edit {
	return cleanup.Edit{Rule: l.rules[it.rule], Start: int(it.start), End: int(it.end), Old: l.input[it.start:it.end], New: it.new}
}

// all returns the edits as a list, for tests.
func (l *editList) all() []cleanup.Edit {
	edits := append([]cleanup.Edit(nil), l.head...)
	for _, c := range l.chunks {
		for _, it := range c {
			edits = append(edits, l.edit(it))
		}
	}
	return edits
}

// appendJSON writes the edits as one JSON array, straight into b.
func (l *editList) appendJSON(b []byte) []byte {
	b = append(b, '[')
	first := true
	each := func(e cleanup.Edit) {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = appendEdit(b, e)
	}
	for _, e := range l.head {
		each(e)
	}
	for _, c := range l.chunks {
		for _, it := range c {
			each(l.edit(it))
		}
	}
	return append(b, ']')
}

// eachPart hands over the JSON of the edits a chunk at a time, without
// the brackets; scratch is the buffer to write them in.
func (l *editList) eachPart(f func(part []byte), scratch []byte) []byte {
	if len(l.head) > 0 {
		scratch = appendEdits(scratch[:0], l.head)
		f(scratch[1 : len(scratch)-1])
	}
	for _, c := range l.chunks {
		scratch = append(scratch[:0], '[')
		for i, it := range c {
			if i > 0 {
				scratch = append(scratch, ',')
			}
			scratch = appendEdit(scratch, l.edit(it))
		}
		f(scratch[1:])
	}
	return scratch
}

// jsonSize estimates the bytes of the edits' JSON.
func (l *editList) jsonSize() int {
	n := 0
	for _, e := range l.head {
		n += 64 + len(e.Old) + len(e.New)
	}
	for _, c := range l.chunks {
		for _, it := range c {
			n += 64 + int(it.end-it.start) + len(it.new)
		}
	}
	return n
}
