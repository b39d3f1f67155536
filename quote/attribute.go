package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSiblingsBack is how many earlier quotes of its level the window
// before a quote may hold.
const maxSiblingsBack = 4

// named is a named speaker seen so far, for resolving pronouns.
type named struct {
	s, e int
	g    gender
}

// attribute decides the kind of every quote and finds the speakers of
// outer quotes, in document order so that pronouns and continuations can
// look back. Every quote reads a bounded window of text around it.
func (e *Extractor) attribute(text string, qs []Quote) {
	w := getWorkspace()
	buf, scratch := w.buf[:0], w.scratch[:0]
	window, back := &w.window, &w.back // tokens of the last windows and of the last antecedent search
	defer func() { w.buf, w.scratch = buf, scratch; w.put() }()
	var chain []tok
	var chainSibs []int
	var last []named // named speakers, most recent last (bounded)
	learned := genders{}
	resolved := make([]gender, len(qs)) // 1 + the pronoun's gender when a pronoun was resolved
	prevTop := -1                       // index of the previous outer quote
	prevEnd := 0                        // byte after the previous outer quote's closing mark
	prevSib, nextSib := siblings(qs, w)
	var sibs []int
	parent := make([]int, 0, 8)
	for k := range qs {
		q := &qs[k]
		for len(parent) > 0 && qs[parent[len(parent)-1]].End < q.End {
			parent = parent[:len(parent)-1]
		}
		openPos := q.Start - len(q.Open)
		closeEnd := q.End + len(q.Close)
		// Nested quotes read only inside their parent, after their
		// previous sibling; the bounds come first so that the scans
		// below stay short even in deep nesting.
		lb, ub := max(0, openPos-beforeWindow), min(len(text), closeEnd+afterWindow)
		if q.Depth > 0 && len(parent) > 0 {
			p := qs[parent[len(parent)-1]]
			lb = max(lb, p.Start)
			ub = max(closeEnd, min(ub, p.End))
			if j := prevSib[k]; j >= 0 && qs[j].Depth == q.Depth {
				lb = max(lb, qs[j].End+len(qs[j].Close))
			}
		}
		// Attribution reads back over at most a few earlier quotes of its
		// level: in dense quoting the window holds little else.
		for j, n := prevSib[k], 0; j >= 0 && qs[j].Depth == q.Depth; j, n = prevSib[j], n+1 {
			if n == maxSiblingsBack {
				lb = max(lb, qs[j].Start-len(qs[j].Open))
				break
			}
		}
		lb = min(lb, openPos)
		lo := sentencesBack(text, openPos, lb, 2)
		hi := sentenceForward(text, closeEnd, ub)
		if endsWithTerminal(q.Text) {
			// A quote that ends its sentence: a new line after it starts
			// something else, not its attribution.
			if nl := strings.IndexByte(text[closeEnd:hi], '\n'); nl >= 0 {
				hi = closeEnd + nl
			}
		}
		// The window after a quote stops at the next quote at its level.
		if j := nextSib[k]; j >= 0 {
			hi = min(hi, max(closeEnd, qs[j].Start-len(qs[j].Open)))
		}
		if hi < closeEnd {
			hi = closeEnd
		}
		// A short quote where the window ends may name the source after a
		// cue: "„…“, schrieb „Die Nordpost“".
		var title mention
		if j := nextSib[k]; j >= 0 && qs[j].Start-len(qs[j].Open) == hi {
			title = quotedName(qs[j].Start, qs[j].End, qs[j].Text)
		}
		// One token list for the sentence around the quote, the quote
		// itself standing in as one placeholder, so that a separable verb
		// may find its particle on the other side ("strich „…“ hervor").
		buf = buf[:0]
		buf, sibs = tokenizeAround(window, buf, sibs, text, lo, openPos, qs, k, prevSib)
		nb := len(buf)
		buf = append(buf, tok{s: openPos, e: closeEnd, punct: placeholder})
		buf = window.tokenize(buf, text, closeEnd, hi)
		a := e.analyse(text, q, buf, nb, title)

		// Continuation: a direct quote without a cue right after an
		// attributed outer quote, in the same or the next sentence.
		cont := false
		if q.Depth == 0 && !a.attached && prevTop >= 0 && qs[prevTop].Speaker != "" &&
			(a.start || a.intro) && continues(text, buf[:nb], prevEnd, openPos, qs[prevTop].Kind) {
			cont = true
		}
		q.Kind = kindOf(q, a, cont)
		if q.Depth == 0 || a.attached {
			spk := a.spk
			if !spk.ok && !cont && q.Depth == 0 && a.cue != "" && prevTop >= 0 && qs[prevTop].Speaker != "" &&
				qs[prevTop].End <= openPos &&
				openPos-qs[prevTop].End < 300 && !strings.Contains(text[qs[prevTop].End:openPos], "\n\n") {
				// A cue without a subject ("dijo después", "ha aggiunto"):
				// the subject is dropped, the speaker is the previous one.
				cont = true
			}
			if (!spk.ok || a.guess) && !cont && a.reported && q.Depth == 0 && prevTop >= 0 && qs[prevTop].Speaker != "" &&
				qs[prevTop].End <= openPos && openPos-qs[prevTop].End < 400 &&
				!strings.Contains(text[qs[prevTop].End:openPos], "\n\n") && !e.cueBetween(text, buf[:nb], prevEnd) {
				// Reported speech in the subjunctive goes on with the
				// words of the last quoted source ("…“, zeigte sich die
				// Initiative empört. Der Abriss werde nicht …, „…“).
				// It beats a guess at the sentence's topic, which is what
				// the source speaks about ("Die Umfrage zeige, „…“").
				p := qs[prevTop]
				q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.SpeakerBy = p.Speaker, p.SpeakerStart, p.SpeakerEnd, ByContinuation
				spk = mention{}
			}
			if (!spk.ok || a.guess) && !cont && a.reported && q.Depth == 0 && q.SpeakerStart < 0 {
				// Two or three sentences of reported speech after their
				// source: the words go on being the source's.
				lo3 := sentencesBack(text, openPos, lb, 2+maxReportedHops)
				if lo3 < lo {
					chain, chainSibs = tokenizeAround(window, chain[:0], chainSibs, text, lo3, openPos, qs, k, prevSib)
					if m, cue, ok := e.reportedSource(text, chain); ok {
						spk, a.guess, a.inSentence, a.cue = m, false, true, cue
					}
				}
			}
			if a.prev && (q.Kind != Direct || cont) {
				spk = mention{} // continuation first; partial quotes only by their own sentence
			}
			if !spk.ok && cont && (q.Kind == Direct || a.attached) {
				p := qs[prevTop]
				q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Cue = p.Speaker, p.SpeakerStart, p.SpeakerEnd, ""
				q.SpeakerBy = ByContinuation
				if a.attached {
					q.Cue = a.cue // "ha aggiunto": the quote's own cue, the speaker dropped
				}
			}
			if !spk.ok && !cont && a.bare && q.Depth == 0 {
				// A dropped subject with no quote before: the last named
				// person, as for a pronoun ("Anna Nowak przemawiała. „…” –
				// powiedziała.").
				p := mention{s: openPos, e: openPos, pronoun: true, g: cueGender(a.cue), ok: true}
				if n, ok := resolve(text, last, p, back, e, qs[:k+1], learned); ok {
					q.Speaker, q.SpeakerStart, q.SpeakerEnd, q.Cue = text[n.s:n.e], n.s, n.e, a.cue
					q.SpeakerBy = ByPronoun
				}
			}
			if !spk.ok && !cont && q.Kind == Direct && q.Depth == 0 && q.SpeakerStart < 0 && e.allowsGerman() {
				// „…“ Das sagte die Ministerin …: the sentence after points
				// back at the quote and names its speaker after the verb.
				if m, ok := sourceAfter(text, closeEnd, hi, &scratch); ok {
					spk = m
				}
			}
			if spk.ok && (q.Kind == Direct || a.attached || a.inSentence) {
				q.SpeakerBy = ByCue
				if a.guess || a.action || !a.attached && !a.prev && a.cue == "" {
					q.SpeakerBy = ByGuess
				}
				if spk.pronoun {
					if n, ok := resolve(text, last, spk, back, e, qs[:k+1], learned); ok {
						resolved[k] = spk.g + 1
						spk = mention{s: n.s, e: n.e, g: n.g, ok: true}
						q.SpeakerBy = ByPronoun
					}
				}
				q.Speaker, q.SpeakerStart, q.SpeakerEnd = text[spk.s:spk.e], spk.s, spk.e
				q.Cue = a.cue
				if !spk.pronoun && !a.guess {
					if spk.g == unknownGender {
						spk.g = learned.learn(text, spk.s, spk.e)
					}
					last = append(last, named{s: spk.s, e: spk.e, g: spk.g})
					if len(last) > 32 {
						last = append(last[:0], last[len(last)-16:]...)
					}
				}
			} else if a.cue != "" && q.Kind == Direct && !cont {
				q.Cue = a.cue
			}
		}
		// A title or scare quote between two halves of one statement does
		// not end it ("…," Perez said on NBC's "Meet the Press." "…").
		if q.Depth == 0 && (q.Kind == Direct || prevTop < 0 || qs[prevTop].Kind != Direct) {
			prevTop = k
			prevEnd = closeEnd
		}
		parent = append(parent, k)
	}
	e.takeTurns(text, qs, learned, resolved, w)
}

