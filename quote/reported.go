package quote

import "strings"

// Rules for German reported speech in news text, where the source is often
// not a person after a verb of saying but an agent in a passive ("wird von
// vielen als „…“ bezeichnet"), a statement after "nach" ("Nach einer
// Erklärung des Verbands …") or the subject of an earlier sentence whose
// words the next one reports in the subjunctive ("Es sei zu früh, „…“").
//
// The word lists were written by hand from German news usage; extend them
// with further forms as they turn up.

// passiveCues are participles of verbs of saying or judging that name
// their source with "von" in a passive: "wird von X als „…“ bezeichnet".
var passiveCues = map[string]bool{
	"bezeichnet": true, "beschrieben": true, "genannt": true, "kritisiert": true,
	"gelobt": true, "gefordert": true, "kommentiert": true, "bewertet": true,
	"gewertet": true, "zitiert": true, "eingeschätzt": true,
}

// passiveAux reports the forms of "werden" that make the passive.
func passiveAux(w string) bool {
	if len(w) < 4 || w[0] != 'w' {
		return false // every form below starts with "w"
	}
	switch w {
	case "wird", "wurde", "werden", "wurden", "worden":
		return true
	}
	return false
}

// indefiniteAgents are lower-case agents of a passive: "von vielen".
var indefiniteAgents = map[string]bool{
	"vielen": true, "manchen": true, "einigen": true, "anderen": true, "allen": true,
}

// statementNouns head a statement named after "nach": "nach einer
// Erklärung des Verbands", "nach einer vom DFB veröffentlichten Mitteilung".
var statementNouns = map[string]bool{
	"Erklärung": true, "Mitteilung": true, "Pressemitteilung": true, "Stellungnahme": true,
	"Aussage": true, "Aussagen": true, "Darstellung": true, "Einschätzung": true,
	"Auffassung": true, "Erklärungen": true, "Pressemeldung": true, "Verlautbarung": true,
	"Worten": true, "Ansicht": true, "Meinung": true, "Angaben": true, "Auskunft": true,
	"Informationen": true, "Berichten": true, "Schätzungen": true, "Überzeugung": true,
	"Bewertung": true, "Ankündigung": true, "Schilderung": true, "Schilderungen": true,
	"Bericht": true, "Erkenntnissen": true, "Recherchen": true, "Äußerungen": true,
}

// zufolgeSource reads the source before a postposed "zufolge" at toks[i]
// ("dem Bericht zufolge", "Angaben der Polizei zufolge", "einem Sprecher
// zufolge"): a noun phrase that ends right before it.
func zufolgeSource(toks []tok, i int) (mention, bool) {
	if toks[i].w != "zufolge" {
		return mention{}, false
	}
	d := i
	for d > 0 && d > i-6 {
		t := toks[d-1]
		if t.w == "" || prepositions[t.w] || !t.cap && !determiners[t.w] && !nameParticles[t.w] && !adjectiveForm(t.w) {
			break
		}
		d--
	}
	// The longest phrase: "Angaben der Polizei", not "Polizei".
	for ; d < i; d++ {
		if m, n := nounPhrase(toks, d, i); m.ok && !m.pronoun && n == i {
			if determiners[toks[d].w] {
				m.s = toks[d].s // the phrase as written: "dem Bericht"
			}
			return m, true
		}
	}
	return mention{}, false
}

// adjectiveForm reports whether a lower-case German word has the ending
// of an inflected adjective ("jüngsten", "offizielle").
func adjectiveForm(w string) bool {
	return strings.HasSuffix(w, "en") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "e") || strings.HasSuffix(w, "es")
}

// opinionOwner reads "Seiner Ansicht nach", "Ihrer Meinung nach" at
// toks[i]: the owner speaks, a pronoun to resolve. It returns the pronoun
// and the index after the phrase.
func opinionOwner(toks []tok, i, end int) (mention, int, bool) {
	if i+2 >= end || toks[i+2].w != "nach" || !statementNouns[toks[i+1].w] {
		return mention{}, 0, false
	}
	var g gender
	switch toks[i].w {
	case "Seiner", "seiner":
		g = male
	case "Ihrer", "ihrer":
		g = unknownGender // hers or theirs
	default:
		return mention{}, 0, false
	}
	return mention{s: toks[i].s, e: toks[i].e, pronoun: true, g: g, ok: true}, i + 3, true
}

