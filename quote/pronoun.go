package quote

import "strings"

// resolve finds the antecedent of a pronoun speaker: the most recent named
// speaker or named person before it whose gender fits, looking at the named
// speakers so far and at the names in a bounded window of text before.
//
// Names inside quotations are what someone said, not who said it ("„Boris
// Stepanowitsch!“ rief er"): the window skips the quotes up to this one,
// qs[len(qs)-1].
//
// The one the quote speaks to by name ("“Anne, are you mad?” she said")
// is not its speaker: the next candidate is taken instead.
func resolve(text string, last []named, p mention, back *tokenCache, e *Extractor, qs []Quote, learned genders) (named, bool) {
	n, ok := resolveNot(text, last, p, back, e, qs, learned, "")
	if !ok {
		return n, ok
	}
	name := text[n.s:n.e]
	if cur := &qs[len(qs)-1]; vocative(text, cur, []string{name}, "").ok {
		return resolveNot(text, last, p, back, e, qs, learned, name)
	}
	return n, ok
}

// resolveNot is resolve without the candidates that are the speaker not.
func resolveNot(text string, last []named, p mention, back *tokenCache, e *Extractor, qs []Quote, learned genders, not string) (named, bool) {
	// best is the latest candidate whose gender fits: the pronoun's, or
	// unknown; a known other gender never fits.
	best, match := named{s: -1}, named{s: -1} // match: the latest of the pronoun's known gender
	consider := func(n named) {
		if not != "" && sameSpeaker(text[n.s:n.e], not) {
			return
		}
		if (p.g == unknownGender || n.g == unknownGender || n.g == p.g) && n.s > best.s {
			best = n
		}
		if p.g != unknownGender && n.g == p.g && n.s > match.s {
			match = n
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
	toks := back.window(text, lo, end)
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
		g, isName := t.k.givenGender(), t.has(wGiven)
		tg, isTitle := t.k.titleGender(), t.has(wTitle)
		adjacent := false
		if !isName && !isTitle {
			// A speaker named before, now in the narration ("Eeyore
			// turned round. … he said"): the text has taught the name.
			if t.k&(wNotName|wDeterminer|wPronoun) == 0 {
				if kg, ok := knownName(text, last, t.w); ok {
					isName, g = true, kg
				}
			}
		}
		if !isName && !isTitle {
			// A capitalized word beside a speech verb is a speaker too
			// ("Solms entgegnete", "erklärte Steinbrück").
			// Not beside the pronoun's own verb, which stands right before
			// it: "Gegenüber Radio Nord äußerte er" names whom he spoke to.
			// (A window that ends at the quote, before a pronoun after it,
			// ends with another verb: "Feinstein said “…,” she said".)
			if i+1 < len(toks) {
				if _, _, next, _, ok := e.cueAt(text, toks, i+1, len(toks)); ok && (next < len(toks) || end < p.s) {
					adjacent = true
				}
			}
			if !adjacent && i > 0 && toks[i-1].w != "" {
				if _, _, _, _, ok := e.cueAt(text, toks, i-1, i); ok && t.k&(wNotName|wDeterminer) == 0 {
					adjacent = true
				}
			}
			// Not a common noun after an article ("In seiner Rede sprach er").
			if !adjacent || t.k&(wNotName|wDeterminer) != 0 || i > 0 && toks[i-1].k&(wDeterminer|wPreposition) != 0 {
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
		for j < len(toks) && j-i < 4 && toks[j].cap && toks[j].w != "" && !toks[j].has(wNotName) {
			j++
		}
		if adjacent && !isName {
			// Take the whole capitalized run ending here.
			s := i
			for s > 0 && i-s < 3 && toks[s-1].cap && toks[s-1].k&(wDeterminer|wNotName) == 0 {
				s--
			}
			j = i + 1
			if toks[s].has(wPronoun) {
				continue
			}
			i = s
		}
		if g == unknownGender && i > 0 {
			g = roleGender(toks, -1, i-1)
		}
		if g == unknownGender {
			g = learned[toks[i].w]
		}
		consider(named{s: toks[i].s, e: toks[j-1].e - (len(toks[j-1].w) - len(trimPossessive(toks[j-1].w))), g: g})
		i = j - 1
	}
	// A near name of the pronoun's known gender, in the same paragraph,
	// beats a later name whose gender is not known ("said Robin, holding her lantern. Tam looked
	// up. … she said": Robin).
	if match.s >= 0 && best.s-match.s < 200 && match.e <= p.s && !strings.Contains(text[match.e:p.s], "\n\n") {
		return match, true
	}
	return best, best.s >= 0
}

// knownName reports whether w is the first or last word of a named
// speaker so far, and that speaker's gender.
func knownName(text string, last []named, w string) (gender, bool) {
	w = trimPossessive(w) // "Anne's lips quivered": Anne
	for i := len(last) - 1; i >= 0; i-- {
		if n := last[i]; nameWord(text[n.s:n.e], w) {
			return n.g, true
		}
	}
	return unknownGender, false
}

// trimPossessive cuts the possessive ending off a name ("Anne's").
func trimPossessive(w string) string {
	if !possessive(w) {
		return w
	}
	if strings.HasSuffix(w, "'s") {
		return w[:len(w)-2]
	}
	return w[:len(w)-len("’s")]
}

// genderAfter reads the gender of a speaker of unknown gender from the
// first English pronoun of the rest of its clause ("said Anne, clasping
// her hands", "Tony said, as he turned"): at most 80 bytes, to the end of
// the sentence.
func genderAfter(text string, i int) gender {
	hi := min(len(text), i+80)
	for j := i; j < hi; j++ {
		switch text[j] {
		case '.', '!', '?', '"', '\n':
			return unknownGender
		case ' ':
			w := text[j+1 : hi]
			k := 0
			for k < len(w) && w[k] >= 'a' && w[k] <= 'z' {
				k++
			}
			if k < len(w) && (w[k] >= 'A' && w[k] <= 'Z') {
				return unknownGender // another name comes first
			}
			switch w[:k] {
			case "he", "his", "him", "himself":
				return male
			case "she", "her", "hers", "herself":
				return female
			}
		}
	}
	return unknownGender
}

// genders holds the gender learned for the words of speakers' names in
// one text, from the pronouns of their cues; bounded in size.
type genders map[string]gender

// learn reads the gender of the speaker text[s:e] from the clause after
// it and records it for each word of the name.
func (l genders) learn(text string, s, e int) gender {
	g := genderAfter(text, e)
	if g == unknownGender || len(l) > 256 {
		return g
	}
	for _, w := range strings.Fields(text[s:e]) {
		if old, ok := l[w]; ok && old != g {
			l[w] = unknownGender // both seen: do not guess
			continue
		}
		l[w] = g
	}
	return g
}
