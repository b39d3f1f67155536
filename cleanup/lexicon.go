package cleanup

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Lexicon tells the join rules which words exist and how common they
// are, so that a glued token with no case change (nutztgenerative) can be
// cut where both parts are words and the whole is not.
//
// Lookups are exact: "Forschung" and "forschung" are different words.
// Case is evidence: a German compound's tail (…forschung) is lowercase
// inside the word but capitalized on its own, so it is not split.
// Implementations must be safe for concurrent use.
type Lexicon interface {
	// Count returns how often word was seen, any positive number for a
	// list without counts, or 0 when word is unknown.
	Count(word string) int
}

// WithLexicon gives the join rules a word list (see ReadLexicon) or a
// Vocabulary learned from the documents themselves. Without one, only the
// built-in function words and protected names are known.
//
// Given more than once, the lexicons add up: a Dictionary (see
// ReadHunspell) says which words exist, a frequency list or a Vocabulary
// beside it which cut is the likelier.
func WithLexicon(lex Lexicon) Option {
	return func(c *config) error {
		if lex == nil {
			c.lexicon = nil // drops the lexicons given before
			return nil
		}
		c.lexicon = addLexicon(c.lexicon, lex)
		return nil
	}
}

// wordCounts is a Lexicon read from a file.
type wordCounts map[string]int

func (w wordCounts) Count(word string) int { return w[word] }

// maxLexiconLine bounds one line of a lexicon file.
const maxLexiconLine = 1 << 16

// ReadLexicon reads a word list in one of the plain formats people have:
//
//   - one word per line, as in /usr/share/dict/words (each word counts 1);
//   - "word count" or "word<TAB>count" per line, as in frequency lists;
//   - Hunspell .dic files: a first line holding only the number of
//     entries is skipped, and affix flags after a slash (Haus/Sp) dropped;
//     ReadHunspell reads them with their .aff, forms and compounds included.
//
// Blank lines and lines starting with # are skipped. A word listed twice
// adds up its counts. Invalid UTF-8, a count that is not a positive
// number, or more than two fields on a line is an error naming the line.
func ReadLexicon(r io.Reader) (Lexicon, error) {
	words := wordCounts{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), maxLexiconLine)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("cleanup: lexicon line %d: invalid UTF-8", n)
		}
		f := strings.Fields(line)
		if n == 1 && len(f) == 1 && isNumber(f[0]) {
			continue // Hunspell's entry count
		}
		word, count := f[0], 1
		if i := strings.IndexByte(word, '/'); i > 0 {
			word = word[:i]
		}
		switch len(f) {
		case 1:
		case 2:
			c, err := strconv.Atoi(f[1])
			if err != nil || c <= 0 {
				return nil, fmt.Errorf("cleanup: lexicon line %d: count %q is not a positive number", n, f[1])
			}
			count = c
		default:
			return nil, fmt.Errorf("cleanup: lexicon line %d: want \"word\" or \"word count\", got %d fields", n, len(f))
		}
		words[word] += count
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cleanup: reading lexicon: %w", err)
	}
	return words, nil
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// fixLexiconJoins splits words glued without a change of case, which only
// knowing words can find. Built in: a function word glued to the end of a
// word whose ending closes words (Berichterstattungder, Regierungund).
// With a Lexicon: a word it does not know, or knows as rare, made of two
// words it knows as common (nutztgenerative). Case counts: the tail of a
// German compound (Grundlagen|forschung) is a word only capitalized, so
// compounds stay whole.
func fixLexiconJoins(ps *pass, s string, out *changes) {
	p := &joinPass{pass: ps}
	lex := p.c.cfg.lexicon
	minBytes := minLexiconWord(lex)
	if places, ok := ps.placesOfLexicon(); ok {
		// Only the words the scan found may be cut: the others pass
		// every test below at its first check.
		for _, w := range places {
			p.lexiconWordsIn(s, w.start, w.end, lex, minBytes, out)
		}
		return
	}
	p.lexiconWordsIn(s, 0, len(s), lex, minBytes, out)
}

