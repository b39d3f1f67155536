package cleanup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dictionaryWord decides one word s[i:j] with a Dictionary: a word the
// dictionary knows, inflected or compound, stays whole; one it does not
// know is cut where both parts are words, at the surest such cut.
func (p *joinPass) dictionaryWord(s string, i, j int, dict wordAnalyzer, freq func(string) int, out *changes) {
	w := s[i:j]
	// Most words are known: the cached lookup comes first.
	if dict.analyze(w) != unknownWord {
		return
	}
	// Then what the word alone says: a word no place cuts is remembered
	// beside the known ones, and lexicon-joins passes it by next time.
	if d, ok := dict.(*Dictionary); ok && p.cutNowhere(w, d) {
		d.known.putUncut(w)
		return
	}
	if elided(s, i, j) || hyphenAfter(s, j) || lostLetterBeside(s, i, j) ||
		dict.writtenSolid(w) || cutShort(s, j) || citedAlone(s, i, j) {
		return
	}
	shape := dictShape(w)
	if shape != shapeLower && shape != shapeCapital || !p.inProse(s, i) {
		return
	}
	place := placeLower
	if shape == shapeCapital {
		place = placeName
		if sentenceInitial(s, i) {
			place = placeInitial
		}
	}
	if k := p.cachedSplit(w, place, dict, freq); k > 0 && !usedAgain(s, i, j) && !p.misspeltAt(w, k, dict) {
		out.insert(i+k, " ")
	}
}

// misspeltAt reports a word the dictionary knows with an accent more
// (misspelt.go), unless the cut at k parts two function words: glued,
// two unaccented little words read as one word without its accent as
// often as not (Greek δε|σε, δέσε), and their pair is the surer reading.
func (p *joinPass) misspeltAt(w string, k int, dict wordAnalyzer) bool {
	if p.functionWordOfText(w[:k]) && p.functionWordOfText(w[k:]) {
		return false
	}
	return dict.misspelt(w)
}

// repeatWindow bounds, in bytes on each side, where usedAgain looks for
// the word again: the cost of a cut stays constant.
const repeatWindow = 4 << 10

// usedAgain reports whether the word s[i:j] stands again, whole, in the
// paragraph near it: a term the dictionary lacks (подбассейн, canxi) is
// written the same way each time, while a join is an accident of one
// place. The built-in glued pairs (inthe, dela) are cut all the same.
func usedAgain(s string, i, j int) bool {
	w := s[i:j]
	lo, hi := max(0, i-repeatWindow), min(len(s), j+repeatWindow)
	for _, part := range [2][2]int{{lo, i}, {j, hi}} {
		for at := part[0]; at < part[1]; {
			k := strings.Index(s[at:part[1]], w)
			if k < 0 {
				break
			}
			start := at + k
			if wordBoundary(s, start, start+len(w)) {
				return true
			}
			at = start + 1
		}
	}
	return false
}

// wordBoundary reports whether s[i:j] has no letter or digit beside it.
func wordBoundary(s string, i, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	q, _ := utf8.DecodeRuneInString(s[j:])
	return (i == 0 || !isLetterOrDigit(r) && !isMark(r)) && (j == len(s) || !isLetterOrDigit(q) && !isMark(q))
}

// cachedSplit is bestDictionarySplit, remembered for a lone Dictionary:
// its answer depends only on the word, the language and place (counts,
// which change as a Vocabulary learns, are not cached).
func (p *joinPass) cachedSplit(w string, place wordPlace, dict wordAnalyzer, freq func(string) int) int {
	d, ok := dict.(*Dictionary)
	if !ok || len(w) > maxLookup {
		return p.bestDictionarySplit(w, place, dict, freq)
	}
	if !d.splittable(w) {
		return 0 // before p.language(): no paragraph is guessed for it
	}
	var buf [maxLookup + 16]byte
	key := append(buf[:0], 0) // no word starts with NUL
	key = append(key, string(p.language())...)
	if place != placeLower {
		key = append(key, byte(place))
	}
	key = append(append(key, 0), w...)
	if k, ok := d.cache.get(string(key)); ok {
		return k
	}
	// The parts are not cached: the decision is, and a word's parts
	// would fill the cache with fragments (Arbeitsz, rbeitszimmer).
	k := p.bestDictionarySplit(w, place, freshDictionary{d}, freq)
	d.cache.put(string(key), k)
	return k
}

