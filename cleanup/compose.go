package cleanup

import (
	"slices"
	"strings"
	"sync"
)

// compose folds the changes one rule made to cur into acc, the edits that
// turned src into cur, so that the result again maps src to the new text.
// Where a change touches the output of an earlier edit, the two become one
// edit whose Rule names both: every byte of the output is explained by
// exactly one edit or by the input itself.
// The edits are appended to out, which must not share memory with acc.
func compose(out []Edit, src string, acc []Edit, cur string, list []change, rule string) []Edit {
	i, j := 0, 0
	accDelta := 0 // cur offset minus src offset, before acc[i]
	for i < len(acc) || j < len(list) {
		j0 := j
		// Start a cluster with whichever item comes first in cur.
		var lo, hi int
		// Most clusters have a name or two: keep them off the heap.
		var nameBuf [4]string
		names := nameBuf[:0]
		srcLo := 0
		if j >= len(list) || (i < len(acc) && acc[i].Start+accDelta <= list[j].start) {
			e := acc[i]
			lo, hi = e.Start+accDelta, e.Start+accDelta+len(e.New)
			srcLo = e.Start
			names = append(names, e.Rule)
			accDelta += len(e.New) - (e.End - e.Start)
			i++
		} else {
			c := list[j]
			lo, hi = c.start, c.end
			srcLo = c.start - accDelta
			j++
		}
		// Grow the cluster while the next item conflicts with it.
		for {
			if i < len(acc) {
				e := acc[i]
				a, b := e.Start+accDelta, e.Start+accDelta+len(e.New)
				if conflicts(lo, hi, a, b) {
					hi = max(hi, b)
					names = append(names, e.Rule)
					accDelta += len(e.New) - (e.End - e.Start)
					i++
					continue
				}
			}
			if j < len(list) {
				c := list[j]
				if conflicts(lo, hi, c.start, c.end) {
					hi = max(hi, c.end)
					j++
					continue
				}
			}
			break
		}
		// hi is not inside an earlier edit (that edit would have joined the
		// cluster), so it maps back with the delta of all edits before it.
		srcHi := hi - accDelta
		if j > j0 {
			names = append(names, rule)
		}
		if old, repl := src[srcLo:srcHi], clusterText(cur, lo, hi, list[j0:j]); old != repl {
			out = append(out, Edit{Rule: joinNames(names), Start: srcLo, End: srcHi, Old: old, New: repl})
		}
	}
	return out
}

// editLists are the two lists that a segment's edits are composed into in
// turn: each rule that changes the segment folds its changes into the
// edits so far, and a new list each time was a third of what a corpus run
// allocated. They are pooled across calls of ExplainEach.
type editLists struct {
	lists [2][]Edit
	turn  int
}

var editListsPool = sync.Pool{New: func() any { return new(editLists) }}

// compose is compose into the list that does not hold acc.
func (l *editLists) compose(src string, acc []Edit, cur string, list []change, rule string) []Edit {
	l.turn ^= 1
	out := compose(slices.Grow(l.lists[l.turn][:0], len(acc)+len(list)), src, acc, cur, list, rule)
	l.lists[l.turn] = out
	return out
}

// release hands l back to the pool, without the texts its edits refer to.
// Lists grown by dense damage are left to the collector.
func (l *editLists) release() {
	for i := range l.lists {
		if cap(l.lists[i]) > 4096 {
			l.lists[i] = nil
		}
		clear(l.lists[i][:cap(l.lists[i])])
		l.lists[i] = l.lists[i][:0]
	}
	editListsPool.Put(l)
}

// clusterText is a cluster's new text: cur[lo:hi] with the rule's changes
// in it applied. A cluster of one change and nothing else is that
// change's replacement, which needs no copy.
func clusterText(cur string, lo, hi int, list []change) string {
	if len(list) == 1 && list[0].start == lo && list[0].end == hi {
		return list[0].repl
	}
	var b strings.Builder
	at := lo
	for _, c := range list {
		b.WriteString(cur[at:c.start])
		b.WriteString(c.repl)
		at = c.end
	}
	b.WriteString(cur[at:hi])
	return b.String()
}

// conflicts reports whether two ranges of the same text overlap, or one
// is an insertion at an edge of the other (whose order would be ambiguous).
func conflicts(lo, hi, a, b int) bool {
	if a < hi && lo < b {
		return true
	}
	if a == b && lo <= a && a <= hi {
		return true
	}
	return lo == hi && a <= lo && lo <= b
}

func containsName(names []string, n string) bool {
	for _, m := range names {
		if m == n {
			return true
		}
	}
	return false
}

func joinNames(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	var uniq []string
	for _, n := range names {
		for _, p := range strings.Split(n, "+") {
			if !containsName(uniq, p) {
				uniq = append(uniq, p)
			}
		}
	}
	return strings.Join(uniq, "+")
}