// lexiconWordsIn decides the words of s that start in lo..hi.
func (p *joinPass) lexiconWordsIn(s string, lo, hi int, lex Lexicon, minBytes int, out *changes) {
	settled := p.c.settled // asked once, not per word
	if settled == nil {
		settled = noneSettled
	}
	for i := lo; i < hi; {
		c := s[i]
		if c < 0x80 && !isASCIILetter(c) {
			i++
			continue
		}
		if c < 0x80 {
			// An ASCII word, the common case: find its end without
			// decoding, and pass it by unless its ending may be a
			// function word or it may be a glued pair.
			j := i + 1
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			if j == len(s) || s[j] < 0x80 {
				// A word the dictionary knows is cut only as a
				// built-in glued pair.
				found := len(out.list)
				if !settled(s[i:j]) && j-i >= minBytes && (lex != nil || mayEndInCertainTail(s[i:j])) && !digitBeside(s, i, j) {
					p.lexiconWord(s, i, j, lex, out)
				}
				if len(out.list) == found {
					p.gluedPairAt(s, i, j, out)
				}
				i = j
				continue
			}
		}
		// A word: letters and marks of one script.
		j, sc := wordEnd(s, i)
		found := len(out.list)
		if w := s[i:j]; !settled(w) {
			switch {
			case sc != scriptLatin && sc != scriptCyrillic && (lex == nil || !sc.hasDictionaries()):
				rememberUncut(lex, w) // a script no Lexicon is read for: 中文
			case j-i >= minBytes && !digitBeside(s, i, j):
				p.lexiconWord(s, i, j, lex, out)
			}
		}
		if len(out.list) == found {
			p.gluedPairAt(s, i, j, out)
		}
		i = j
	}
}

// rememberUncut remembers w as a word lexicon-joins never cuts when lex
// is a lone Dictionary, whose scan then settles it (see settledWordsOf).
func rememberUncut(lex Lexicon, w string) {
	if d, ok := lex.(*Dictionary); ok && len(w) >= 4 {
		d.known.putUncut(w)
	}
}

// gluedPairAt cuts the word s[i:j] when it is a glued pair of the text's
// language (und|der, de|la). The pairs list the words they also are
// (beiden, indes), so a dictionary that knows the letters as a rare word
// (Spanish dela, delas) does not stop the cut. Most words fail at the
// bit tests of mayBeGluedPair.
func (p *joinPass) gluedPairAt(s string, i, j int, out *changes) {
	if j-i < 4 || s[i] < 'a' || s[i] > 'z' || !mayBeGluedPair(s[i:j]) {
		return
	}
	if h := p.gluedPair(s, i, j); h > 0 {
		out.insert(i+h, " ")
	}
}