// tokenizeAround tokenizes text[lo:hi] before quote k, putting a
// placeholder for every earlier quote of the same level in that span, so
// that the words of other quotes are not read as attribution.
func tokenizeAround(c *tokenCache, buf []tok, sibs []int, text string, lo, hi int, qs []Quote, k int, prevSib []int) ([]tok, []int) {
	sibs = sibs[:0]
	for j := prevSib[k]; j >= 0 && qs[j].Depth == qs[k].Depth && qs[j].End+len(qs[j].Close) > lo; j = prevSib[j] {
		sibs = append(sibs, j)
	}
	for n := len(sibs) - 1; n >= 0; n-- {
		q := qs[sibs[n]]
		op, ce := q.Start-len(q.Open), q.End+len(q.Close)
		if ce > hi || op < lo {
			continue
		}
		buf = c.tokenize(buf, text, lo, op)
		buf = append(buf, tok{s: op, e: ce, punct: placeholder, term: endsWithTerminal(q.Text), dir: q.Kind == Direct})
		lo = ce
	}
	return c.tokenize(buf, text, lo, hi), sibs
}

// siblings returns for every quote the previous and the next quote at the
// same or a lower depth (-1 when none), with one stack pass each way, in
// buffers of w.
func siblings(qs []Quote, w *workspace) (prev, next []int) {
	w.prevSib, w.nextSib = growInts(w.prevSib, len(qs)), growInts(w.nextSib, len(qs))
	prev, next = w.prevSib, w.nextSib
	st := nearestSibling(qs, w.stack[:0], prev, 0, len(qs), 1)
	w.stack = nearestSibling(qs, st[:0], next, len(qs)-1, -1, -1)
	return prev, next
}

// growInts returns s resized to n elements.
func growInts(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

// nearestSibling walks qs from first towards stop in steps of dir and
// records in out, for each quote, the last quote passed at the same or a
// lower depth. st is scratch space for the stack; it is returned for reuse.
func nearestSibling(qs []Quote, st, out []int, first, stop, dir int) []int {
	for k := first; k != stop; k += dir {
		for len(st) > 0 && qs[st[len(st)-1]].Depth > qs[k].Depth {
			st = st[:len(st)-1]
		}
		out[k] = -1
		if len(st) > 0 {
			out[k] = st[len(st)-1]
		}
		st = append(st, k)
	}
	return st
}

// sentencesBack returns where the n-th sentence before byte i starts,
// not before lo and not across a blank line: the part of the text that
// attribution reads before a quote.
func sentencesBack(text string, i, lo, n int) int {
	for j := i - 1; j > lo; j-- {
		for j-8 > lo && !mayEndSentence(le64(text[j-7:])) {
			j -= 8
		}
		switch text[j] {
		case '\n':
			if text[j-1] == '\n' {
				k := j - 1
				for k > lo && (text[k] == '\n' || text[k] == ' ' || text[k] == '\r' || text[k] == '\t') {
					k--
				}
				if !introducesByte(text, k) || strings.TrimSpace(text[j:i]) != "" {
					return j + 1
				}
				j = k + 1
			}
		case '.', '!', '?':
			if j+1 < i && (text[j+1] == ' ' || text[j+1] == '\n') && byteSentenceEnd(text, j) {
				if n--; n == 0 {
					return j + 1
				}
			}
		}
	}
	for lo > 0 && lo < len(text) && !utf8.RuneStart(text[lo]) {
		lo++
	}
	return lo
}

// sentenceForward returns the end of the sentence after byte i, not
// after hi.
func sentenceForward(text string, i, hi int) int {
	for j := i; j < hi; j++ {
		for j+8 <= hi && !mayEndSentence(le64(text[j:])) {
			j += 8
		}
		if j >= hi {
			break
		}
		switch text[j] {
		case '\n':
			if j+1 < hi && text[j+1] == '\n' {
				return j
			}
		case '.', '!', '?':
			if (j+1 >= len(text) || text[j+1] == ' ' || text[j+1] == '\n') && byteSentenceEnd(text, j) {
				return j + 1
			}
		}
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi--
	}
	return hi
}

// mayEndSentence reports whether one of the eight bytes of w is a line
// feed, a full stop, "!" or "?", the bytes the sentence scans stop at.
func mayEndSentence(w uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	nl, fs, ex, qm := w^(ones*'\n'), w^(ones*'.'), w^(ones*'!'), w^(ones*'?')
	return ((nl-ones)&^nl|(fs-ones)&^fs|(ex-ones)&^ex|(qm-ones)&^qm)&highs != 0
}

// byteSentenceEnd reports whether the full stop at text[j] ends a
// sentence: not after an abbreviation, a number or a single capital.
func byteSentenceEnd(text string, j int) bool {
	if text[j] != '.' {
		return true
	}
	s := j
	for s > 0 && s > j-6 && (text[s-1]|0x20 >= 'a' && text[s-1]|0x20 <= 'z' || text[s-1] >= '0' && text[s-1] <= '9') {
		s--
	}
	w := text[s:j]
	if w == "" || s > 0 && text[s-1] >= 0x80 {
		return true
	}
	if isDigits(w) && openerNext(text, j+1) {
		return true // "des Modells 3. Ein Sprecher …": no ordinal before an article
	}
	if romanNumeral(w) && s > 1 && text[s-1] == ' ' && !capitalNext(text, j+1) {
		return false // "Benedikt XVI. „ist …“": a regnal number, the sentence goes on
	}
	lexOnce.Do(buildLexicon)
	return !(lex.lookup(w)&wAbbreviation != 0 || isDigits(w) || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z')
}

// romanNumeral reports whether w is a Roman numeral of two or more
// letters ("II", "XIV"), as after the name of a pope or king.
func romanNumeral(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C':
		default:
			return false
		}
	}
	return true
}

// openerNext reports whether the next word after byte i, past spaces,
// is one that opens sentences, never follows an ordinal ("3. Ein").
func openerNext(text string, i int) bool {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	k := i
	for k < len(text) && k < i+8 && (text[k]|0x20 >= 'a' && text[k]|0x20 <= 'z') {
		k++
	}
	return k < len(text) && k > i && text[k] == ' ' && sentenceOpeners[text[i:k]]
}

// sentenceOpeners are articles and pronouns that open a sentence; after
// a number and a full stop they show the number ended the sentence.
var sentenceOpeners = map[string]bool{
	"Der": true, "Die": true, "Das": true, "Ein": true, "Eine": true, "Er": true, "Sie": true, "Es": true,
	"Wir": true, "Ich": true, "The": true, "He": true, "She": true, "It": true, "They": true, "We": true,
}