// splittable reports whether some cut of w leaves two words the
// dictionary knows, in any language and place. Most words it lacks
// (names: Schwarzenegger) have none, and then the costly part of the
// decision, the guess of the paragraph's language, is not needed. The
// answer is cached beside the decisions, under a key no language has.
func (d *Dictionary) splittable(w string) bool {
	return d.cachedTest('*', w, func(w string) bool {
		fresh := freshDictionary{d}
		for k := 1; k < len(w); k++ {
			if utf8.RuneStart(w[k]) && fresh.analyze(w[k:]) != unknownWord && fresh.analyze(w[:k]) != unknownWord {
				return true
			}
		}
		return false
	})
}

// cachedTest is test(w), remembered in the word cache under a key that
// no word and no language has (NUL, tag, NUL, w).
func (d *Dictionary) cachedTest(tag byte, w string, test func(string) bool) bool {
	var buf [maxLookup + 16]byte
	key := append(append(buf[:0], 0, tag, 0), w...)
	if k, ok := d.cache.get(string(key)); ok {
		return k != 0
	}
	found := test(w)
	d.cache.put(string(key), boolInt(found))
	return found
}

// cutNowhere reports a word the lone Dictionary d lacks that
// dictionaryWord would cut in no paragraph, whatever its language and
// wherever the word stands: one the dictionary names as written solid,
// one of a shape it does not cut, one without two words in it, or one
// whose every cut fails in every language (most names: Hamburg). Only
// the last needs the rules, once per word, and then no paragraph's
// language has to be guessed for it.
func (p *joinPass) cutNowhere(w string, d *Dictionary) bool {
	if len(w) > maxLookup {
		return false
	}
	// The rules' verdict, once given, comes first: it is kept only for
	// a word that passes the tests below it (the words that come back).
	var buf [maxLookup + 16]byte
	key := append(append(buf[:0], 0, '+', 0), w...)
	guessable := guessableLanguage(p.c.lang) // the verdicts hold for those only
	if k, ok := d.cache.get(string(key)); ok && guessable {
		return k == 0
	}
	shape := dictShape(w)
	if d.writtenSolid(w) || shape != shapeLower && shape != shapeCapital || !d.splittable(w) {
		return true
	}
	if !guessable {
		return false
	}
	if p.c.lang != "" {
		return false // the rules cannot be asked for other languages
	}
	k := 0
	if p.cutsInSomeLanguage(w, shape, d) {
		k = 1
	}
	d.cache.put(string(key), k)
	return k == 0
}

// guessableLanguages are the languages a paragraph's guess can give.
var guessableLanguages = append([]string{""}, functionLangs...)

// guessableLanguage reports whether lang, the language a Cleaner gives
// or "" to guess, is one a paragraph may be guessed in: then
// cutsInSomeLanguage's verdicts hold for it.
func guessableLanguage(lang string) bool {
	return indexOf(guessableLanguages, lang) >= 0
}

// cutsInSomeLanguage reports whether bestDictionarySplit cuts w, of the
// given shape, in a paragraph of some language it may be guessed in and
// at some place such a word may stand. Each language's rules are asked
// with p's paragraph guess set to it for the time.
func (p *joinPass) cutsInSomeLanguage(w string, shape wordShape, d *Dictionary) bool {
	places := []wordPlace{placeLower}
	if shape == shapeCapital {
		places = []wordPlace{placeName, placeInitial}
	}
	saved := p.para
	defer func() { p.para = saved }()
	memo := &partsMemo{freshDictionary: freshDictionary{d}, word: w}
	noFreq := func(string) int { return 0 }
	for _, lang := range guessableLanguages {
		p.para = paragraphGuess{start: p.at, end: p.at + 1, lang: langGuess(lang), leadingTo: langGuess(lang)}
		for _, place := range places {
			if p.bestDictionarySplit(w, place, memo, noFreq) > 0 {
				return true
			}
		}
	}
	return false
}

// partsMemo is a freshDictionary that remembers what it said of the
// word's prefixes and suffixes, which bestDictionarySplit asks of every
// cut, once per language.
type partsMemo struct {
	freshDictionary
	word           string
	prefix, suffix [maxLookup + 1]wordKind // +1, 0 not asked yet
}