// wordEnd returns the end of the word of letters starting at i, and its
// script.
func wordEnd(s string, i int) (int, script) {
	r, n := utf8.DecodeRuneInString(s[i:])
	sc := scriptOf(r)
	j := i + n
	if sc == scriptNone {
		return j, sc
	}
	for j < len(s) {
		c := s[j]
		if c < 0x80 {
			if !isASCIILetter(c) || sc != scriptLatin {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if scriptOf(r) != sc && !isMark(r) {
			break
		}
		j += n
	}
	return j, sc
}

// lexiconWord decides one word s[i:j] of minLexiconWord bytes or more.
func (p *joinPass) lexiconWord(s string, i, j int, lex Lexicon, out *changes) {
	p.at = i
	w := s[i:j]
	if dict, freq := dictionaryOf(lex); dict != nil {
		p.dictionaryWord(s, i, j, dict, freq, out)
		return
	}
	if lex == nil && !mayEndInCertainTail(w) {
		return
	}
	shape := shapeOf(w)
	if shape != shapeLower && shape != shapeCapital {
		return
	}
	if !p.inProse(s, i) {
		return
	}
	// A word the lexicon has seen more than once is a word, however it
	// ends; a glued token is rarely seen twice.
	if h := p.functionWordTail(w); h > 0 && (lex == nil || lex.Count(w) <= 1) {
		out.insert(i+h, " ")
		return
	}
	if lex == nil {
		return
	}
	whole := lex.Count(w)
	if whole == 0 && shape == shapeCapital {
		whole = countLowerFirst(lex, w)
	}
	best, bestScore := 0, 0
	for k := i + 1; k < j; k++ {
		if !utf8.RuneStart(s[k]) {
			continue
		}
		L, R := s[i:k], s[k:j]
		if utf8.RuneCountInString(L) < 2 || utf8.RuneCountInString(R) < 3 {
			continue
		}
		cr := lex.Count(R)
		if cr == 0 {
			continue
		}
		cl := lex.Count(L)
		if cl == 0 && shape == shapeCapital {
			cl = countLowerFirst(lex, L)
		}
		if cl == 0 {
			continue
		}
		// Two function words make a word of their own (some|where,
		// with|out): not a join.
		if p.isFunctionWord(L, true) && p.isFunctionWord(R, true) {
			continue
		}
		if score := min(cl, cr); whole*3 <= score && score > bestScore {
			best, bestScore = k, score
		}
	}
	if best > 0 {
		out.insert(best, " ")
	}
}

// countLowerFirst looks up w with its first letter lowercased, for a word
// capitalized at the start of a sentence. It allocates, but only with a
// Lexicon, which the default Cleaner does not have.
func countLowerFirst(lex Lexicon, w string) int {
	r, n := utf8.DecodeRuneInString(w)
	return lex.Count(string(unicode.ToLower(r)) + w[n:])
}

// maybeFunctionTail is a quick test, without map lookups, that w may end
// in a function word of three or four letters after a closing word
// ending. Most long words fail at the filter of function-word tails.
func maybeFunctionTail(w string) bool {
	// The common case, an ASCII ending, is a direct bit lookup.
	if n := len(w); n >= 5 && w[n-1]|w[n-2]|w[n-3]|w[n-4] < 0x80 {
		a, b, c := letterIndex[w[n-3]], letterIndex[w[n-2]], letterIndex[w[n-1]]
		if (a|b|c)&32 != 0 {
			return false // not three lowercase letters
		}
		idx := (int(a)*26+int(b))*26 + int(c)
		if asciiTails[0].has(idx) && closesWord(w[:n-3]) {
			return true
		}
		d := letterIndex[w[n-4]]
		return d&32 == 0 && asciiTails[1].has(int(d)*26*26*26+idx) && closesWord(w[:n-4])
	}
	for k, at := 0, len(w); k < 4 && at > 0; k++ {
		_, n := utf8.DecodeLastRuneInString(w[:at])
		at -= n
		if k >= 2 && tailFilter.has(w[at:]) && closesWord(w[:at]) {
			return true
		}
	}
	return false
}

// closesWord reports a head that a function word may follow:
// hasWordEnding or a past tense in -te. Most heads fail at their last
// byte, which no ending ends with.
func closesWord(head string) bool {
	if head == "" || !endingLastBytes[head[len(head)-1]] {
		return false
	}
	return hasWordEnding(head) || hasSuffix(head, "te")
}

// endingLastBytes marks the last bytes of wordEndings and of "te".
var endingLastBytes = func() (t [256]bool) {
	for _, suf := range append(wordEndings[:len(wordEndings):len(wordEndings)], "te") {
		t[suf[len(suf)-1]] = true
	}
	return t
}()

// tailFilter is a Bloom filter (one hash, 64 Kibit) over the function
// words of three or four letters: it answers "surely not" for almost every
// ending of a long word, at the cost of hashing four bytes.
var tailFilter = func() *bitFilter {
	f := new(bitFilter)
	for w := range functionAny {
		if n := utf8.RuneCountInString(w); n == 3 || n == 4 {
			f.add(w)
		}
	}
	return f
}()

type bitFilter [1 << 10]uint64

func filterHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h & (1<<16 - 1)
}

func (f *bitFilter) add(s string) { h := filterHash(s); f[h>>6] |= 1 << (h & 63) }

func (f *bitFilter) has(s string) bool { h := filterHash(s); return f[h>>6]&(1<<(h&63)) != 0 }

// asciiTails holds the function words of three and four lowercase ASCII
// letters as bit sets indexed by asciiTailIndex: no hashing on the path
// every long word of clean text takes.
var asciiTails = func() (t [2]bitSet) {
	t[0], t[1] = make(bitSet, 26*26*26/64+1), make(bitSet, 26*26*26*26/64+1)
	for w := range functionAny {
		if idx, ok := asciiTailIndex(w); ok && (len(w) == 3 || len(w) == 4) {
			t[len(w)-3].add(idx)
		}
	}
	return t
}()

type bitSet []uint64

func (b bitSet) add(i int)      { b[i>>6] |= 1 << (i & 63) }
func (b bitSet) has(i int) bool { return b[i>>6]&(1<<(i&63)) != 0 }

// asciiTailIndex numbers a word of lowercase ASCII letters in base 26.
func asciiTailIndex(w string) (int, bool) {
	idx := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return 0, false
		}
		idx = idx*26 + int(c-'a')
	}
	return idx, true
}

