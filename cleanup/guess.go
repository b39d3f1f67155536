package cleanup

import (
	"embed"
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A langGuess is a base language code such as "de" or "fr", or "" when
// the text gives no clue.
type langGuess string

//go:embed data/function/*.txt
var functionFiles embed.FS

// functionWords maps each language to its function words (articles,
// pronouns, prepositions, auxiliaries), read from data/function/LANG.txt.
var functionWords = loadWordLists(functionFiles, "data/function")

// loadWordLists reads one list per file: words separated by white space,
// lines starting with # are comments. The file name is the language.
func loadWordLists(fsys embed.FS, dir string) map[string]map[string]bool {
	entries, err := fsys.ReadDir(dir)
	if err != nil {
		panic(err) // the files are embedded: this is a build error
	}
	lists := make(map[string]map[string]bool, len(entries))
	for _, e := range entries {
		data, err := fsys.ReadFile(dir + "/" + e.Name())
		if err != nil {
			panic(err)
		}
		words := map[string]bool{}
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, w := range strings.Fields(line) {
				words[w] = true
			}
		}
		lists[strings.TrimSuffix(e.Name(), ".txt")] = words
	}
	return lists
}

// wordWeight is what one function word of a single language adds to that
// language's count; a word of n languages adds wordWeight/n to each.
const wordWeight = 60

// guessBytes bounds how much of a segment the guess reads: function words
// are frequent enough that a few hundred words decide.
const guessBytes = 4096

// guessLanguage names the language whose function words weigh most in s
// (see langCounts.decide), or "" when the text gives no clear answer.
func guessLanguage(s string) langGuess {
	c := countFunctionWords(s)
	return c.decide()
}

// countFunctionWords weighs the function words of s per language. It
// reads glued words as the join rules will cut them (DieTelekom counts
// "Die", Freiheitund and undder count "und"), and elisions as two words
// (c'est), so a text and its cleaned version give the same counts: every
// decision that depends on the language is then the same on a second
// Clean.
func countFunctionWords(s string) langCounts {
	if len(s) > guessBytes {
		s = s[:guessBytes]
	}
	return countFunctionWordsIn(s)
}

// functionScripts are the scripts the function words, and so their tails
// and glued pairs, are written in: a word of another script holds none
// (no letter of one lowers into a letter of these: TestFunctionScripts).
var functionScripts = func() (in [256]bool) {
	for w := range functionAny {
		for _, r := range w {
			in[scriptOf(r)] = true
		}
	}
	for w := range gluedPairs {
		for _, r := range w {
			in[scriptOf(r)] = true
		}
	}
	in[scriptNone] = false
	return in
}()

// countFunctionWordsIn is countFunctionWords over all of s.
func countFunctionWordsIn(s string) langCounts {
	var counts langCounts
	count := counts.addWord
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && !isASCIILetter(c) {
			i++ // a space or a sign: no word
			continue
		}
		if j := lowerRunEnd8(s, i); j > i && (j == len(s) || s[j] < utf8.RuneSelf && !isASCIILetter(s[j])) {
			countPiece(s[i:j], count) // the word wordEnd would read, all lowercase ASCII
			i = j
			continue
		}
		j, sc := wordEnd(s, i)
		if functionScripts[sc] {
			countCasedWord(s, i, j, count)
		}
		i = j // scriptNone, or no function word is written in its script
	}
	// Spaced guillemets (« Non ! ») are French typography.
	if hasSpacedGuillemet(s) {
		counts.addTo("fr", 2*wordWeight)
	}
	return counts
}

// countCasedWord counts the word s[i:j] (see wordEnd) cut where the case rule
// may cut it: a capital after a lowercase letter, the last capital of an
// acronym before a word.
func countCasedWord(s string, i, j int, count func(string)) {
	if asciiLower(s[i:j]) {
		countPiece(s[i:j], count) // no capital: nothing to cut
		return
	}
	from := i
	for k := i; k < j; {
		r, n := utf8.DecodeRuneInString(s[k:])
		if k > from && isUpperRune(r) && (caseBefore(s, k) == caseLower ||
			caseBefore(s, k) == caseUpper && k+n < j && caseAt(s, k+n) == caseLower) {
			cut := k
			// A brand with a lowercase prefix (und|iPhone, das|eBay)
			// starts before the capital, as the join rules cut it.
			if b := lowercasePrefixBrand(s, from, k, j); b > 0 {
				cut = b
			}
			countPiece(s[from:cut], count)
			from = cut
			// A protected word that ends in capitals (ChatGPT|ist)
			// is cut after its last capital: its lowercase tail is
			// a word of its own.
			if caseBefore(s, k) == caseUpper && (protectedWords[s[i:k+n]] || protectedWords[s[from:k+n]]) {
				countPiece(s[k+n:lowerRunEnd(s, k+n, j)], count)
			}
		}
		k += n
	}
	countPiece(s[from:j], count)
}

// isUpperRune is caseOfRune(r) == caseUpper, from the scan's rune table
// (TestIsUpperRune).
func isUpperRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r >= 'A' && r <= 'Z'
	case r >= 0x10000:
		return caseOfRune(r) == caseUpper // not in the table's blocks
	}
	return runeInfoOf(r).cased == caseUpper
}

// asciiLower reports a word of ASCII lowercase letters only.
func asciiLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// countPiece counts a piece of a word as the join rules may cut it: a
// function word glued to its end (Freiheit|und) or a glued pair (und|der)
// counts as a word.
func countPiece(w string, count func(string)) {
	if h := tailSplit(w); h > 0 {
		count(w[:h])
		w = w[h:]
	} else if h := anyGluedPair(w); h > 0 {
		count(w[:h])
		w = w[h:]
	}
	count(w)
}

