package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dialogue in fiction names its speakers at the start of a conversation
// and then leaves them out: in a run of turns without a cue, each speaker
// answers the one before ("“Where?” said Anna. / “Over there,” said Tom. /
// “I see it.” / “Good.”), and a turn that names someone ("Hallo, Tom!",
// "said to Tom") is answered by that one. takeTurns gives such turns a
// speaker, as the conversation sieves of quote attribution for novels do.

// paragraphTurn is the speaker of one paragraph that holds a quote.
type paragraphTurn struct {
	para     int // index of the paragraph
	s, e     int // the speaker's mention, or -1
	speaker  string
	to       mention // whom the turn addresses, when it names a known speaker
	dialogue bool    // the paragraph opens with the quote: a turn of dialogue
}

// takeTurns gives speakers to quotes that open a paragraph of dialogue
// without a cue, right after a turn whose addressee is known, or after
// two turns of two different speakers.
func (e *Extractor) takeTurns(text string, qs []Quote, learned genders, resolved []gender, w *workspace) {
	var last2 [2]paragraphTurn // the paragraph before, and the one before it
	last2[0].para, last2[1].para = -10, -10
	cur := paragraphTurn{para: -1, s: -1}
	var known []string // speakers named so far, most recent last (bounded)
	var turns turnCount
	buf, back := w.turnBuf[:0], &w.turnBack
	defer func() { w.turnBuf = buf }()
	prevEnd, para := 0, 0
	for k := range qs {
		q := &qs[k]
		if q.Depth > 0 {
			continue
		}
		openPos := q.Start - len(q.Open)
		// Paragraphs of narration between turns do not end the
		// conversation ("Anne looked away." between two turns): only the
		// paragraphs that hold quotes are counted.
		if k == 0 || newParagraph(text, prevEnd, openPos) {
			if k > 0 {
				para++
			}
			if cur.para >= 0 {
				last2[1], last2[0] = last2[0], cur
			}
			cur = paragraphTurn{para: para, s: -1, dialogue: opensParagraph(text, openPos)}
			if q.SpeakerStart < 0 && cur.dialogue && q.Closed {
				m, ok := narrationSubject(text, prevEnd, openPos, &buf)
				if ok && m.pronoun {
					n, found := resolve(text, nil, m, back, e, qs[:k+1], learned)
					m, ok = mention{s: n.s, e: n.e, ok: found}, found
				}
				if !ok {
					m, ok = nextTurn(last2, para, turns.alternate())
				}
				if ok && addressesSelf(text, q, known, text[m.s:m.e]) {
					ok = false // "“Yes, Tom.”" is not Tom's turn
				}
				if ok {
					q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.SpeakerBy = text[m.s:m.e], m.s, m.e, ByGuess
				}
			} else if q.SpeakerStart >= 0 && cur.dialogue {
				if turns.alternate() && description(q.Speaker) {
					// "“…,” said her husband" in a conversation of two: a
					// relation, no name; the turn is one of the two's.
					if m, ok := turnBefore(last2, para); ok {
						q.Speaker, q.SpeakerStart, q.SpeakerEnd = text[m.s:m.e], m.s, m.e
					}
				}
				if resolved[k] > 0 && turns.alternate() {
					// "“…,” he said" in a conversation: the pronoun went to the
					// nearest name, but the turn is the other speaker's.
					if m, ok := otherSpeaker(last2, para, q.Speaker, resolved[k]-1, learned); ok {
						q.Speaker, q.SpeakerStart, q.SpeakerEnd = text[m.s:m.e], m.s, m.e
					}
				}
				turns.count(last2[0], para, q.Speaker)
			}
		}
		// A pronoun left unresolved names nobody the next turn could take.
		if _, pron := pronouns[q.Speaker]; cur.s < 0 && q.SpeakerStart >= 0 && !pron {
			cur.s, cur.e, cur.speaker = q.SpeakerStart, q.SpeakerEnd, q.Speaker
			known = appendKnown(known, q.Speaker)
		}
		if !cur.to.ok && q.Depth == 0 {
			cur.to = vocative(text, q, known, cur.speaker)
		}
		if !cur.to.ok && q.SpeakerStart >= 0 {
			cur.to = e.spokenTo(text, q, known)
		}
		prevEnd = q.End + len(q.Close)
	}
}

