package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// brk is the strongest boundary between a word and the word before it.
type brk uint8

const (
	brkSpace    brk = iota // whitespace, digits or nothing (a glued word)
	brkComma               // , and similar: inside a clause
	brkClause              // : ; and dashes: a clause may change language
	brkQuote               // a quote mark or bracket
	brkSentence            // . ! ? and their CJK forms followed by a space or the end
	brkHard                // a line break or list separator
)

// word is a maximal run of letters of one script family, with the marks
// that follow them and apostrophes or hyphens between letters.
type word struct {
	start, end int // byte offsets
	letters    int32
	fam        family
	sc         script // the script of most of its letters
	brk        brk    // boundary before the word
	kana       bool   // holds Hiragana or Katakana
	colon      bool   // a colon stands between it and the previous word: speech may start
	neutral    bool   // part of a URL or e-mail address: no evidence of a language
}

// boundaryOf classifies a non-letter rune that separates words.
func boundaryOf(r rune) brk {
	switch r {
	case '\n', '\r', '\t', '\v', '\f', 0x85, 0x2028, 0x2029,
		'|', '•', '·', '¦', '‧', '∙', '⋅', '／', '｜', '・':
		return brkHard
	case '"', '«', '»', '‹', '›', '“', '”', '„', '‟', '‚', '「', '」', '『', '』', '〝', '〞', '＂',
		'(', ')', '[', ']', '{', '}', '（', '）', '［', '］', '【', '】', '〈', '〉', '《', '》':
		return brkQuote
	case '.', '!', '?', '…', '。', '！', '？', '؟', '।', '．', '｡':
		return brkSentence
	case ':', ';', '—', '–', '：', '；', '―':
		return brkClause
	case ',', '、', '，', '،':
		return brkComma
	}
	return brkSpace
}

// isWordJoiner reports runes that stay inside a word when letters follow:
// apostrophes (l'histoire, don't) and hyphens (Open-Source-Modell).
func isWordJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', '‑', 'ʼ':
		return true
	}
	return false
}

// splitWords splits text into words. It never fails: invalid UTF-8 bytes
// are treated as separators. Every letter of text is in exactly one word.
func splitWords(text string, buf []word) []word {
	words := buf[:0]
	var cur word
	in := false
	var counts [numScripts]int
	pending := brkSpace // boundary seen since the last word
	colon := false      // a colon seen since the last word
	period := false     // the sentence mark seen since the last word is a full stop
	sentence := false   // a sentence mark waiting to be confirmed by a space
	prevLower := false
	run := 0 // letters since the word started or since a case split point

	flush := func(end int) {
		if !in {
			return
		}
		cur.end = end
		best := scUnknown
		for s, n := range counts {
			if n > counts[best] {
				best = script(s)
			}
		}
		cur.sc = best
		words = append(words, cur)
		in = false
		counts = [numScripts]int{}
	}
	start := func(i int, r rune, sc script) {
		b := pending
		if sentence {
			// A sentence mark directly followed by a letter ("z.B.", "e.g.")
			// is not the end of a sentence.
			b = max(b, brkComma)
		}
		if b == brkSentence && period && unicode.IsLower(r) {
			// nor is a full stop before a lower-case word: "z.B. nicht", "etc. and"
			b = brkComma
		}
		cur = word{start: i, fam: scriptFamily[sc], brk: b, colon: colon}
		in = true
		pending = brkSpace
		colon, period = false, false
		sentence = false
		run = 0
	}

	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size <= 1 {
			flush(i)
			i++
			continue
		}

		switch {
		case lostLetter(r, text[i:]) > 0:
			// a word of its own, glued to its neighbours, of no language
			n := lostLetter(r, text[i:])
			flush(i)
			start(i, r, scLatn)
			pending = brkSpace
			for _, r := range text[i : i+n] {
				if unicode.IsLetter(r) {
					counts[scLatn]++
					cur.letters++
				}
			}
			cur.neutral = true
			flush(i + n)
			prevLower = false
			i += n
			continue
		case unicode.IsLetter(r):
			sc := scriptOf(r)
			fam := scriptFamily[sc]
			if sc == scUnknown && in {
				fam = cur.fam // letters of other scripts (ª, ʼ) join the word
			}
			upper := unicode.IsUpper(r)
			if in && fam != cur.fam {
				flush(i)
				start(i, r, sc)
			} else if in && upper && prevLower && run >= 3 && lowerFollows(text[i+size:]) {
				// EnglishFrançais: a lower-to-upper change inside a token
				// followed by lower case starts a new word; OpenAI, LehrerIn
				// and McLaren do not match (too few letters on one side).
				flush(i)
				start(i, r, sc)
			} else if !in {
				start(i, r, sc)
			}
			counts[sc]++
			cur.letters++
			run++
			if sc == scHira || sc == scKana {
				cur.kana = true
			}
			prevLower = unicode.IsLower(r)
		case in && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)):
			// combining marks belong to the letter before them
		case in && isWordJoiner(r) && letterFollows(text[i+size:], cur.fam):
			prevLower = false
			run = 0
		default:
			flush(i)
			b := boundaryOf(r)
			colon = colon || r == ':' || r == '：'
			switch {
			case b == brkSentence && (r >= 0x3000 && r < 0x3100 || r >= 0xFF00 && r < 0xFFF0):
				// CJK full stops need no space after them
				pending = max(pending, brkSentence)
			case r == '.' && isInitial(text, words, i):
				// "N. Brainin", "J. S. Bach": an initial ends no sentence
			case b == brkSentence:
				sentence = true
				period = r == '.'
			case sentence && (unicode.IsSpace(r) || b >= brkQuote):
				pending = max(pending, brkSentence, b)
				sentence = false
			default:
				// "3.5" or "Nr.1": a mark followed by anything else ends nothing
				sentence = false
				pending = max(pending, b)
			}
			prevLower = false
		}
		i += size
	}
	flush(len(text))
	return words
}

