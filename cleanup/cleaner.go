package cleanup

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"golang.org/x/text/language"
)

// A Cleaner runs a fixed list of rules. It is safe for concurrent use.
type Cleaner struct {
	rules []step
	// pending[k] is every suspect that wakes rule k or a rule after it:
	// what a rescan before rule k must look for.
	pending []suspect
	lang    string // base language of WithLanguage, "" to guess
	// alwaysRuns is set when a rule runs without a suspect (lexicon-joins
	// with a Lexicon other than a lone Dictionary): then no segment is
	// passed over unread.
	alwaysRuns bool
	// local[k] says rule k is one of localRules; localWakes are their
	// suspects, which every changed window is read for.
	local      []bool
	localWakes suspect
	// scan is what a segment's first scan looks for: not the words
	// lexicon-joins might cut when a Lexicon makes it read every word.
	scan suspect
	// settled tells the words a lone Dictionary settles (see
	// settledWordsOf); the scan lists the others for lexicon-joins.
	settled func(string) bool
	cfg     config
	pool    sync.Pool
	// paraPool holds the *paragraphs that Clean and Explain follow a
	// text's paragraphs with, so that clean text costs no allocation.
	paraPool sync.Pool
}

// paragraphs returns a reset paragraphs from the pool.
func (c *Cleaner) paragraphs() *paragraphs {
	p, _ := c.paraPool.Get().(*paragraphs)
	if p == nil {
		return new(paragraphs)
	}
	p.reset()
	return p
}

// An Option configures a Cleaner built by New. It returns an error for a
// setting that cannot work (an unknown rule name, say), so that New fails
// instead of quietly running something else.
type Option func(*config) error

type config struct {
	without map[string]bool
	only    map[string]bool // nil: all rules
	lang    string

	// join rules (joins.go, lexicon.go, protected.go, cjk.go)
	lexicon      Lexicon
	protected    map[string]bool
	maxProtected int
	cjkSpacing   bool

	// encoding repairs (straightquotes.go)
	straightQuotes bool

	// ungated runs every rule without its suspect gate (suspects.go), so
	// that tests can check the gates change nothing.
	ungated bool
}

// WithoutRules turns off the named rules (see RuleNames). An unknown name
// is an error.
func WithoutRules(names ...string) Option {
	return func(c *config) error {
		if err := checkRuleNames(names); err != nil {
			return err
		}
		for _, n := range names {
			c.without[n] = true
		}
		return nil
	}
}

// WithOnlyRules runs just the named rules, in pipeline order. An unknown
// name is an error.
func WithOnlyRules(names ...string) Option {
	return func(c *config) error {
		if err := checkRuleNames(names); err != nil {
			return err
		}
		c.only = map[string]bool{}
		for _, n := range names {
			c.only[n] = true
		}
		return nil
	}
}

// offByOption reports a rule that does nothing unless its option is on
// (or WithOnlyRules names it), so that it is not run for nothing.
func (c *config) offByOption(name string) bool {
	switch name {
	case "straight-quotes":
		return !c.straightQuotes && !c.only[name]
	case "cjk-spacing":
		return !c.cjkSpacing
	}
	return false
}

// checkRuleNames fails for a name that is not in the pipeline: a typo
// would otherwise run every rule, or none.
func checkRuleNames(names []string) error {
	for _, n := range names {
		if !slices.Contains(RuleNames(), n) {
			return fmt.Errorf("cleanup: unknown rule %q (rules: %s)", n, strings.Join(RuleNames(), ", "))
		}
	}
	return nil
}

// WithLanguage tells the Cleaner the language of the text instead of
// letting it guess from function words. It decides conventions such as
// the French space before ; : ! ?.
func WithLanguage(tag language.Tag) Option {
	return func(c *config) error {
		base, _ := tag.Base()
		if tag == language.Und {
			c.lang = ""
			return nil
		}
		c.lang = base.String()
		return nil
	}
}

// RuleNames lists the rules of the default pipeline in the order they run.
func RuleNames() []string {
	names := make([]string, len(pipeline))
	for i, r := range pipeline {
		names[i] = r.name
	}
	return names
}

