package quote

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// tok is a word or a punctuation sign inside an attribution window.
type tok struct {
	s, e  int
	w     string // the word as written; "" for punctuation
	punct rune   // the sign; 0 for words; '¶' for a paragraph break
	cap   bool   // the word starts with an upper-case letter
	cjk   bool   // a run of Han, kana or hangul
	term  bool   // a quote placeholder whose text ends a sentence
	dir   bool   // a quote placeholder for direct speech
	k     wordClass
}

func (t tok) is(r rune) bool { return t.punct == r }

// tokenize appends the tokens of text[a:b] to buf. Words are runs of
// letters, digits and marks with inner hyphens and apostrophes
// ("CSET-Teams", "a-t-elle", "d'après"); a blank line becomes '¶'.
func tokenize(buf []tok, text string, a, b int) []tok {
	lexOnce.Do(buildLexicon)
	for i := a; i < b; {
		if i = skipSpaces(text, i, b); i < b {
			buf, i = tokenItem(buf, text, i, b)
		}
	}
	return buf
}

// skipSpaces returns the first byte at or after i, before b, that is not
// an ASCII space other than a line feed: the most common bytes.
func skipSpaces(text string, i, b int) int {
	for i < b {
		if c := text[i]; c >= utf8.RuneSelf || c == '\n' || asciiClass[c] != clSpace {
			break
		}
		i++
	}
	return i
}

// tokenItem reads what starts at text[i], i < b, for tokenize: a line
// break, which may be a blank line, another space, a word or a sign. It
// appends its token if it makes one and returns where it ends.
func tokenItem(buf []tok, text string, i, b int) ([]tok, int) {
	if c := text[i]; c < utf8.RuneSelf && asciiLetter[c] {
		// A word that starts in ASCII, the most common token: its ASCII
		// letters are read without decoding, the rest as below.
		j := i + 1
		for j < b && text[j] < utf8.RuneSelf && asciiLetter[text[j]] {
			j++
		}
		var inner wordClass
		if j < b && (text[j] >= utf8.RuneSelf || text[j] == '-' || text[j] == '\'') {
			j, inner = wordEnd(text, j, b, clLetter)
		}
		w := text[i:j]
		return append(buf, tok{s: i, e: j, w: w, cap: c >= 'A' && c <= 'Z', k: lex.get(w, inner)}), j
	}
	r, size := decodeAt(text, i, b)
	switch cl := classOf(r); {
	case r == '\n':
		j := i + 1
		for j < b && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < b && text[j] == '\n' {
			return append(buf, tok{s: i, e: j + 1, punct: '¶'}), j + 1
		}
	case cl == clSpace:
	case cl == clLetter || cl == clCJK:
		j, inner := wordEnd(text, i+size, b, cl)
		up := r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
		w := text[i:j]
		return append(buf, tok{s: i, e: j, w: w, cap: up, cjk: cl == clCJK, k: lex.get(w, inner)}), j
	default:
		if r == utf8.RuneError && size == 1 {
			return buf, i + 1
		}
		return append(buf, tok{s: i, e: i + size, punct: r}), i + size
	}
	return buf, i + size
}

// tokenCache keeps the tokens of the text the last windows read, for the
// next windows, which overlap them: in dense quoting a word is then
// tokenized and looked up once, not for every quote whose window holds it.
// It holds the tokens of walks of tokenize over the whole text that began
// at from and at each of jumps; the last walk has reached to.
type tokenCache struct {
	toks      []tok
	base      int   // toks[:base] are dropped
	jumps     []int // indexes in toks where a walk begins, after a gap
	from, to  int
	out, tail []tok // buffers of window
}