func (m *partsMemo) analyze(w string) wordKind {
	n := len(w)
	var slot *wordKind
	switch {
	case n == 0 || n >= len(m.word):
	case w == m.word[:n]:
		slot = &m.prefix[n]
	case w == m.word[len(m.word)-n:]:
		slot = &m.suffix[n]
	}
	if slot == nil {
		return m.freshDictionary.analyze(w)
	}
	if *slot == 0 {
		*slot = m.freshDictionary.analyze(w) + 1
	}
	return *slot - 1
}

// freshDictionary is a Dictionary whose lookups skip its cache.
type freshDictionary struct{ *Dictionary }

func (f freshDictionary) analyze(w string) wordKind {
	if w == "" || len(w) > maxLookup {
		return unknownWord
	}
	return f.analyzeCases(w)
}

// A wordPlace says what a word's capital may mean.
type wordPlace byte

const (
	placeLower   wordPlace = iota // no capital
	placeName                     // capitalized inside a sentence: mostly a name
	placeInitial                  // capitalized at a sentence's start
)

// A dictSplit is a cut of a word into two words.
type dictSplit struct {
	at       int
	kind     wordKind
	freq     int
	least    int  // the letters of the shorter part
	function bool // a part is a function word
}

// better ranks a cut at a function word first, then by the surer weaker
// part, its frequency, and the longer shorter part (it|was, not i|twas).
// In Hebrew, whose article is the first letter of the next word, a cut
// before a ה beats the cut after it (אזור|המעיין, not אזורה|מעיין).
func (a dictSplit) better(b dictSplit, w string, hebrew bool) bool {
	if a.function != b.function {
		return a.function
	}
	if hebrew && max(a.at, b.at)-min(a.at, b.at) == len("ה") && w[min(a.at, b.at):max(a.at, b.at)] == "ה" {
		return a.at < b.at
	}
	if a.kind != b.kind {
		return a.kind > b.kind
	}
	if a.freq != b.freq {
		return a.freq > b.freq
	}
	return a.least > b.least
}

// bestDictionarySplit returns where to cut w, or 0. Each cut costs two
// lookups, so the word's length bounds the work.
func (p *joinPass) bestDictionarySplit(w string, place wordPlace, dict wordAnalyzer, freq func(string) int) int {
	whole := freq(w)
	var best dictSplit
	compound := false
	inside := dict.listedPrefix(w)
	hebrew := p.language() == "he"
	for k := 1; k < len(w); k++ {
		if !utf8.RuneStart(w[k]) {
			continue
		}
		L, R := w[:k], w[k:]
		if !p.plausibleCut(L, R, place, dict) {
			continue
		}
		kr := dict.analyze(R)
		if kr == unknownWord {
			continue
		}
		kl := dict.analyze(L)
		if kl == unknownWord {
			continue
		}
		function := p.functionWordOfText(L) || p.functionWordOfText(R)
		if hebrew && articleBefore(L, R, dict) {
			continue
		}
		if !function && insideListed(w, k, inside) {
			// The dictionary lists a longer word at the start: the cut
			// falls inside it (bağlam|acının in bağlamacı, компьюте|ров).
			continue
		}
		if !function && p.compoundLike(L, R) {
			// One cut reads as a compound (geek|squad): unless a
			// function word marks another (of|their, not oft|heir), the
			// word is one the dictionary lacks, whatever other cut
			// (geeks|quad) it allows.
			compound = true
			continue
		}
		cand := dictSplit{at: k, kind: min(kl, kr), freq: min(freq(L), freq(R)),
			least: min(utf8.RuneCountInString(L), utf8.RuneCountInString(R)), function: function}
		// A whole that a frequency list knows about as often as its
		// parts is a word the dictionary lacks.
		if whole > 0 && whole*3 > cand.freq {
			continue
		}
		if best.at == 0 || cand.better(best, w, hebrew) {
			best = cand
		}
	}
	if compound && !best.function {
		return 0
	}
	return best.at
}