func lowerFollows(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
		if n++; n == 2 {
			return true
		}
	}
	return false
}

func letterFollows(s string, fam family) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && scriptFamily[scriptOf(r)] == fam
}

// markNeutral marks the words of URLs and e-mail addresses: their letters
// take the language of the text around them and are no evidence of any.
func markNeutral(text string, words []word) {
	k := 0
	for start := 0; start < len(text); {
		end := start
		for end < len(text) && !isSpaceByte(text[end]) {
			end++
		}
		if end > start && isAddress(text[start:end]) {
			for k < len(words) && words[k].start < start {
				k++
			}
			for ; k < len(words) && words[k].start < end; k++ {
				words[k].neutral = true
			}
		}
		start = end + 1
	}
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// isAddress reports a token that is a URL (scheme://, www.) or an e-mail
// address (letters on both sides of an @).
func isAddress(tok string) bool {
	if strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") || strings.HasPrefix(tok, "(www.") {
		return true
	}
	at := strings.IndexByte(tok, '@')
	return at > 0 && at < len(tok)-1 && strings.IndexByte(tok[at:], '.') > 0
}

// lostLetter returns the length of a mis-decoded replacement character at
// the start of s, 0 if there is none. U+FFFD, where a converter lost a
// letter, read back as Windows-1250 or -1252 becomes "ďż˝" or "ï¿½": its
// letters are no evidence of Slovak or French, so they make a neutral word
// as a URL does.
func lostLetter(r rune, s string) int {
	switch {
	case r == 'ď' && strings.HasPrefix(s, "ďż˝"):
		return len("ďż˝")
	case r == 'ï' && strings.HasPrefix(s, "ï¿½"):
		return len("ï¿½")
	}
	return 0
}

// isInitial reports a full stop at i right after a word of one capital
// letter: the initial of a name.
func isInitial(text string, words []word, i int) bool {
	if len(words) == 0 {
		return false
	}
	w := words[len(words)-1]
	if w.end != i || w.letters != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[w.start:])
	return unicode.IsUpper(r)
}