// New returns a Cleaner with the default rules, changed by opts, or the
// first error of an option.
func New(opts ...Option) (*Cleaner, error) {
	cfg := config{without: map[string]bool{}}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	c := &Cleaner{lang: cfg.lang, cfg: cfg, settled: settledWordsOf(cfg.lexicon, cfg.lang)}
	for _, r := range pipeline {
		if !cfg.without[r.name] && (cfg.only == nil || cfg.only[r.name]) && !cfg.offByOption(r.name) {
			wakes := ruleSuspects[r.name]
			if cfg.ungated || r.name == "lexicon-joins" && cfg.lexicon != nil {
				wakes = 0 // a Lexicon can cut any word
			}
			c.rules = append(c.rules, step{r, wakes})
		}
	}
	c.scan = allSuspects
	for _, st := range c.rules {
		local := localRules[st.name] && st.wakes != 0
		c.local = append(c.local, local)
		if local {
			c.localWakes |= st.wakes
		}
		// With a lone Dictionary the scan lists the words it does not
		// settle, and lexicon-joins reads those: a segment without one
		// needs no run.
		byPlaces := st.name == "lexicon-joins" && c.settled != nil && !cfg.ungated
		c.alwaysRuns = c.alwaysRuns || st.wakes == 0 && !byPlaces
		if st.name == "lexicon-joins" && st.wakes == 0 && !byPlaces {
			c.scan &^= suspectLexicon
		}
	}
	c.pending = make([]suspect, len(c.rules))
	var after suspect
	for k := len(c.rules) - 1; k >= 0; k-- {
		w := c.rules[k].wakes
		if w == 0 {
			w = allSuspects // a rule without suspects always runs
		}
		after |= w
		c.pending[k] = after
	}
	c.pool.New = func() any { return new(scratch) }
	return c, nil
}

var defaultCleaner = sync.OnceValue(func() *Cleaner {
	c, err := New()
	if err != nil {
		panic(err) // no options: New cannot fail
	}
	return c
})

// Clean cleans s with the default rules.
func Clean(s string) string { return defaultCleaner().Clean(s) }

// maxRounds bounds how often the rules run over a segment.
const maxRounds = 3

// scratch is the per-call state a Cleaner reuses through its pool, so that
// text without damage is cleaned without allocating.
type scratch struct {
	pass    pass
	changes changes
	// texts are two buffers that the rules' results are written to in
	// turn, so that cleaning a segment allocates nothing of its own size.
	texts [2][]byte
	turn  int
	// quiet[k] is the version of the text on which rule k last found
	// nothing; it would find nothing again on the same text.
	quiet []int
	// dirty[k] holds the suspects read in the windows changed since rule
	// k last ran: a local rule without its own there finds nothing new.
	dirty []suspect
	// places are the words lexicon-joins must read in the segment, kept
	// up to date through its changes; moved is the buffer they are moved
	// to.
	places, moved []lexiconPlace
}

// Clean returns s cleaned. When nothing needs a change it returns s itself.
func (c *Cleaner) Clean(s string) string { return c.cleanAll(s, nil, nil) }

// cleanAll cleans s segment by segment and returns the result, s itself
// when nothing changed. With lists, it hands each segment's edits (in
// segment offsets, valid until the next segment) and the segment's start
// to edits.
func (c *Cleaner) cleanAll(s string, lists *editLists, edits func(start int, list []Edit)) string {
	var out []byte // nil until a segment changes; then the text so far
	paras := c.paragraphs()
	defer c.paraPool.Put(paras)
	c.eachSegment(s, func(start, end int, cut cut) {
		seg := s[start:end]
		var list []Edit
		if out != nil {
			// Append straight to out: no copy of each changed paragraph.
			from := len(out)
			_, list = c.cleanSegment(seg, cut.endsLine, paras.context(), lists, &out)
			paras.after(unsafe.String(unsafe.SliceData(out[from:]), len(out)-from), cut.endsPara)
		} else {
			var cleaned string
			cleaned, list = c.cleanSegment(seg, cut.endsLine, paras.context(), lists, nil)
			paras.after(cleaned, cut.endsPara)
			if cleaned != seg {
				out = make([]byte, 0, len(s)+len(s)/16)
				out = append(append(out, s[:start]...), cleaned...)
			}
		}
		if lists != nil {
			edits(start, list)
		}
	})
	if out == nil {
		return s
	}
	// out is never written again: a string view of it is safe.
	return unsafe.String(unsafe.SliceData(out), len(out))
}