// capitalNext reports whether the next word after byte i, past spaces,
// starts with a capital letter: a new sentence may start there.
func capitalNext(text string, i int) bool {
	for i < len(text) && (text[i] == ' ' || text[i] == '\n') {
		i++
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// continues reports whether the text between the previous outer quote and
// this one is at most the rest of the previous quote's sentence: its
// attribution ("…“, sagte X. „…“") or a link word ("…“, sagte X, aber „…“).
func continues(text string, before []tok, prevEnd, openPos int, prevKind Kind) bool {
	if prevKind != Direct {
		return false
	}
	for len(before) > 0 && before[0].s < prevEnd {
		before = before[1:]
	}
	// A new line is a new turn in dialogue: only the same paragraph continues.
	if prevEnd <= openPos && newParagraph(text, prevEnd, openPos) {
		return false
	}
	for i := range before {
		if before[i].punct == '¶' {
			return false
		}
		if endsSentence(before, i) && i < len(before)-1 {
			// A sentence of its own between the quotes: only when it is
			// the attribution of the previous quote.
			for j := i + 1; j < len(before); j++ {
				if before[j].w != "" {
					return false
				}
			}
		}
	}
	return true
}

// newParagraph reports whether text[a:b] holds a paragraph break: a blank
// line, or a line break that does not wrap a line of running text. Books
// wrap their lines at 60 to 80 characters; a line of that length ending
// before a word goes on in the next line.
func newParagraph(text string, a, b int) bool {
	return paragraphBreak(text, a, b) >= 0
}

// paragraphBreak returns the byte of the first paragraph break in
// text[a:b], or -1.
func paragraphBreak(text string, a, b int) int {
	for i := a; i < b; i++ {
		k := strings.IndexByte(text[i:b], '\n')
		if k < 0 {
			return -1
		}
		i += k
		ls := strings.LastIndexByte(text[max(0, i-100):i], '\n') + max(0, i-100) + 1
		if i-ls < 40 || i-ls > 90 || i+1 >= len(text) || text[i+1] == '\n' || text[i+1] == ' ' && i > ls && text[ls] != ' ' {
			return i
		}
	}
	return -1
}

// placeholder stands for the quote itself in the token list of its sentence.
const placeholder = '\uFFFC'

// analyse reads the words before and after one quote; toks[qi] is the
// quote itself.
func (e *Extractor) analyse(text string, q *Quote, toks []tok, qi int, title mention) attribution {
	a := attribution{words: countWords(q.Text)}
	before, after := toks[:qi], toks[qi+1:]
	ss := len(before)
	for ss > 0 && !endsSentence(before, ss-1) {
		ss--
	}
	// Marks of other quotes do not count as words of the sentence.
	last := len(before) - 1
	for last >= ss && (isMark(before[last].punct) || before[last].punct == placeholder) {
		last--
	}
	a.start = last < ss
	// A colon at the end of a paragraph introduces a quote in the next.
	if a.start && ss >= 2 && last == ss-1 && before[ss-1].punct == '¶' && introduces(before, ss-2) {
		last = ss - 2
		ss = last
		for ss > 0 && !endsSentence(before, ss-1) {
			ss--
		}
		a.start = false
	}
	if !a.start {
		a.afterDet = determiners[before[last].w] && !before[last].cap
		switch lt := before[last]; {
		case lt.is(':'), lt.is('：'):
			a.colon = true
		case lt.is('–'), lt.is('—'), lt.is('('):
			a.intro = true
		case inLower(complementizers, lt.w):
			a.clause = true
		case lt.is(','):
			// „…“, sagte Merkel, „…“: the second half of an interrupted quote.
			for k := ss; k < last; k++ {
				if before[k].punct == placeholder && before[k].dir {
					a.intro = true
				}
			}
		}
	}
	// Chinese and Japanese attach the speaker without spaces.
	if cjk := e.cjkAttribution(text, q, before, after, &a); cjk {
		return a
	}

	// A passive with its agent: "wird von vielen als die „…“ bezeichnet".
	if e.allowsGerman() {
		if m, cue := passiveAgent(toks, ss, qi+1+sentenceTo(after, 0)); m.ok {
			a.spk, a.cue, a.inSentence = m, cue, true
			a.followedByWord = len(after) > 0 && after[0].w != "" && !(after[0].cap && endsWithTerminal(q.Text))
			return a
		}
	}

	// After the quote: "“, sagte X", "," said X", "," X said", "», a affirmé X".
	ae := 0
	for ae < len(after) && !endsSentence(after, ae) && !isMark(after[ae].punct) && ae < 40 {
		ae++
	}
	i := 0
	for i < ae && i < 2 && (after[i].is(',') || after[i].is('–') || after[i].is('—') || after[i].is('(')) {
		i++
	}
	// A source in parentheses right after the quote: "„…“ (Konrad-
	// Adenauer-Stiftung)".
	if m, ok := parenthesisSource(text, after); ok {
		a.spk, a.attached = m, true
		return a
	}
	// A colon cue before a quote that ends its sentence: what follows is
	// a new sentence, not the quote's attribution ("X erklärte: „….“ Y …").
	newSentence := i == 0 && i < ae && after[0].cap && endsWithTerminal(q.Text) &&
		(a.colon || strings.HasSuffix(strings.TrimRight(q.Text, " "), ".") && e.subjectFirst(text, after, ae))
	if i < ae && !newSentence {
		if m, cueText, ok := e.afterCue(text, after, i, ae, title); ok && (m.ok || !participleCue(cueText) && !e.verbLast(after, i, ae, q) || bareCue(after, i, ae) && !e.verbLast(after, i, ae, q)) {
			a.spk, a.cue, a.attached = m, cueText, true
			if !m.ok && bareCue(after, i, ae) {
				a.bare = true
				// The subject before the quote, the verb after it:
				// Yılmaz, "…" dedi. Else a dropped subject (añadió).
				if !a.start && last > ss && before[last].is(',') {
					if m := subject(text, before, ss, last); m.ok {
						a.spk = m
					}
				}
			}
			return a
		}
		// A word right after the closing mark makes the quote part of a
		// longer sentence, unless the quote ended its own sentence.
		if i == 0 && after[i].w != "" && !(after[i].cap && endsWithTerminal(q.Text)) {
			a.followedByWord = true
		}
	}

	// A quote in parentheses right after a name in a list of sources:
	// "…, der Leiter der Behörde, Omar Haddad („…“), und …".
	if !a.start && before[last].is('(') && last-1 > ss && before[last-1].cap && before[last-1].w != "" {
		p := last - 1
		for p > ss && !before[p-1].is(',') && last-p < 6 {
			p--
		}
		if m, n := nounPhrase(before, p, last); m.ok && n == last && nameScore(before, m, text) >= 4 {
			a.spk, a.attached = m, true
			return a
		}
	}
	// Before the quote: "X sagte: „…“", "Burton said, "…"", "Steinbrück: „…“".
	end := last + 1
	if a.colon || (end > ss && (before[end-1].is(',') || isDash(before, end-1))) {
		stop := end - 1
		if isDash(before, stop) && stop > ss && before[stop-1].is('-') {
			stop-- // "said--"
		}
		if a.colon {
			if m, ok := labelSource(before, ss, stop); ok {
				a.spk, a.attached = m, true
				return a // "Zitat von Schröder: „…“"
			}
		}
		for c := stop - 1; c >= ss; c-- {
			name, kind, n, inv, ok := e.cueBack(text, toks, &c, ss)
			if !ok || n > stop {
				continue
			}
			if a.colon && subordinators[toks[ss].w] && commaIn(toks, n, stop) && e.allowsGerman() {
				continue // "Wie der Sender berichtet, gab X …:": the cue of a clause before the main one
			}
			if name == "zufolge" && e.verbCueIn(text, toks, ss, c) {
				continue // "sagte die Kanzlerin einigen Teilnehmern zufolge:": the verb's subject speaks
			}
			obj := n == stop-1 && inLower(objectPronouns, toks[n].w)
			if n == stop || obj || kind == markerCue || a.colon {
				m := e.speakerAround(text, toks, ss, c, n, stop, kind, inv)
				if kind == markerCue && !m.ok && c == ss && toks[c].w == "So" {
					continue // "So enthält das Gesetz folgende Regeln:": an adverb
				}
				a.cue = name
				a.attached = true
				a.cueComma = !a.colon && kind == verbCue
				a.spk = m
				return a
			}
		}
		if a.colon && e.allowsGerman() {
			if m, ok := subjectAfterClause(before, ss, stop); ok {
				a.spk, a.attached = m, true
				return a
			}
		}
		if a.colon && e.allowsGerman() {
			// "Im Landtag warb Hansen für den Plan mit den Worten:": no
			// cue, but the subject after the verb of the main clause.
			if m := subjectAfterFiniteVerb(before, ss, stop); m.ok {
				a.spk, a.attached = m, true
				return a
			}
		}
		if a.colon {
			if m, ok := possessiveOwner(text, before, ss, stop); ok {
				a.spk, a.attached = m, true
				return a
			}
		}
		if a.colon && stop-ss <= 4 {
			if m, n := nounPhrase(before, ss, stop); m.ok && n == stop {
				a.spk, a.attached = m, true
				return a
			}
		}
		if a.colon {
			// No cue: the speaker is the one the sentence is about
			// ("Steinbrück: „…“", "X bezeichnete das als Irrweg: „…“").
			a.spk, a.attached = bestName(text, before, ss, stop), true
			if m, ok := documentBefore(text, before, ss); ok && !a.spk.ok {
				a.spk = m // "Der Brief liegt vor. Darin steht: „…“": the letter
			}
			return a
		}
	}
	// Elsewhere in the sentence: "Er räumte ein, dass … „…“", "laut X",
	// "Merkel bezeichnete Wulff als „…“".
	for c := end - 1; c >= ss; c-- {
		name, kind, n, inv, ok := e.cueBack(text, toks, &c, ss)
		if !ok || n > end {
			continue
		}
		if kind == markerCue && (name == "seitens" || name == "von Seiten") && e.verbCueIn(text, toks, ss, c) {
			continue // "X erklären, dass die Gewalt seitens der Polizei „…“": an agent, X speaks
		}
		if m := e.speakerAround(text, toks, ss, c, n, end, kind, inv); m.ok {
			a.spk, a.cue, a.inSentence = m, name, true
			if kind == markerCue && c == ss {
				a.attached = true // "Laut X „…“": the marker attributes the quote
				// Words between the speaker and the quote ("Secondo X, è
				// „…“") make the quote a phrase of the sentence.
				for k := c + 1; k < end; k++ {
					if toks[k].w != "" && toks[k].s >= m.e {
						a.markerBefore = true
						break
					}
				}
			}
			break
		}
	}
	// A source set off at the end of the sentence: "Der Iran müsse „…“
	// beenden, so Rice.", "… was “particularly burdensome,” the lawsuit alleges."
	if !a.spk.ok {
		if m, cueText, ok := e.lateSource(text, after, ae); ok {
			a.spk, a.cue, a.inSentence = m, cueText, true
		}
	}
	// A cue later in the sentence, its subject before the quote: "Der
	// Wirtschaftsrat hatte die Umstellung der „…“ gefordert".
	if !a.spk.ok && !a.start && end > ss {
		for c := 0; c < ae; c++ {
			if _, kind, _, _, ok := e.cueAt(text, after, c, len(after)); ok && kind == verbCue {
				m, _ := nounPhrase(before, ss, end)
				if r, ok := relativeSubject(text, before, ss, end); ok && e.allowsGerman() {
					m = r // "ein Kommentar, der die Wahl als „…“ bezeichnet"
				} else if !m.ok || nameScore(before, m, text) < 2 {
					m = bestName(text, before, ss, end)
				}
				if m.ok {
					a.spk, a.inSentence = m, true
				}
				break
			}
		}
	}
	// A partial quote in a sentence about a named person: "Christoph
	// Biallas beschloss …, da ihm „die Sache zu heiß“ wurde".
	if !a.spk.ok && !a.start && !a.colon && end > ss {
		if m := bestName(text, before, ss, end); m.ok && nameScore(before, m, text) >= 4 {
			a.spk, a.inSentence = m, true
		}
	}
	// A quote that opens a sentence after reported speech ("X betonte,
	// dass … . „…“"): the speaker of the sentence before.
	// A partial quote in a subjunctive sentence reports the same source
	// ("Auch seitens des Verbands kam Kritik. Es sei zu früh, „…“").
	reported := !a.start && !a.spk.ok && ss > 0 && e.allowsGerman() &&
		(subjunctiveBefore(before, ss, end) || subjunctiveBefore(after, 0, ae))
	a.reported = reported
	if (a.start || a.words >= 8 || reported) && !a.spk.ok && ss > 0 {
		ps := ss - 1
		for ps > 0 && !endsSentence(before, ps-1) {
			ps--
		}
		// The sentence before is the attribution of an earlier quote when
		// it holds one or goes on from one ("»Wer da?«, fragte Anna.").
		quoted := ps > 0 && before[ps-1].punct == placeholder && before[ps-1].dir &&
			(before[ps].is(',') || before[ps].w != "" && !before[ps].cap)
		for k := ps; k < ss; k++ {
			quoted = quoted || before[k].punct == placeholder && before[k].dir
		}
		// Not after a sentence with its own quote: in dialogue that is
		// the previous turn, not reported speech.
		if before[ss-1].punct != '¶' && !quoted {
			for c := ss - 2; c >= ps; c-- {
				name, kind, n, inv, ok := e.cueBack(text, toks, &c, ps)
				if !ok || n > ss-1 || kind == markerCue && !reported {
					continue
				}
				if m := e.speakerAround(text, toks, ps, c, n, ss-1, kind, inv); m.ok {
					a.spk, a.prev = m, true
					if reported && !m.pronoun {
						// Its own sentence reports the words: the speaker
						// holds for a partial quote too.
						a.prev, a.inSentence, a.cue = false, true, name
					}
					break
				}
				if !reported {
					break
				}
			}
			// An action before the words, in fiction and reportage: "Der
			// Arzt schüttelte den Kopf. „Es tut mir leid.“"
			if !a.spk.ok && !reported && ss-1-ps >= 2 && e.allowsGerman() {
				// "Um Zeit zu sparen, will die Direktorin …": after a clause
				// that opens the sentence, the subject follows the verb.
				if m, ok := subjectAfterClause(before, ps, ss-1); ok {
					a.spk, a.prev, a.action = m, true, true
				}
			}
			if !a.spk.ok && !reported && ss-1-ps >= 2 {
				if m, n := nounPhrase(before, ps, ss-1); m.ok && n < ss-1 && !before[n].cap && before[n].w != "" &&
					!copulas[before[n].w] && (m.pronoun || nameScore(before, m, text) >= 2) {
					a.spk, a.prev, a.action = m, true, true
				}
			}
		}
	}
	// Last, a quote inside a sentence is most likely the words of the
	// person the sentence is about: "Trump went after Bush, calling him
	// “a total stiff”", "Stoiber begründete seinen Rückzug mit einer „…“".
	if !a.spk.ok && !a.start && !a.colon && end > ss {
		if m := sentenceTopic(text, before, ss, end, e.allowsGerman()); m.ok {
			a.spk, a.inSentence, a.guess = m, true, true
		}
	}
	return a
}

// topicWords is how far into its sentence a topic is looked for.
const topicWords = 24

// sentenceTopic returns, for German (german), the actor of the clause;
// else the best name in toks[a:b] when it is a name and
// not a common noun: a capitalized word after an article is a German
// noun ("Die Entwicklung habe …"), unless it is written in capitals (die SPD).
func sentenceTopic(text string, toks []tok, a, b int, german bool) mention {
	b = min(b, a+topicWords) // the topic stands early in its sentence
	if m, ok := opinionHolder(toks, a, b); ok {
		return m
	}
	if german {
		// The one who acts: the subject after the verb when a phrase
		// opens the clause ("Vor der Wahl haben Anhänger der Liste mit dem
		// Ruf „…“"), the agent of a passive ("werden von Wanderern …").
		if m, ok := writtenSource(toks, a, b); ok {
			return m
		}
		if m := subjectAfterFiniteVerb(toks, a, b); m.ok && !m.pronoun && !commonNoun(text, toks, a, b, m) && !counted(toks, a, b, m) {
			return m
		}
		if m := passiveActor(toks, a, b); m.ok {
			return m
		}
	}
	m := bestName(text, toks, a, b)
	if !m.ok || nameScore(toks, m, text) < 4 {
		// Sources are often common nouns: the subject the sentence opens
		// with ("Die Bundesregierung hatte den Bericht als „falsch“
		// zurückgewiesen", "The lawsuit calls it “a scheme”").
		if s, ok := nominativeSubject(toks, a, b); ok {
			return s
		}
	}
	if !m.ok || m.pronoun || nameScore(toks, m, text) < 2 {
		return mention{}
	}
	if commonNoun(text, toks, a, b, m) || possessive(text[m.s:m.e]) {
		// "Mr. Lund's bill has one sponsor": what the sentence is about
		// is the possessor's thing, not the possessor.
		return mention{}
	}
	return m
}

// counted reports whether the mention m in toks[a:b] follows a count
// ("zehn Millionen Liter"): a quantity, no actor.
func counted(toks []tok, a, b int, m mention) bool {
	for i := a + 1; i < b; i++ {
		if toks[i].s == m.s {
			return quantity(toks, i)
		}
	}
	return false
}

// commonNoun reports whether the mention m in toks[a:b] follows an
// article and is no full name nor acronym: a German common noun ("Der
// nächste Absatz", "die Lage"), rarely a speaker.
func commonNoun(text string, toks []tok, a, b int, m mention) bool {
	for i := a; i < b; i++ {
		if toks[i].s != m.s {
			continue
		}
		// The article may stand before adjectives: "Der nächste Absatz".
		d := i - 1
		for d > a && d > i-3 && toks[d].w != "" && !toks[d].cap && !determiners[toks[d].w] {
			d--
		}
		return d >= a && determiners[toks[d].w] && nameScore(toks, m, text) < 4 && !allCaps(toks[i].w)
	}
	return false
}

// allCaps reports whether w is written in capitals only: an acronym.
func allCaps(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return len(w) > 1
}

// cueBack matches a cue at toks[*c] for a search running backwards: when
// an auxiliary stands before it ("Elle a ajouté"), the cue starts there
// and *c moves to it.
func (e *Extractor) cueBack(text string, toks []tok, c *int, lo int) (string, cueKind, int, mention, bool) {
	name, kind, n, inv, ok := e.cueAt(text, toks, *c, len(toks))
	if ok && *c > lo {
		if name2, kind2, n2, inv2, ok2 := e.cueAt(text, toks, *c-1, len(toks)); ok2 && n2 == n {
			*c--
			return name2, kind2, n2, inv2, true
		}
	}
	return name, kind, n, inv, ok
}

// bestName picks the most name-like run of capitalized words in
// toks[a:b]: a given name first, then several capitalized words, the
// earliest on a tie, since the subject usually comes first.
func bestName(text string, toks []tok, a, b int) mention {
	best, bestScore := mention{}, 1
	for i := a; i < b; i++ {
		t := toks[i]
		if !t.cap || t.w == "" || t.k&(wNotName|wDeterminer) != 0 || notAName(toks, i, a) {
			continue
		}
		if i > a && quantity(toks, i) && t.w != "Prozent" && t.w != "Percent" {
			// "2,5 Milliarden Euro", "zehn Millionen Liter Wasser": a quantity.
			for i+1 < b && toks[i+1].cap && toks[i+1].w != "" {
				i++
			}
			continue
		}
		if t.has(wPronoun) {
			if !best.ok {
				best = mention{s: t.s, e: t.e, pronoun: true, g: t.k.pronounGender(), ok: true}
			}
			continue
		}
		m, n := nounPhrase(toks, i, b)
		if !m.ok {
			continue
		}
		sc := nameScore(toks, m, text)
		if n == i+1 && sc < 4 && i > a && (toks[i-1].has(wContraction) ||
			toks[i-1].has(wDeterminer) && i-1 > a && toks[i-2].has(wPreposition)) {
			sc = 1 // "der Wahl", "zum Podium": a common noun, not a name
		}
		if sc < 4 && i > a && toks[i-1].has(wPlacePreposition) {
			sc = 1 // "in New Hampshire", "at the White House": a place, not a speaker
		}
		if sc > bestScore {
			best, bestScore = m, sc
		}
		if n > i {
			i = n - 1
		}
	}
	return best
}

// bareCue reports whether the words after a quote, toks[i:end], are a
// single cue word or cue phrase and nothing else: "«…», añadió.",
// "„…” – powiedziała." Its subject was dropped or stands before the quote.
func bareCue(toks []tok, i, end int) bool {
	n := 0
	for k := i; k < end; k++ {
		if toks[k].w == "" {
			return false
		}
		n++
	}
	return n >= 1 && n <= 2
}

// cueGender reads the speaker's gender from a past-tense ending that
// shows it: Polish "powiedziała", Russian "сказала" (feminine), "-ł", "-л".
func cueGender(cue string) gender {
	switch {
	case strings.HasSuffix(cue, "ła"), strings.HasSuffix(cue, "ла"):
		return female
	case strings.HasSuffix(cue, "ł"), strings.HasSuffix(cue, "л"):
		return male
	}
	return unknownGender
}

// subjectFirst reports whether the words after a quote that ended its
// sentence with a full stop open a sentence of their own with a subject
// before a cue ("„….“ Die Zahlen sprechen für ihn."): no attribution is
// set off that way without a comma, only an inverted one ("„….“ sagte
// er"). After "!" and "?" it may be ("“Oh no!” Tom cried").
func (e *Extractor) subjectFirst(text string, toks []tok, end int) bool {
	if len(toks) == 0 {
		return false
	}
	_, _, _, _, ok := e.cueAt(text, toks, 0, end)
	return !ok
}

// afterCue reads the attribution right after a closing mark; title is a
// quoted name right after toks[:end], when there is one.
func (e *Extractor) afterCue(text string, toks []tok, i, end int, title mention) (mention, string, bool) {
	// "„…“, lautete die Kritik des Verbands": the statement names itself.
	// Only right after the quote and a comma: "Der Titel lautet „…“" is
	// no speech.
	if i > 0 && toks[i-1].is(',') && (toks[i].w == "lautete" || toks[i].w == "lautet") && e.allowsGerman() {
		if m, _ := nounPhrase(toks, i+1, end); m.ok && !m.pronoun {
			return m, toks[i].w, true
		}
	}
	// Inversion: the cue first, the speaker after it.
	if name, kind, n, inv, ok := e.cueAt(text, toks, i, end); ok {
		if inv.ok {
			return inv, name, true
		}
		j := n
		// "sagte am Mittwoch der Minister": skip a short adverbial.
		m, mn := nounPhrase(toks, j, end)
		if x, xn, ok := participleAttribute(toks, j, end); ok {
			m, mn = x, xn // "schrieb die in New York geborene Lopez"
		}
		for skip := 0; !m.ok && skip < 3 && j < end && toks[j].w != ""; skip++ {
			j++
			m, mn = nounPhrase(toks, j, end)
		}
		if kind == markerCue {
			for j < end && (toks[j].w == "von" || toks[j].w == "of" || toks[j].w == "de") {
				j++
			}
			m, mn = nounPhrase(toks, j, end)
		}
		// "„…“, zitiert Welt-Online den Minister": the medium quotes, the
		// one quoted is the object after it.
		if (toks[i].w == "zitiert" || toks[i].w == "zitierte") && m.ok && mn < end && objectDeterminers[toks[mn].w] {
			if o, _ := nounPhrase(toks, mn, end); o.ok {
				return o, name, true
			}
		}
		m = apposition(text, toks, m, mn, end)
		if !m.ok && j < end && toks[j].punct == '.' {
			// "zitiert kiel.de Polizeisprecher Jan Holt": a web address
			// names the medium; a full name after it is the one quoted.
			for k := j + 1; k < end && k < j+6; k++ {
				if b, _ := nounPhrase(toks, k, end); b.ok && nameScore(toks, b, text) >= 4 {
					m = b
					break
				}
			}
		}
		if m.ok && !m.pronoun && nameScore(toks, m, text) < 4 {
			// "señaló a EFE el portavoz Juan Pérez": a full name a few
			// words on in the same clause is the speaker, the first
			// phrase an addressee.
			for k := j + 1; k < end && k < j+6 && toks[k].w != "" || k < end && k < j+6 && toks[k].punct == '.'; k++ {
				if b, _ := nounPhrase(toks, k, end); b.ok && nameScore(toks, b, text) >= 4 {
					m = b
					break
				}
			}
		}
		if m.ok {
			return m, name, true
		}
		if title.ok && (n == end || n == end-1 && determiners[toks[n].w]) {
			return title, name, true // "schrieb „Die Nordpost“", "schreibt das „Hafenblatt“"
		}
		return mention{}, name, true
	}
	if m, name, ok := e.longApposition(text, toks, i, end); ok {
		return m, name, true
	}
	// Subject first: ", he said", ", the witness, Tom Baker, told".
	for c := i + 1; c < end && c < i+13; c++ {
		name, kind, _, inv, ok := e.cueAt(text, toks, c, end)
		if !ok {
			continue
		}
		if kind == markerCue {
			return mention{}, "", false
		}
		if inv.ok {
			return inv, name, true
		}
		// A lower-case role may open the subject when a name follows
		// ("hospital director Ana Prieto told reporters").
		if f := toks[i]; !plausibleSubject(toks, i, c) || f.w == "" || !f.cap && !determiners[f.w] && pronouns[f.w] == unknownGender && f.w != "they" &&
			nameScore(toks, bestName(text, toks, i, c), text) < 3 {
			return mention{}, "", false
		}
		m := subject(text, toks, i, c)
		if m.ok {
			return m, name, true
		}
		// "…," From said: a surname that is also a common word, alone
		// between the quote and its cue.
		if f := toks[i]; c == i+1 && f.cap && len(f.w) > 1 && !determiners[f.w] && !toks[c].cap && !demonstratives[f.w] {
			if _, isPron := pronouns[strings.ToLower(f.w)]; !isPron {
				return mention{s: f.s, e: f.e, ok: true}, name, true
			}
		}
		return mention{}, "", false
	}
	return mention{}, "", false
}

// commaIn reports whether a comma stands in toks[a:b].
func commaIn(toks []tok, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].is(',') {
			return true
		}
	}
	return false
}

