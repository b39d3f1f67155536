package quote

import (
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
}

func (t tok) is(r rune) bool { return t.punct == r }

// tokenize appends the tokens of text[a:b] to buf. Words are runs of
// letters, digits and marks with inner hyphens and apostrophes
// ("CSET-Teams", "a-t-elle", "d'après"); a blank line becomes '¶'.
func tokenize(buf []tok, text string, a, b int) []tok {
	i := a
	for i < b {
		if c := text[i]; c < utf8.RuneSelf && c != '\n' && asciiClass[c] == clSpace {
			i++ // the most common byte: a space
			continue
		}
		r, size := decodeAt(text, i, b)
		switch cl := classOf(r); {
		case r == '\n':
			j := i + 1
			for j < b && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < b && text[j] == '\n' {
				buf = append(buf, tok{s: i, e: j + 1, punct: '¶'})
				i = j + 1
				continue
			}
			i += size
		case cl == clSpace:
			i += size
		case cl == clLetter || cl == clCJK:
			j := wordEnd(text, i+size, b, cl)
			up := r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
			buf = append(buf, tok{s: i, e: j, w: text[i:j], cap: up, cjk: cl == clCJK})
			i = j
		default:
			if r == utf8.RuneError && size == 1 {
				i++
				continue
			}
			buf = append(buf, tok{s: i, e: i + size, punct: r})
			i += size
		}
	}
	return buf
}

// decodeAt decodes the rune at text[i] within text[:b], ASCII without a call.
func decodeAt(text string, i, b int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:b])
}

// wordEnd returns the end of the word of class cl that goes on at j:
// letters of its class, and inner hyphens and apostrophes between letters.
func wordEnd(text string, j, b int, cl class) int {
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
				j += s2
				continue
			}
		}
		break
	}
	return j
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
			if abbreviations[w] || isDigits(w) || (utf8.RuneCountInString(w) == 1 && toks[i-1].cap) {
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