// description reports whether a speaker is a relation to someone, no
// name: a possessive and words in lower case ("his companion", "her
// husband"). In a conversation of two, the one related is the other
// speaker. ("The senator" or "the statement" may be a source of its own.)
func description(s string) bool {
	first, rest, ok := strings.Cut(s, " ")
	if !ok || rest == "" {
		return false
	}
	switch strings.ToLower(first) {
	case "his", "her", "their":
	default:
		return false
	}
	for _, r := range rest {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// turnBefore returns the speaker of the turn before last when the two
// turns before are by two different named speakers: in a conversation
// of two, the one whose turn it is again.
func turnBefore(last2 [2]paragraphTurn, para int) (mention, bool) {
	a, b := last2[0], last2[1]
	if a.para != para-1 || b.para != para-2 || a.s < 0 || b.s < 0 || sameSpeaker(a.speaker, b.speaker) {
		return mention{}, false
	}
	return mention{s: b.s, e: b.e, ok: true}, true
}

// addressesSelf reports whether the quote names speaker as the one it
// speaks to.
func addressesSelf(text string, q *Quote, known []string, speaker string) bool {
	v := vocative(text, q, known, "")
	return v.ok && sameSpeaker(speaker, text[v.s:v.e])
}

// turnCount tells a conversation from a run of quotes of one source, by
// the turns with a cue so far: in dialogue the next turn names another
// speaker, in news the next paragraph mostly quotes the same one.
type turnCount struct{ changes, stays int }

// count records a turn with a cue in paragraph para after the turn before.
func (c *turnCount) count(prev paragraphTurn, para int, speaker string) {
	if prev.para != para-1 || prev.s < 0 {
		return
	}
	if sameSpeaker(prev.speaker, speaker) {
		c.stays++
	} else {
		c.changes++
	}
}

// alternate reports whether the turns so far are a conversation: clearly
// more changes of speaker than stays (measured on news and novels).
func (c turnCount) alternate() bool { return c.changes > 2*c.stays }

// nextTurn picks the speaker of a turn without a cue in paragraph para
// from the two turns before it. In a conversation it is the one the last
// turn spoke to, else the speaker before the last; in a run of quotes of
// one source it is the last speaker, who goes on.
func nextTurn(last2 [2]paragraphTurn, para int, alternate bool) (mention, bool) {
	a, b := last2[0], last2[1]
	if a.para != para-1 {
		return mention{}, false
	}
	// The one the last turn named answers, though who spoke that turn
	// is not known ("“Of course, Tom.” / “…”").
	if a.to.ok {
		return a.to, true
	}
	if a.s < 0 {
		// A turn nobody was found for, between two of one speaker's:
		// in a conversation, the speaker before it speaks again.
		if alternate && b.para == para-2 && b.s >= 0 && b.dialogue && a.dialogue {
			return mention{s: b.s, e: b.e, ok: true}, true
		}
		return mention{}, false
	}
	if !alternate {
		return mention{s: a.s, e: a.e, ok: true}, true
	}
	if b.para == para-2 && b.s >= 0 && !sameSpeaker(a.speaker, b.speaker) {
		return mention{s: b.s, e: b.e, ok: true}, true
	}
	return mention{}, false
}

// vocative finds a known speaker, other than the quote's own, addressed
// by name at the start or the end of the quote ("Hallo, Roo", "Oh, Jock,
// how …", "… for me, Anne?").
func vocative(text string, q *Quote, known []string, self string) mention {
	if len(known) == 0 {
		return mention{}
	}
	s := q.Text
	try := func(off int, w string) mention {
		for _, n := range known {
			if nameWord(n, w) && !sameSpeaker(n, self) {
				return mention{s: q.Start + off, e: q.Start + off + len(w), ok: true}
			}
		}
		return mention{}
	}
	// At the start, after an interjection: "Tom, …", "Oh, Tom, …".
	off := 0
	for n := 0; n < 2 && off < len(s) && off < 40; n++ {
		w := leadingWord(s[off:])
		if w == "" || off+len(w) >= len(s) || s[off+len(w)] != ',' {
			break
		}
		if m := try(off, w); m.ok {
			return m
		}
		off += len(w) + 1
		for off < len(s) && s[off] == ' ' {
			off++
		}
	}
	// At the end: "…, Tom." "…, Tom?"
	t := trimEndPunct(s)
	// Only a comma among the last 29 bytes can count: look there only.
	lo := max(0, len(t)-29)
	if c := strings.LastIndexByte(t[lo:], ','); c >= 0 && len(t)-(lo+c) < 30 {
		c += lo
		w := strings.TrimSpace(t[c+1:])
		if i := strings.IndexByte(w, ' '); i < 0 {
			if m := try(c+1+strings.Index(t[c+1:], w), w); m.ok {
				return m
			}
		}
	}
	return mention{}
}

// trimEndPunct is strings.TrimRight(s, ".!?…-— ") without the generic
// path that a cutset beyond ASCII takes.
func trimEndPunct(s string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case '.', '!', '?', '…', '-', '—', ' ':
			s = s[:len(s)-size]
		default:
			return s
		}
	}
	return s
}

