package quote

import "sync"

// workspace holds the buffers of one call of Extract, kept for the next
// call: allocating them anew for every text made the garbage collector
// run, and its write barriers slow down, several times as often.
type workspace struct {
	buf, scratch     []tok
	window, back     tokenCache
	turnBuf          []tok
	turnBack         tokenCache
	prevSib, nextSib []int
	stack            []int // for siblings
}

var workspaces = sync.Pool{New: func() any { return new(workspace) }}

// maxKept bounds the buffers a workspace keeps, in elements, so that one
// huge text does not pin its memory.
const maxKept = 1 << 16

func getWorkspace() *workspace {
	w := workspaces.Get().(*workspace)
	w.window.reset()
	w.back.reset()
	w.turnBack.reset()
	return w
}

func (w *workspace) put() {
	if cap(w.buf) > maxKept || cap(w.scratch) > maxKept || cap(w.turnBuf) > maxKept ||
		cap(w.prevSib) > maxKept || cap(w.stack) > maxKept || w.window.large() || w.back.large() || w.turnBack.large() {
		return
	}
	workspaces.Put(w)
}

// reset empties the cache for a new text.
func (c *tokenCache) reset() {
	c.toks, c.jumps, c.out, c.tail = c.toks[:0], c.jumps[:0], c.out[:0], c.tail[:0]
	c.base, c.from, c.to = 0, 0, 0
}

func (c *tokenCache) large() bool {
	return cap(c.toks) > maxKept || cap(c.out) > maxKept || cap(c.jumps) > maxKept
}
