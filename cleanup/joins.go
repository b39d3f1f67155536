package cleanup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Glued words. Inline links and menus lose their spaces when a page is
// scraped (seitChatGPT, könneOpenAIVergleichbar, EnglishFrançais). The
// join rules put the space back, and only that: they insert spaces between
// letters and never change a letter. A boundary is cut only on evidence,
// since a split name (Open AI, Mc Donald, Lehrer Innen) is worse than a
// missed join:
//
//   - the kind of boundary (a change of script, lower to upper case, an
//     acronym before a word);
//   - the protected list of names with inner capitals (data/protected.txt),
//     which are never cut, and the names list (data/names.txt), whose
//     words mark where a glued word ends;
//   - the function words of each language (data/function), which are
//     words on their own (mitEmmanuel, desStatistischen);
//   - the shape of the parts: code identifiers (getElementById), units
//     (kWh), name prefixes (McDonald, DiCaprio) and German gender forms
//     (LehrerInnen) keep their inner capitals; a lowercase word before a
//     capital is two words (said|Tuesday), two capitalized ASCII words
//     glued are a name (ProSafe) unless a given name (data/givennames.txt),
//     letters beyond ASCII or a function word of the text say otherwise;
//   - the language of the paragraph being decided, guessed from its own
//     function words, so that no other paragraph changes the decision;
//   - a Lexicon, when the caller gives one.
//
// Each token's cuts are decided as a second Clean would see them (see
// splitRun), so that Clean(Clean(x)) == Clean(x) by construction.

// caseOf classes a letter for the case rules.
type letterCase uint8

const (
	caseNone  letterCase = iota // not a letter
	caseLower                   // lowercase letter
	caseUpper                   // uppercase or titlecase letter
	caseOther                   // letter without case
)

// asciiCase is the case of an ASCII rune r, small enough to inline into
// caseOfRune's fast path.
func asciiCase(r rune) letterCase {
	switch {
	case r >= 'a' && r <= 'z':
		return caseLower
	case r >= 'A' && r <= 'Z':
		return caseUpper
	}
	return caseNone
}

func computeCaseOfRune(r rune) letterCase {
	switch {
	case r < 0x80:
		return asciiCase(r)
	case r >= 0x3040 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7A3:
		return caseOther // kana, Han, Hangul: letters without case
	case unicode.IsLower(r):
		return caseLower
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return caseUpper
	case unicode.IsLetter(r):
		return caseOther
	}
	return caseNone
}

// fixCaseJoins splits words glued at a change of case inside one script:
// seitChatGPT, KIVergleich, StartseiteNachrichtenPolitik, заявилВ.
func fixCaseJoins(ps *pass, s string, out *changes) {
	p := &joinPass{pass: ps}
	for i := nextCaseChange(s, 0, len(s)); i >= 0; {
		ts, te := tokenAround(s, i)
		p.caseToken(s, ts, te, out)
		i = nextCaseChange(s, te, len(s))
	}
}

// nextCaseChange returns the first byte in s[from:end] where the case
// rule has a boundary to decide, or -1: a capital after a lowercase
// letter (seit|Chat), or the last capital of an acronym before lowercase
// (KI|Vergleich).
func nextCaseChange(s string, from, end int) int {
	for i := from; i < end; {
		c := s[i]
		if c < 0x80 && (c < 'A' || c > 'Z') {
			i++ // the common case: no capital, nothing to decide
			continue
		}
		cls, n := caseUpper, 1
		if c >= 0x80 {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			cls = caseOfRune(r)
		}
		if cls == caseUpper && i > 0 {
			before := caseBefore(s, i)
			if before == caseLower || before == caseUpper && caseAt(s, i+n) == caseLower {
				return i
			}
		}
		i += n
	}
	return -1
}

// A joinPass is the pass as the join rules use it.
type joinPass struct {
	*pass
	notProse tokenMemo // isNotProse of the token last asked about
	// numberNotProse is the same for numberInProse, which reads a slash
	// between digits as prose.
	numberNotProse tokenMemo
	// apartAsked counts usedApart's searches of the text, which are
	// bounded per call to keep the rule linear.
	apartAsked int
	runsLeft   int // splitRun calls left for the token being decided
	// at is the byte the rule is deciding, whose paragraph's language
	// the join decisions use (see language); para caches that guess.
	at   int
	para paragraphGuess
	glue glueMemo // whether p.at's paragraph is boilerplate
	cuts cutMemo  // the tokens of p.at's paragraph the rule would cut
	// dry asks splitRun only whether it would cut on weak evidence,
	// which it tells in dryCut, leaving out untouched (see cutTokens).
	dry, dryCut bool
	weak        bool // the last cut decideCut took rests on the shape of its parts alone
}

// boilerplate reports that the paragraph around p.at is boilerplate,
// whose glue the join rules leave (see gluedParagraph).
func (p *joinPass) boilerplate(s string) bool {
	return p.c.gluedParagraph(s, p.at, &p.glue) || p.weak && p.otherCutToken(s)
}

// A paragraphGuess is the language guess of the paragraph start..end.
type paragraphGuess struct {
	start, end      int // end == 0: none yet
	lang, leadingTo langGuess
}

// language is the language of the paragraph around p.at: the one the
// caller gave, or a guess from the function words of that paragraph
// alone. A paragraph's glued words are then decided the same whatever
// document stands before it (onYouTube in an English paragraph after a
// German one). Evidence from the whole segment is used only where a rule
// says so (usedApart).
func (p *joinPass) language() langGuess {
	if p.c.lang != "" {
		return langGuess(p.c.lang)
	}
	p.guessParagraph()
	return p.para.lang
}

// leadingLanguage is language without the need for a clear lead.
func (p *joinPass) leadingLanguage() langGuess {
	if p.c.lang != "" {
		return langGuess(p.c.lang)
	}
	p.guessParagraph()
	return p.para.leadingTo
}

func (p *joinPass) guessParagraph() {
	s := p.text
	if p.para.end > 0 && p.para.start <= p.at && p.at < p.para.end {
		return
	}
	// The guesses of earlier rules hold while the text is the same: clean
	// text is guessed once per paragraph, not once per rule.
	if p.parasOf != p.version || p.version == 0 {
		p.nparas, p.parasOf = 0, p.version
	}
	for _, g := range p.paras[:p.nparas] {
		if g.start <= p.at && p.at < g.end {
			p.para = g
			return
		}
	}
	p.para = guessParagraphAt(s, p.at)
	if p.nparas < maxCachedParagraphs {
		p.paras[p.nparas] = p.para
		p.nparas++
	}
}

// maxCachedParagraphs bounds the guesses kept for one text.
const maxCachedParagraphs = 16

// guessParagraphAt guesses the language of the paragraph around byte i.
func guessParagraphAt(s string, i int) paragraphGuess {
	start, end := paragraphAround(s, i)
	if end-start > maxGuessParagraph {
		start, end = lineAround(s, i)
	}
	// All of a paragraph counts, so that spaces the rules add do not push
	// words out of the count; only a longer line is cut to guessBytes.
	counts := countFunctionWordsIn(s[start:min(end, start+maxGuessParagraph)])
	g := paragraphGuess{start: start, end: max(end, start+1), lang: counts.decide(), leadingTo: counts.leading()}
	// The function-word languages are written in Latin letters, and
	// Russian in Cyrillic: in a paragraph mostly of another script a
	// Latin word (ProSafe in Hebrew) says nothing of the language. The
	// letters are counted where the function words are.
	if major := majorScript(s[start:min(end, start+maxGuessParagraph)]); major != scriptLatin && major != scriptCyrillic ||
		major == scriptCyrillic && g.lang != "ru" || major == scriptLatin && g.lang == "ru" {
		g.lang, g.leadingTo = "", ""
	}
	return g
}

