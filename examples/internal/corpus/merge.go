package corpus

import (
	"strings"

	"github.com/textmend/textmend/cleanup"
)

// mergeAdjacent joins edits of one rule where one ends at the next one's
// start, so that a run of a million bare CRs is one edit and the output
// stays a small multiple of the input. The list still explains the text:
// cleanup.Apply gives the same result. It reuses the slice it is given.
func mergeAdjacent(edits []cleanup.Edit) []cleanup.Edit {
	out := edits[:0]
	for i := 0; i < len(edits); {
		j := i + 1
		for j < len(edits) && edits[j].Rule == edits[i].Rule && edits[j].Start == edits[j-1].End {
			j++
		}
		if j == i+1 {
			out = append(out, edits[i])
			i = j
			continue
		}
		var old, repl strings.Builder
		old.Grow(edits[j-1].End - edits[i].Start)
		for _, e := range edits[i:j] {
			old.WriteString(e.Old)
			repl.WriteString(e.New)
		}
		out = append(out, cleanup.Edit{Rule: edits[i].Rule, Start: edits[i].Start, End: edits[j-1].End, Old: old.String(), New: repl.String()})
		i = j
	}
	return out
}