// verbCueIn reports whether a verb cue with a subject (not the
// impersonal "heißt es") stands in toks[a:b].
func (e *Extractor) verbCueIn(text string, toks []tok, a, b int) bool {
	for k := a; k < b; k++ {
		if w := toks[k].w; w == "heißt" || w == "hieß" {
			continue
		}
		if _, kind, _, _, ok := e.cueAt(text, toks, k, b); ok && kind == verbCue {
			return true
		}
	}
	return false
}

// demonstratives and question words stand for a statement, not a
// speaker: "…," That said …
var demonstratives = map[string]bool{
	"That": true, "This": true, "These": true, "Those": true, "What": true, "Which": true, "Who": true,
	"There": true, "Here": true, "It": true, "They": true, "We": true, "You": true, "Das": true, "Dies": true, "Was": true, "Wer": true,
}

// verbLast reports whether a German verb right after a quote, without a
// comma (i == 0), closes the clause the quote stands in ("als „…“
// bezeichnet."): no attribution set off after the quote.
func (e *Extractor) verbLast(toks []tok, i, end int, q *Quote) bool {
	return i == 0 && !endsWithTerminal(q.Text) && e.germanCue(toks[0].w) && (end == 1 || toks[1].is(','))
}

// participleCue reports whether an English cue is an -ing participle
// ("adding", "saying"): after a quote it goes on with the subject of the
// sentence around the quote ("X said the plan was “messy,” adding, “…”"),
// it names no speaker of its own.
func participleCue(cue string) bool {
	return len(cue) > 4 && strings.HasSuffix(cue, "ing") && !strings.Contains(cue, " ")
}