// majorScript returns the script of most letters of s (Latin when none).
func majorScript(s string) script {
	var count [scriptIndic + 1]int
	if isASCII(s) {
		return scriptLatin
	}
	for _, r := range s {
		sc := scriptOf(r)
		if sc >= scriptIndic {
			sc = scriptIndic
		}
		count[sc]++
	}
	best := scriptLatin
	for sc := scriptLatin; sc <= scriptIndic; sc++ {
		if count[sc] > count[best] {
			best = sc
		}
	}
	return best
}

// maxGuessParagraph bounds the paragraph whose language a join decision
// takes; in a longer one, the line's. A segment is cut at a paragraph
// break when it can, so that a paragraph this long lies in one segment
// whatever spaces the rules add, and a second Clean guesses the same.
const maxGuessParagraph = 2 * guessBytes

// lineAround returns the line holding byte i, without its line break.
func lineAround(s string, i int) (start, end int) {
	i = min(i, len(s))
	start = strings.LastIndexByte(s[:i], '\n') + 1
	end = len(s)
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		end = i + k
	}
	return start, end
}

// paragraphAround returns the paragraph holding byte i: the text between
// blank lines (lines of white space only).
func paragraphAround(s string, i int) (start, end int) {
	i = min(i, len(s))
	start = i
	for start > 0 {
		k := strings.LastIndexByte(s[:start], '\n')
		if k < 0 {
			start = 0
			break
		}
		if prev := strings.LastIndexByte(s[:k], '\n'); blankLine(s[prev+1 : k]) {
			start = k + 1
			break
		}
		start = k
	}
	end = i
	for end < len(s) {
		k := strings.IndexByte(s[end:], '\n')
		if k < 0 {
			end = len(s)
			break
		}
		k += end
		next := strings.IndexByte(s[k+1:], '\n')
		if next >= 0 && blankLine(s[k+1:k+1+next]) {
			end = k
			break
		}
		end = k + 1
	}
	return start, end
}

func blankLine(line string) bool {
	for k := 0; k < len(line); k++ {
		if !isSpaceByte(line[k]) {
			return false
		}
	}
	return true
}

// maxApartSearches bounds usedApart per rule call: each search reads the
// whole segment.
const maxApartSearches = 8

// usedApart reports whether the text s uses l and r as words of their own
// while the glued word lr appears in it only once.
func (p *joinPass) usedApart(s, l, r, lr string) bool {
	if p.apartAsked >= maxApartSearches || p.dry {
		return false
	}
	p.apartAsked++
	return countWord(s, lr) == 1 && countWord(s, l) > 0 && countWord(s, r) > 0
}

// countWord counts the places where w stands in s as a word: with no
// letter or digit right before or after it.
func countWord(s, w string) int {
	n := 0
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return n
		}
		at := i + k
		before, _ := runeBefore(s, at)
		after, _ := runeAt(s, at+len(w))
		if !isLetterOrDigit(before) && !isLetterOrDigit(after) {
			n++
		}
		i = at + len(w)
	}
}

// inProse reports whether the token around byte i of s is prose, not a
// URL, path, identifier or the like (isNotProse).
func (p *joinPass) inProse(s string, i int) bool {
	return !p.notProse.judge(s, i, tokenAround, isNotProse)
}

// tailSplit is functionWordTail without a language: where the lexicon
// rule may cut a function word off the end of w, or 0.
func tailSplit(w string) int {
	if len(w) < 7 || !maybeFunctionTail(w) {
		return 0
	}
	for k, at := 0, len(w); k < 4 && at > 0; k++ {
		_, n := utf8.DecodeLastRuneInString(w[:at])
		at -= n
		if k >= 2 && functionAny[w[at:]] != 0 && utf8.RuneCountInString(w[:at]) >= 4 &&
			(hasWordEnding(w[:at]) || hasSuffix(w[:at], "te") && germanArticles[w[at:]]) {
			return at
		}
	}
	return 0
}

// caseBefore is the case of the letter before byte i, skipping marks.
func caseBefore(s string, i int) letterCase {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !isMark(r) {
			return caseOfRune(r)
		}
		i -= n
	}
	return caseNone
}

// tokenAround returns the white-space delimited token around byte i.
func tokenAround(s string, i int) (start, end int) {
	start = tokenStart(s, i)
	end = i
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if isTokenSpace(r) {
			break
		}
		end += n
	}
	return start, end
}

// tokenStart is tokenAround's start alone: at a token's start it reads
// one rune, where tokenAround reads the whole token.
func tokenStart(s string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if isTokenSpace(r) {
			break
		}
		i -= n
	}
	return i
}

func isTokenSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= 0x80 && unicode.IsSpace(r)
}

// isNotProse reports tokens whose inner capitals and scripts are not
// prose: URLs, e-mail addresses, handles, hashtags, file names, paths and
// code (getX(), a_b, x->y, a::b, key=value).
func isNotProse(tok string) bool { return isNotProseToken(tok, false) }

