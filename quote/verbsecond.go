package quote

// German main clauses put the finite verb second. When the first
// constituent is not the subject (a prepositional phrase, an adverb), the
// subject follows the verb: "In einer Presseerklärung erklärte die
// Fraktion", "Ähnlich äußerte sich der Präsident", "Gegenüber dem Sender
// äußerte er". These rules find that subject.

// verbSecond reports whether the German cue at toks[c] is the verb of a
// main clause toks[ss:] whose first constituent, toks[ss:c], cannot be its
// subject: it opens with a preposition or is a lone adverb, and no comma
// sets it off; or it is a subordinate clause ending in a comma ("Als er
// kam, sagte der Minister").
func verbSecond(toks []tok, ss, c int) bool {
	if c > ss+2 && c-ss <= 30 && subordinators[toks[ss].w] && toks[c-1].is(',') {
		return true // "Da die Kosten steigen, warnte die Kämmerin"
	}
	// A prepositional phrase may run long ("Bei einer Debatte um die
	// Praxis des Vollzugs von Abschiebungen in Niedersachsen hatte").
	if c <= ss || c-ss > 8 && (c-ss > 14 || !prepositions[toks[ss].w] && !inLower(contractions, toks[ss].w)) {
		return false
	}
	for k := ss; k < c; k++ {
		if t := toks[k]; t.w == "" && !t.is('.') && !t.is('-') || t.punct == placeholder {
			return false
		}
		// A long opener is one phrase: nouns, articles, prepositions and
		// adjectives, no verb of its own.
		if t := toks[k]; c-ss > 8 && t.w != "" && !t.cap && !determiners[t.w] && !prepositions[t.w] &&
			!contractions[t.w] && !adjectiveForm(t.w) {
			return false
		}
	}
	first := toks[ss].w
	if !toks[ss].cap {
		return false
	}
	switch {
	case prepositions[first] || inLower(contractions, first) || inLower(v2Openers, first):
		return true
	case c == ss+1 && (notNames[first] && pronouns[first] == unknownGender && !determiners[first] ||
		notAName(toks, ss, ss)):
		return true // "Dazu sagte", "Ähnlich äußerte", "Relativierend fügt … hinzu"
	case c > ss+2 && notAName(toks, ss, ss) && prepositions[toks[ss+1].w]:
		return true // "Passend zu den Sorgen warnte"
	}
	return false
}

// subjectAfterFiniteVerb reads the subject after the finite verb of the
// German main clause toks[ss:end] when its first constituent cannot be
// the subject (see verbSecond) and the verb is none of the cues: "Im
// Landtag warb Hansen für den Plan:".
func subjectAfterFiniteVerb(toks []tok, ss, end int) mention {
	if k := finiteVerb(toks, ss, end); k > 0 {
		return subjectAfterVerb(toks, k+1, end)
	}
	return mention{}
}

// finiteVerb returns the index of the finite verb of the German main
// clause toks[ss:end] when its first constituent cannot be the subject
// (see verbSecond), or -1. The finite verb is the first word in lower
// case right after a noun that is neither an article nor a preposition
// ("Im Landtag warb", not "Auf der neuen Seite").
func finiteVerb(toks []tok, ss, end int) int {
	for k := ss + 1; k < end && k <= ss+14; k++ {
		t, p := toks[k], toks[k-1]
		if t.w == "" {
			return -1
		}
		if t.cap || t.k&(wDeterminer|wPreposition|wContraction) != 0 || !p.cap || p.w == "" || p.has(wDeterminer) {
			continue
		}
		if !verbSecond(toks, ss, k) {
			return -1
		}
		return k
	}
	return -1
}

// writtenVerbs say where words stand written: after them the phrase that
// opens the clause names the text, the subject is what it says ("Auf
// Plakaten standen Sprüche wie „…“").
var writtenVerbs = map[string]bool{
	"steht": true, "stand": true, "stehen": true, "standen": true, "prangte": true, "prangt": true,
}

// writtenSource returns the text named by the phrase before a verb of
// writing that opens toks[ss:end], when there is one.
func writtenSource(toks []tok, ss, end int) (mention, bool) {
	k := finiteVerb(toks, ss, end)
	if k < 0 || !writtenVerbs[toks[k].w] {
		return mention{}, false
	}
	for j := k + 1; j < end; j++ {
		if toks[j].is(',') {
			// "In der Halle standen Kisten, die „…“": the quote is in a
			// clause of its own, the verb says where things stand.
			return mention{}, false
		}
	}
	m, n := nounPhrase(toks, ss+1, k)
	return m, m.ok && !m.pronoun && n == k
}

// v2Openers are prepositions and adverbs of news German that open a
// clause before the verb and are missing from the general lists.
var v2Openers = map[string]bool{
	"als": true, "gegenüber": true, "laut": true, "zufolge": true, "angesichts": true, "bezüglich": true,
	"hinsichtlich": true, "anlässlich": true, "innerhalb": true, "außerhalb": true,
	"nachdem": false, "zudem": true, "außerdem": true, "darin": true, "darauf": true,
	"dabei": true, "dazu": true, "daraufhin": true, "ebenso": true, "ebenfalls": true,
}