// participleAttribute reads a German noun phrase whose article is
// followed by an extended attribute ending in an inflected participle or
// adjective: "die in New York geborene Lopez", "der aus Bayern stammende
// Trainer". It returns the noun and name after the attribute.
func participleAttribute(toks []tok, j, end int) (mention, int, bool) {
	if j+2 >= end || !determiners[toks[j].w] || toks[j].cap || toks[j+1].cap || !prepositions[toks[j+1].w] {
		return mention{}, j, false
	}
	for k := j + 2; k+1 < end && k < j+10; k++ {
		t := toks[k]
		if t.w == "" {
			return mention{}, j, false
		}
		if !t.cap && adjectiveForm(t.w) && !determiners[t.w] && !prepositions[t.w] && toks[k+1].cap {
			if m, n := nounPhrase(toks, k+1, end); m.ok && !m.pronoun {
				return m, n, true
			}
			return mention{}, j, false
		}
	}
	return mention{}, j, false
}

// labelSource reads the name in a label before a colon, a noun and
// "von" or "from" and a name and nothing else: "Zitat von Schröder:",
// "Reaktion von Anna Berg:", "Statement from the mayor:".
func labelSource(toks []tok, ss, stop int) (mention, bool) {
	if stop-ss < 3 || stop-ss > 5 || !toks[ss].cap || toks[ss].w == "" {
		return mention{}, false
	}
	switch toks[ss+1].w {
	case "von", "vom", "from", "by", "de", "di":
	default:
		return mention{}, false
	}
	m, n := nounPhrase(toks, ss+2, stop)
	return m, m.ok && !m.pronoun && n == stop
}