// Explain cleans s and returns the edits that turn s into the result.
// Adjacent edits of one rule are merged into one (see editRun).
func (c *Cleaner) Explain(s string) Result {
	var r Result
	r.Text = c.ExplainEach(s, func(e Edit) { r.Edits = append(r.Edits, e) })
	return r
}

// eachSegment cuts s into the segments the rules see, the same way the
// streaming Transformer does, so that both give the same output.
func (c *Cleaner) eachSegment(s string, f func(start, end int, cut cut)) {
	for at := 0; at < len(s); {
		cut, _, _ := nextSegmentFrom(s[at:], 0, true)
		f(at, at+cut.n, cut)
		at += cut.n
	}
}

// cleanSegment runs the rules over one segment. With explain it also
// returns the edits, in segment offsets, in one of explain's lists: they
// are valid until the next call with the same editLists. With into, the
// cleaned text is appended there instead of returned, which saves a copy.
func (c *Cleaner) cleanSegment(seg string, endsLine bool, ctx *paraContext, explain *editLists, into *[]byte) (string, []Edit) {
	sc := c.pool.Get().(*scratch)
	defer c.pool.Put(sc)
	// The first scan also lists the words lexicon-joins must read, unless
	// a Lexicon makes it read all (then scan has no suspectLexicon).
	var places *[]lexiconPlace
	if c.scan&suspectLexicon != 0 && !c.cfg.ungated {
		sc.places, places = sc.places[:0], &sc.places
	}
	found := findSuspectsAt(seg, 0, len(seg), c.scan, places, c.settled)
	if found == 0 && !c.alwaysRuns {
		// Most paragraphs of clean text: no rule has anything to look at.
		if into != nil {
			*into = append(*into, seg...)
		}
		return seg, nil
	}
	defer func() {
		sc.pass = pass{} // drop the segment: the streamer reuses its memory
	}()
	sc.pass = pass{c: c, endsLine: endsLine, ctx: ctx, lexiconPlaces: sc.places}
	sc.quiet = append(sc.quiet[:0], make([]int, len(c.rules))...)
	sc.dirty = sc.dirty[:0]
	for range c.rules {
		sc.dirty = append(sc.dirty, allSuspects) // not run yet
	}
	cur := seg
	var edits []Edit
	// version counts the changes made to cur, so that a rule that found
	// nothing is not run again on the same text.
	version := 1
	// found holds the suspects of cur for the bits in known.
	known := c.scan
	// A repair can make work for a rule that already ran (a removed space
	// lets a comma need one after it), so rounds repeat until nothing
	// changes; a bounded number keeps the cost linear.
	for round := 0; round < maxRounds; round++ {
		changed := false
		for k, r := range c.rules {
			if sc.quiet[k] == version || c.local[k] && r.wakes&sc.dirty[k] == 0 {
				continue
			}
			if r.wakes != 0 && r.wakes&found == 0 {
				if r.wakes&^known == 0 {
					continue
				}
				// An earlier rule changed the text: scan it again, for
				// the rules still to come, rather than skip a rule on
				// old evidence.
				found, known = findSuspectsOf(cur, c.pending[k]), c.pending[k]
				if r.wakes&found == 0 {
					continue
				}
			}
			sc.changes.list = sc.changes.list[:0]
			sc.pass.text, sc.pass.version = cur, version
			sc.pass.placesValid = places != nil
			sc.pass.lexiconPlaces = sc.places
			r.fix(&sc.pass, cur, &sc.changes)
			sc.dirty[k] = 0
			if len(sc.changes.list) == 0 {
				sc.quiet[k] = version
				continue
			}
			next := sc.apply(cur, sc.changes.list)
			if explain != nil {
				edits = explain.compose(seg, edits, cur, sc.changes.list, r.name)
			}
			// The suspects of the new text are those of the old one, some
			// perhaps gone, and those around each change: reading only
			// the changed windows keeps found a superset of the truth.
			win, ok := sc.rescanChanges(cur, next, sc.changes.list, known|c.localWakes, places != nil)
			found |= win
			for j := range sc.dirty {
				sc.dirty[j] |= win
			}
			if !ok {
				places, known = nil, 0 // lexicon-joins reads every word from now on
				for j := range sc.dirty {
					sc.dirty[j] = allSuspects
				}
			}
			cur, changed = next, true
			version++
		}
		if !changed {
			break
		}
	}
	if into != nil {
		*into = append(*into, cur...)
		return "", edits
	}
	if version > 1 {
		cur = strings.Clone(cur) // it lives in sc.texts, which the pool reuses
	}
	return cur, edits
}

