package cleanup

// A rule is one named repair. fix scans s, the text as the rules before it
// left it, and reports what it would change; it must not allocate when it
// finds nothing, so that clean text passes the pipeline for free.
type rule struct {
	name string
	fix  func(p *pass, s string, out *changes)
}

// A pass carries what rules may ask about the segment being cleaned.
type pass struct {
	c *Cleaner
	// text is the segment as the rules so far left it. The language is
	// guessed from it when first asked: by then the encoding repairs have
	// run, and what the later rules change (spaces, glued words) does not
	// change the count, so a cleaned text gets the same guess again.
	text string
	// endsLine is false when the segment was cut inside a very long line,
	// so that its last bytes are not the end of a line.
	endsLine bool
	counts   langCounts // the function words of source, once counted
	guessed  bool
	// ctx is what the paragraphs before tell of the language.
	ctx *paraContext
	// version counts the changes made to the segment before text.
	version int
	// lexiconPlaces are the words lexicon-joins must read, when
	// placesValid says they were found in the text it is given.
	lexiconPlaces []lexiconPlace
	placesValid   bool
	// paras caches the join rules' paragraph guesses for the text of
	// version parasOf (see joinPass.language).
	paras   [maxCachedParagraphs]paragraphGuess
	nparas  int
	parasOf int
}

// A step is a rule as a Cleaner runs it: with the suspects that wake it.
type step struct {
	rule
	wakes suspect // 0: always run
}

// language returns the document's language: the one the caller gave, or a
// guess from function words made once per segment, when first asked.
func (p *pass) language() langGuess {
	if p.c.lang != "" {
		return langGuess(p.c.lang)
	}
	c := p.functionWords()
	return c.decide()
}

// leadingLanguage is language without the need for a clear lead: see
// langCounts.leading.
func (p *pass) leadingLanguage() langGuess {
	if p.c.lang != "" {
		return langGuess(p.c.lang)
	}
	c := p.functionWords()
	return c.leading()
}

// functionWords counts the function words the language is guessed from:
// those of the paragraph (of its first segment, for a paragraph longer
// than one), and when they do not decide, those of the paragraphs before
// it as well (see paragraphs).
func (p *pass) functionWords() *langCounts {
	if p.guessed {
		return &p.counts
	}
	p.guessed = true
	if p.ctx == nil || p.ctx.lead == "" {
		p.counts = countFunctionWords(p.text)
	} else {
		p.counts = countFunctionWords(p.ctx.lead)
	}
	if p.ctx != nil && p.counts.decide() == "" {
		for k := range p.ctx.before {
			p.counts.addCounts(p.ctx.countsBefore(k))
		}
	}
	return &p.counts
}

// placesOfLexicon returns the words lexicon-joins must read in the text it
// is given, or ok false when it must read every word.
func (p *pass) placesOfLexicon() (places []lexiconPlace, ok bool) {
	return p.lexiconPlaces, p.placesValid
}
