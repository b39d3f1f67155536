package cleanup

import "strings"

// ExplainEach cleans s as Explain does, but hands the edits to each one
// by one, in order and merged as in Explain, instead of returning them in
// a list; it returns the cleaned text. A caller that writes or counts the
// edits then holds none of them: dense damage (an edit every few bytes)
// makes a []Edit of about 64 bytes per edit, several times the input.
func (c *Cleaner) ExplainEach(s string, each func(Edit)) string {
	var text strings.Builder
	text.Grow(len(s))
	// A run of one edit: editRun merges the next edit into it or starts a
	// new one, and the one before is then final.
	run := editRun{input: s}
	add := func(e Edit) {
		run.add(e)
		if len(run.list) == 2 {
			each(run.list[0])
			run.list[0] = run.list[1]
			run.list = run.list[:1]
		}
	}
	paras := c.paragraphs()
	defer c.paraPool.Put(paras)
	c.eachSegment(s, func(start, end int, cut cut) {
		out, edits := c.cleanSegment(s[start:end], cut.endsLine, paras.context(), true, nil)
		paras.after(out, cut.endsPara)
		text.WriteString(out)
		for _, e := range edits {
			e.Start += start
			e.End += start
			add(e)
		}
	})
	for _, e := range run.edits() {
		each(e)
	}
	if text.String() == s {
		return s
	}
	return text.String()
}
