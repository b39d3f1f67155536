package cleanup

import (
	"hash/maphash"
	"maps"
	"strings"
	"sync"
	"sync/atomic"
)

// A wordCache remembers what a Dictionary said of the words it was last
// asked about: text repeats its words, and a compound's analysis costs
// hundreds of lookups. Reads of words seen before take no lock and no
// atomic write: they go to an immutable snapshot, which new words join
// in batches (each rebuild copies, but a batch is half the snapshot, so a
// word costs O(1) copies). When full it starts anew.
type wordCache struct {
	snap    atomic.Pointer[map[string]int]
	mu      sync.Mutex
	pending map[string]int
}

// maxCachedWords bounds a wordCache: a few MB of short words.
const maxCachedWords = 1 << 16

func newWordCache() *wordCache {
	c := &wordCache{pending: map[string]int{}}
	c.snap.Store(&map[string]int{})
	return c
}

// get returns what was put for w: a wordKind, or a decision of
// dictionaryWord.
func (c *wordCache) get(w string) (int, bool) {
	if v, ok := (*c.snap.Load())[w]; ok {
		return v, true
	}
	c.mu.Lock()
	v, ok := c.pending[w]
	c.mu.Unlock()
	return v, ok
}

func (c *wordCache) put(w string, k int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pending[strings.Clone(w)] = k // no document stays alive through the cache
	snap := *c.snap.Load()
	if len(c.pending) <= len(snap)/2 {
		return
	}
	next := make(map[string]int, len(snap)+len(c.pending))
	if len(snap)+len(c.pending) <= maxCachedWords {
		maps.Copy(next, snap)
	}
	maps.Copy(next, c.pending)
	c.snap.Store(&next)
	c.pending = map[string]int{}
}

// knownPrints remembers, in one array probe, words a Dictionary knows:
// most words of a text are, and a lookup in wordCache's map (hash, probe
// of a large table, compare) costs several times a probe here. A slot
// holds a word's 62-bit fingerprint and its wordKind; a word that meets
// another's slot replaces it. Two words share a fingerprint about once
// in 2⁶² pairs, which would give the second the first one's answer.
type knownPrints struct {
	seed  maphash.Seed
	slots [1 << knownPrintBits]atomic.Uint64
}

const knownPrintBits = 15 // 256 KB: stays in the processor's second-level cache

func newKnownPrints() *knownPrints { return &knownPrints{seed: maphash.MakeSeed()} }

// get returns the kind remembered for w, or unknownWord.
func (k *knownPrints) get(w string) wordKind {
	h := maphash.String(k.seed, w)
	v := k.slots[h>>(64-knownPrintBits)].Load()
	if v&^3 != h&^3 {
		return unknownWord
	}
	return wordKind(v & 3)
}

// put remembers a known word's kind; unknown words are not kept.
func (k *knownPrints) put(w string, kind wordKind) {
	if kind == unknownWord || kind > 3 {
		return
	}
	h := maphash.String(k.seed, w)
	k.slots[h>>(64-knownPrintBits)].Store(h&^3 | uint64(kind))
}

// putUncut remembers a word the Dictionary lacks and lexicon-joins never
// cuts (see cutNowhere): its slot holds kind unknownWord, which get
// reports as for a word never seen, and settled as decided.
func (k *knownPrints) putUncut(w string) {
	h := maphash.String(k.seed, w)
	k.slots[h>>(64-knownPrintBits)].Store(h &^ 3)
}

// settled reports a word of 4 bytes or more that is known or that
// lexicon-joins never cuts: it has nothing to decide on it.
func (k *knownPrints) settled(w string) bool {
	if k == nil || len(w) < 4 {
		return false
	}
	h := maphash.String(k.seed, w)
	return k.slots[h>>(64-knownPrintBits)].Load()&^3 == h&^3
}

// settledWordsOf returns, when lex is a lone Dictionary, the test of the
// words lexicon-joins has nothing to decide on, which the segment's scan
// and the rule ask before anything else: the words it knows, and those no
// language cuts unless the Cleaner's language (lang) is one no paragraph
// is guessed in. Otherwise nil.
func settledWordsOf(lex Lexicon, lang string) func(string) bool {
	d, ok := lex.(*Dictionary)
	switch {
	case !ok:
		return nil
	case guessableLanguage(lang):
		return d.known.settled
	}
	return d.known.has
}

// noneSettled is the settled test without a lone Dictionary.
func noneSettled(string) bool { return false }

// has reports a word remembered as known, of 4 bytes or more (the
// shortest lexicon-joins reads with a dictionary).
func (k *knownPrints) has(w string) bool {
	return k != nil && len(w) >= 4 && k.get(w) != unknownWord
}