// lowerRunEnd returns where the lowercase letters from i end, before end.
func lowerRunEnd(s string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:])
		if caseOfRune(r) != caseLower {
			break
		}
		i += n
	}
	return i
}

// langCounts weighs the function words of a text per language (index k:
// functionLangs[k]).
type langCounts [16]int

// addWord counts w, in any case, if it is a function word.
func (c *langCounts) addWord(w string) {
	if len(w) > maxFunctionWord {
		return // most words: longer than any function word
	}
	var buf [32]byte
	lw, ok := lowerASCII(buf[:0], w)
	if !ok {
		lw, ok = lowerInto(buf[:0], w)
	}
	if ok && len(lw) > 0 {
		c.addSet(functionSet(lw))
	}
}

// lowerASCII is lowerInto for a word of ASCII only (ok false otherwise).
func lowerASCII(buf []byte, w string) ([]byte, bool) {
	if len(w) > cap(buf) {
		return buf, false
	}
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b >= utf8.RuneSelf {
			return buf, false
		}
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		buf = append(buf, b)
	}
	return buf, true
}

// functionTable holds functionAny in open addressing, for the count of
// every word of a guess: a short hash and a compare instead of a map
// lookup, and most words that are no function word end at an empty slot.
var functionTable = func() []functionEntry {
	t := make([]functionEntry, functionTableSize)
	for w, set := range functionAny {
		k := functionHash(w)
		for t[k].w != "" {
			k = (k + 1) & (functionTableSize - 1)
		}
		t[k] = functionEntry{w, set}
	}
	return t
}()

// functionTableSize is a power of two, four times as many slots as
// function words or more (TestFunctionWordTable).
const functionTableSize = 4096

type functionEntry struct {
	w   string
	set uint16
}

// functionHash is FNV-1a over the bytes of w.
func functionHash[T ~string | ~[]byte](w T) int {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return int(h^h>>16) & (functionTableSize - 1)
}

// functionSet is functionAny[string(lw)].
func functionSet(lw []byte) uint16 {
	for k := functionHash(lw); functionTable[k].w != ""; k = (k + 1) & (functionTableSize - 1) {
		if functionTable[k].w == string(lw) {
			return functionTable[k].set
		}
	}
	return 0
}

// add counts w if it is a function word. A word only one language has
// says more than one that five languages share ("est" against "de").
func (c *langCounts) add(w string) { c.addSet(functionAny[w]) }

// addSet counts a word of the languages in set.
func (c *langCounts) addSet(set uint16) {
	n := bits.OnesCount16(set)
	for k := 0; set != 0; set, k = set>>1, k+1 {
		if set&1 != 0 {
			c[k] += wordWeight / n
		}
	}
}

func (c *langCounts) addCounts(d langCounts) {
	for k := range c {
		c[k] += d[k]
	}
}

func (c *langCounts) addTo(lang string, weight int) {
	if k := indexOf(functionLangs, lang); k >= 0 {
		c[k] += weight
	}
}

// decide names the leading language: it needs the weight of one word of
// its own and a clear lead over the runner-up.
func (c *langCounts) decide() langGuess {
	best, second := -1, 0
	for k := range functionLangs {
		if best < 0 || c[k] > c[best] {
			if best >= 0 {
				second = c[best]
			}
			best = k
		} else if c[k] > second {
			second = c[k]
		}
	}
	if best < 0 || c[best] < wordWeight || 2*c[best] < 3*second {
		return ""
	}
	return langGuess(functionLangs[best])
}

// leading names the language with the most weight, if it has at least
// that of one word of its own, even without a clear lead. It is for
// decisions that need the language only to pick a table, which the word
// at hand must then match (de|la is a pair in French and Spanish alike).
func (c *langCounts) leading() langGuess {
	best := -1
	for k := range functionLangs {
		if best < 0 || c[k] > c[best] {
			best = k
		}
	}
	if best < 0 || c[best] < wordWeight {
		return ""
	}
	return langGuess(functionLangs[best])
}

// hasSpacedGuillemet reports « followed by a space and a letter, the way
// French opens a quotation. The letter matters: a cleaned text must give
// the same guess as its input, and spaces at a line end do not survive.
func hasSpacedGuillemet(s string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], "«")
		if k < 0 {
			return false
		}
		i += k + len("«")
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == ' ' || r == '\u00A0' || r == '\u202F' {
			if next, _ := utf8.DecodeRuneInString(s[i+n:]); unicode.IsLetter(next) || unicode.IsDigit(next) {
				return true
			}
		}
	}
}

// functionLangs is the languages of functionWords in a fixed order.
var functionLangs = func() []string {
	var ls []string
	for l := range functionWords {
		ls = append(ls, l)
	}
	sort.Strings(ls)
	if len(ls) > 16 {
		panic("cleanup: more function-word lists than guessLanguage counts")
	}
	return ls
}()

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// maxFunctionWord is the longest function word in bytes.
var maxFunctionWord = func() int {
	n := 0
	for w := range functionAny {
		n = max(n, len(w))
	}
	return n
}()

// lowercasePrefixBrand returns where a protected word with a lowercase
// prefix of one or two letters (iPhone, eBay, xAI) starts, if one ends a
// hump that has its capital at k within the word s[from:end]; else 0.
func lowercasePrefixBrand(s string, from, k, end int) int {
	hump := k + 1
	for hump < end && s[hump] >= 'a' && s[hump] <= 'z' {
		hump++
	}
	for b := k - 1; b >= k-2 && b > from; b-- {
		if s[b] < 'a' || s[b] > 'z' {
			break
		}
		for e := hump; e <= end && e-b <= maxProtected; e++ {
			if protectedWords[s[b:e]] {
				return b
			}
		}
	}
	return 0
}