// commaBefore reports whether a comma stands right before toks[c], also
// inside the closing mark of a quote ("“…,” adding").
func commaBefore(text string, toks []tok, c int) bool {
	if c == 0 {
		return false
	}
	t := toks[c-1]
	if t.punct == placeholder {
		_, cl := utf8.DecodeLastRuneInString(text[t.s:t.e])
		return t.e-cl > t.s && text[t.e-cl-1] == ','
	}
	return t.is(',')
}

// longApposition reads a subject set off from its cue by a long
// apposition after a quote: "…," Amy Pope, deputy adviser for the
// region at the agency, said on a call. toks[i] opens the name, a comma
// closes it, and a verb cue follows the comma that ends the apposition.
func (e *Extractor) longApposition(text string, toks []tok, i, end int) (mention, string, bool) {
	if !toks[i].cap || toks[i].w == "" {
		return mention{}, "", false
	}
	m, n := nounPhrase(toks, i, end)
	if !m.ok || m.pronoun || n+1 >= end || !toks[n].is(',') || nameScore(toks, m, text) < 2 {
		return mention{}, "", false
	}
	if _, _, _, _, ok := e.cueAt(text, toks, n+1, end); ok {
		return mention{}, "", false // "…," Smith, said Jones: no apposition
	}
	for k := n + 2; k+1 < end && k < n+40; k++ {
		if toks[k].punct == placeholder || endsSentence(toks, k) {
			break
		}
		if !toks[k].is(',') {
			continue
		}
		if name, kind, _, inv, ok := e.cueAt(text, toks, k+1, end); ok && kind == verbCue && !inv.ok {
			return m, name, true
		}
	}
	return mention{}, "", false
}

// apposition returns the name set off by commas after a role ("dijo el
// ministro de Hacienda, Luis Medina,", "according to the hospital
// director, Pablo Prieto"): m is the role phrase, ending before toks[n].
// The name replaces a role or a lone word, never another full name.
func apposition(text string, toks []tok, m mention, n, end int) mention {
	if !m.ok || m.pronoun {
		return m
	}
	ms := nameScore(toks, m, text)
	if ms >= 4 {
		return m
	}
	// A lone capitalized word after "of" is the institution of a role
	// ("la ministra da Saúde"), no better than the role itself.
	if x := n - 1; ms == 2 && x > 0 && toks[x].s == m.s && ofWords[toks[x-1].w] {
		ms = 0
	}
	// The role may go on with a genitive or a prepositional phrase
	// ("del hospital", "zdrowia", "du syndicat") before the comma.
	for k := n; k < end && k < n+8; k++ {
		t := toks[k]
		if t.cap && ms <= 0 && k > n {
			// No comma: "el ministro de Hacienda Luis Medina", "le
			// directeur de l'hôpital Gaspard Morel".
			if b := nameAfterRole(text, toks, k, end); b.ok {
				return b
			}
		}
		if t.is(',') {
			if k+1 >= end {
				break
			}
			b, bn := nounPhrase(toks, k+1, end)
			bs := nameScore(toks, b, text)
			// The apposition closes with a comma, the sentence or the window.
			closed := bn >= end || toks[bn].w == "" || !toks[bn].cap
			if b.ok && !b.pronoun && closed && (bs >= 4 || bs >= 3 && ms <= 0) {
				return b
			}
			break
		}
		if t.w == "" && !t.is('.') || t.cjk || endsSentence(toks, k) {
			break
		}
	}
	return m
}

// nameAfterRole reads the name that ends a role phrase without a comma,
// at toks[k] after a preposition: a run of two or more capitalized words
// closing the clause. In a longer run the first word belongs to the role
// ("de Hacienda Luis Medina") unless the run starts with a given name.
func nameAfterRole(text string, toks []tok, k, end int) mention {
	j := k
	for j < end && j-k < 5 && toks[j].cap && toks[j].w != "" && !notNames[toks[j].w] {
		j++
	}
	if j-k < 2 || j < end && toks[j].w != "" && toks[j].cap {
		return mention{}
	}
	s := k
	if j-k >= 3 && !isGiven(toks[k].w) {
		s = k + 1
	}
	m := mention{s: toks[s].s, e: toks[j-1].e, ok: true}
	if g, ok := givenName(toks[s].w); ok {
		m.g = g
	}
	return m
}

