package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// window sizes, in bytes, around a quote that attribution looks at. They
// bound the work per quote and so keep extraction linear.
const (
	beforeWindow     = 400
	afterWindow      = 300
	antecedentWindow = 500
)

// mention is a speaker found in the text.
type mention struct {
	s, e    int
	pronoun bool
	g       gender
	ok      bool
}

// attribution is what the words around one quote say about it.
type attribution struct {
	spk            mention
	cue            string
	attached       bool // a cue right after the quote or a cue and colon right before
	colon          bool // the quote follows a colon
	start          bool // the quote begins a sentence
	intro          bool // the quote follows "dass", "that", a comma after a cue, a dash
	followedByWord bool // a word (not a cue) follows the closing mark: the quote is part of a sentence
	inSentence     bool // a cue elsewhere in the sentence names the speaker
	prev           bool // the sentence before, reported speech, names the speaker
	clause         bool // the quote follows "dass", "that", "que": it goes on with reported speech
	cueComma       bool // a cue and a comma right before ("he told me, '…'"): direct speech
	markerBefore   bool // "laut X", "secondo X" opens the sentence, the quote comes later in it
	afterDet       bool // an article stands right before the quote: "einen „…“" is a phrase
	reported       bool // the quote's sentence is in the subjunctive: reported speech
	bare           bool // a cue after the quote ends the sentence: no subject follows ("añadió.")
	guess          bool // the speaker is the topic of the sentence, not the subject of a cue
	action         bool // the speaker acts in the sentence before; no cue names it
	words          int  // countWords of the quote, counted once
}