// subjunctives are German subjunctive (Konjunktiv I) forms that mark a
// sentence as reported speech: "Der Abriss werde nicht dazu führen, …".
var subjunctives = map[string]bool{
	"sei": true, "seien": true, "werde": true, "habe": true, "könne": true,
	"müsse": true, "solle": true, "dürfe": true, "wolle": true, "gebe": true,
	"drohe": true, "komme": true, "stehe": true, "liege": true, "gehe": true,
	"bleibe": true, "handele": true, "handle": true, "brauche": true, "fehle": true,
	"gelte": true, "zeige": true, "wisse": true, "lasse": true, "sehe": true,
	"halte": true, "trage": true, "führe": true, "mache": true, "bedeute": true,
	"hätten": true, "wären": true, "würden": true, "könnten": true, "müssten": true,
	"hätte": true, "wäre": true, "würde": true, "könnte": true, "müsste": true,
	"bestehe": true, "betrage": true, "erhalte": true, "finde": true, "folge": true, "gehöre": true,
	"nehme": true, "plane": true, "reiche": true, "verfüge": true, "wirke": true, "arbeite": true,
	"biete": true, "erwarte": true, "fordere": true, "schaffe": true, "sorge": true, "stelle": true,
	"diene": true, "entspreche": true, "ergebe": true, "erfolge": true, "beruhe": true, "befinde": true,
	"benötige": true, "bringe": true, "hänge": true, "richte": true, "trete": true, "vertrete": true,
	"wachse": true, "steige": true, "sinke": true, "laufe": true, "treffe": true, "ziele": true,
}

// passiveAgent finds the agent of a passive cue in the sentence
// toks[ss:se], which holds the quote: "Die WM wird von vielen als die
// „stärkste“ bezeichnet" → "vielen". It returns the agent and the cue.
func passiveAgent(toks []tok, ss, se int) (mention, string) {
	aux, von := -1, -1
	for k := ss; k < se; k++ {
		t := toks[k]
		switch {
		case aux < 0 && passiveAux(t.w):
			aux = k
		case aux >= 0 && von < 0 && (t.w == "von" || t.w == "vom"):
			von = k
		case von >= 0 && t.has(wPassiveCue):
			m := agentAfter(toks, von+1, k)
			if !m.ok {
				return mention{}, ""
			}
			return m, t.w
		}
	}
	return mention{}, ""
}

// agentAfter reads the agent after "von" in toks[i:end]: a capitalized
// noun phrase ("der Stadt", "pakistanischer Seite", "Karl Weber") or an
// indefinite ("vielen"), up to "als", a preposition or punctuation.
func agentAfter(toks []tok, i, end int) mention {
	for i < end && determiners[toks[i].w] {
		i++
	}
	j := i
	for j < end && j-i < 4 && toks[j].w != "" && toks[j].w != "als" && !prepositions[toks[j].w] &&
		!passiveCues[toks[j].w] && !passiveAux(toks[j].w) {
		j++
	}
	if j == i {
		return mention{}
	}
	last := toks[j-1]
	if j-i == 1 && indefiniteAgents[last.w] {
		return mention{s: last.s, e: last.e, ok: true}
	}
	// Lower-case adjectives may open the phrase, a noun must close it.
	if !last.cap || notNames[last.w] {
		return mention{}
	}
	for k := i; k < j-1; k++ {
		if toks[k].cap && !toks[k+1].cap {
			return mention{} // a noun then more words: a clause, not an agent
		}
	}
	return mention{s: toks[i].s, e: last.e, ok: true}
}