// leadingWord returns the capitalized word that s begins with, or "".
func leadingWord(s string) string {
	if s == "" || s[0] < utf8.RuneSelf && (s[0] < 'A' || s[0] > 'Z') {
		return "" // the common case, without decoding
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return ""
	}
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z') {
		i++ // ASCII letters
	}
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return s[:i]
}

// appendKnown adds a speaker to the bounded list of known speakers.
func appendKnown(known []string, s string) []string {
	for _, n := range known {
		if n == s {
			return known
		}
	}
	known = append(known, s)
	if len(known) > 32 {
		known = append(known[:0], known[len(known)-16:]...)
	}
	return known
}

// sameSpeaker reports whether two mentions name the same person: equal,
// or one a word of the other ("Anne", "Anne Shirley").
func sameSpeaker(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	if a == "" || b == "" {
		return false
	}
	return firstOrLast(a, b) || firstOrLast(b, a)
}

// nameWord reports whether w is the name n or its first or last word.
func nameWord(n, w string) bool {
	return w == n || firstOrLast(n, w)
}

// firstOrLast reports whether w is the first or the last word of n
// ("Anne" of "Anne Shirley"), without building "w " to compare.
func firstOrLast(n, w string) bool {
	k := len(w)
	if len(n) <= k {
		return false
	}
	return n[k] == ' ' && n[:k] == w || n[len(n)-k-1] == ' ' && n[len(n)-k:] == w
}

