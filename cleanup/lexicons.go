package cleanup

// lexiconSet is what WithLexicon given more than once makes: the
// dictionaries say which words exist, the counted lexicons (frequency
// lists, a Vocabulary) how common they are.
type lexiconSet struct {
	dicts  []wordAnalyzer
	counts []Lexicon
}

// A wordAnalyzer is a Lexicon that knows forms and compounds, not only
// the words it lists: a Dictionary.
type wordAnalyzer interface {
	Lexicon
	analyze(word string) wordKind
	// affixText reports whether some suffix (or prefix) adds exactly w.
	affixText(w string, suffix bool) bool
	// listedPrefix is the longest proper prefix of w listed as a stem.
	listedPrefix(w string) int
	// writtenSolid reports a solid spelling of two words that the
	// dictionary names as a common one (alot).
	writtenSolid(w string) bool
	// misspelt reports a word the dictionary knows with an accent more
	// (miala: miała).
	misspelt(w string) bool
}

// addLexicon returns the lexicon of prev and lex together.
func addLexicon(prev, lex Lexicon) Lexicon {
	if prev == nil {
		return lex
	}
	set, ok := prev.(*lexiconSet)
	if !ok {
		set = &lexiconSet{}
		set.add(prev)
	} else {
		set = &lexiconSet{dicts: set.dicts[:len(set.dicts):len(set.dicts)], counts: set.counts[:len(set.counts):len(set.counts)]}
	}
	set.add(lex)
	return set
}

func (s *lexiconSet) add(lex Lexicon) {
	switch l := lex.(type) {
	case *lexiconSet:
		s.dicts = append(s.dicts, l.dicts...)
		s.counts = append(s.counts, l.counts...)
	case wordAnalyzer:
		s.dicts = append(s.dicts, l)
	default:
		s.counts = append(s.counts, l)
	}
}

// Count is the sum of the counted lexicons' counts, or 1 for a word only
// a dictionary knows.
func (s *lexiconSet) Count(word string) int {
	if n := s.frequency(word); n > 0 {
		return n
	}
	for _, d := range s.dicts {
		if d.Count(word) > 0 {
			return 1
		}
	}
	return 0
}

// frequency is the sum of the counted lexicons' counts.
func (s *lexiconSet) frequency(word string) int {
	n := 0
	for _, l := range s.counts {
		n += l.Count(word)
	}
	return n
}

// analyze is the surest kind any dictionary gives word.
func (s *lexiconSet) analyze(word string) wordKind {
	best := unknownWord
	for _, d := range s.dicts {
		best = max(best, d.analyze(word))
	}
	return best
}

func (s *lexiconSet) affixText(w string, suffix bool) bool {
	for _, d := range s.dicts {
		if d.affixText(w, suffix) {
			return true
		}
	}
	return false
}

func (s *lexiconSet) listedPrefix(w string) int {
	n := 0
	for _, d := range s.dicts {
		n = max(n, d.listedPrefix(w))
	}
	return n
}

func (s *lexiconSet) writtenSolid(w string) bool {
	for _, d := range s.dicts {
		if d.writtenSolid(w) {
			return true
		}
	}
	return false
}

// dictionaryOf returns the dictionaries of lex and a function counting
// words in its frequency lists, or nil when lex has no dictionary.
func dictionaryOf(lex Lexicon) (wordAnalyzer, func(string) int) {
	switch l := lex.(type) {
	case *lexiconSet:
		if len(l.dicts) == 0 {
			return nil, nil
		}
		return l, l.frequency
	case wordAnalyzer:
		return l, func(string) int { return 0 }
	}
	return nil, nil
}