// isNotProseToken is isNotProse; with dateSlash, a slash between digits
// (9/11, 24/24h) is prose.
func isNotProseToken(tok string, dateSlash bool) bool {
	for k := 0; k < len(tok); k++ {
		switch tok[k] {
		case '/':
			if !dateSlash || k == 0 || k+1 == len(tok) || !isDigitByte(tok[k-1]) || !isDigitByte(tok[k+1]) {
				return true
			}
		case '@', '#', '_', '\\', '=', '<', '>', '{', '}', '$', '`', '|', '~', '^':
			return true
		case '(':
			if k+1 < len(tok) && tok[k+1] == ')' {
				return true
			}
		case ':':
			if k+1 < len(tok) && tok[k+1] == ':' {
				return true
			}
		case '-':
			if k+1 < len(tok) && tok[k+1] == '>' {
				return true
			}
		case '.':
			// a.b with letters on both sides: domain, file name, member access.
			if k > 0 && k+1 < len(tok) && isASCIILetter(tok[k-1]) && isASCIILetter(tok[k+1]) {
				return true
			}
		}
	}
	return false
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// maxCuts bounds the case changes looked at in one run of letters; a
// longer run is not a glued phrase but data (base64, a hash), left alone.
const maxCuts = 24

// A span is a protected or known name found inside a run of letters.
type span struct {
	start, end int
	name       bool // from the names list, not the protected list
}

// letterRun is one run of letters of a single cased script inside a token,
// with the candidate boundaries found in it. Offsets are into the segment.
type letterRun struct {
	s          string
	start, end int
	tokEnd     int // the end of the token holding the run
	// spaceBefore and spaceAfter say that a space stands, or a cut was
	// taken, before and after the run; digitAfter that a digit follows.
	spaceBefore, spaceAfter, digitAfter bool
	// The cuts and spans live in arrays, not slices of a caller's
	// buffers, so that a run stays on the stack.
	cutArr  [maxCuts]int
	nc      int
	spanArr [maxCuts]span
	ns      int
}

func (run *letterRun) cuts() []int   { return run.cutArr[:run.nc] }
func (run *letterRun) spans() []span { return run.spanArr[:run.ns] }

func (run *letterRun) pushCut(c int) bool {
	if run.nc == maxCuts {
		return false
	}
	run.cutArr[run.nc] = c
	run.nc++
	return true
}

func (run *letterRun) pushSpan(sp span) {
	if run.ns < maxCuts {
		run.spanArr[run.ns] = sp
		run.ns++
	}
}

// caseToken looks at one token that has a change of case in it.
func (p *joinPass) caseToken(s string, ts, te int, out *changes) {
	if isNotProse(s[ts:te]) {
		return
	}
	p.at = ts
	// Walk the runs of letters of one script.
	for i := ts; i < te; {
		r, n := utf8.DecodeRuneInString(s[i:])
		sc := scriptOf(r)
		if sc == scriptNone {
			i += n
			continue
		}
		j := i + n
		for j < te {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if scriptOf(r2) != sc && !isMark(r2) {
				break
			}
			j += n2
		}
		if sc.cased() && !digitBefore(s, i) {
			run := letterRun{s: s, start: i, end: j, tokEnd: te, digitAfter: digitAt(s, j)}
			p.runsLeft = maxRuns
			p.splitRun(&run, out)
		}
		i = j
	}
}

// digitBeside reports a digit touching the run s[i:j]: versions, models and
// formulas (ChatGPT2, Llama3, H2O, CaCO3) keep their capitals.
func digitBeside(s string, i, j int) bool { return digitBefore(s, i) || digitAt(s, j) }

func digitBefore(s string, i int) bool { r, _ := runeBefore(s, i); return unicode.IsDigit(r) }

func digitAt(s string, i int) bool { r, _ := runeAt(s, i); return unicode.IsDigit(r) }

// maxRuns bounds the runs one token's decisions look at, parts included.
const maxRuns = 2 * maxCuts

// splitRun decides the candidate boundaries of one run of letters. The
// decisions are made as a second Clean would see them: once a cut is
// taken, the part before it and the rest after it are decided again, each
// as a run of its own between spaces, so that a cut never makes a new one
// on the next Clean.
func (p *joinPass) splitRun(run *letterRun, out *changes) {
	if p.runsLeft <= 0 {
		return // a bound on the re-decisions of one rule call
	}
	p.runsLeft--
	if !run.findCuts() {
		return
	}
	p.findSpans(run)
	run.dropProtectedCuts()
	if len(run.cuts()) == 0 {
		return
	}
	chain := run.isMenuChain()
	// A lowercase start with two more humps and no name in it is a
	// camelCase identifier (getElementById, maxRetryCount), unless its
	// humps are menu words after a function word (Sign inSubscribeNewsletters).
	if !chain && run.isIdentifier() {
		return
	}
	if at := p.prefixedAcronymCut(run); at > 0 {
		if !p.dry && !p.boilerplate(run.s) {
			out.insert(at, " ")
		}
		return
	}
	if chain {
		if p.dry {
			return // menu words: no weak evidence
		}
		p.weak = false
		if !menuWords(run.s[run.start:run.end]) && p.boilerplate(run.s) {
			return
		}
		for _, c := range run.cuts() {
			out.insert(c, " ") // each part a word: nothing left to cut
		}
		return
	}
	for k, c := range run.cuts() {
		next := run.end
		if k+1 < len(run.cuts()) {
			next = run.cuts()[k+1]
		}
		rEnd := next
		rSpan, rIsSpan := run.spanAt(c)
		if rIsSpan {
			rEnd = rSpan.end
		}
		ok, head := p.decideCut(run, run.start, c, rEnd, rIsSpan)
		if !ok {
			continue
		}
		if p.dry {
			p.dryCut = p.weak
			return
		}
		if !menuWords(run.s[run.start:run.end]) && p.boilerplate(run.s) {
			return
		}
		left := run.piece(run.start, c)
		if head > run.start {
			left.end = head
			out.insert(head, " ")
		}
		if k > 0 {
			p.splitRun(&left, out) // its humps now end at a space
		}
		out.insert(c, " ")
		rest := run.piece(c, run.end)
		p.splitRun(&rest, out)
		return
	}
}

// startsSentence reports a run at the start of the text, a line or a
// sentence, perhaps after an opening quote or bracket: where an article is
// capitalized (LaFrance a signé), unlike a name prefix inside a sentence
// (née Margaret LaVelle).
func (run *letterRun) startsSentence() bool {
	s := run.s
	i := run.start
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case r == '\n' || r == '.' || r == '!' || r == '?' || r == ':':
			return true
		case r == ' ' || r == '"' || r == '(' || r == '«' || r == '„' || r == '“' || r == '¿' || r == '¡' || r == '-':
			i -= n
		default:
			return false
		}
	}
	return true
}

// isIdentifier reports a camelCase identifier: ASCII with a lowercase
// start and two more humps, no name in it, and the marks of code: a first
// part that starts identifiers (getElementById, isEmptyState), a hump that
// ends them (maxRetryCount, userNameField), or a first part too short for
// a word. Two humps after a word are a word glued to a name with an inner
// capital (bei|RiverLoop).
func (run *letterRun) isIdentifier() bool {
	s := run.s
	if len(run.cuts()) < 2 || len(run.spans()) > 0 || !isASCII(s[run.start:run.end]) || caseAt(s, run.start) != caseLower {
		return false
	}
	first := s[run.start:run.cuts()[0]]
	if codePrefixes[first] || len(first) <= 3 {
		return true
	}
	for k, c := range run.cuts() {
		end := run.end
		if k+1 < len(run.cuts()) {
			end = run.cuts()[k+1]
		}
		if codeWords[s[c:end]] {
			return true
		}
	}
	return false
}

// endsInAcronymPrefix reports a lowercase word that is or ends in a prefix
// that stays glued to an acronym (anti|VHC, des anti|VHE).
func endsInAcronymPrefix(w string) bool {
	if acronymPrefixes[w] {
		return true
	}
	for _, pre := range []string{"anti", "post", "multi", "mini", "micro", "semi", "super", "ultra", "inter", "pseudo"} {
		if hasSuffix(w, pre) {
			return true
		}
	}
	return false
}

// piece is the part start..end of the run as a run of its own, with a
// space before and after it where a cut is or the run had one.
func (run *letterRun) piece(start, end int) letterRun {
	return letterRun{
		s: run.s, start: start, end: end, tokEnd: run.tokEnd, digitAfter: run.digitAfter && end == run.end,
		spaceBefore: start > run.start || run.spaceBefore,
		spaceAfter:  end < run.end || run.spaceAfter,
	}
}

// prefixedAcronymCut returns where a word glued to an acronym with a
// lowercase prefix (iPS, eID, xAI) ends, when the text uses that word
// apart and not with the letter: dowodach|eID beside "o dowodach
// osobistych", not dowodache|ID; else 0.
// Without that evidence the cut before the capitals is left to decideCut.
func (p *joinPass) prefixedAcronymCut(run *letterRun) int {
	s := run.s
	if len(run.cuts()) != 1 || len(run.spans()) > 0 {
		return 0
	}
	c := run.cuts()[0]
	if c-run.start < 4 || shapeOf(s[c:run.end]) != shapeUpper || utf8.RuneCountInString(s[c:run.end]) < 2 {
		return 0
	}
	switch s[c-1] {
	case 'i', 'e', 'x':
	default:
		return 0
	}
	head, whole := s[run.start:c-1], s[run.start:c]
	if shapeOf(head) != shapeLower || utf8.RuneCountInString(head) < 4 || p.isFunctionWord(whole, true) ||
		p.apartAsked >= maxApartSearches || p.dry {
		return 0
	}
	p.apartAsked++
	// The head stands apart and the word with the letter does not:
	// eine|USB beside "eine Katze" keeps its e.
	if countWord(s, head) == 0 || countWord(s, whole) > 0 {
		return 0
	}
	return c - 1
}

