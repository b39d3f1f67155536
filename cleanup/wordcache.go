package cleanup

import (
	"strings"
	"sync"
	"sync/atomic"
)

// A wordCache remembers what a Dictionary said of the words it was last
// asked about: text repeats its words, and a compound's analysis costs
// hundreds of lookups. Reads take no lock (a sync.Map, which suits keys
// written once and read often); it is bounded: when full it starts anew.
type wordCache struct {
	m atomic.Pointer[sync.Map]
	n atomic.Int64
}

// maxCachedWords bounds a wordCache: about 4 MB of short words.
const maxCachedWords = 1 << 16

func newWordCache() *wordCache {
	c := &wordCache{}
	c.m.Store(new(sync.Map))
	return c
}

// get returns what was put for w: a wordKind, or a decision of
// dictionaryWord.
func (c *wordCache) get(w string) (int, bool) {
	v, ok := c.m.Load().Load(w)
	if !ok {
		return 0, false
	}
	return v.(int), true
}

func (c *wordCache) put(w string, k int) {
	if c.n.Add(1) > maxCachedWords {
		c.m.Store(new(sync.Map))
		c.n.Store(0)
	}
	c.m.Load().Store(strings.Clone(w), k) // no document stays alive through the cache
}
