package cleanup

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// A Vocabulary is a Lexicon learned from documents: a first pass over a
// batch of articles counts every word, and the cleaning pass then uses the
// counts, so that a corpus supplies its own word list. A glued token seen
// once (nutztgenerative) is cut where both parts are several times more
// frequent than the whole.
//
// A Vocabulary is safe for concurrent use: documents may be learned from
// several goroutines, and a Cleaner may read it while it still learns.
type Vocabulary struct {
	mu     sync.RWMutex
	counts map[string]int
}

// NewVocabulary returns an empty Vocabulary.
func NewVocabulary() *Vocabulary {
	return &Vocabulary{counts: map[string]int{}}
}

// Learn counts the words of doc: runs of letters (with their combining
// marks), exactly as written.
func (v *Vocabulary) Learn(doc string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	start := -1
	for i := 0; i < len(doc); {
		r, n := utf8.DecodeRuneInString(doc[i:])
		letter := scriptOf(r) != scriptNone || start >= 0 && isMark(r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			v.add(doc[start:i])
			start = -1
		}
		i += n
	}
	if start >= 0 {
		v.add(doc[start:])
	}
}

// add counts w, copying it when new so the map keeps no document alive.
func (v *Vocabulary) add(w string) {
	if _, ok := v.counts[w]; ok {
		v.counts[w]++
		return
	}
	v.counts[strings.Clone(w)] = 1
}

// Count returns how often word has been seen.
func (v *Vocabulary) Count(word string) int {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return v.counts[word]
}

// Len returns the number of distinct words learned.
func (v *Vocabulary) Len() int {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return len(v.counts)
}
