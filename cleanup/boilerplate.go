package cleanup

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Boilerplate paragraphs. A page's navigation, breadcrumbs and teaser lists
// often reach the text with their separators already gone in the source
// (HakkımızdaDuyurular BasınOdası FotoğrafGalerisi), and the text as
// published keeps them so. Scraping damage loses one space here and there;
// a paragraph where three words or more are glued at a change of case is
// the page's own layout, where a cut would change the source rather than
// restore it, and which word boundary the source meant is unknown. The
// case rule leaves such a paragraph's glue as it is, but for runs of menu
// words and language names (EnglishFrançais), which are split anywhere.
// Protected names (YouTube, iPhone) and name prefixes (McDonald) are not
// counted: they are spelled so.

// boilerplateTokens is the number of glued words that makes a paragraph
// boilerplate.
const boilerplateTokens = 3

// A glueMemo caches gluedParagraph for the paragraph last asked about.
type glueMemo struct {
	start, end int // end == 0: none yet
	glued      bool
}

// gluedParagraph reports whether the paragraph around byte i of s (its
// line, in a paragraph too long to guess, as the language guess takes it)
// holds boilerplateTokens glued words or more. A word here is a run of
// letters of one script: the script and number rules, which cut between
// scripts and before digits, leave it as it is, so that the count is the
// same on the next Clean.
func (c *Cleaner) gluedParagraph(s string, i int, m *glueMemo) bool {
	if m.end > 0 && m.start <= i && i < m.end {
		return m.glued
	}
	start, end := paragraphAround(s, i)
	if end-start > maxGuessParagraph {
		start, end = lineAround(s, i)
	}
	n := 0
	for k := start; k < end && n < boilerplateTokens; {
		r, size := utf8.DecodeRuneInString(s[k:])
		sc := scriptOf(r)
		if sc == scriptNone || !sc.cased() {
			k += size
			continue
		}
		j := k + size
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if scriptOf(r2) != sc && !isMark(r2) {
				break
			}
			j += n2
		}
		if c.gluedWord(s, k, j) {
			n++
		}
		k = j
	}
	glued := n >= boilerplateTokens || n > 0 && holdsNavPhrase(s[start:end])
	*m = glueMemo{start: start, end: max(end, start+1), glued: glued}
	return m.glued
}

// Page furniture. A button or link of a shop or news page (Add to cart,
// Weiterlesen, Aggiungi al carrello) says that its paragraph is the page's
// layout: one glued word beside it is enough, where a paragraph of prose
// needs boilerplateTokens.

// navPhrasesFile lists the phrases, one a line.
//
//go:embed data/navphrases.txt
var navPhrasesFile string

// navPhrases holds each phrase as its words, lowercased and joined by one
// space; maxPhraseWords is the longest phrase in words.
var navPhrases, maxPhraseWords = readPhrases(navPhrasesFile)

// readPhrases reads one phrase a line, in the words phraseWords sees.
func readPhrases(data string) (map[string]bool, int) {
	set, longest := map[string]bool{}, 0
	for _, line := range strings.Split(data, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		var words []string
		phraseWords(line, func(w string, _ bool) { words = append(words, w) })
		if len(words) > 0 {
			set[strings.Join(words, " ")] = true
			longest = max(longest, len(words))
		}
	}
	return set, longest
}

// holdsNavPhrase reports whether s holds a phrase of navPhrases whose
// first letter is a capital, as a button's is.
func holdsNavPhrase(s string) bool {
	var words []string
	var capital []bool
	found := false
	phraseWords(s, func(w string, c bool) {
		if found {
			return
		}
		if len(words) == maxPhraseWords {
			words, capital = words[1:], capital[1:]
		}
		words, capital = append(words, w), append(capital, c)
		for k := len(words) - 1; k >= 0 && !found; k-- {
			found = capital[k] && navPhrases[strings.Join(words[k:], " ")]
		}
	})
	return found
}

// phraseWords calls f with each word of s, lowercased, and whether it
// starts with a capital. A word is a run of letters and marks, also cut
// where a capital follows a lowercase letter, so that a phrase reads the
// same before and after the case rule cuts a glued word
// (carrelloAggiungi: carrello, aggiungi).
func phraseWords(s string, f func(w string, capital bool)) {
	start := -1
	emit := func(end int) {
		if start >= 0 {
			r, _ := utf8.DecodeRuneInString(s[start:])
			f(strings.ToLower(s[start:end]), unicode.IsUpper(r))
		}
		start = -1
	}
	prev := caseNone
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isMark(r) && start >= 0:
		case unicode.IsLetter(r):
			cls := caseOfRune(r)
			if cls == caseUpper && prev == caseLower {
				emit(i)
			}
			if start < 0 {
				start = i
			}
			prev = cls
		default:
			emit(i)
			prev = caseNone
		}
		i += n
	}
	emit(len(s))
}