//go:embed data/gluedpairs.txt
var gluedPairsFile string

// gluedPairs maps each glued pair of data/gluedpairs.txt (undder, inthe,
// dela) to the languages it is a pair in and the length of its head, so a
// word costs one lookup.
var gluedPairs = func() map[string]gluedPair {
	m := map[string]gluedPair{}
	for _, line := range strings.Split(gluedPairsFile, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			panic("cleanup: bad line in data/gluedpairs.txt: " + line)
		}
		k := indexOf(functionLangs, cols[0])
		if k < 0 {
			panic("cleanup: data/gluedpairs.txt names a language without function words: " + cols[0])
		}
		words := map[string]bool{}
		if len(cols) > 3 {
			words = readWordSet(cols[3])
		}
		for head := range readWordSet(cols[1]) {
			for article := range readWordSet(cols[2]) {
				if w := head + article; !words[w] && functionAny[w] == 0 {
					m[w] = gluedPair{langs: m[w].langs | 1<<k, head: len(head)}
				}
			}
		}
	}
	return m
}()

type gluedPair struct {
	langs uint16 // bit k: a pair in functionLangs[k]
	head  int
}

// gluedPair returns the length of the head when the lowercase word
// s[i:j] is a head glued to an article in the text's language
// (und|der, in|the, de|la), or 0.
func (p *joinPass) gluedPair(s string, i, j int) int {
	if j-i > maxGluedPair {
		return 0
	}
	gp, ok := gluedPairs[s[i:j]]
	if !ok {
		return 0
	}
	p.at = i
	k := indexOf(functionLangs, string(p.leadingLanguage()))
	if k < 0 || gp.langs&(1<<k) == 0 {
		return 0
	}
	if !p.inProse(s, i) {
		return 0
	}
	return gp.head
}

// gluedPairEdges has bit b0<<8|b1 set for the first two bytes of every
// glued pair, and for the last two: most words fail both tests without a
// map lookup.
var gluedPairEdges = func() (e [2]*bitSet) {
	first, last := make(bitSet, 1<<16/64), make(bitSet, 1<<16/64)
	for w := range gluedPairs {
		first.add(int(w[0])<<8 | int(w[1]))
		last.add(int(w[len(w)-2])<<8 | int(w[len(w)-1]))
	}
	return [2]*bitSet{&first, &last}
}()

func mayBeGluedPair(w string) bool {
	n := len(w)
	return n <= maxGluedPair && gluedPairEdges[0].has(int(w[0])<<8|int(w[1])) &&
		gluedPairEdges[1].has(int(w[n-2])<<8|int(w[n-1]))
}

// maxGluedPair is the longest glued pair in bytes.
const maxGluedPair = 12

// anyGluedPair is gluedPair in any language, for counting function words
// before the language is known.
func anyGluedPair(w string) int {
	if len(w) < 4 || !mayBeGluedPair(w) {
		return 0
	}
	return gluedPairs[w].head
}

// letterIndex numbers the lowercase ASCII letters 0 to 25; every other
// byte is 32 (so an OR of indexes shows any non-letter).
var letterIndex = func() (t [256]uint8) {
	for i := range t {
		t[i] = 32
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = uint8(c - 'a')
	}
	return t
}()