// insideListed reports a cut at k inside w's longest listed prefix,
// which ends at inside: two letters or more before its end (bağlam|acı
// in bağlamacının), or its last letter when no more than an ending of
// three letters follows it (компьюте|р|ов, an inflection the dictionary
// lacks). A Hebrew ה there is as often the article of the next word
// (מילה|הטובה), which better weighs.
func insideListed(w string, k, inside int) bool {
	if inside <= k {
		return false
	}
	n := utf8.RuneCountInString(w[k:inside])
	return n >= 2 || n == 1 && w[k:inside] != "ה" && utf8.RuneCountInString(w[inside:]) <= 3
}

// doubledSuffix reports R as the last letter of L again and then what a
// suffix adds (intercrop|ping, stop|ped): English spelling of an inflected
// L (elsewhere a suffix may restore a stem: Spanish un|nuevo, muevo).
func doubledSuffix(L, R string, dict wordAnalyzer) bool {
	last, n := utf8.DecodeLastRuneInString(L)
	first, m := utf8.DecodeRuneInString(R)
	return n > 0 && last == first && len(R) > m && dict.affixText(R[m:], true)
}

// turkishKi reports Turkish -ki after a locative (evde|ki, yarında|ki):
// a suffix, written solid; the conjunction ki follows other words.
func turkishKi(L, R string) bool {
	if R != "ki" {
		return false
	}
	for _, loc := range [...]string{"de", "da", "te", "ta"} {
		if strings.HasSuffix(L, loc) {
			return true
		}
	}
	return false
}

// turkishNumerals are the Turkish number words that make up a number.
var turkishNumerals = wordSet(`sıfır bir iki üç dört beş altı yedi sekiz dokuz on yirmi otuz kırk elli
	altmış yetmiş seksen doksan yüz bin milyon milyar buçuk`)

// turkishNumber reports two number words (seksen|altı, bir|buçuk, the
// second perhaps with a suffix: yüz|binlerce): one number, which Turkish
// writes solid as often as apart. Cutting it changes a spelling; it
// does not part two words.
func turkishNumber(L, R string, dict wordAnalyzer) bool {
	if !turkishNumerals[strings.ToLower(L)] {
		return false
	}
	for n := range turkishNumerals {
		if rest, ok := strings.CutPrefix(R, n); ok && (rest == "" || dict.affixText(rest, true)) {
			return true
		}
	}
	return false
}

// lostLetterBeside reports a U+FFFD touching the word s[i:j], or a ? at
// its start or between it and a letter (?eymiş, d?nya): a letter lost in
// decoding, which leaves the word a fragment that no dictionary can
// judge.
func lostLetterBeside(s string, i, j int) bool {
	// At either end of s the decoder gives RuneError of width 0: no
	// lost letter.
	if l, n := utf8.DecodeLastRuneInString(s[:i]); n > 0 && (l == '\uFFFD' || l == '?') {
		return true
	}
	r, m := utf8.DecodeRuneInString(s[j:])
	if m > 0 && r == '\uFFFD' {
		return true
	}
	return r == '?' && j+m < len(s) && unicode.IsLetter(firstRune(s[j+m:]))
}

// cutShort reports a word that two or three dots follow at once
// (Regierungsbe.., gouvernem…): a word cut short, a fragment the
// dictionary cannot judge.
func cutShort(s string, j int) bool {
	return strings.HasPrefix(s[j:], "..") || strings.HasPrefix(s[j:], "…")
}

// citedAlone reports a word that fills a quotation alone ("Zeitgeist",
// «Weltschmerz»): a word cited as a word, often a foreign one, which
// the text's dictionary does not know.
func citedAlone(s string, i, j int) bool {
	l, n := utf8.DecodeLastRuneInString(s[:i])
	r, m := utf8.DecodeRuneInString(s[j:])
	return n > 0 && m > 0 && isQuoteMark(l) && isQuoteMark(r)
}

// contractedArticles are, per language, the prepositions fused with an
// article (Spanish al = a el), and the articles, which never follow them.
var contractedArticles = map[langGuess][2]map[string]bool{
	"es": {wordSet("al del"), wordSet("el la los las lo un una unos unas")},
	"it": {wordSet(`al allo alla ai agli alle del dello della dei degli delle nel nello nella nei negli nelle
		sul sullo sulla sui sugli sulle dal dallo dalla dai dagli dalle`), wordSet("il lo la i gli le un uno una")},
	"fr": {wordSet("au aux du"), wordSet("le la les un une")},
	"pt": {wordSet("ao aos do dos da das no nos na nas pelo pelos pela pelas"), wordSet("o a os as um uma uns umas")},
}