// statementAfterNach reads "nach" + a statement at toks[i] ("Nach einer
// vom DFB veröffentlichten Erklärung", "nach einer Mitteilung des
// Verbands"). The source is the organisation or person named in the
// phrase, else the statement itself. It returns the source and the index
// after the phrase.
func statementAfterNach(toks []tok, i, end int) (mention, int, bool) {
	if toks[i].w != "nach" && toks[i].w != "Nach" {
		return mention{}, 0, false
	}
	j := i + 1
	if j < end && determiners[toks[j].w] {
		j++
	}
	for k := j; k < end && k < j+5 && toks[k].w != ""; k++ {
		if !statementNouns[toks[k].w] {
			continue
		}
		// A genitive after the noun names the source: "Erklärung des Verbands".
		if m, n := nounPhrase(toks, k, end); m.ok && n > k+1 {
			return m, n, true
		}
		// "vom DFB", "von Karl Weber" inside the phrase.
		for v := j; v < k; v++ {
			if toks[v].w == "vom" || toks[v].w == "von" || toks[v].w == "des" || toks[v].w == "der" {
				if m, _ := nounPhrase(toks, v+1, k); m.ok && !m.pronoun {
					return m, k + 1, true
				}
			}
		}
		return mention{s: toks[k].s, e: toks[k].e, ok: true}, k + 1, true
	}
	return mention{}, 0, false
}

// subjunctiveBefore reports whether toks[ss:end] holds a subjunctive
// form: the sentence reports someone's words.
func subjunctiveBefore(toks []tok, ss, end int) bool {
	for k := ss; k < end; k++ {
		if toks[k].has(wSubjunctive) {
			return true
		}
	}
	return false
}

// allowsGerman reports whether the German rules apply: no language was
// given, or German was.
func (e *Extractor) allowsGerman() bool {
	return e.langs == nil || e.allowed("de")
}

// sentenceTo returns the end of the sentence that starts at toks[i]:
// the index of its closing sign, or len(toks).
func sentenceTo(toks []tok, i int) int {
	for k := i; k < len(toks); k++ {
		if endsSentence(toks, k) {
			return k
		}
	}
	return len(toks)
}

// cueBetween reports whether a cue stands among the tokens from byte
// from on: another source was introduced since the previous quote. The
// rest of the previous quote's sentence is its attribution ("…“, sagte
// Wendt.") and does not count.
func (e *Extractor) cueBetween(text string, toks []tok, from int) bool {
	k := 0
	for k < len(toks) && toks[k].s < from {
		k++
	}
	for ; k < len(toks) && !endsSentence(toks, k); k++ {
	}
	for ; k < len(toks); k++ {
		if toks[k].w == "" {
			continue
		}
		if _, _, _, _, ok := e.cueAt(text, toks, k, len(toks)); ok {
			return true
		}
	}
	return false
}

// documentSource reads the source of the impersonal "heißt es" at
// toks[c:n]: a text, named by the phrase after "in" or "auf" that opens
// the sentence ("In dem Schreiben heißt es:", "Auf der Webseite heißt es"),
// that a relative clause hangs on ("der Satzung, in der es heißt:") or
// that follows ("hieß es in der Mitteilung").
func documentSource(toks []tok, ss, c, n, end int) mention {
	if w := toks[c].w; w != "heißt" && w != "hieß" || n != c+2 {
		return mention{}
	}
	docPrep := func(w string) bool {
		switch strings.ToLower(w) {
		case "in", "im", "auf", "aus":
			return true
		}
		return false
	}
	if c > ss+1 && docPrep(toks[ss].w) {
		if m, k := nounPhrase(toks, ss+1, c); m.ok && !m.pronoun && k == c {
			return m
		}
	}
	if c-3 >= ss && toks[c-3].is(',') && docPrep(toks[c-2].w) && relativePronouns[toks[c-1].w] {
		for d := c - 4; d >= ss && d >= c-8 && toks[d].w != ""; d-- {
			if determiners[toks[d].w] && !toks[d].cap {
				if m, k := nounPhrase(toks, d, c-3); m.ok && k == c-3 {
					return m
				}
			}
		}
	}
	if n+1 < end && docPrep(toks[n].w) {
		if m, _ := nounPhrase(toks, n+1, end); m.ok && !m.pronoun {
			return m
		}
	}
	return mention{}
}