// certainTails are, per language, the word endings after which a function
// word glued to the end of a word is certain without a dictionary, and the
// function words that may be so glued. Both sides come from the text's
// own language, and the tails are articles, prepositions and conjunctions
// that no word of the language ends in: a head that merely ends like a
// word plus any function word is no evidence (nation|aux is nationaux,
// verdad|era is verdadera, ness|una is nessuna). Every ending here must be
// in wordEndings (or be the German -te), which the suspect gate reads.
var certainTails = map[string]struct {
	endings []string
	tails   map[string]bool
}{
	"de": {[]string{"ung", "heit", "keit", "schaft", "tät"}, wordSet("der die das den dem des und oder mit von für auf aus bei nach")},
	"en": {[]string{"ment", "ness", "ship", "ity", "tion", "sion"}, wordSet("the and for with from that this")},
	"fr": {[]string{"tion", "sion", "ité"}, wordSet("des les une dans pour avec par")},
	"es": {[]string{"ción", "sión", "dad", "mente"}, wordSet("del las los con por para que")},
	"it": {[]string{"zione", "ità", "mente"}, wordSet("del della dei degli con per che")},
	"pt": {[]string{"ção", "dade", "mente"}, wordSet("dos das com para que uma")},
	"nl": {[]string{"heid"}, wordSet("het een van met voor")},
	"ru": {[]string{"ость", "ение", "ание", "ция", "ство"}, wordSet("для что как при это")},
}

// certainTail reports whether head|tail is a function word glued to a
// word in the text's language lang: the head has one of the language's
// closing endings and the tail is one of its certain tails, or, in
// German, a past tense in -te before an article (erhöhte|die: no German
// word ends in -tedie).
func certainTail(lang, head, tail string) bool {
	ct, ok := certainTails[lang]
	if !ok {
		return false
	}
	if lang == "de" && hasSuffix(head, "te") && germanArticles[tail] {
		return true
	}
	if !ct.tails[tail] {
		return false
	}
	for _, suf := range ct.endings {
		if hasSuffix(head, suf) {
			return true
		}
	}
	return false
}

// mayEndInCertainTail is certainTail for any language at the places
// functionWordTail tries (a tail of three or four letters after a head of
// four or more): the gate of lexicon-joins without a Lexicon, which cuts
// nothing else there. Most words fail at one bit lookup of their last
// three ASCII letters.
func mayEndInCertainTail(w string) bool {
	n := len(w)
	if n < 7 {
		return false // a head of four letters and a tail of three at least
	}
	if w[n-1]|w[n-2]|w[n-3] < 0x80 && w[n-4] < 0x80 {
		a, b, c := letterIndex[w[n-3]], letterIndex[w[n-2]], letterIndex[w[n-1]]
		if (a|b|c)&32 != 0 {
			return false
		}
		idx := (int(a)*26+int(b))*26 + int(c)
		if d := letterIndex[w[n-4]]; !certainASCIITails[0].has(idx) && (d&32 != 0 || !certainASCIITails[1].has(int(d)*26*26*26+idx)) {
			return false
		}
	}
	for k, at := 0, len(w); k < 4 && at > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(w[:at])
		at -= size
		if k < 2 || !anyCertainTail[w[at:]] || utf8.RuneCountInString(w[:at]) < 4 {
			continue
		}
		head := w[:at]
		if hasSuffix(head, "te") && germanArticles[w[at:]] {
			return true
		}
		for _, suf := range anyCertainEnding {
			if hasSuffix(head, suf) {
				return true
			}
		}
	}
	return false
}

// anyCertainTail, anyCertainEnding and certainASCIITails are the union
// of certainTails over the languages, for mayEndInCertainTail.
var (
	anyCertainTail, anyCertainEnding = func() (map[string]bool, []string) {
		tails := map[string]bool{}
		var endings []string
		for _, ct := range certainTails {
			for t := range ct.tails {
				tails[t] = true
			}
			endings = append(endings, ct.endings...)
		}
		for a := range germanArticles {
			tails[a] = true
		}
		sort.Strings(endings)
		return tails, slices.Compact(endings)
	}()
	certainASCIITails = func() (t [2]bitSet) {
		t[0], t[1] = make(bitSet, 26*26*26/64+1), make(bitSet, 26*26*26*26/64+1)
		for w := range anyCertainTail {
			if idx, ok := asciiTailIndex(w); ok && (len(w) == 3 || len(w) == 4) {
				t[len(w)-3].add(idx)
			}
		}
		return t
	}()
)

func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}