// contractionBeforeArticle reports a preposition fused with an article
// before another article (del|los, du|le): no sentence has that, so the
// word is one the dictionary lacks, not two.
func contractionBeforeArticle(lang langGuess, L, R string) bool {
	c, ok := contractedArticles[lang]
	return ok && c[0][strings.ToLower(L)] && c[1][R]
}

// elisionLetter reports a French or Italian article or pronoun of one
// consonant (l, d, j, …): alone it is always elided, with an apostrophe
// the token would have had.
func elisionLetter(lang langGuess, L string) bool {
	if lang != "fr" && lang != "it" || len(L) != 1 {
		return false
	}
	return strings.IndexByte("lLdDjJmMnNsStTcC", L[0]) >= 0
}

// articleBefore reports a Hebrew cut after a ה that reads as well as the
// article of the next word (שבהה|פסטה or שבה|הפסטה): the article is the
// likelier, and the cut before it is judged on its own.
func articleBefore(L, R string, dict wordAnalyzer) bool {
	head, ok := strings.CutSuffix(L, "ה")
	return ok && head != "" && dict.analyze(head) != unknownWord && dict.analyze("ה"+R) != unknownWord
}

// plausibleCut reports whether L|R may be two words glued rather than
// one word the dictionary lacks. A dictionary misses names (Wiki|media,
// Elbert|son), derivations (pré|compilée, counter|party) and endings
// (Johannesburg|er): such cuts need a function word to stand on.
//
// place says where the word's capital stands, if it has one.
func (p *joinPass) plausibleCut(L, R string, place wordPlace, dict wordAnalyzer) bool {
	fl, fr := p.functionWordOfText(L), p.functionWordOfText(R)
	name := place == placeName
	switch {
	case !fl && dict.affixText(strings.ToLower(L), false), !fr && dict.affixText(R, true):
		return false // what an affix adds: re|abastecimiento, kardeşimin|kiler
	case p.language() == "en" && !fr && doubledSuffix(L, R, dict):
		return false // a doubled consonant and a suffix: intercrop|ping
	case p.language() == "tr" && turkishKi(L, R):
		return false // the suffix -ki after a locative: evde|ki
	case p.language() == "tr" && turkishNumber(L, R, dict):
		return false // one number, written solid: seksen|altı, bir|buçuk
	case contractionBeforeArticle(p.language(), L, R):
		return false // an article never follows a contracted one: del|los
	case elisionLetter(p.language(), L):
		return false // an elided article wants its apostrophe: L|orgue
	case fr && startsUpper(L) && utf8.RuneCountInString(R) <= 2 && dict.affixText(R, true):
		return false // after a capital, an ending that is a word too: Reim|er
	case !p.shortPartOK(L, R, fl, true, dict), !p.shortPartOK(R, L, fr, false, dict):
		return false // a stray letter pair: prefix or ending
	case !hasCase(L) && !caselessCutOK(L, R, fl, fr):
		// Without capitals a name looks like any word (Hebrew פרד|ריק):
		// only long parts, or a function word, are sure enough.
		return false
	case name && utf8.RuneCountInString(R) < 3:
		return false // Fünfakt|er, Ledercouch|es
	case !fl && isCombiningForm(L):
		return false // inter|cropping, kilo|metros
	case place == placeInitial && p.language() != "de" && !p.initialCutOK(L, R, fl, fr):
		return false // a name at a sentence's start: De|nard, Hon|da
	case p.language() == "de" && fl && !fr && particleVerb(L, R):
		return false // a verb with its particle: mit|streiten, zu|treiben
	case name && p.language() != "de" && (!fr || utf8.RuneCountInString(L) < 5):
		// Outside German a capitalized word the dictionary lacks is
		// mostly a name (Wiki|media, Ко|чик): only a function word
		// glued to its end counts (Paris|and), after a head longer than
		// a name's first syllable (San|chez, Gand|elle).
		return false
	}
	return true
}