// plausibleSubject reports whether toks[a:b] can be the subject of a
// following cue: names, determiners, pronouns, commas and role words, not
// a clause of its own.
func plausibleSubject(toks []tok, a, b int) bool {
	low, words := 0, 0
	for k := a; k < b; k++ {
		t := toks[k]
		if t.w != "" {
			words++ // only words count: "Sen. Chuck Schumer (D-N.Y.)" is short
		}
		switch {
		case words > 9:
			return false
		case t.w == "":
			if !t.is(',') && !t.is('(') && !t.is(')') && !t.is('.') {
				return false
			}
		case t.cap, determiners[t.w], nameParticles[t.w]:
		default:
			if _, ok := pronouns[t.w]; ok {
				continue
			}
			low++
		}
	}
	return low <= 3
}

// speakerAround finds the speaker of a cue at toks[c:n] inside the
// sentence toks[ss:end]: after it when the sentence inverts ("sagte der
// Minister:", "laut Müller"), else before it.
func (e *Extractor) speakerAround(text string, toks []tok, ss, c, n, end int, kind cueKind, inv mention) mention {
	if inv.ok {
		return inv
	}
	if kind == markerCue {
		j := n
		for j < end && (toks[j].w == "von" || toks[j].w == "of" || toks[j].w == "de") {
			j++
		}
		if j < end && toks[j].punct == placeholder {
			// "Laut „Hafenblatt“": a quoted name.
			if m := quotedPlaceholder(text, toks[j]); m.ok {
				return m
			}
		}
		m, mn := nounPhrase(toks, j, end)
		return apposition(text, toks, m, mn, end)
	}
	if m := quotedPassive(text, toks, ss, c); m.ok && e.germanCue(toks[c].w) {
		return m
	}
	if m := documentSource(toks, ss, c, n, end); m.ok && e.allowsGerman() {
		return m
	}
	if m := quotedObject(toks, c, n, end); m.ok && e.allowsGerman() {
		return m
	}
	if e.germanCue(toks[c].w) && verbSecond(toks, ss, c) {
		if m := subjectAfterVerb(toks, n, end); m.ok {
			if m.pronoun {
				return m
			}
			// "warnte der Hauptgeschäftsführer des Verbands, Peter Hahn,"
			k := n
			for k < end && toks[k].e <= m.e {
				k++
			}
			return apposition(text, toks, m, k, end)
		}
	}
	// After the cue when the sentence inverts ("Dabei sagte der Minister"),
	// before it otherwise; the better name wins, the subject on a tie.
	var after mention
	if n < end && !addresseeVerbs[toks[n-1].w] && !namingObject(toks, n, end) {
		if m, _ := nounPhrase(toks, n, end); m.ok && (m.pronoun || toks[n].cap || determiners[toks[n].w] && n+1 < end && toks[n+1].cap) {
			after = m
		}
	}
	a := max(ss, c-30)
	// "X kritisierte den Einsatz und sprach von „…“": the second verb
	// shares the subject of the first.
	// So does a participle after a comma: "Trump told Newsmax that Romney
	// “…,” adding, “…”".
	if c-1 > a && (toks[c-1].w == "und" || commaBefore(text, toks, c) && participleCue(toks[c].w)) {
		for c2 := c - 2; c2 > a && c2 > c-16; c2-- {
			if _, kind2, n2, inv2, ok := e.cueAt(text, toks, c2, c); ok && kind2 == verbCue && n2 <= c-1 {
				return e.speakerAround(text, toks, ss, c2, n2, c-1, kind2, inv2)
			}
		}
	}
	if e.germanCue(toks[c].w) {
		if r, ok := relativeSubject(text, toks, a, c); ok {
			return r // "das Ziel, das Schröder … erklärt hatte:"
		}
	}
	if m, ok := parentheticalSubject(toks, a, c, n, end); ok {
		return m
	}
	if m, ok := e.clauseSubject(toks, a, c); ok {
		return m
	}
	before := subject(text, toks, a, c)
	if before.ok && c-1 >= ss && c-1 == a && !before.pronoun && nameScore(toks, before, text) < 4 &&
		before.e == toks[c-1].e && (notNames[toks[c-1].w] || !toks[c-1].cap) {
		before = mention{}
	}
	if !after.ok {
		return before
	}
	if !before.ok || nameScore(toks, after, text) > nameScore(toks, before, text) {
		return after
	}
	return before
}

// parentheticalSubject reads the subject of a cue set off by commas
// inside another clause ("Vice President Ada Moss, Rubio said, had …"):
// the name or pronoun between the comma and the cue, not the subject of
// the clause around it.
func parentheticalSubject(toks []tok, a, c, n, end int) (mention, bool) {
	if n >= end || !toks[n].is(',') {
		return mention{}, false
	}
	p := c - 1
	for p > a && !toks[p].is(',') {
		p--
	}
	if p <= a || !toks[p].is(',') || c-p > 5 {
		return mention{}, false
	}
	m, k := nounPhrase(toks, p+1, c)
	if !m.ok || k != c || !m.pronoun && !toks[p+1].cap {
		return mention{}, false
	}
	return m, true
}

// clauseOpeners open an English clause whose subject stands right
// after them.
var clauseOpeners = map[string]bool{"that": true, "which": true, "whom": true}

// clauseSubject reads the subject of a cue in an English clause opened by
// "that" or "which" ("a trend that the guild predicts", "a plan which
// Mr. Hale called"): the noun phrase between the opener and the cue, not
// the noun the clause describes. A clause that is itself reported
// ("Hale said that Moss begged …") keeps the outer source, the subject
// of the cue before it; so does a cue that is a noun after a possessive
// ("that Moss's comments").
func (e *Extractor) clauseSubject(toks []tok, a, c int) (mention, bool) {
	if toks[c].cap || c > 0 && possessive(toks[c-1].w) {
		return mention{}, false // "that the United States": a name, no verb
	}
	for r := c - 2; r >= a && r >= c-6; r-- {
		if !clauseOpeners[toks[r].w] {
			continue
		}
		for j := max(a, r-8); j < r; j++ {
			if cu, _, ok := e.lookupCue(toks, j, r); ok && cu.kind == verbCue {
				return mention{}, false
			}
		}
		m, k := nounPhrase(toks, r+1, c)
		return m, m.ok && k == c
	}
	return mention{}, false
}

// kindOf tells direct speech from a partial quote by where it stands.
func kindOf(q *Quote, a attribution, cont bool) Kind {
	words := a.words
	terminal := endsWithTerminal(q.Text)
	switch {
	case a.clause && !a.colon && !manySentences(q.Text):
		// "sagte, dass „…“": the quote finishes reported speech, unless
		// it runs on into sentences of its own.
		return Partial
	case a.markerBefore && (words <= 4 || a.afterDet) && !terminal:
		// "Secondo Rinaldi, è „un'occasione persa“": a phrase.
		return Partial
	case a.cueComma:
		return Direct
	case a.attached && (a.start || a.colon || a.intro || words >= 3 || terminal) && !(a.followedByWord && !a.start):
		return Direct
	case a.colon:
		return Direct
	case cont && words >= 2:
		return Direct
	case a.start && (words >= 3 || terminal) && (!a.followedByWord || terminal):
		return Direct
	case a.start && a.attached:
		return Direct
	case a.intro && words >= 4:
		return Direct
	case words >= 8 && terminal && !a.followedByWord:
		return Direct
	}
	return Partial
}