// subjectAfterVerb reads the subject that follows a German verb at
// toks[n:end], over a reflexive and up to two adverbs ("äußerte sich
// jedoch der Minister"). Dative and accusative phrases (dem, den, einen)
// are objects, not subjects.
func subjectAfterVerb(toks []tok, n, end int) mention {
	j := n
	for skip := 0; j < end && skip < 3; skip++ {
		t := toks[j]
		if t.w == "" || t.cap || t.k&(wDeterminer|wPronoun) != 0 {
			break
		}
		j++
	}
	if j >= end || toks[j].has(wObjectDeterminer) {
		return mention{}
	}
	m, _ := nounPhrase(toks, j, end)
	if !m.ok || !m.pronoun && !toks[j].cap && !toks[j].has(wDeterminer) {
		return mention{}
	}
	return m
}

// objectDeterminers open German dative, accusative and genitive phrases.
var objectDeterminers = map[string]bool{
	"dem": true, "den": true, "einem": true, "einen": true, "des": true, "eines": true,
	"ihm": true, "ihn": true, "ihnen": true, "uns": true,
}

// germanCue reports whether the word w opens a German cue.
func (e *Extractor) germanCue(w string) bool {
	if !e.allowsGerman() {
		return false
	}
	for _, c := range e.cues.first[w] {
		if c.lang == "de" {
			return true
		}
	}
	return false
}

// quotedPassive reads the speaker of a German passive of quoting, "wird X
// (wie folgt) zitiert": the phrase right after the auxiliary, before the
// participle at toks[c].
func quotedPassive(text string, toks []tok, ss, c int) mention {
	if toks[c].w != "zitiert" {
		return mention{}
	}
	for k := c - 1; k >= ss && k >= c-16; k-- {
		if passiveAux(toks[k].w) {
			if m := quotingAgent(text, toks, k+1, c); m.ok {
				return m
			}
			return subjectAfterVerb(toks, k+1, c)
		}
	}
	return mention{}
}

// quotingAgent reads the medium of a passive of quoting, "von der
// Zeitung" in toks[i:c] ("X wird von der Zeitung mit den Worten
// zitiert"): the medium is the source a reader can check.
func quotingAgent(text string, toks []tok, i, c int) mention {
	for v := i; v < c; v++ {
		if toks[v].w != "von" && toks[v].w != "vom" {
			continue
		}
		d := v + 1
		for d < c && determiners[toks[d].w] {
			d++
		}
		if d < c && toks[d].punct == placeholder {
			return quotedPlaceholder(text, toks[d]) // "von der „Kieler Rundschau“"
		}
		return agentAfter(toks, v+1, c)
	}
	return mention{}
}

// subordinators open a German clause that may stand first in a sentence,
// before the verb of the main clause: "Um …, will X", "Als …, sagte X".
var subordinators = map[string]bool{
	"Um": true, "Als": true, "Wenn": true, "Weil": true, "Nachdem": true, "Obwohl": true,
	"Während": true, "Da": true, "Bevor": true, "Seit": true, "Damit": true, "Wie": true,
}

// subjectAfterClause reads the subject of the German sentence toks[ss:end]
// that opens with a subordinate clause: the phrase after the finite verb
// that follows the clause's comma ("Um Zeit zu sparen, will die Direktorin").
func subjectAfterClause(toks []tok, ss, end int) (mention, bool) {
	if !subordinators[toks[ss].w] {
		return mention{}, false
	}
	for k := ss + 1; k < end && k < ss+20; k++ {
		if toks[k].is(',') {
			if k+2 >= end || toks[k+1].w == "" || toks[k+1].cap {
				return mention{}, false
			}
			m := subjectAfterVerb(toks, k+2, end)
			return m, m.ok
		}
	}
	return mention{}, false
}

// relativeSubject reads the subject of a German relative clause that
// runs from a comma in toks[ss:end] to its end, where a verb of saying
// closes it: a name right after the relative pronoun ("das Ziel, das
// Gerhard Schröder … erklärt hatte"), else the noun the clause hangs on
// ("ein Kommentar, der die Wahl als „…“ bezeichnet", "eine Botschaft,
// welche die Forscher als „…“ bezeichnete").
func relativeSubject(text string, toks []tok, ss, end int) (mention, bool) {
	r := -1
	for k := end - 1; k > ss+1 && k >= end-24; k-- {
		if toks[k].is(',') {
			if k+1 < end && relativeClauseStart[toks[k+1].w] {
				r = k + 1
			}
			break
		}
		if t := toks[k]; t.w == "" && t.punct != placeholder && !t.is('.') && !t.is('-') && !t.is('(') && !t.is(')') {
			return mention{}, false
		}
	}
	if r < 0 || r+1 >= end {
		return mention{}, false
	}
	if m, _ := nounPhrase(toks, r+1, end); m.ok && !m.pronoun && toks[r+1].cap && nameScore(toks, m, text) >= 2 {
		return m, true
	}
	if determiners[toks[r+1].w] || toks[r+1].cap {
		// The pronoun is the subject: the noun before the comma.
		for d := r - 2; d >= ss && d >= r-5; d-- {
			if determiners[toks[d].w] && !toks[d].cap || toks[d].w == "" {
				if m, n := nounPhrase(toks, d, r-1); m.ok && !m.pronoun && n == r-1 {
					m.s = toks[d].s
					return m, true
				}
				break
			}
		}
	}
	return mention{}, false
}

// relativeClauseStart open a German relative clause whose pronoun may be
// its subject.
var relativeClauseStart = map[string]bool{
	"der": true, "die": true, "das": true, "welcher": true, "welche": true, "welches": true,
}