// caselessCutOK reports whether L|R, in a script without capitals, has
// parts long enough to be sure of, or a function word beside a part of
// three letters or more, four after one of two (של|הספר, גם|יכולת; not
// פרד|ריק, מי|שחק); two function words of two letters each make a name
// as often (לא|בו). Two parts of four letters each cut a foreign name,
// spelt by its sounds, as often as they part two words: one part needs a
// fifth letter, or the second the article ה that opens a word (מילה|הטובה).
func caselessCutOK(L, R string, fl, fr bool) bool {
	nl, nr := utf8.RuneCountInString(L), utf8.RuneCountInString(R)
	switch {
	case nl >= 4 && nr >= 4 && (nl+nr >= 9 || strings.HasPrefix(R, "ה")), fl && fr && nl+nr >= 5:
		return true
	case fl:
		return nr >= 4 || nl >= 3 && nr >= 3
	case fr:
		return nl >= 3
	}
	return false
}

// initialCutOK reports whether a capitalized word at a sentence's start
// may be cut at L|R. There a name (De|nard, El|len, Hon|da, Berke|ley)
// looks like any word, so short parts need a function word, and the part
// after a function word must be long (El|camino, not El|len or Не|красов).
func (p *joinPass) initialCutOK(L, R string, fl, fr bool) bool {
	nl, nr := utf8.RuneCountInString(L), utf8.RuneCountInString(R)
	switch {
	case fl && fr:
		return true
	case fl:
		// Many names begin with a syllable that is a function word
		// (Не|красов, El|len): the rest must be longer than a name's.
		// Turkish names seldom begin with one (Bir|süre).
		return nr >= 6 || nr >= 4 && p.language() == "tr"
	case fr:
		return nl >= 3
	case !p.hasFunctionWords():
		// Without a list, a short first part before a long one reads as
		// an article or particle (Οι|διατάξεις), a short last part as an
		// ending (Hon|da).
		return nl >= 4 && nr >= 4 || nr >= 5
	}
	return nl >= 5 && nr >= 4
}

// germanParticles are the German prepositions that verbs take as a
// prefix, written solid with the verb (mitstreiten, zutreiben).
var germanParticles = map[string]bool{"ab": true, "an": true, "auf": true, "aus": true, "bei": true,
	"da": true, "durch": true, "er": true, "mit": true, "nach": true, "um": true, "vor": true,
	"zu": true, "über": true, "unter": true}

// particleVerb reports a German particle glued to what ends like a verb
// (mit|streiten, er|eicht): a verb the dictionary lacks, more often than
// two words.
func particleVerb(L, R string) bool {
	if !germanParticles[strings.ToLower(L)] {
		return false
	}
	for _, end := range [...]string{"en", "ern", "eln", "t"} {
		if strings.HasSuffix(R, end) {
			return true
		}
	}
	return false
}

// compoundLike reports whether the words L|R, of which neither is a
// function word, read as a compound the dictionary lacks rather than as
// a join. German writes its compounds solid (Floh|handel,
// sechs|stellige): there only a function word marks a join. Elsewhere
// the head of a compound is mostly a short stem (face|lift,
// кино|образования, yurt|dışı) and the first word of a join mostly an
// inflected one of five letters or more (natural|disaster,
// Результат|оказался); four in the Romance languages, which rarely write
// compounds solid (alta|qualità). Languages without a list of function
// words are not judged.
func (p *joinPass) compoundLike(L, R string) bool {
	if !p.hasFunctionWords() || p.functionWordOfText(L) || p.functionWordOfText(R) {
		return false
	}
	switch p.language() {
	case "de":
		return true
	case "he":
		return false // Hebrew writes its compounds apart
	case "tr":
		// A short head before a long, inflected tail is a join
		// (yeni|alternatifler); a solid compound's tail is short
		// (demir|yolu, kuru|yemiş).
		return utf8.RuneCountInString(L) < 5 && utf8.RuneCountInString(R) < 7
	case "fr", "es", "it", "pt":
		return utf8.RuneCountInString(L) < 4 // compounds take a preposition there
	case "en":
		// English writes most compounds apart: a solid one has a short
		// tail (face|lift, geek|squad), a join any word (main|challenges).
		n := utf8.RuneCountInString(L)
		return n < 4 || n == 4 && utf8.RuneCountInString(R) < 6
	}
	return utf8.RuneCountInString(L) < 5
}