// dateAfter reports a month name w that ends the run before a day's
// number: a capitalized word (on|May 25), not the function word that is
// spelled so.
func (run *letterRun) dateAfter(w string) bool {
	return isMonthName(w) && run.wordAfter() >= '0' && run.wordAfter() <= '9'
}

// acronymGoesOn reports capitals on both sides of byte e, the second not
// starting a capitalized word: a protected word that ends there is the
// head of an acronym (profesorem|AGH holds no mA), not a brand glued to
// what follows (OpenAI|Vergleich).
func acronymGoesOn(s string, e int) bool {
	if caseBefore(s, e) != caseUpper || caseAt(s, e) != caseUpper {
		return false
	}
	_, n := runeAt(s, e)
	return caseAt(s, e+n) != caseLower
}

// wordAfter returns the first letter of the word after the space that
// follows the run, or 0 when no space and word follow.
func (run *letterRun) wordAfter() rune {
	s := run.s
	if run.end < run.tokEnd {
		if !run.spaceAfter {
			return 0
		}
		r, _ := runeAt(s, run.end) // the rest of the token, after a cut
		return r
	}
	if run.end >= len(s) || s[run.end] != ' ' {
		return 0
	}
	r, _ := runeAt(s, run.end+1)
	return r
}

// findCuts lists the case boundaries of the run: lower to upper
// (seit|Chat), and before the last capital of an acronym that starts a
// word (KI|Vergleich). It reports false for runs too long to be glued words.
func (run *letterRun) findCuts() bool {
	s := run.s
	prev, uppers, lastUpper := caseNone, 0, 0
	for i := run.start; i < run.end; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isMark(r) {
			i += n
			continue
		}
		cls := caseOfRune(r)
		cut := -1
		switch {
		case cls == caseUpper && prev == caseLower && !noWordStarts(r):
			cut = i
		case cls == caseLower && uppers >= 2:
			cut = lastUpper
		}
		if cut > run.start {
			if !run.pushCut(cut) {
				return false
			}
		}
		if cls == caseUpper {
			uppers++
			lastUpper = i
		} else {
			uppers = 0
		}
		prev = cls
		i += n
	}
	return true
}

// noWordStarts reports capitals that start no word, typed for emphasis
// inside one (полЬзователь): the Cyrillic hard and soft signs and ы.
func noWordStarts(r rune) bool { return r == 'Ь' || r == 'Ъ' || r == 'Ы' }

// findSpans finds, at the start of the run and at each boundary, the
// longest protected word or known name beginning there.
func (p *joinPass) findSpans(run *letterRun) {
	s := run.s
	maxLen := max(maxProtected, p.c.cfg.maxProtected)
	covered := run.start
	for k := -1; k < len(run.cuts()); k++ {
		from := run.start
		if k >= 0 {
			from = run.cuts()[k]
			// A brand with a lowercase prefix (aniPhone, dereBay, neuesmacOS)
			// starts up to five lowercase letters before the capital.
			for back, b := 0, from; back < 5 && b > covered; back++ {
				r, n := utf8.DecodeLastRuneInString(s[:b])
				if caseOfRune(r) != caseLower {
					break
				}
				b -= n
				if e := p.protectedFrom(s, b, run.end, maxLen); e > from && (e == run.end || caseAt(s, e) != caseLower) && !acronymGoesOn(s, e) {
					run.pushSpan(span{start: b, end: e})
					covered = e
					break
				}
			}
		}
		if from < covered {
			continue
		}
		best := span{start: -1}
		if e := p.protectedFrom(s, from, run.end, maxLen); e > 0 {
			best = span{start: from, end: e}
		}
		for e := from + 1; e <= run.end && e-from <= maxLen; e++ {
			if e < run.end && (!utf8.RuneStart(s[e]) || caseAt(s, e) == caseLower) {
				continue // a name ends where the hump does
			}
			if n := e - from; n < 64 && nameLens[s[from]]&(1<<n) == 0 {
				continue
			}
			if e > best.end && knownNames[s[from:e]] {
				best = span{start: from, end: e, name: true}
			}
		}
		if best.start >= 0 {
			run.pushSpan(best)
			covered = best.end
			// Protected words glued to each other (GBGBGB, PayPaleBay):
			// each ends where the next begins, with no case change
			// between them to make a cut. Finding them all now cuts the
			// run in one pass, as a second Clean would.
			for covered < run.end {
				e := p.protectedFrom(s, covered, run.end, maxLen)
				if e <= covered {
					break
				}
				run.pushSpan(span{start: covered, end: e})
				covered = e
			}
		}
	}
}

// protectedFrom returns the end of the longest protected word starting at
// from, or -1. A protected word may take a suffix (iPhones, YouTuber), but
// a short one (the symbol Ca) must end the hump.
func (p *joinPass) protectedFrom(s string, from, end, maxLen int) int {
	best := -1
	lens := protectedLens[s[from]]
	if p.c.cfg.protected != nil {
		lens = ^uint64(0) // the caller's words are not in the table
	}
	for e := from + 1; e <= end && e-from <= maxLen; e++ {
		if n := e - from; n < 64 && lens&(1<<n) == 0 {
			continue
		}
		if e < end && (!utf8.RuneStart(s[e]) || caseAt(s, e) == caseLower && e-from < 4) {
			continue // a short protected word must end the hump (kW, not kWirtschaft)
		}
		if p.c.isProtected(s[from:e]) {
			best = e
		}
	}
	return best
}

// dropProtectedCuts removes the boundaries inside protected words and adds
// the ends of protected words as boundaries (ChatGPT|ist).
func (run *letterRun) dropProtectedCuts() {
	n := 0
	for _, c := range run.cuts() {
		inside := false
		for _, sp := range run.spans() {
			if sp.start < c && c < sp.end {
				inside = true
				break
			}
		}
		if !inside {
			run.cutArr[n] = c
			n++
		}
	}
	run.nc = n
	for _, sp := range run.spans() {
		if sp.start > run.start {
			run.addCut(sp.start) // an|iPhone
		}
		if sp.end < run.end {
			run.addCut(sp.end)
		}
	}
}

// addCut inserts c into the sorted cuts unless it is there.
func (run *letterRun) addCut(c int) {
	cuts := run.cuts()
	at := len(cuts)
	for at > 0 && cuts[at-1] >= c {
		at--
	}
	if at < len(cuts) && cuts[at] == c || !run.pushCut(0) {
		return
	}
	cuts = run.cuts()
	copy(cuts[at+1:], cuts[at:])
	cuts[at] = c
}

func (run *letterRun) spanAt(at int) (span, bool) {
	for _, sp := range run.spans() {
		if sp.start == at {
			return sp, true
		}
	}
	return span{}, false
}

// spanEndingAt reports a span from..at, and whether it is a known name
// rather than a protected word.
func (run *letterRun) spanEndingAt(from, at int) (found, name bool) {
	for _, sp := range run.spans() {
		if sp.start == from && sp.end == at {
			return true, sp.name
		}
	}
	return false, false
}