// apply builds the text that list makes of s in the buffer not holding s,
// and returns it as a string that lives until the next apply but one.
func (sc *scratch) apply(s string, list []change) string {
	sc.turn ^= 1
	buf := sc.texts[sc.turn][:0]
	at := 0
	for _, c := range list {
		buf = append(buf, s[at:c.start]...)
		buf = append(buf, c.repl...)
		at = c.end
	}
	buf = append(buf, s[at:]...)
	sc.texts[sc.turn] = buf
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// maxWindows bounds how many changes are rescanned one window at a time;
// beyond it a whole rescan is cheaper.
const maxWindows = 64

// rescanWindows adds to found the suspects in want that lie around the
// changes list made in prev now that they are applied in s. It reports
// false, doing nothing useful, when a whole rescan is the better (or the
// only safe) choice.
func rescanWindows(prev, s string, list []change, want suspect, found *suspect) bool {
	if want == 0 || len(list) > maxWindows {
		return false
	}
	delta, done := 0, 0 // done: end of the last window read
	for _, c := range list {
		start := c.start + delta
		end := start + len(c.repl)
		delta += len(c.repl) - (c.end - c.start)
		lo, hi, ok := changeWindow(s, start, end, prev[c.start:c.end])
		if !ok {
			return false
		}
		lo = max(lo, done)
		if lo < hi {
			*found |= findSuspectsIn(s, lo, hi, want)
			done = hi
		}
	}
	return true
}

// rescanChanges reads the windows around the changes list made, now
// applied in s, for the suspects in want, and with places also moves
// lexicon-joins' places. ok is false when it could not.
func (sc *scratch) rescanChanges(prev, s string, list []change, want suspect, places bool) (found suspect, ok bool) {
	if places {
		ok = sc.movePlaces(prev, s, list, want, &found)
	} else {
		ok = rescanWindows(prev, s, list, want, &found)
	}
	return found, ok
}

// movePlaces updates the words lexicon-joins must read for the changes
// list made, now applied in s: a word away from every change keeps its
// place, moved by the changes before it, and the words around each change
// are read again, in the same reading as rescanWindows's for want. It
// reports false when they cannot be: see rescanWindows.
func (sc *scratch) movePlaces(prev, s string, list []change, want suspect, found *suspect) bool {
	if len(list) > maxWindows {
		return false
	}
	moved := sc.moved[:0]
	delta, k := 0, 0
	for _, pl := range sc.places {
		for k < len(list) && list[k].end < pl.start {
			delta += len(list[k].repl) - (list[k].end - list[k].start)
			k++
		}
		if k < len(list) && list[k].start <= pl.end {
			continue // touched by a change: read again below
		}
		moved = append(moved, lexiconPlace{pl.start + delta, pl.end + delta})
	}
	// Read the windows around the changes in order, in place of the
	// moved places inside them: the reading lists those again. The list
	// read in the first loop is done with and takes the result.
	out := sc.places[:0]
	at := 0 // the next moved place to keep
	delta, done := 0, 0
	for _, c := range list {
		start := c.start + delta
		end := start + len(c.repl)
		delta += len(c.repl) - (c.end - c.start)
		lo, hi, ok := changeWindow(s, start, end, prev[c.start:c.end])
		if !ok {
			return false
		}
		lo = max(lo, done)
		if lo >= hi {
			continue
		}
		for ; at < len(moved) && moved[at].end <= lo; at++ {
			out = append(out, moved[at])
		}
		for at < len(moved) && moved[at].start < hi {
			at++
		}
		*found |= findSuspectsAt(s, lo, hi, want|suspectLexicon|suspectScript, &out, sc.pass.c.settled)
		done = hi
	}
	sc.places, sc.moved = append(out, moved[at:]...), moved
	return true
}