// lookupCue matches a cue at toks[i] and returns the index after it.
func (e *Extractor) lookupCue(toks []tok, i, end int) (c cue, next int, ok bool) {
	t := toks[i]
	if t.w == "" || !e.cues.extra && t.k&wCue == 0 {
		return cue{}, 0, false // no cue starts with this word
	}
	if i > 0 && !t.cap && possessiveNoun(toks[i-1].w) {
		return cue{}, 0, false // "Ginsburg's comments", "the group's claims": a noun
	}
	for _, cand := range e.cues.first[t.w] {
		if e.langs != nil && !e.allowed(cand.lang) {
			continue
		}
		n := len(cand.words)
		if i+n > end {
			continue
		}
		match := true
		for k := 1; k < n; k++ {
			if !strings.EqualFold(toks[i+k].w, cand.words[k]) {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if cand.particle != "" {
			// Separable verb: the particle must close the clause.
			if j := findParticle(toks, i+n, end, cand.particle); j < 0 {
				continue
			}
		}
		return cand, i + n, true
	}
	return cue{}, 0, false
}

// possessiveNoun reports whether w is a possessive of a noun or name,
// not a pronoun's contraction ("he's said", "that's what").
func possessiveNoun(w string) bool {
	if !possessive(w) {
		return false
	}
	_, pron := pronouns[strings.ToLower(trimPossessive(w))]
	return !pron && !contracted[strings.ToLower(trimPossessive(w))]
}

// contracted are words whose 's is "is" or "has", not a possessive.
var contracted = map[string]bool{"that": true, "there": true, "what": true, "who": true, "here": true, "where": true, "let": true}

func (e *Extractor) allowed(lang string) bool {
	for _, l := range e.langs {
		if l == lang {
			return true
		}
	}
	return false
}

// findParticle looks for the particle of a separable verb before the end
// of the sentence, at most a dozen words on.
func findParticle(toks []tok, i, end int, particle string) int {
	for k := i; k < end && k < i+14; k++ {
		if endsSentence(toks, k) || toks[k].punct == ';' {
			return -1
		}
		if toks[k].w == particle {
			if k+1 >= end || toks[k+1].w == "" {
				return k
			}
		}
	}
	return -1
}

// cueAt matches a cue at toks[i], with an auxiliary before a participle
// ("a déclaré") and French inversion ("a-t-elle ajouté", "dit-il"). It
// returns the cue as reported, where it ends, and an inverted pronoun.
func (e *Extractor) cueAt(text string, toks []tok, i, end int) (name string, kind cueKind, next int, inv mention, ok bool) {
	t := toks[i]
	if t.w == "" || t.cjk {
		return "", 0, 0, mention{}, false
	}
	// French inversion: "dit-il", "ajoute-t-elle", "a-t-il déclaré".
	if k := t.hyphen(); k > 0 {
		head, tail := t.w[:k], t.w[k+1:]
		tail = strings.TrimPrefix(tail, "t-")
		if g, isPron := pronouns[tail]; isPron {
			ps := t.e - len(tail)
			inv = mention{s: ps, e: t.e, pronoun: true, g: g, ok: true}
			if head == "a" || head == "ont" || head == "avait" {
				if i+1 < end {
					if c, n, found := e.lookupCue(toks, i+1, end); found && c.kind == verbCue {
						return head + " " + toks[i+1].w, verbCue, n, inv, true
					}
				}
				return "", 0, 0, mention{}, false
			}
			one := []tok{{s: t.s, e: t.s + k, w: head, k: classesOf(head)}}
			if c, _, found := e.lookupCue(one, 0, 1); found && c.kind == verbCue {
				return head, verbCue, i + 1, inv, true
			}
		}
	}
	c, n, found := e.lookupCue(toks, i, end)
	if !found {
		if e.allowsGerman() {
			if m, n, ok := statementAfterNach(toks, i, end); ok {
				return t.w, markerCue, n, m, true
			}
			if m, ok := zufolgeSource(toks, i); ok {
				return t.w, markerCue, i + 1, m, true
			}
			if m, n, ok := opinionOwner(toks, i, end); ok {
				return text[t.s:toks[n-1].e], markerCue, n, m, true
			}
		}
		return "", 0, 0, mention{}, false
	}
	if c.kind == auxCue {
		if n < end {
			if c2, n2, f2 := e.lookupCue(toks, n, end); f2 && c2.kind == verbCue && c2.particle == "" {
				return text[t.s:toks[n2-1].e], verbCue, n2, mention{}, true
			}
		}
		return "", 0, 0, mention{}, false
	}
	if c.particle != "" {
		return c.text, c.kind, n, mention{}, true
	}
	return text[t.s:toks[n-1].e], c.kind, n, mention{}, true
}

// nounPhrase reads a speaker starting at toks[i]: a pronoun, or a name
// after optional determiners and up to two lower-case words ("der
// Minister Karl Weber", "economist Laura Chen"), or a lower-case noun
// phrase after a determiner ("the company").
func nounPhrase(toks []tok, i, end int) (mention, int) {
	j := i
	// "Forty-one of the delegates": a count of a group names the group.
	if j+2 < end && toks[j].has(wNumberWord) && toks[j+1].w == "of" {
		k := j + 2
		if toks[k].has(wDeterminer) {
			k++
		}
		if k < end && toks[k].w != "" {
			return mention{s: toks[j].s, e: toks[k].e, ok: true}, k + 1
		}
	}
	if j < end && toks[j].w != "" {
		g, ok := toks[j].k.pronounGender(), toks[j].has(wPronoun)
		// "il sindaco", "el portavoz": an article, not a pronoun.
		if ok && toks[j].has(wDeterminer) && j+1 < end && toks[j+1].w != "" {
			ok = false
		}
		if ok {
			return mention{s: toks[j].s, e: toks[j].e, pronoun: true, g: g, ok: true}, j + 1
		}
	}
	det := -1
	if j < end && toks[j].has(wDeterminer) {
		det = j
		j++
	}
	low := j
	// Lower-case words before a name: adjectives after an article ("der
	// neue Trainer"), or a role noun ("economist Laura Chen"), not
	// prepositions and articles ("für den Türck").
	for j < end && j-low < 3 && toks[j].w != "" && !toks[j].cap && !toks[j].cjk &&
		(det >= 0 || utf8.RuneCountInString(toks[j].w) >= 5) && !toks[j].has(wDeterminer) && !toks[j].has(wPreposition) {
		j++
	}
	k := j
	for k < end && k-j < 5 {
		t := toks[k]
		if t.w == "" || t.cjk {
			// "Dr.", "St." and a middle initial ("Donald J. Trump") stay
			// inside a name.
			if t.punct == '.' && k > j && toks[k-1].e == t.s && (toks[k-1].has(wAbbreviation) ||
				len(toks[k-1].w) == 1 && toks[k-1].cap && k+1 < end && toks[k+1].cap) {
				k++
				continue
			}
			break
		}
		if t.cap && t.k&(wNotName|wHeadline|wNumberWord) == 0 {
			k++
			continue
		}
		if t.has(wNameParticle) && k > j && k+1 < end && toks[k+1].cap &&
			(t.w != "der" && t.w != "den" || toks[k-1].w == "von" || toks[k-1].w == "van") &&
			(t.w != "zu" && t.w != "von" || toks[j].has(wGiven)) {
			k++
			continue
		}
		break
	}
	for k > j && toks[k-1].w == "" {
		k--
	}
	// A possessive before a name belongs to another ("NBC's Chuck Todd");
	// one before a noun makes the noun the speaker ("Tuesday's statement").
	if k > j && possessive(toks[j].w) {
		if k > j+1 {
			j++
		} else if k < end && toks[k].w != "" && !toks[k].cap {
			m := mention{s: toks[j].s, e: toks[k].e, ok: true}
			if notNames[strings.TrimRight(toks[j].w[:strings.LastIndexAny(toks[j].w, "'’")], "'’")] {
				m.s = toks[k].s
			}
			return m, k + 1
		}
	}
	// A genitive after the noun belongs to it: "Sprecher des Ministeriums".
	if k > j && k+1 < end && (toks[k].w == "des" || toks[k].w == "der") && toks[k+1].cap && !toks[k+1].cjk {
		g := k + 1
		for g < end && g-k < 4 && toks[g].cap && toks[g].w != "" && !toks[g].has(wNotName) {
			g++
		}
		k = g
	}
	if k == j {
		// "said the old lady scornfully": an adverb after the noun ends
		// the phrase.
		if j-1 > low && strings.HasSuffix(toks[j-1].w, "ly") && (j == end || toks[j].w == "") {
			j--
		}
		if det >= 0 && j > low {
			return mention{s: toks[det].s, e: toks[j-1].e, ok: true}, j
		}
		return mention{}, i
	}
	m := mention{s: toks[j].s, e: toks[k-1].e, ok: true}
	// "ministra da Saúde Joana Carvalho": after "of" the first capitalized
	// word names the ministry, the rest the person.
	if k-j >= 3 && j > low && toks[j-1].has(wOf) && !toks[j].has(wGiven) && toks[j+1].w != "" {
		m.s = toks[j+1].s
	}
	// Start at a given name when the run begins with a role noun
	// ("Gewerkschaftschef Peter Brandt").
	for f := j; f < k; f++ {
		if toks[f].has(wGiven) {
			g := toks[f].k.givenGender()
			if f > j {
				if tg, isTitle := toks[f-1].k.titleGender(), toks[f-1].has(wTitle); isTitle {
					f--
					if tg != unknownGender {
						g = tg
					}
				}
			}
			m.s, m.g = toks[f].s, g
			break
		}
		if g, ok := toks[f].k.titleGender(), toks[f].has(wTitle); ok && f+1 < k {
			m.s, m.g = toks[f].s, g
			break
		}
	}
	if m.g == unknownGender {
		m.g = roleGender(toks, det, j)
	}
	return m, k
}

// givenName looks a word up in the given names, also the first part of a
// double name ("Karl-Heinz").
func givenName(w string) (gender, bool) {
	lexOnce.Do(buildLexicon)
	if w == "" {
		return 0, false
	}
	c := lex.lookup(w)
	if c&wGiven == 0 {
		if k := strings.IndexByte(w, '-'); k > 0 {
			c = lex.lookup(w[:k])
		}
	}
	return c.givenGender(), c&wGiven != 0
}

func isGiven(w string) bool {
	_, ok := givenName(w)
	return ok
}

// roleGender reads the gender of a speaker from the words before the
// name: a German feminine role noun ("Sprecherin", "die Kollegin").
func roleGender(toks []tok, det, j int) gender {
	if j < len(toks) && toks[j].cap {
		w := toks[j].w
		if strings.HasSuffix(w, "in") && utf8.RuneCountInString(w) > 5 && !strings.HasSuffix(w, "ein") {
			if det >= 0 && (toks[det].w == "die" || toks[det].w == "Die" || toks[det].w == "der") || j+1 < len(toks) && toks[j+1].cap {
				return female
			}
		}
	}
	if det >= 0 {
		switch toks[det].w {
		case "la", "La", "una":
			return female
		}
	}
	return unknownGender
}

// nameScore ranks candidate speakers: a given name beats a run of
// capitalized words, which beats a single one or a pronoun.
func nameScore(toks []tok, m mention, text string) int {
	if !m.ok {
		return -1
	}
	if m.pronoun {
		return 1
	}
	s := text[m.s:m.e]
	first := s
	if k := strings.IndexByte(s, ' '); k > 0 {
		first = s[:k]
	}
	if givenOrTitle(first) {
		return 4
	}
	if strings.Contains(s, " der ") || strings.Contains(s, " des ") {
		return 2 // "Zusammensetzung der Interimsregierung": a description
	}
	if k := strings.LastIndexByte(s, ' '); k > 0 {
		if r, _ := utf8.DecodeRuneInString(s[k+1:]); r >= 'a' && r <= 'z' {
			return 0 // "the state transport office": a description
		}
		return 3
	}
	if r, _ := utf8.DecodeRuneInString(s); r >= 'a' && r <= 'z' {
		return 0
	}
	return 2
}

// subject picks the speaker among the comma-separated parts of toks[a:b]
// ("Die Sprecherin der Polizei, Julia Neumann,", "Christopher Harrison,
// Manager für Patentanalyse bei Acme,"): the best name, the nearest to
// the cue on a tie.
func subject(text string, toks []tok, a, b int) mention {
	best, bestScore := mention{}, -1
	for p := a; p < b; {
		q := p
		for q < b && !toks[q].is(',') && !toks[q].is('(') && !toks[q].is('–') && !toks[q].is('—') {
			q++
		}
		// A relative clause after a comma describes the subject before it
		// ("Der 84-jährige Küng, der als Kritiker des Papstes gilt, hofft").
		// But "der Verkehrsplaner Mads Holm" names the subject: an article
		// and capitalized words only, no verb to end a clause.
		if p > a && p < q && toks[p].has(wRelativePronoun) && !namedApposition(toks, p, q) {
			p = q + 1
			continue
		}
		// An adverbial set off before the subject names a place or a
		// medium, not the speaker ("On ABC's “This Week,” Rubio said",
		// "Quoting from the Bible, Beck said").
		if q+1 < b && toks[p].cap && (prepositions[toks[p].w] || p == a && participleCue(toks[p].w) && p+1 < q && (prepositions[toks[p+1].w] || determiners[toks[p+1].w])) {
			p = q + 1
			continue
		}
		// A role set off after a name ("Vann Newkirk, a writer for The
		// Atlantic,") describes the name before it.
		if p > a && bestScore >= 3 && p < q && toks[p].has(wDeterminer) && !toks[p].cap {
			p = q + 1
			continue
		}
		m, n := nounPhrase(toks, p, q)
		sc := nameScore(toks, m, text)
		if m.ok && n < q && !m.pronoun {
			sc-- // words after the name: a longer phrase, less sure
		}
		// A part may hold a better name further on ("Noch vor der Wahl
		// war Mierscheid", "Police spokesman John Davis").
		if !m.pronoun {
			if b := bestName(text, toks, p, q); b.ok && nameScore(toks, b, text) > sc {
				m, sc = b, nameScore(toks, b, text)
			}
		}
		if m.ok {
			if sc >= bestScore {
				best, bestScore = m, sc
			}
		}
		p = q + 1
		for p < b && toks[p].is(')') {
			p++
		}
	}
	return best
}

// namedApposition reports whether toks[p:q], opened by an article, is a
// role and a name set off by commas ("die Architektin Ingrid Berg"): every
// word after the article is capitalized or a name particle, and the part
// holds at least a role and a name. A relative clause ends with a verb.
func namedApposition(toks []tok, p, q int) bool {
	if q-p < 3 {
		return false
	}
	for k := p + 1; k < q; k++ {
		t := toks[k]
		if t.w == "" || t.cjk || !t.cap && !t.has(wNameParticle) || t.has(wNotName) {
			return false
		}
	}
	return true
}

// possessive reports whether w ends in 's or ’s.
func possessive(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// relativePronouns open a relative clause after a comma.
var relativePronouns = map[string]bool{
	"der": true, "die": true, "das": true, "dem": true, "den": true, "deren": true, "dessen": true,
	"welcher": true, "welche": true, "welches": true, "who": true, "which": true, "whose": true,
	"whom": true, "qui": true, "que": true, "dont": true, "che": true, "cui": true,
}

// quotedName returns the text of the quote text[start:end] as a name
// when it reads as one: one to four words, the first capitalized, no
// comma and no sentence end ("Die Nordpost", "Hafenblatt").
// Newspapers and agencies are quoted by such names.
func quotedName(start, end int, text string) mention {
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) || strings.ContainsAny(text, ",.!?:;") || countWords(text) > 4 {
		return mention{}
	}
	return mention{s: start, e: end, ok: true}
}

// quotedPlaceholder is quotedName for the placeholder of an earlier quote.
func quotedPlaceholder(text string, t tok) mention {
	_, ol := utf8.DecodeRuneInString(text[t.s:t.e])
	_, cl := utf8.DecodeLastRuneInString(text[t.s:t.e])
	if t.e-t.s < ol+cl+1 {
		return mention{}
	}
	return quotedName(t.s+ol, t.e-cl, text[t.s+ol:t.e-cl])
}
