package cleanup

// ExplainEach cleans s as Explain does, but hands the edits to each one
// by one, in order and merged as in Explain, instead of returning them in
// a list; it returns the cleaned text. A caller that writes or counts the
// edits then holds none of them: dense damage (an edit every few bytes)
// makes a []Edit of about 64 bytes per edit, several times the input.
func (c *Cleaner) ExplainEach(s string, each func(Edit)) string {
	// A run of one edit: editRun merges the next edit into it or starts a
	// new one, and the one before is then final.
	run := editRun{input: s}
	lists := editListsPool.Get().(*editLists)
	defer lists.release()
	text := c.cleanAll(s, lists, func(start int, list []Edit) {
		for _, e := range list {
			e.Start += start
			e.End += start
			run.add(e)
			if len(run.list) == 2 {
				each(run.list[0])
				run.list[0] = run.list[1]
				run.list = run.list[:1]
			}
		}
	})
	for _, e := range run.edits() {
		each(e)
	}
	return text
}