// shortPartOK reports whether a part of one or two letters may stand as
// a word: a function word of the text's language, or, in a language
// without a list of function words, a stem of two letters that no affix
// adds, beside a longer part (Greek ισχύει|σε, not σίφων|ες; Vietnamese
// tiền|là, not ta|xi).
func (p *joinPass) shortPartOK(part, other string, function, head bool, dict wordAnalyzer) bool {
	n := utf8.RuneCountInString(part)
	if n == 1 && !head {
		return false // a letter after a word is an ending or an initial: Mar|y
	}
	if function || n > 2 {
		return true
	}
	if n == 1 || p.hasFunctionWords() || utf8.RuneCountInString(other) < 3 {
		return false
	}
	return dict.analyze(part) == stemWord && !dict.affixText(part, !head)
}

// functionWordOfText is isFunctionWord in the text's language only: a
// language without a list has none (Vietnamese ta|xi is not Spanish).
func (p *joinPass) functionWordOfText(w string) bool {
	if indexOf(functionLangs, string(p.language())) >= 0 && p.isFunctionWord(w, false) {
		return true
	}
	return dictFunctionWord(p.language(), w)
}

func (p *joinPass) hasFunctionWords() bool {
	return indexOf(functionLangs, string(p.language())) >= 0 || dictFunctionWords[string(p.language())] != nil
}

// elided reports a word beside an apostrophe (dell'|ambito, l'|homme):
// it is half of an elision, which the dictionary lists with the mark.
func elided(s string, i, j int) bool {
	r, _ := utf8.DecodeRuneInString(s[j:])
	l, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == '\'' || r == '’' || l == '\'' || l == '’'
}

// hyphenAfter reports a word before a hyphen: the first element of a
// hyphenated compound (αντι-, quasi-), often a prefix no dictionary lists.
func hyphenAfter(s string, j int) bool {
	return j < len(s) && s[j] == '-'
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// hasCase reports whether w has a letter with case.
func hasCase(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// dictShape is shapeOf, with a word of a script without case (Hebrew)
// taken as lowercase.
func dictShape(w string) wordShape {
	shape := shapeOf(w)
	if shape != shapeMixed {
		return shape
	}
	for _, r := range w {
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			return shapeMixed
		}
	}
	return shapeLower
}

// hasDictionaries reports the scripts beyond Latin and Cyrillic whose
// words a Lexicon may cut: those written with spaces between words.
func (s script) hasDictionaries() bool {
	return s == scriptGreek || s == scriptHebrew || s == scriptArmenian || s == scriptGeorgian
}

// combiningForms are the Latin and Greek word beginnings that make new
// words in most European languages (kilo|metros, inter|cropping): a cut
// after one is a derivation the dictionary lacks, not two words.
var combiningForms = map[string]bool{}

func init() {
	for _, f := range strings.Fields(`anti auto bi bio co con contra counter cyber de des dis eco electro
		elektro elettro électro euro ex geo
		hyper im in inter intra kilo macro maxi mega meso micro mid mini mis mono multi neo non
		out over photo poly post pre pro pré dé re ré semi sub super tele télé trans tri ultra un
		under uni up vice video web wiki`) {
		combiningForms[f] = true
	}
}

func isCombiningForm(w string) bool {
	if len(w) > 8 {
		return false
	}
	var buf [16]byte
	lw, ok := lowerInto(buf[:0], w)
	return ok && combiningForms[string(lw)]
}

// minLexiconWord is the shortest word, in bytes, that lexicon-joins
// reads: a dictionary knows short words (als|im, to|say), a word list
// too few of their forms.
func minLexiconWord(lex Lexicon) int {
	if dict, _ := dictionaryOf(lex); dict != nil {
		return 4
	}
	return 7
}

// sentenceInitial reports whether the word at i starts a sentence: only
// opening marks and spaces since the text's start or an end mark.
func sentenceInitial(s string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case r == '.' || r == '!' || r == '?' || r == ':' || r == '…' || r == '\n':
			return true
		case unicode.IsSpace(r) || unicode.Is(unicode.Pi, r) || unicode.Is(unicode.Ps, r) || r == '"' || r == '\'' || r == '-' || r == '–' || r == '—' || r == '«' || r == '„':
			i -= n
		default:
			return false
		}
	}
	return true
}
