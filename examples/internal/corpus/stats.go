package corpus

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/textmend/textmend/lang"
)

// RecordStats is what one call of Process or Document counted.
type RecordStats struct {
	Documents int            // 1, or 0 for a blank line
	Bytes     int            // input bytes; a record's line counts with one newline
	Error     string         // why the record or document was refused, "" when it was not
	Edits     map[string]int // edits per rule; an edit of rules "a+b" counts for both
	Letters   map[string]int // letters per language (BCP 47), from the spans
	Quotes    int
}

func (st *RecordStats) countEdits(edits *editList) {
	count := func(rule string, n int) {
		if st.Edits == nil {
			st.Edits = map[string]int{}
		}
		for r := range strings.SplitSeq(rule, "+") {
			st.Edits[r] += n
		}
	}
	for _, e := range edits.head {
		count(e.Rule, 1)
	}
	for i, rule := range edits.rules {
		count(rule, edits.counts[i])
	}
}

func (st *RecordStats) countLetters(text string, s lang.Span) {
	n := 0
	for _, r := range text[s.Start:s.End] {
		if unicode.IsLetter(r) {
			n++
		}
	}
	if n == 0 {
		return
	}
	if st.Letters == nil {
		st.Letters = map[string]int{}
	}
	st.Letters[s.Lang.String()] += n
}

// Stats adds up RecordStats over a run. The zero value is ready to use;
// Stats of several workers merge with Merge. Its JSON is what mend
// -stats-json writes.
type Stats struct {
	Documents int64            `json:"documents"`
	Bytes     int64            `json:"bytes"`
	Errors    int64            `json:"errors"`
	Quotes    int64            `json:"quotes"`
	Edits     map[string]int64 `json:"edits"`   // per rule
	Letters   map[string]int64 `json:"letters"` // per language
	Seconds   float64          `json:"seconds"` // set by the caller: wall time of the run
}

// Add counts one record or document.
func (s *Stats) Add(r RecordStats) {
	s.Documents += int64(r.Documents)
	s.Bytes += int64(r.Bytes)
	if r.Error != "" {
		s.Errors++
	}
	s.Quotes += int64(r.Quotes)
	s.Edits = addCounts(s.Edits, r.Edits)
	s.Letters = addCounts(s.Letters, r.Letters)
}

// Merge adds the counts of o (not its Seconds: runs in parallel overlap).
func (s *Stats) Merge(o Stats) {
	s.Documents += o.Documents
	s.Bytes += o.Bytes
	s.Errors += o.Errors
	s.Quotes += o.Quotes
	s.Edits = addCounts(s.Edits, o.Edits)
	s.Letters = addCounts(s.Letters, o.Letters)
}

func addCounts[N int | int64](into map[string]int64, from map[string]N) map[string]int64 {
	if into == nil {
		into = map[string]int64{}
	}
	for k, n := range from {
		into[k] += int64(n)
	}
	return into
}

// MarshalJSON writes the counts with empty maps as {} (encoding/json
// sorts map keys, so the bytes do not depend on map order).
func (s Stats) MarshalJSON() ([]byte, error) {
	type plain Stats
	p := plain(s)
	if p.Edits == nil {
		p.Edits = map[string]int64{}
	}
	if p.Letters == nil {
		p.Letters = map[string]int64{}
	}
	return json.Marshal(p)
}

// WriteText writes the counts for people, as mend -stats prints them on
// standard error: totals, then edits per rule and letters per language,
// most first.
func (s Stats) WriteText(w io.Writer) error {
	mb := float64(s.Bytes) / 1e6
	rate := 0.0
	if s.Seconds > 0 {
		rate = mb / s.Seconds
	}
	_, err := fmt.Fprintf(w, "documents %d, %.1f MB, errors %d, quotes %d, %.1f s, %.2f MB/s\n",
		s.Documents, mb, s.Errors, s.Quotes, s.Seconds, rate)
	if err != nil {
		return err
	}
	if err := writeCounts(w, "edits", s.Edits); err != nil {
		return err
	}
	return writeCounts(w, "letters", s.Letters)
}

// writeCounts writes one line "name: key n, key n, …", largest first and
// ties by key, so that the text is the same run to run.
func writeCounts(w io.Writer, name string, counts map[string]int64) error {
	keys := slices.Sorted(maps.Keys(counts))
	slices.SortStableFunc(keys, func(a, b string) int {
		switch {
		case counts[a] > counts[b]:
			return -1
		case counts[a] < counts[b]:
			return 1
		}
		return 0
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, counts[k])
	}
	if len(parts) == 0 {
		parts = []string{"none"}
	}
	_, err := fmt.Fprintf(w, "%s: %s\n", name, strings.Join(parts, ", "))
	return err
}
