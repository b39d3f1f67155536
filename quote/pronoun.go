package quote

// resolve finds the antecedent of a pronoun speaker: the most recent named
// speaker or named person before it whose gender fits, looking at the named
// speakers so far and at the names in a bounded window of text before.
//
// Names inside quotations are what someone said, not who said it ("„Boris
// Stepanowitsch!“ rief er"): the window skips the quotes up to this one,
// qs[len(qs)-1].
func resolve(text string, last []named, p mention, scratch *[]tok, e *Extractor, qs []Quote) (named, bool) {
	// best is the latest candidate whose gender fits: the pronoun's, or
	// unknown; a known other gender never fits.
	best := named{s: -1}
	consider := func(n named) {
		if (p.g == unknownGender || n.g == unknownGender || n.g == p.g) && n.s > best.s {
			best = n
		}
	}
	for i := len(last) - 1; i >= 0; i-- {
		if last[i].s < p.s {
			consider(last[i])
		}
	}
	end := p.s
	if cur := qs[len(qs)-1]; cur.Start < end {
		end = min(end, cur.Start-len(cur.Open))
	}
	lo := max(0, end-antecedentWindow)
	// Over a few earlier quotes at most: in dense dialogue the names are near.
	if n := len(qs) - 1 - 2*maxSiblingsBack; n >= 0 {
		lo = max(lo, min(end, qs[n].Start))
	}
	if best.s >= 0 {
		lo = max(lo, best.e) // only a later name can beat the last speaker
	}
	for lo > 0 && lo < end && text[lo]&0xC0 == 0x80 {
		lo++ // start on a rune boundary
	}
	toks := tokenize((*scratch)[:0], text, lo, end)
	*scratch = toks
	// The earlier quotes that end inside the window, walked in step with
	// the tokens: first the earliest, found by going back from this one.
	cur := qs[len(qs)-1]
	jq := len(qs) - 1
	for jq > 0 && qs[jq-1].End+len(qs[jq-1].Close) > lo {
		jq--
	}
	inQuote := func(pos int) bool {
		// Quotes that end before pos are passed for good; quotes that
		// reach this one are its ancestors, whose words are context.
		for jq < len(qs)-1 && (qs[jq].End <= pos || qs[jq].End >= cur.Start) {
			jq++
		}
		return jq < len(qs)-1 && qs[jq].Start <= pos
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.cap || inQuote(t.s) {
			continue
		}
		g, isName := givenName(t.w)
		tg, isTitle := titles[t.w]
		adjacent := false
		if !isName && !isTitle {
			// A capitalized word beside a speech verb is a speaker too
			// ("Solms entgegnete", "erklärte Steinbrück").
			if i+1 < len(toks) {
				if _, _, _, _, ok := e.cueAt(text, toks, i+1, len(toks)); ok {
					adjacent = true
				}
			}
			if !adjacent && i > 0 && toks[i-1].w != "" {
				if _, _, _, _, ok := e.cueAt(text, toks, i-1, i); ok && !notNames[t.w] && !determiners[t.w] {
					adjacent = true
				}
			}
			// Not a common noun after an article ("In seiner Rede sprach er").
			if !adjacent || notNames[t.w] || determiners[t.w] || i > 0 && (determiners[toks[i-1].w] || prepositions[toks[i-1].w]) {
				continue
			}
		}
		if isTitle {
			g = tg
		}
		j := i + 1
		if isTitle && j+1 < len(toks) && toks[j].is('.') && toks[j+1].cap {
			j += 2 // "Dr. Grant": the name goes on after the title's full stop
		}
		for j < len(toks) && j-i < 4 && toks[j].cap && toks[j].w != "" && !notNames[toks[j].w] {
			j++
		}
		if adjacent && !isName {
			// Take the whole capitalized run ending here.
			s := i
			for s > 0 && i-s < 3 && toks[s-1].cap && !determiners[toks[s-1].w] && !notNames[toks[s-1].w] {
				s--
			}
			j = i + 1
			if _, isPron := pronouns[toks[s].w]; isPron {
				continue
			}
			i = s
		}
		if g == unknownGender && i > 0 {
			g = roleGender(toks, -1, i-1)
		}
		consider(named{s: toks[i].s, e: toks[j-1].e, g: g})
		i = j - 1
	}
	return best, best.s >= 0
}