// isMenuChain reports capitalized words glued together as navigation
// that lost its separators (StartseiteNachrichtenPolitik,
// HomeNewsSportWeather, Über unsKontaktImpressum): three or more parts of
// five letters or more, or parts of three letters or more of which at
// least half are menu words (data/navigation.txt), and two parts only when
// both are. A function word may lead the chain (uns|Kontakt). Names with
// such humps are protected.
func (run *letterRun) isMenuChain() bool {
	if len(run.cuts()) < 1 || len(run.spans()) > 0 {
		return false
	}
	parts, long, menu := 0, 0, 0
	led := false // by a lowercase function word
	from := run.start
	for k := 0; k <= len(run.cuts()); k++ {
		to := run.end
		if k < len(run.cuts()) {
			to = run.cuts()[k]
		}
		w := run.s[from:to]
		from = to
		if k == 0 && shapeOf(w) == shapeLower && functionAny[w] != 0 {
			led = true
			continue // Über uns|Kontakt, Sign in|Subscribe
		}
		n := utf8.RuneCountInString(w)
		if shapeOf(w) != shapeCapital || n < 3 {
			return false
		}
		// A German linking s (Wirtschafts|Kompass) makes a compound
		// name, not two menu items.
		if to < run.end && hasLinkingS(w) {
			return false
		}
		parts++
		if n >= 5 {
			long++
		}
		if navigationWords[w] {
			menu++
		}
	}
	switch {
	case parts >= 3 && led:
		return 2*menu >= parts // a lowercase start looks like code: menu words decide
	case parts >= 3:
		// A given name starts a person's name glued to what follows
		// (AnnaSchmidtRedaktion), decided part by part.
		return long == parts && !givenNames[run.s[run.start:run.cuts()[0]]] || 2*menu >= parts
	case parts == 2:
		return menu == 2
	}
	return false
}

// decideCut weighs the evidence for a space at c, between the left part
// s[lStart:c] and the right part s[c:rEnd]. head > lStart asks for a
// second space there, before a function word glued to the left word
// (Berichterstattung|der|Zeitung). Each rule below is one kind of
// evidence; the first that speaks decides.
func (p *joinPass) decideCut(run *letterRun, lStart, c, rEnd int, rIsSpan bool) (ok bool, head int) {
	s := run.s
	p.weak = false
	L, R := s[lStart:c], s[c:rEnd]
	lShape, rShape := shapeOf(L), shapeOf(R)
	lLen, rLen := utf8.RuneCountInString(L), utf8.RuneCountInString(R)
	sc := scriptOf(firstRune(L))
	atRunEnd := rEnd == run.end
	pt := parts{L: L, R: R, lShape: lShape, rShape: rShape, lLen: lLen, rLen: rLen, sc: sc, atRunEnd: atRunEnd, rIsSpan: rIsSpan}

	// Before a digit only a word glued to an acronym is cut (un|MP3,
	// la|CO2); versions and models keep their capitals (ChatGPT2, Llama3).
	if run.digitAfter && atRunEnd {
		return p.wordBeforeAcronym(pt), -1
	}
	// Name prefixes: McDonald, MacArthur, DiCaprio, LeBron, VanDyke; but
	// an article of the text's language that starts a sentence before a
	// long word is an article (La|France a signé), while inside one it
	// starts a name (née Margaret LaVelle). Famous names are protected.
	if lShape == shapeCapital && namePrefixes[L] && rShape != shapeUpper && !(rLen >= 4 && p.inTextLanguage(L) && run.startsSentence()) {
		return false, -1
	}
	// A given name before a surname with a name prefix, which the prefix
	// alone is too short to show: Terry|McDonagh, Margaret|LaSalle.
	if lShape == shapeCapital && givenNames[L] && namePrefixes[R] && !atRunEnd && caseAt(s, rEnd) == caseUpper {
		return true, -1
	}
	// German gender forms: LehrerInnen, BürgerInnen.
	if R == "Innen" {
		return false, -1
	}
	// A function word before a capitalized one that starts a name or a
	// title: with|The Guardian, par|Le Monde, in|Den Haag.
	if lShape == shapeLower && lLen >= 2 && rShape == shapeCapital && atRunEnd &&
		p.isFunctionWord(L, false) && p.isFunctionWord(R, true) && unicode.IsUpper(run.wordAfter()) {
		return true, -1
	}
	if R == "In" || rShape == shapeCapital && rLen <= 3 && atRunEnd && p.isFunctionWord(R, true) &&
		(rLen > 1 || scriptOf(firstRune(R)) != scriptLatin) && !run.dateAfter(R) {
		return p.shortWordAtEnd(run, L, R, lShape, lLen, sc), -1
	}
	rWord := rIsSpan || rShape == shapeCapital && rLen >= 3 || rShape == shapeUpper && rLen >= 2
	lSpan, lName := run.spanEndingAt(lStart, c)

	// A function word glued to what follows: mitEmmanuel, desStatistischen.
	if rWord && p.functionWordBefore(L, lShape, lLen, sc, rIsSpan, rShape, rLen) {
		return true, -1
	}
	// Before a brand with a lowercase prefix only a function word is
	// evidence (an|iPhone, das|eBay): any word could end in that letter.
	if caseAt(s, c) == caseLower && rIsSpan {
		return false, -1
	}
	if lSpan {
		return p.afterName(run, c, pt, lName), -1
	}
	if rShape == shapeLower {
		return false, -1
	}
	// A name starts at c after a plain word: könne|OpenAI, compró|Twitter.
	if rIsSpan {
		switch {
		case lShape == shapeLower && lLen >= 3 && (!isASCII(L) || !codePrefixes[L]):
			return true, -1
		case lShape == shapeCapital && lLen >= 4:
			return true, -1
		case lShape == shapeUpper && lLen >= 2:
			return true, -1
		}
	}
	// The evidence from here to the lexicon's is the shape of the parts
	// alone: weak where another word of the paragraph is glued too.
	p.weak = true
	if atRunEnd && rShape == shapeUpper {
		return p.wordBeforeAcronym(pt), -1
	}
	if lShape == shapeUpper && rShape == shapeCapital {
		return p.acronymBeforeWord(pt), -1
	}
	// A title's abbreviation after a word: visited|Dr. Weber, mit|Prof. Lang.
	if lShape == shapeLower && lLen >= 3 && atRunEnd && titleAbbreviations[R] && rEnd < len(s) && s[rEnd] == '.' {
		return true, -1
	}
	if lShape == shapeLower && rShape == shapeCapital && p.lowerBeforeCapital(pt) {
		return true, -1
	}
	if lShape == shapeCapital && rShape == shapeCapital && (p.capitalBeforeCapital(pt) || p.firstWordGlued(run, lStart, pt)) {
		return true, -1
	}
	p.weak = false
	// A function word between a word and a capitalized one:
	// Berichterstattung|der|Zeitung.
	if rWord && (lShape == shapeCapital || lShape == shapeLower) {
		if h := p.functionWordTail(L); h > 0 {
			return true, lStart + h
		}
	}
	// Two capitalized words that the lexicon knows apart but not together:
	// Nachrichten|Politik.
	if lex := p.c.cfg.lexicon; lex != nil && lShape == shapeCapital && rShape == shapeCapital && lLen >= 3 && rLen >= 3 {
		whole := lex.Count(s[lStart:rEnd])
		if cl, cr := lex.Count(L), lex.Count(R); cl > 0 && cr > 0 && whole*3 <= min(cl, cr) {
			return true, -1
		}
	}
	// Two capitalized words that the text itself uses apart, while the
	// glued form stands only here: a page with "Politik" and "Nachrichten"
	// and one NachrichtenPolitik. A name used with its inner capital is
	// usually used more than once, or its parts are not words of the text.
	if lShape == shapeCapital && rShape == shapeCapital && lLen >= 4 && rLen >= 4 && p.usedApart(s, L, R, s[lStart:rEnd]) {
		return true, -1
	}
	return false, -1
}

