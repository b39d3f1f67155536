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
	shape := dictShape(w)
	if shape != shapeLower && shape != shapeCapital {
		return
	}
	if !p.inProse(s, i) || dict.analyze(w) != unknownWord {
		return
	}
	if k := p.bestDictionarySplit(w, shape == shapeCapital, dict, freq); k > 0 {
		out.insert(i+k, " ")
	}
}

// A dictSplit is a cut of a word into two words, ranked by how sure the
// dictionary is of its weaker part, then by the frequency of that part.
type dictSplit struct {
	at   int
	kind wordKind
	freq int
}

func (a dictSplit) better(b dictSplit) bool {
	if a.kind != b.kind {
		return a.kind > b.kind
	}
	return a.freq > b.freq
}

// bestDictionarySplit returns where to cut w, or 0. Each cut costs two
// lookups, so the word's length bounds the work.
func (p *joinPass) bestDictionarySplit(w string, capital bool, dict wordAnalyzer, freq func(string) int) int {
	whole := freq(w)
	var best dictSplit
	for k := 1; k < len(w); k++ {
		if !utf8.RuneStart(w[k]) {
			continue
		}
		L, R := w[:k], w[k:]
		if !p.plausibleCut(L, R, capital, dict) {
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
		cand := dictSplit{at: k, kind: min(kl, kr), freq: min(freq(L), freq(R))}
		// A whole that a frequency list knows about as often as its
		// parts is a word the dictionary lacks.
		if whole > 0 && whole*3 > cand.freq {
			continue
		}
		if best.at == 0 || cand.better(best) {
			best = cand
		}
	}
	return best.at
}

// plausibleCut reports whether L|R may be two words glued rather than
// one word the dictionary lacks. A dictionary misses names (Wiki|media,
// Elbert|son), derivations (pré|compilée, counter|party) and endings
// (Johannesburg|er): such cuts need a function word to stand on.
func (p *joinPass) plausibleCut(L, R string, capital bool, dict wordAnalyzer) bool {
	fl, fr := p.isFunctionWord(L, false), p.isFunctionWord(R, false)
	switch {
	case !p.shortPartOK(L, fl, true, dict), !p.shortPartOK(R, fr, false, dict):
		return false // a stray letter pair: prefix or ending
	case !hasCase(L) && (utf8.RuneCountInString(L) < 4 || utf8.RuneCountInString(R) < 4):
		// Without capitals a name looks like any word (Hebrew פרד|ריק):
		// only long parts are sure enough.
		return false
	case capital && utf8.RuneCountInString(R) < 3:
		return false // Fünfakt|er, Ledercouch|es
	case !fl && isCombiningForm(L):
		return false // inter|cropping, kilo|metros
	case capital && !fr && p.language() != "de":
		// Outside German a capitalized word the dictionary lacks is
		// mostly a name (Wiki|media, Ко|чик): only a function word
		// glued to its end counts (Paris|and).
		return false
	}
	return true
}

// shortPartOK reports whether a part of one or two letters may stand as
// a word: a function word of the text's language, or, in a language
// without a list of function words, a stem of the dictionary leading
// the pair (Greek το|σχήμα).
func (p *joinPass) shortPartOK(part string, function, head bool, dict wordAnalyzer) bool {
	if function || utf8.RuneCountInString(part) > 2 {
		return true
	}
	if !head || indexOf(functionLangs, string(p.language())) >= 0 {
		return false // an ending, σίφων|ες, or a language with a list
	}
	return dict.analyze(part) == stemWord
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
	for _, f := range strings.Fields(`anti auto bi bio co con contra counter cyber de des dis eco euro ex geo
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