// opensParagraph reports whether only white space stands between the
// start of the line and byte i.
func opensParagraph(text string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch text[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return true
}

// narrationSubject reads the speaker of a quote that opens a paragraph
// from the paragraph of narration right before it: the named subject of
// its last sentence ("Valastro praised the plan. / “We need …”", "Anna
// folded the map. / “We leave at six.”"). prevEnd is where the last quote
// before ended; the narration lies between it and openPos.
func narrationSubject(text string, prevEnd, openPos int, buf *[]tok) (mention, bool) {
	pe := openPos
	for pe > prevEnd && (text[pe-1] == ' ' || text[pe-1] == '\n' || text[pe-1] == '\t' || text[pe-1] == '\r') {
		pe--
	}
	if pe-prevEnd < 2 || strings.Count(text[pe:openPos], "\n") < 1 {
		return mention{}, false
	}
	lo := max(prevEnd, pe-400)
	ps := lo
	if nl := strings.LastIndexByte(text[lo:pe], '\n'); nl >= 0 {
		ps = lo + nl + 1
	} else if lo == prevEnd {
		return mention{}, false // the narration goes on from the last quote's paragraph
	}
	for ps < pe && !utf8.RuneStart(text[ps]) {
		ps++
	}
	toks := tokenize((*buf)[:0], text, ps, pe)
	*buf = toks
	ss := len(toks) - 1
	for ss > 0 && !endsSentence(toks, ss-1) {
		ss--
	}
	if ss < 0 {
		return mention{}, false
	}
	if g, isPron := pronouns[toks[ss].w]; isPron && toks[ss].cap && ss+1 < len(toks) && toks[ss+1].w != "" && !toks[ss+1].cap {
		// "She nodded. / “Tomorrow.”": a pronoun, resolved by the caller.
		return mention{s: toks[ss].s, e: toks[ss].e, pronoun: true, g: g, ok: true}, true
	}
	if !toks[ss].cap || notNames[toks[ss].w] || notAName(toks, ss, ss) {
		return mention{}, false
	}
	m, n := nounPhrase(toks, ss, len(toks))
	if !m.ok || m.pronoun || n >= len(toks) || toks[n].cap || nameScore(toks, m, text) < 2 || possessive(text[m.s:m.e]) {
		return mention{}, false
	}
	// The subject may go on past a role word and set off an apposition:
	// "Council member Raj Patel, who voted against it, questioned …".
	if toks[n].w != "" {
		end := n
		for end < len(toks) && !toks[end].is(',') && !endsSentence(toks, end) {
			end++
		}
		if b := bestName(text, toks, ss, end); b.ok && !b.pronoun && nameScore(toks, b, text) > nameScore(toks, m, text) {
			m = b
		}
	}
	if toks[n].w == "" && !toks[n].is(',') {
		return mention{}, false
	}
	return m, true
}

// spokenTo finds the one a quote is said to, named next to it after a
// cue: "Later he said to Marjorie, “…”", "“…,” she said to Tom." The name
// must be a known speaker other than the quote's own, or a given name
// right after a verb of saying: who is spoken to at the start of a
// conversation has not spoken yet.
func (e *Extractor) spokenTo(text string, q *Quote, known []string) mention {
	open, end := q.Start-len(q.Open), q.End+len(q.Close)
	if m := e.toKnown(text, max(0, open-60), open, known, q.Speaker); m.ok {
		return m
	}
	return e.toKnown(text, end, min(len(text), end+60), known, q.Speaker)
}

// toKnown finds " to " and a known speaker other than self in text[lo:hi],
// or " to " after a cue and a given name other than self.
func (e *Extractor) toKnown(text string, lo, hi int, known []string, self string) mention {
	for lo < hi && !utf8.RuneStart(text[lo]) {
		lo++
	}
	seg := text[lo:hi]
	for off := 0; ; {
		k := strings.Index(seg[off:], " to ")
		if k < 0 {
			return mention{}
		}
		at := off + k + 4
		if w := leadingWord(seg[at:]); w != "" {
			for _, n := range known {
				if nameWord(n, w) && !sameSpeaker(n, self) {
					return mention{s: lo + at, e: lo + at + len(w), ok: true}
				}
			}
			if m := addressee(seg, at, w); m.ok && !nameWord(self, w) && e.cueWordBefore(seg[:off+k]) {
				return mention{s: lo + m.s, e: lo + m.e, ok: true}
			}
		}
		off = at
	}
}

// addressee reads the name w at seg[at:] that follows " to " after a
// verb of saying: a capitalized word that is no function word, or a
// title and the name after it ("said to Mrs. Hale").
func addressee(seg string, at int, w string) mention {
	lexOnce.Do(buildLexicon)
	k := lex.lookup(w)
	if k&(wNotName|wDeterminer|wPronoun|wPreposition) != 0 {
		return mention{}
	}
	if k&wTitle == 0 {
		return mention{s: at, e: at + len(w), ok: true}
	}
	j := at + len(w)
	if j < len(seg) && seg[j] == '.' {
		j++
	}
	if j < len(seg) && seg[j] == ' ' {
		j++
	}
	if n := leadingWord(seg[j:]); n != "" && lex.lookup(n)&(wNotName|wTitle) == 0 {
		return mention{s: at, e: j + len(n), ok: true}
	}
	return mention{}
}

// cueWordBefore reports whether s ends with a word that opens a cue
// ("said", "whispered").
func (e *Extractor) cueWordBefore(s string) bool {
	i := len(s)
	for i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z' {
		i--
	}
	if i == len(s) || i > 0 && s[i-1] != ' ' {
		return false
	}
	_, ok := e.cues.first[s[i:]]
	return ok
}

// otherSpeaker returns the speaker of the turn before last when a
// pronoun turn was resolved to the speaker of the last turn, and that
// other speaker fits the pronoun's gender as far as it is known.
func otherSpeaker(last2 [2]paragraphTurn, para int, speaker string, g gender, learned genders) (mention, bool) {
	a, b := last2[0], last2[1]
	if a.para != para-1 || b.para != para-2 || a.s < 0 || b.s < 0 || !a.dialogue || !b.dialogue ||
		!sameSpeaker(a.speaker, speaker) || sameSpeaker(a.speaker, b.speaker) {
		return mention{}, false
	}
	first, _, _ := strings.Cut(b.speaker, " ")
	bg := learned[first]
	if bg == unknownGender {
		bg, _ = givenName(first)
	}
	if g != unknownGender && bg != unknownGender && bg != g {
		return mention{}, false
	}
	return mention{s: b.s, e: b.e, ok: true}, true
}
