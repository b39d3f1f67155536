package corpus

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/textmend/textmend/cleanup"
)

// An editList holds a text's edits in a few bytes each where a
// []cleanup.Edit takes 64: Old is not kept, since it is input[start:end];
// each edit is four varints in one byte stream (its start after the end
// of the edit before, its length, its rule and its replacement text as
// indexes), and short replacement texts are kept once. Dense damage (an
// edit every two or three bytes, one " " inserted between scripts) makes
// more edits than the input has kilobytes, so this is what bounds memory
// on such input: 4 to 5 bytes an edit instead of 32.
type editList struct {
	head   []cleanup.Edit // kept whole: the charset edit of a decoded document
	input  string
	rules  []string // distinct rule names
	counts []int    // edits per rule name
	// The few rule names of a record live in the list itself: one
	// allocation per record instead of one per new name.
	ruleBuf   [4]string
	countBuf  [4]int
	data      []byte   // the edits after head, as varints
	news      []string // replacement texts; short ones once each
	newIndex  map[string]uint32
	lastEnd   int  // end of the last edit in data
	n         int  // edits in data
	countOnly bool // the edits are counted (for the stats) but not kept
}

// maxShared is the longest replacement text kept once for all edits that
// insert it; longer ones are kept per edit.
const maxShared = 8

// maxChunk is the most edits written in one part of the JSON.
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
	l.data = binary.AppendVarint(l.data, int64(e.Start-l.lastEnd))
	l.data = binary.AppendUvarint(l.data, uint64(e.End-e.Start))
	l.data = binary.AppendUvarint(l.data, uint64(rule))
	l.data = binary.AppendUvarint(l.data, uint64(l.newText(e.New)))
	l.lastEnd = e.End
	l.n++
}

// newText is the index of a replacement text: most edits of dense damage
// insert the same one or two.
func (l *editList) newText(s string) uint32 {
	if n := len(l.news); n > 0 && l.news[n-1] == s && len(s) <= maxShared {
		return uint32(n - 1)
	}
	if len(s) <= maxShared {
		if i, ok := l.newIndex[s]; ok {
			return i
		}
		if l.newIndex == nil {
			l.newIndex = map[string]uint32{}
		}
		l.newIndex[s] = uint32(len(l.news))
	}
	l.news = append(l.news, s)
	return uint32(len(l.news) - 1)
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

// each hands over every edit, in order.
func (l *editList) each(f func(cleanup.Edit)) {
	for _, e := range l.head {
		f(e)
	}
	end := 0
	for at := 0; at < len(l.data); {
		gap, k := binary.Varint(l.data[at:])
		at += k
		length, k := binary.Uvarint(l.data[at:])
		at += k
		rule, k := binary.Uvarint(l.data[at:])
		at += k
		nw, k := binary.Uvarint(l.data[at:])
		at += k
		start := end + int(gap)
		end = start + int(length)
		f(cleanup.Edit{Rule: l.rules[rule], Start: start, End: end, Old: l.input[start:end], New: l.news[nw]})
	}
}

// all returns the edits as a list, for tests.
func (l *editList) all() []cleanup.Edit {
	var edits []cleanup.Edit
	l.each(func(e cleanup.Edit) { edits = append(edits, e) })
	return edits
}

// appendJSON writes the edits as one JSON array, straight into b.
func (l *editList) appendJSON(b []byte) []byte {
	b = append(b, '[')
	first := true
	l.each(func(e cleanup.Edit) {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = appendEdit(b, e)
	})
	return append(b, ']')
}

// eachPart hands over the JSON of the edits maxChunk at a time, without
// the brackets; scratch is the buffer to write them in.
func (l *editList) eachPart(f func(part []byte), scratch []byte) []byte {
	scratch = scratch[:0]
	k := 0
	l.each(func(e cleanup.Edit) {
		if k > 0 {
			scratch = append(scratch, ',')
		}
		scratch = appendEdit(scratch, e)
		if k++; k == maxChunk {
			f(scratch)
			scratch, k = scratch[:0], 0
		}
	})
	if k > 0 {
		f(scratch)
	}
	return scratch
}

// jsonSize estimates the bytes of the edits' JSON.
func (l *editList) jsonSize() int {
	n := 0
	l.each(func(e cleanup.Edit) { n += 64 + len(e.Old) + len(e.New) })
	return n
}