// window returns the tokens of text[a:b], valid until the next call. Most
// often they are a part of the cache itself, not a copy: the walk from a
// meets a cached token after a word or two, and nothing but space follows
// the cached tokens that end by b. The tokens before that part are then
// dropped, and the words the window cuts put in their place.
func (c *tokenCache) window(text string, a, b int) []tok {
	lexOnce.Do(buildLexicon)
	if a < c.from || a >= b {
		c.out = tokenize(c.out[:0], text, a, b)
		return c.out
	}
	c.prepare(text, a, b)
	head, i := c.out[:0], a
	g := c.search(a)
	for i < b {
		if i = skipSpaces(text, i, b); i >= b {
			break
		}
		for g < len(c.toks) && c.toks[g].s < i {
			g++
		}
		if g < len(c.toks) && c.toks[g].s == i {
			break // in step with the walk of toks[g]
		}
		head, i = tokenItem(head, text, i, b)
	}
	c.out = head
	if i >= b {
		return head
	}
	stop := len(c.toks)
	if jn := sort.SearchInts(c.jumps, g+1); jn < len(c.jumps) {
		stop = c.jumps[jn]
	}
	h := g
	for h < stop && c.toks[h].e <= b {
		h++
	}
	if h > g {
		c.tail = tokenize(c.tail[:0], text, c.toks[h-1].e, b)
	}
	if h == g || len(c.tail) > 0 || len(head) > g-c.base {
		c.out = c.tokenize(c.out[:0], text, a, b)
		return c.out
	}
	n0 := g - len(head)
	copy(c.toks[n0:g], head)
	c.base, c.from = n0, a
	j := 0
	for _, k := range c.jumps {
		if k > g {
			c.jumps[j] = k
			j++
		}
	}
	c.jumps = c.jumps[:j]
	return c.toks[n0:h]
}