// gluedWord reports a run of letters s[k:j] of one cased script with a
// capital after a lowercase letter (carritoAñadir, BasınOdası), or that
// starts with a capitalized word right after a digit (giỏ hàng12Sản), in a
// prose token; not a protected name, a name prefix (McDonald, iPhone) or
// a run of menu words, which the rules split whatever stands around them
// (EnglishFrançais, StartseiteNachrichten).
func (c *Cleaner) gluedWord(s string, k, j int) bool {
	at := -1
	if digitBefore(s, k) && caseAt(s, k) == caseUpper {
		_, n := utf8.DecodeRuneInString(s[k:])
		if caseAt(s, k+n) == caseLower {
			at = k
		}
	}
	if at < 0 {
		at = humpIn(s, k, j)
	}
	if at < 0 || menuWords(s[k:j]) || c.isProtected(s[k:j]) {
		return false
	}
	if at > k && (namePrefixes[s[k:at]] || utf8.RuneCountInString(s[k:at]) < 2) {
		return false
	}
	ts, te := sentencePiece(s, k)
	return !isNotProse(s[ts:te])
}

// sentencePiece returns the part around byte k of the token around it
// that a joined sentence's period does not cut: in cửa hàngXem.Hôm the
// period ends a sentence that lost its space (space-after-punct puts it
// back), so the token is prose on both sides, not a domain or file name.
func sentencePiece(s string, k int) (start, end int) {
	start, end = tokenAround(s, k)
	for i := start; i+2 < end; i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' || lettersBefore(s, i) < 2 {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i+1:])
		r2, _ := utf8.DecodeRuneInString(s[i+1+n:])
		if !unicode.IsUpper(r) || !unicode.IsLower(r2) {
			continue
		}
		if i < k {
			start = i + 1
		} else {
			return start, i
		}
	}
	return start, end
}

// humpIn returns the byte offset of the first capital after a lowercase
// letter in s[k:j], or -1.
func humpIn(s string, k, j int) int {
	prev := caseNone
	for i := k; i < j; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isMark(r) {
			i += n
			continue
		}
		cls := caseOfRune(r)
		if cls == caseUpper && prev == caseLower {
			return i
		}
		prev = cls
		i += n
	}
	return -1
}

// menuWords reports a run made of menu words and language names only,
// glued at their capitals (EnglishFrançais, HomeNewsSport).
func menuWords(w string) bool {
	from := 0
	for from < len(w) {
		to := humpIn(w, from+1, len(w))
		if to < 0 {
			to = len(w)
		}
		part := w[from:to]
		if !navigationWords[part] && !languageNames[part] {
			return false
		}
		from = to
	}
	return true
}

// Two weakly glued words in one paragraph. Where the only evidence for a
// cut is the shape of the parts (berichtet|Stadtrat, Güncel|Ekonomi: no
// function word, name, title or dictionary says so), a second word of the
// same paragraph glued on such evidence alone (gewählt|Bürgermeister next
// to berichtet|Stadtrat) says that the source glues its words so, as
// teaser lists and title bars do, and which of them lost a space is
// unknown: the rule leaves both. Cuts with evidence (seit|ChatGPT,
// mit|Emmanuel) are taken whatever stands beside them, and words the rule
// keeps (RiverLoop, BerlinerInnen) do not count.

// A cutMemo caches cutTokens for the paragraph last asked about.
type cutMemo struct {
	start, end int // end == 0: none yet
	first, sec int // the starts of the first two tokens the rule would cut, or -1
}

// otherCutToken reports a token in the paragraph around p.at, other than
// the one at p.at, that the case rule would cut on weak evidence.
func (p *joinPass) otherCutToken(s string) bool {
	if p.dry {
		return false
	}
	m := &p.cuts
	if m.end == 0 || p.at < m.start || p.at >= m.end {
		start, end := paragraphAround(s, p.at)
		if end-start > maxGuessParagraph {
			start, end = lineAround(s, p.at)
		}
		first, sec := p.cutTokens(s, start, end)
		*m = cutMemo{start: start, end: max(end, start+1), first: first, sec: sec}
	}
	// p.at is the start of the case rule's token: tokenAround would read
	// to its end for every run, quadratic in a token of many runs.
	ts := tokenStart(s, p.at)
	return m.first >= 0 && m.first != ts || m.sec >= 0 && m.sec != ts
}

// cutTokens returns the starts of the first two tokens in s[start:end]
// that the case rule would cut on weak evidence, or -1, asking splitRun
// dry: nothing is cut and the state of the pass is as it was.
func (p *joinPass) cutTokens(s string, start, end int) (first, sec int) {
	first, sec = -1, -1
	at, runs, weak := p.at, p.runsLeft, p.weak
	p.dry = true
	for i := nextCaseChange(s, start, end); i >= 0 && sec < 0; {
		ts, te := tokenAround(s, i)
		p.dryCut = false
		p.caseToken(s, ts, te, nil)
		if p.dryCut {
			if first < 0 {
				first = ts
			} else {
				sec = ts
			}
		}
		i = nextCaseChange(s, min(te, end), end)
	}
	p.dry, p.dryCut = false, false
	p.at, p.runsLeft, p.weak = at, runs, weak
	return first, sec
}