// countWords counts the words of s up to ten, reading at most 400 bytes:
// the kind rules only ask whether a quote is longer than a few words.
func countWords(s string) int {
	if len(s) > 400 {
		s = s[:400]
	}
	n, in := 0, false
	for i := 0; i < len(s) && n < 10; {
		if b := s[i]; b < 0x80 {
			// Most text is ASCII: no decoding, no branch on the class.
			w := asciiLetter[b]
			n += int(b2u(w && !in))
			in = w
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		cl := classOf(r)
		i += size
		w := cl == clLetter
		if cl == clCJK {
			n++ // a Han character carries about a word
			in = false
			continue
		}
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// asciiLetter tells the ASCII bytes of class clLetter.
var asciiLetter = func() (t [128]bool) {
	for b := range t {
		t[b] = asciiClass[b] == clLetter
	}
	return t
}()

func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// manySentences reports whether s holds a sentence end followed by a new
// sentence ("… verschenken … Ich denke also"), reading at most 400 bytes.
func manySentences(s string) bool {
	if len(s) > 400 {
		s = s[:400]
	}
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case '.':
			if !byteSentenceEnd(s, i) {
				continue // "Dr. Grant"
			}
		case '!', '?':
		case 0xE2: // "…" is E2 80 A6
			if i+3 >= len(s) || s[i+1] != 0x80 || s[i+2] != 0xA6 {
				continue
			}
			i += 2
		default:
			continue
		}
		if s[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(s[i+2:])
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// endsWithTerminal reports whether s ends a sentence, behind closing
// marks and spaces.
func endsWithTerminal(s string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case ' ', '\t', '\n', '"', '\'', '’', '”', '“', '«', '»', '‹', '›':
			s = s[:len(s)-size]
			continue
		case '.', '!', '?', '…', '。', '！', '？':
			return true
		}
		return false
	}
	return false
}

// introduces reports whether toks[i], at the end of a paragraph, leads
// into a quote in the next: a colon, a comma or a dash ("Lady Anne then
// observed,", "he said--").
func introduces(toks []tok, i int) bool {
	return toks[i].is(':') || toks[i].is(',') || isDash(toks, i)
}

// isDash reports whether toks[i] is a dash: "—", "–" or the "--" of
// typewritten text.
func isDash(toks []tok, i int) bool {
	t := toks[i]
	return t.is('—') || t.is('–') || t.is('-') && i > 0 && toks[i-1].is('-') && toks[i-1].e == t.s
}

// introducesByte reports whether text[k] ends a colon, a comma or a dash
// that leads into a quote in the next paragraph.
func introducesByte(text string, k int) bool {
	switch text[k] {
	case ':', ',', '-':
		return true
	case 0x93, 0x94: // the last bytes of "–" and "—"
		return k >= 2 && text[k-2] == 0xE2 && text[k-1] == 0x80
	}
	return false
}

// lateSource reads a source named after a comma later in the sentence
// after a quote, toks[:end]: a marker and its source (", so Rice", ",
// according to the report") or a subject and its cue (", the lawsuit
// alleges"), closing the sentence.
func (e *Extractor) lateSource(text string, toks []tok, end int) (mention, string, bool) {
	for k := 1; k < end; k++ {
		if !toks[k-1].is(',') || toks[k].w == "" {
			continue
		}
		if end-k > 10 && !(end-k <= 24 && e.invertedCue(text, toks, k, end)) {
			continue // a clause of its own, not a source tag
		}
		if m, cueText, ok := e.afterCue(text, toks, k, end, mention{}); ok && m.ok && !m.pronoun {
			return m, cueText, true
		}
	}
	return mention{}, "", false
}

// nominativeSubject reads a subject of the form article + noun that opens
// the sentence toks[a:b]: "Die Polizei bekräftigte", "The lawsuit says".
func nominativeSubject(toks []tok, a, b int) (mention, bool) {
	try := func(i int) (mention, bool) {
		if i >= b || !nominativeArticles[toks[i].w] {
			return mention{}, false
		}
		m, n := nounPhrase(toks, i, b)
		if !m.ok || m.pronoun || n > b || !toks[n-1].cap || n < b && copulas[toks[n].w] {
			return mention{}, false // "Der Titel lautet „…“": a thing described, not a source
		}
		return mention{s: toks[i].s, e: toks[n-1].e, ok: true, g: m.g}, true
	}
	if m, ok := try(a); ok {
		return m, true
	}
	return mention{}, false
}

// nominativeArticles open a noun phrase that may be a subject (German
// der, die, das; English the), not an object (den, dem).
var nominativeArticles = map[string]bool{
	"Der": true, "Die": true, "Das": true, "der": true, "die": true, "das": true, "The": true,
}

// copulas link a subject to what it is or is called: such a subject
// describes the quote rather than saying it.
var copulas = map[string]bool{
	"ist": true, "sind": true, "war": true, "waren": true, "sei": true, "seien": true,
	"wäre": true, "lautet": true, "lautete": true, "heißt": true, "hieß": true, "habe": true,
	"is": true, "are": true, "was": true, "were": true,
}

// invertedCue reports whether toks[k] is a verb cue followed by its
// subject ("said Nargis Kassenova, an expert at …"): the long tail is an
// apposition of the source.
func (e *Extractor) invertedCue(text string, toks []tok, k, end int) bool {
	_, kind, n, _, ok := e.cueAt(text, toks, k, end)
	return ok && kind == verbCue && n < end && toks[n].cap
}

// opinionHolder reads "Für den Minister ist die Lage „…“", "For Smith,
// it is …": the one the judgement is for holds it.
func opinionHolder(toks []tok, a, b int) (mention, bool) {
	if a+2 >= b || toks[a].w != "Für" && toks[a].w != "For" {
		return mention{}, false
	}
	j := a + 1
	for j < b && j < a+4 && (determiners[toks[j].w] || toks[j].w != "" && !toks[j].cap) {
		j++
	}
	m, n := nounPhrase(toks, j, b)
	if !m.ok || m.pronoun || n >= b || !(copulas[toks[n].w] || toks[n].is(',')) {
		return mention{}, false
	}
	return m, true
}

// parenthesisSource reads a source named in parentheses right after a
// quote: one to five words, the first capitalized, no number.
func parenthesisSource(text string, toks []tok) (mention, bool) {
	if len(toks) < 3 || !toks[0].is('(') || !toks[1].cap || toks[1].w == "" {
		return mention{}, false
	}
	for k := 2; k < len(toks) && k <= 6; k++ {
		if toks[k].is(')') {
			m := mention{s: toks[1].s, e: toks[k-1].e, ok: true}
			for j := 1; j < k; j++ {
				if toks[j].w == "" && !toks[j].is('.') && !toks[j].is('-') || isDigits(toks[j].w) {
					return mention{}, false
				}
			}
			return m, nameScore(toks, m, text) >= 2
		}
	}
	return mention{}, false
}

// documentBefore reads the source of "Darin steht: „…“", "Dort heißt es:
// „…“": the document the sentence before is about, its opening subject
// or best name.
func documentBefore(text string, toks []tok, ss int) (mention, bool) {
	if ss >= len(toks) || !pointsBack[toks[ss].w] || ss == 0 {
		return mention{}, false
	}
	ps := ss - 1
	for ps > 0 && !endsSentence(toks, ps-1) {
		ps--
	}
	if m, ok := nominativeSubject(toks, ps, ss-1); ok {
		return m, true
	}
	if m := bestName(text, toks, ps, ss-1); m.ok && !m.pronoun {
		return m, true
	}
	return mention{}, false
}

// pointsBack are adverbs that point at a document named before ("Darin
// steht …", "Dort heißt es …").
var pointsBack = map[string]bool{"Darin": true, "Dort": true, "Hierin": true, "Therein": true}

// possessiveOwner reads a sentence that opens with a German possessive and
// a noun before a colon ("Seine Zuversicht beruht auf …:", "Ihre
// Begründung:"): the owner speaks, so the speaker is the possessive, to
// be resolved like a pronoun, unless the sentence holds a full name.
func possessiveOwner(text string, toks []tok, ss, stop int) (mention, bool) {
	if ss+1 >= stop {
		return mention{}, false
	}
	g, ok := possessives[toks[ss].w]
	if !ok || !toks[ss+1].cap || toks[ss+1].w == "" || isGiven(toks[ss+1].w) {
		return mention{}, false
	}
	if b := bestName(text, toks, ss+1, stop); b.ok && nameScore(toks, b, text) >= 4 {
		return mention{}, false
	}
	return mention{s: toks[ss].s, e: toks[ss].e, pronoun: true, g: g, ok: true}, true
}

// possessives are the German possessives that open a sentence, with the
// gender of their owner.
var possessives = map[string]gender{
	"Sein": male, "Seine": male, "Seinem": male, "Seinen": male, "Seiner": male,
	"Ihr": female, "Ihre": female, "Ihrem": female, "Ihren": female, "Ihrer": female,
}