// parts is what the case rules know about the two sides of a cut.
type parts struct {
	L, R           string
	lShape, rShape wordShape
	lLen, rLen     int // in letters
	sc             script
	atRunEnd       bool // R ends the run of letters
	rIsSpan        bool // R is a protected word or a known name
}

// afterName decides a cut after a protected word or known name that ends
// at c: OpenAI|Vergleichbar, ChatGPT|ist, ChatGPT|bereits. A name from
// the names list before a capital is the start of a longer name (LinuxTag,
// OutlookBarGroup): names mark where a glued word ends, not where one
// starts.
func (p *joinPass) afterName(run *letterRun, c int, pt parts, name bool) bool {
	switch {
	case pt.rIsSpan:
		return true
	case name && pt.rShape == shapeCapital:
		return languageNames[pt.L] || givenNames[pt.L] && pt.rLen >= 3 || p.capitalBeforeCapital(pt)
	case name && pt.rShape == shapeUpper:
		return pt.atRunEnd && p.wordBeforeAcronym(pt) // Yandex|GPT is one name
	case pt.rShape == shapeCapital && pt.rLen >= 3 || pt.rShape == shapeUpper && pt.rLen >= 2:
		return true
	case pt.rShape == shapeLower && pt.rLen >= 3 && p.isFunctionWord(pt.R, true):
		return true
	}
	// After a name that ends in a capital, lowercase letters start a new
	// word (ChatGPT|bereits), unless they are a suffix that makes a word
	// of the name (AfDler, SPDlerin).
	return pt.rShape == shapeLower && pt.rLen >= 4 && caseBefore(run.s, c) == caseUpper && !hasNameSuffix(pt.R)
}

// wordBeforeAcronym decides an acronym that ends the run after a word:
// agenzia|AGI, neuen|TV's, Die|USA, Mitsubishi|MAC, un|MP3, Enrico|VIII.
// Kept: units and names with a short lowercase head (mRNA, kWh, iOS,
// watchOS), prefixes (antiVHC), code (getURL), and products named after a
// brand with an acronym suffix (YandexGPT, FaceID).
func (p *joinPass) wordBeforeAcronym(pt parts) bool {
	if pt.rShape != shapeUpper || pt.rLen < 2 {
		return false
	}
	switch pt.lShape {
	case shapeLower:
		if pt.lLen < 2 || endsInAcronymPrefix(pt.L) {
			return false
		}
		if codePrefixes[pt.L] || pt.lLen == 2 {
			return p.inTextLanguage(pt.L) // on|BBC, la|CO2; but getURL
		}
		return true
	case shapeCapital:
		if isRomanNumeral(pt.R) {
			return pt.lLen >= 2
		}
		if p.inTextLanguage(pt.L) {
			return true // Die|USA, El|MAS, The|IIP
		}
		// Two capitals after a short word are often part of the name
		// (ServiceMA, FansFC); after a long one they are not (Athletic|FC).
		return (pt.rLen >= 3 && pt.lLen >= 4 || pt.lLen >= 5) && !acronymSuffixes[pt.R] && !namePrefixes[pt.L]
	}
	return false
}

// acronymBeforeWord decides the last capital of an acronym before a
// lowercase letter: KI|Vergleich, CDU|Spitze. The acronym must be short
// and the word long and plain, or the cut is one letter early in a word
// or name that starts with capitals: IRCops, BSDdaemon, XVIIème, SHInee,
// CCTalk, TELEKOMpatibel, ΝΑΤΟϊκοί, HTMHương.
func (p *joinPass) acronymBeforeWord(pt parts) bool {
	if pt.lLen < 2 || pt.lLen > 5 || pt.rLen < 5 || pt.sc != scriptLatin || !isASCII(pt.L+pt.R) {
		return false
	}
	if p.language() == "vi" {
		return false // initials glued to a given name: NTThể, BMTâm
	}
	// A doubled first letter (BSD|Ddaemon) is no word start.
	r0, n := utf8.DecodeRuneInString(pt.R)
	r1, _ := utf8.DecodeRuneInString(pt.R[n:])
	return unicode.ToLower(r0) != r1
}

// lowerBeforeCapital decides a lowercase word glued to a capitalized one
// (said|Tuesday, rencontré|Angela, встретился|Путиным): a capital after a
// lowercase word starts a new word, unless the parts are code (userName,
// toString, httpClient) or the head is a single letter (iPhone, eBay,
// mAh) that is not a word of the text's language (w|Warszawie).
func (p *joinPass) lowerBeforeCapital(pt parts) bool {
	if pt.rLen < 2 || pt.lLen < 2 {
		return false
	}
	if !isASCII(pt.L + pt.R) {
		return true // letters beyond ASCII: not an identifier
	}
	if codeWords[pt.R] || codePrefixes[pt.L] && !p.inTextLanguage(pt.L) {
		return false
	}
	return pt.rLen >= 3 || p.isFunctionWord(pt.L, false)
}

// capitalBeforeCapital decides two capitalized words glued together. In
// Latin ASCII that is how brands and names are written (ProSafe, LinuxTag,
// ZopeCon, MasterCard, InmaCastillo), so it takes evidence: a given name
// before a surname (NelsonMandela) or letters beyond ASCII, which brands
// rarely have (TicaretBakanı, SanJosé, ΕυρωπαϊκήΈνωση).
func (p *joinPass) capitalBeforeCapital(pt parts) bool {
	if pt.lLen < 3 || pt.rLen < 3 {
		return false
	}
	if pt.sc != scriptLatin {
		return pt.rLen >= 3 // МегаФон is protected
	}
	if !isASCII(pt.L + pt.R) {
		return true
	}
	return givenNames[pt.L] || p.inflectedPair(pt)
}

// firstWordGlued reports a sentence's first word glued to the
// capitalized word after it, while the sentence goes on in lowercase:
// HighStreet shops are…, MariaSchmidt sagte…. The sentence makes its
// first word capitalized, so a lost space there always leaves two
// capitals, where a name coined with an inner capital stands no more
// often than anywhere else; a coined name is also one the text uses
// again, which a glued pair rarely is.
func (p *joinPass) firstWordGlued(run *letterRun, lStart int, pt parts) bool {
	if lStart != run.start || !pt.atRunEnd || pt.lLen < 4 || pt.rLen < 4 || codeWords[pt.R] ||
		!isASCII(pt.L+pt.R) || !run.startsSentence() || !unicode.IsLower(run.wordAfter()) {
		return false
	}
	return p.standsOnce(run.s, run.s[run.start:run.end])
}

// standsOnce reports whether the word w stands only once in the text s,
// within usedApart's bound on searches.
func (p *joinPass) standsOnce(s, w string) bool {
	if p.apartAsked >= maxApartSearches || p.dry {
		return false
	}
	p.apartAsked++
	return countWord(s, w) == 1
}