// quotedObject reads the one quoted by an active "zitierte" at toks[c]:
// its object when that is a name ("Ein Radiosender zitierte Hansen mit
// den Worten:"); the subject is the medium that quotes.
func quotedObject(toks []tok, c, n, end int) mention {
	if w := toks[c].w; w != "zitierte" && w != "zitiert" && w != "zitierten" || n != c+1 || n >= end {
		return mention{}
	}
	// Only a name: "zitiert den Redner" describes someone the medium
	// names no further; the medium is the source one can check.
	if !toks[n].cap || determiners[toks[n].w] {
		return mention{}
	}
	m, _ := nounPhrase(toks, n, end)
	if !m.ok || m.pronoun {
		return mention{}
	}
	return m
}

// passiveActor reads the agent of a German passive in toks[a:b], whatever
// its verb: "werden immer wieder von Wanderern … durchstreift".
func passiveActor(toks []tok, a, b int) mention {
	for k := a; k < b; k++ {
		if !passiveAux(toks[k].w) {
			continue
		}
		for v := k + 1; v < b && v < k+8; v++ {
			if toks[v].w == "" {
				break
			}
			if toks[v].w == "von" || toks[v].w == "vom" {
				// The agent ends before the participle: "von Wanderern durchstreift".
				e := v + 1
				for e < b && e < v+6 && toks[e].w != "" && (toks[e].cap || determiners[toks[e].w]) {
					e++
				}
				return agentAfter(toks, v+1, e)
			}
		}
		break
	}
	return mention{}
}

// sourceAfter reads the German sentence after a quote, from byte hi on,
// when it opens with a pronoun pointing back at the quote and the finite
// verb ("„…“ Das sagte die Ministerin am Montag.", "Das ist das Fazit
// einer Studie"): the phrase after the verb is the source. The sentence
// must follow in the same paragraph; closeEnd is the end of the quote.
func sourceAfter(text string, closeEnd, hi int, buf *[]tok) (mention, bool) {
	i := hi
	for i < len(text) && (text[i] == ' ' || text[i] == '.') {
		i++
	}
	if i >= len(text) || strings.IndexByte(text[closeEnd:i], '\n') >= 0 {
		return mention{}, false
	}
	end := sentenceForward(text, i, min(len(text), i+300))
	toks := tokenize((*buf)[:0], text, i, end)
	*buf = toks
	if len(toks) < 3 || !pointsAtQuote[toks[0].w] || toks[1].w == "" || toks[1].cap {
		return mention{}, false
	}
	m := subjectAfterVerb(toks, 2, len(toks))
	return m, m.ok && !m.pronoun
}

// pointsAtQuote open a sentence that speaks of the quote before it.
var pointsAtQuote = map[string]bool{"Das": true, "Dies": true, "Diese": true, "Dieses": true}

// maxReportedHops is how many sentences of reported speech without a cue
// may stand between a quote and the source that reported them.
const maxReportedHops = 2

// reportedSource reads the source of a quote in a run of German reported
// speech: toks ends where the quote's sentence starts (at the quote),
// and the sentences before it are in the subjunctive, without a cue or a
// quote of their own, back to a sentence whose cue names the source ("Die
// Zeitung berichtet von … . Dort sei man … . Dieser bestehe aus „…“").
func (e *Extractor) reportedSource(text string, toks []tok) (mention, string, bool) {
	end := len(toks)
	s := sentenceStart(toks, end)
	for hop := 0; hop <= maxReportedHops && s > 0; hop++ {
		ps := sentenceStart(toks, s-1)
		for c := s - 2; c >= ps; c-- {
			name, kind, n, inv, ok := e.cueBack(text, toks, &c, ps)
			if !ok || n > s-1 || kind == markerCue {
				continue
			}
			if m := e.speakerAround(text, toks, ps, c, n, s-1, kind, inv); m.ok {
				return m, name, hop > 0
			}
			return mention{}, "", false
		}
		// No cue: the sentence must report too, with no words of its own.
		if !subjunctiveBefore(toks, ps, s) {
			return mention{}, "", false
		}
		for k := ps; k < s; k++ {
			if toks[k].punct == placeholder || toks[k].punct == '¶' {
				return mention{}, "", false
			}
		}
		s = ps
	}
	return mention{}, "", false
}

// sentenceStart returns the index of the first token of the sentence
// that holds toks[i-1], reading back from i.
func sentenceStart(toks []tok, i int) int {
	for i > 0 && !endsSentence(toks, i-1) {
		i--
	}
	return i
}