// search returns the index of the first live cached token that starts at
// or after a.
func (c *tokenCache) search(a int) int {
	lo, hi := c.base, len(c.toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c.toks[m].s < a {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// tokenize appends to buf what tokenize(buf, text, a, b) appends. Where
// it reaches the start of a cached token it is in step with that token's
// walk: from there on, the cached tokens that end by b are those tokenize
// makes, and it copies them; the rest it tokenizes.
func (c *tokenCache) tokenize(buf []tok, text string, a, b int) []tok {
	lexOnce.Do(buildLexicon)
	if a < c.from || a >= b {
		return tokenize(buf, text, a, b)
	}
	c.prepare(text, a, b)
	g := c.search(a)
	jn := sort.SearchInts(c.jumps, g+1) // the first jump after g
	for i := a; i < b; {
		if i = skipSpaces(text, i, b); i >= b {
			break
		}
		for g < len(c.toks) && c.toks[g].s < i {
			g++
		}
		for jn < len(c.jumps) && c.jumps[jn] <= g {
			jn++
		}
		if g < len(c.toks) && c.toks[g].s == i {
			stop := len(c.toks)
			if jn < len(c.jumps) {
				stop = c.jumps[jn] // the walk of toks[g] ends there
			}
			h := g
			for h < stop && c.toks[h].e <= b {
				h++
			}
			if h > g {
				buf = append(buf, c.toks[g:h]...)
				i, g = c.toks[h-1].e, h
				continue
			}
		}
		buf, i = tokenItem(buf, text, i, b)
	}
	return buf
}

// prepare makes the cache hold the walk up to b for a window from a.
func (c *tokenCache) prepare(text string, a, b int) {
	c.forget(a)
	if a > c.to {
		// A gap, not walked: the next token begins a new walk.
		if n := len(c.jumps); n == 0 || c.jumps[n-1] != len(c.toks) {
			c.jumps = append(c.jumps, len(c.toks))
		}
		c.to = a
	}
	for c.to < b {
		if c.to = skipSpaces(text, c.to, len(text)); c.to < len(text) {
			c.toks, c.to = tokenItem(c.toks, text, c.to, len(text))
		}
	}
}

// forget drops the older half of the cache once it is large and the
// window at a no longer reads it: windows go forward through the text.
func (c *tokenCache) forget(a int) {
	half := c.base + (len(c.toks)-c.base)/2
	switch {
	case c.base >= 512:
		c.drop(c.base)
	case len(c.toks) >= 1024 && c.toks[half].e <= a:
		c.drop(half)
	}
}

// drop removes toks[:n] from the cache.
func (c *tokenCache) drop(n int) {
	m := copy(c.toks, c.toks[n:])
	c.toks, c.base = c.toks[:m], 0
	if m > 0 {
		c.from = c.toks[0].s
	} else {
		c.from = c.to
	}
	j := 0
	for _, k := range c.jumps {
		if k > n {
			c.jumps[j] = k - n
			j++
		}
	}
	c.jumps = c.jumps[:j]
}

// decodeAt decodes the rune at text[i] within text[:b], ASCII without a call.
func decodeAt(text string, i, b int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:b])
}

// wordEnd returns the end of the word of class cl that goes on at j:
// letters of its class, and inner hyphens and apostrophes between letters;
// inner tells which of the two it holds (wHyphen, wApostrophe).
func wordEnd(text string, j, b int, cl class) (end int, inner wordClass) {
	for j < b {
		if c := text[j]; c < utf8.RuneSelf && c != '-' && c != '\'' {
			if asciiClass[c] != cl {
				break
			}
			j++
			continue
		}
		r2, s2 := decodeAt(text, j, b)
		c2 := classOf(r2)
		if c2 == cl {
			j += s2
			continue
		}
		if cl == clLetter && (r2 == '-' || r2 == '\'' || r2 == '’') && j+s2 < b {
			r3, _ := decodeAt(text, j+s2, b)
			if classOf(r3) == clLetter {
				if r2 == '-' {
					inner |= wHyphen
				} else {
					inner |= wApostrophe
				}
				j += s2
				continue
			}
		}
		break
	}
	return j, inner
}

// abbreviations end with a full stop that does not end the sentence.
var abbreviations = map[string]bool{
	"Dr": true, "Prof": true, "Mr": true, "Mrs": true, "Ms": true, "St": true,
	"Nr": true, "bzw": true, "ca": true, "z": true, "B": true, "vgl": true,
	"Hr": true, "Fr": true, "Jr": true, "Sr": true, "Sra": true, "Mme": true,
	"M": true, "etc": true, "u": true, "a": true, "d": true, "h": true, "S": true,
	"Gen": true, "Sen": true, "Rep": true, "Gov": true, "Lt": true, "Col": true,
	// Titles of other languages: Italian Dott., Ing., Avv., Sig.; French Pr.;
	// German Dipl., Mag.; Spanish Dña.; church and parliament titles.
	"Dott": true, "Ing": true, "ing": true, "Avv": true, "Sig": true, "Pr": true,
	"Dipl": true, "Mag": true, "Dña": true, "Rev": true, "Hon": true, "Mons": true,
}

// endsSentence reports whether toks[i] ends a sentence.
func endsSentence(toks []tok, i int) bool {
	t := toks[i]
	switch t.punct {
	case placeholder:
		// A quote ending in a full stop ends its sentence when a new
		// one follows, not before ", sagte er" or ", folgendes:".
		return t.term && (i+1 >= len(toks) || toks[i+1].cap || toks[i+1].punct == '¶' || toks[i+1].punct == placeholder)
	case '!', '?', '¶', '。', '！', '？':
		return true
	case '.':
		if i+1 < len(toks) && toks[i+1].s == t.e && toks[i+1].w != "" {
			return false // "news.at", "z.B.": no space after the full stop
		}
		if i+1 < len(toks) && (toks[i+1].is(')') || toks[i+1].is(',')) {
			return false // "(D-Mo.)", "R-Ky.,": an abbreviation
		}
		if i > 0 && toks[i-1].e == t.s && toks[i-1].w != "" {
			w := toks[i-1].w
			if isDigits(w) && i+1 < len(toks) && sentenceOpeners[toks[i+1].w] {
				return true // "des Modells 3. Ein Sprecher": no ordinal before an article
			}
			if toks[i-1].has(wAbbreviation) || isDigits(w) || (utf8.RuneCountInString(w) == 1 && toks[i-1].cap) {
				return false
			}
			// "Benedikt XVI. „ist …“": a regnal number after a name.
			if romanNumeral(w) && i > 1 && toks[i-2].cap && toks[i-2].w != "" && i+1 < len(toks) && !toks[i+1].cap {
				return false
			}
		}
		return true
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