// inflectedPair reports two capitalized ASCII words glued where an ending
// says they are words of a sentence, which a coined name does not take: a
// participle before a noun (United|States, Unified|Modeling), in Polish
// an adjective's or noun's case ending (Europejskiego|Roku, Legii|Warszawa),
// in Turkish a plural or adjective suffix before a noun, a compound's
// possessive, case ending or plural after one (Bakanlar|Kurulu,
// Bilimsel|Devrim, Subay|Evleri, Kemal|Hocayi, Demir|Yollar), in Italian,
// Spanish and Portuguese an adjective after a noun (Banca|Centrale,
// Museo|Nacional), an adverb (Finalmente|Marta) or the agreement of two
// words that end alike (Casa|Bianca, Campos|Verdes, in Polish
// Anna|Kowalska), in French an adjective in -ique. Whatever the language:
// a word doubled (Bravo|Bravo), a weekday (Domenica|Bianchi), and in
// Vietnamese two syllables (Anh|Tuan, see vietSyllable).
func (p *joinPass) inflectedPair(pt parts) bool {
	L, R := pt.L, pt.R // ASCII: endsInAny ignores case
	lang := p.language()
	switch {
	case lang == "vi":
		return vietSyllable(L) && vietSyllable(R)
	case strings.EqualFold(L, R) || isWeekday(L) || isWeekday(R):
		return true
	}
	if pt.lLen < 4 || pt.rLen < 4 {
		return false
	}
	if pt.lLen >= 6 && endsInAny(L, "ed") && !endsInAny(L, "eed") {
		return true
	}
	switch lang {
	case "pl":
		return pt.lLen >= 5 && endsInAny(L, "ego", "ej", "ii", "ych", "ich", "ymi", "ami", "owi") || endAlike(L, R, "a")
	case "tr":
		return endsInAny(L, "lar", "ler", "sel", "sal", "li") || endsInAny(R, "i", "u", "lar", "ler")
	case "it":
		return pt.rLen >= 6 && endsInAny(R, "ale", "ali", "ico", "ica", "ici", "iche", "ese") ||
			pt.lLen >= 7 && endsInAny(L, "mente") || endAlike(L, R, "a", "o", "i")
	case "es", "pt":
		return pt.rLen >= 6 && endsInAny(R, "al", "ales", "ico", "ica", "icos", "icas", "ense") ||
			pt.lLen >= 7 && endsInAny(L, "mente") || endAlike(L, R, "a", "o") || pluralPair(L, R)
	case "fr":
		return pt.lLen >= 6 && endsInAny(L, "ique", "aise")
	}
	return false
}

// endAlike reports two words that both end in one of the endings, as a
// noun and its adjective agree: Casa|Bianca, Strada|Nuova.
func endAlike(l, r string, endings ...string) bool {
	for _, e := range endings {
		if endsInAny(l, e) && endsInAny(r, e) {
			return true
		}
	}
	return false
}

// pluralPair reports two words in the Spanish or Portuguese plural, as a
// noun and its adjective agree: Campos|Verdes, Lagos|Azules.
func pluralPair(l, r string) bool {
	return endsInAny(l, "as", "os", "es") && endsInAny(r, "as", "os", "es")
}

// isWeekday reports a weekday name, in any case.
func isWeekday(w string) bool {
	var buf [48]byte
	lw, ok := lowerInto(buf[:0], w)
	return ok && weekdaySet[string(lw)]
}

var weekdaySet = func() map[string]bool {
	m := make(map[string]bool, len(weekdays))
	for _, d := range weekdays {
		m[d] = true
	}
	return m
}()

// vietSyllable reports an ASCII word that is one Vietnamese syllable
// written without its tone marks: an initial consonant, one group of
// vowels and a final consonant of the language (Anh, Tuan, Long, Hoa). A
// brand's part is rarely one (Vin|Fast, Viet|Jet, Zalo|Pay).
func vietSyllable(w string) bool {
	lw := strings.ToLower(w)
	for _, in := range vietInitials {
		if rest, ok := strings.CutPrefix(lw, in); ok && vietRhyme(rest) {
			return true
		}
	}
	return vietRhyme(lw)
}

// vietRhyme reports one to three vowels and a final consonant or none.
func vietRhyme(w string) bool {
	v := 0
	for v < len(w) && strings.IndexByte("aeiouy", w[v]) >= 0 {
		v++
	}
	if v == 0 || v > 3 {
		return false
	}
	switch w[v:] {
	case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
		return true
	}
	return false
}

// vietInitials are the initial consonants of Vietnamese syllables in
// ASCII, longest first.
var vietInitials = strings.Fields("ngh ch gh gi kh ng nh ph qu th tr b c d g h k l m n p r s t v x")

// titleAbbreviations are the abbreviated titles that stand before a name
// with their period.
var titleAbbreviations = wordSet("Dr Mr Mrs Ms Prof Dott Sig Hr St")

// endsInAny reports whether w ends in one of the endings, in any case.
func endsInAny(w string, endings ...string) bool {
	for _, e := range endings {
		if len(w) >= len(e) && strings.EqualFold(w[len(w)-len(e):], e) {
			return true
		}
	}
	return false
}

// inTextLanguage reports whether w, in any case, is a function word of the
// text's language, which must be known and have a list.
func (p *joinPass) inTextLanguage(w string) bool {
	lang := p.language()
	k := indexOf(functionLangs, string(lang))
	if k < 0 {
		return false
	}
	var buf [32]byte
	lw, ok := lowerInto(buf[:0], w)
	return ok && functionAny[string(lw)]&(1<<k) != 0
}

// isRomanNumeral reports regnal and ordinal numerals of two letters or
// more written with I, V and X up to XXXIX: Enrico VIII, Jean Paul II.
func isRomanNumeral(w string) bool {
	if len(w) < 2 {
		return false
	}
	i := 0
	for i < len(w) && i < 3 && w[i] == 'X' {
		i++
	}
	rest := w[i:]
	switch rest {
	case "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX":
		return true
	}
	return false
}

// shortWordAtEnd decides a short capitalized word at the end of a run,
// followed by a space: IntelligenzIn Bezug and заявилВ интервью are cut,
// the gender form MitarbeiterIn and the product PlugIn are not.
func (p *joinPass) shortWordAtEnd(run *letterRun, L, R string, lShape wordShape, lLen int, sc script) bool {
	if !unicode.IsLetter(run.wordAfter()) {
		return false
	}
	if !p.isFunctionWord(R, true) {
		return false
	}
	switch lShape {
	case shapeLower:
		if lLen < 3 {
			return false
		}
		if sc != scriptLatin {
			return true
		}
		// English phrasal nouns glue "In" for real: checkIn, signIn.
		return lLen >= 4 && p.language() != "en" && !phrasalIn[L]
	case shapeCapital:
		if R != "In" {
			return lLen >= 4 && p.language() != "en"
		}
		// Binnen-I joins a person noun; an abstract noun before "In"
		// means the preposition starts the next phrase.
		return lLen >= 5 && hasAbstractSuffix(L)
	}
	return false
}

// functionWordBefore reports whether L, the whole left part, is a function
// word that stands on its own before R.
func (p *joinPass) functionWordBefore(L string, lShape wordShape, lLen int, sc script, rIsSpan bool, rShape wordShape, rLen int) bool {
	switch lShape {
	case shapeLower:
		if !p.isFunctionWord(L, false) {
			return false
		}
		if lLen == 1 && sc == scriptLatin && !(singleLetterWords[L] && p.isFunctionWord(L, false) && p.language() != "") {
			return false // iPhone, eBay, xAI, mRNA; but Polish wWarszawie
		}
		if codePrefixes[L] {
			return rIsSpan // toString, isEmpty, onClick: but toGoogle
		}
		return true
	case shapeCapital:
		// Sentence-initial: DieTelekom, TheEthnologue, GliAlbergatori, but
		// not InDesign or WeChat (protected), nor a word of another
		// language (ProSafe in a Hebrew text).
		if lLen < 2 || !p.inTextLanguage(L) {
			return lLen >= 3 && rIsSpan && p.isFunctionWord(L, true)
		}
		return rIsSpan || rShape == shapeCapital && rLen >= 3 || rShape == shapeUpper && rLen >= 2
	}
	return false
}

// isFunctionWord reports whether w (in any case) is a function word of
// any listed language (anyLang), or else of the text's language when it
// is known; words of three letters or more count in any language.
func (p *joinPass) isFunctionWord(w string, anyLang bool) bool {
	var buf [32]byte
	lw, ok := lowerInto(buf[:0], w)
	if !ok {
		return false
	}
	mask := functionAny[string(lw)]
	if mask == 0 {
		return false
	}
	if anyLang {
		return true
	}
	lang := p.language()
	if lang == "" {
		return true
	}
	for i, l := range functionLangs {
		if l == string(lang) {
			return mask&(1<<i) != 0
		}
	}
	return true
}

// functionWordTail finds a function word of three or more letters at the
// end of w whose head is a word: by the lexicon, or without one only where
// it is certain (certainTail). It returns the head's length in bytes, or 0.
func (p *joinPass) functionWordTail(w string) int {
	lex := p.c.cfg.lexicon
	lang := string(p.language())
	for k, at := 0, len(w); k < 4 && at > 0; k++ {
		_, n := utf8.DecodeLastRuneInString(w[:at])
		at -= n
		if k < 2 {
			continue
		}
		head, tail := w[:at], w[at:]
		if utf8.RuneCountInString(head) < 4 {
			continue
		}
		if certainTail(lang, head, tail) {
			return at
		}
		if lex != nil && p.isFunctionWord(tail, false) && lex.Count(head) > 0 && lex.Count(w) == 0 {
			return at
		}
	}
	return 0
}

// lowerInto appends the lowercase of w to buf; ok is false when it does
// not fit, so that the caller never allocates.
func lowerInto(buf []byte, w string) ([]byte, bool) {
	for _, r := range w {
		r = unicode.ToLower(r)
		if len(buf)+utf8.RuneLen(r) > cap(buf) {
			return buf, false
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf, true
}

// wordShape is the case pattern of a part of a run.
type wordShape uint8

const (
	shapeMixed   wordShape = iota
	shapeLower             // nutzt
	shapeCapital           // Zeitung
	shapeUpper             // KI
)

func shapeOf(w string) wordShape {
	first, upper, lower := true, 0, 0
	capFirst := false
	for _, r := range w {
		if isMark(r) {
			continue
		}
		switch caseOfRune(r) {
		case caseUpper:
			if first {
				capFirst = true
			}
			upper++
		case caseLower:
			lower++
		default:
			return shapeMixed
		}
		first = false
	}
	switch {
	case upper == 0 && lower > 0:
		return shapeLower
	case capFirst && upper == 1:
		return shapeCapital // a single capital too: the Russian preposition В
	case lower == 0 && upper > 0:
		return shapeUpper
	}
	return shapeMixed
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func caseAt(s string, i int) letterCase {
	r, _ := runeAt(s, i)
	return caseOfRune(r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// namePrefixes start surnames and given names with an inner capital.
var namePrefixes = map[string]bool{
	"Mc": true, "Mac": true, "Di": true, "De": true, "Le": true, "La": true, "Du": true, "Da": true,
	"Van": true, "Von": true, "Del": true, "Della": true, "Fitz": true, "St": true,
	"Al": true, "El": true, "Ben": true, "Abu": true, "Lo": true, "Dos": true,
}

// singleLetterWords are the one-letter Latin prepositions that a glued
// capital may follow, in a text of their language: no brand starts with
// them and a capital (w Warszawie, z Polski, à Paris, y Juan).
var singleLetterWords = map[string]bool{
	"w": true, "z": true, "à": true, "y": true, // pl, fr, es
	"o": true, "a": true, "e": true, // pt, es, it: articles and conjunctions
	"v": true, "s": true, "k": true, "u": true, // cs, sk: prepositions
}

// codePrefixes are English function words that also start camelCase
// identifiers (toString, isEmpty, onClick, forEach): glued to a plain word
// they are code, so only a known name after them counts.
var codePrefixes = map[string]bool{
	"is": true, "has": true, "on": true, "to": true, "do": true, "does": true, "did": true, "for": true,
	"if": true, "as": true, "my": true, "no": true, "not": true, "get": true, "set": true, "can": true,
	"new": true, "all": true, "use": true, "add": true, "be": true, "was": true, "are": true, "will": true,
	"should": true, "would": true, "could": true, "have": true, "had": true, "max": true, "min": true,
}

// phrasalIn are words that English glues to a capital In (checkIn).
var phrasalIn = map[string]bool{
	"check": true, "sign": true, "log": true, "login": true, "logged": true, "opt": true, "built": true,
	"plug": true, "zoom": true, "fade": true, "walk": true, "drive": true, "dial": true, "fill": true,
	"break": true, "cash": true, "drop": true, "sit": true, "phase": true, "roll": true, "pop": true,
}

// hasAbstractSuffix reports German nouns that name no person, so a capital
// In after them is not a gender ending (Intelligenz|In, Forschung|In).
func hasAbstractSuffix(w string) bool {
	if hasSuffix(w, "eur") {
		return false // Ingenieur, Friseur: persons
	}
	for _, suf := range abstractSuffixes {
		if hasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var abstractSuffixes = []string{"enz", "anz", "ung", "heit", "keit", "schaft", "tät", "ion", "ik", "ie", "ur", "nis", "tum", "ment", "ei", "ät"}

// hasWordEnding reports endings that close a word in the languages with
// function-word lists, so that what follows them is a new word.
func hasWordEnding(w string) bool {
	for _, suf := range wordEndings {
		if hasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// germanArticles may follow a verb in the past tense (erhöhte|die): no
// German word ends in -teder or -tedie.
var germanArticles = map[string]bool{"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true}

// hasLinkingS reports the German linking s of a compound's first part.
func hasLinkingS(w string) bool {
	for _, suf := range []string{"schafts", "ungs", "heits", "keits", "tions", "täts", "ings"} {
		if hasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var wordEndings = []string{
	"ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ismus", // de
	"ment", "ness", "ship", "ity", // en
	"ité", "ción", "sión", "dad", "mente", "zione", "ità", "ção", "dade", "heid", // fr es it pt nl
	"ость", "ение", "ание", "ция", "ство", // ru
}

func hasSuffix(w, suf string) bool {
	return len(w) >= len(suf) && w[len(w)-len(suf):] == suf
}

// nameSuffixes turn a name into a word in German: AfDler, SPDlerin,
// NATOisierung.
var nameSuffixes = []string{"ler", "ist", "ism", "isier", "isch", "ig", "chen", "lein", "haft", "ität"}

func hasNameSuffix(w string) bool {
	for _, suf := range nameSuffixes {
		if len(w) >= len(suf) && w[:len(suf)] == suf {
			return true
		}
	}
	return false
}
