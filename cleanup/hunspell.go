package cleanup

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
)

// A Dictionary is a hunspell dictionary (the .dic and .aff files that
// LibreOffice, Firefox and every Linux desktop use): it knows a word in
// any form its affix rules make (inflections) and any compound its
// compounding rules allow (German Urheber|recht), without listing them.
// As a Lexicon it counts every word it knows as 1; WithLexicon takes a
// frequency list or a Vocabulary beside it to rank the splits.
//
// Stems are kept with their flags and forms are found by stripping
// affixes at lookup, so a dictionary costs little more memory than its
// .dic file. A Dictionary is safe for concurrent use.
type Dictionary struct {
	aff *affixFile
	// words maps a stem to its flag set (an index into sets) or, with
	// homonymBit, to an index into homonyms, for a stem listed more than
	// once with different flags.
	words    map[string]uint32
	sets     []flagSet
	homonyms [][]uint32

	// The affixes by the text they add: all of them, and those allowed
	// inside compounds (COMPOUNDPERMITFLAG), which compound parts use.
	suffixes, prefixes             affixIndex
	permitSuffixes, permitPrefixes affixIndex
	// outerSuffix marks the flags of suffixes that follow another suffix
	// (twofold suffixes), so lookup strips a second one only after them.
	outerSuffix map[flagID]bool
	compounds   bool
	iconv       *strings.Replacer
	// solid holds the words that the .aff's REP table replaces by two
	// (REP alot a_lot): spellings common enough to be the writer's.
	solid map[string]bool
	cache *wordCache
	known *knownPrints
}

const homonymBit = 1 << 31

// maxHomonyms bounds the entries of one stem; real dictionaries have two
// or three.
const maxHomonyms = 32

// maxLookup bounds the words lookup analyzes, in bytes: longer tokens are
// unknown. It also bounds the compound search, which is quadratic in it.
const maxLookup = 96

// ReadHunspell reads a hunspell dictionary from its .dic and .aff files,
// decoding them by the .aff's SET. It implements what lookup needs: affix
// classes with conditions and cross products, twofold suffixes, FLAG
// long/num/UTF-8, AF aliases, compounding by COMPOUNDFLAG and
// COMPOUNDBEGIN/MIDDLE/END with COMPOUNDPERMITFLAG, COMPOUNDFORBIDFLAG,
// COMPOUNDMIN, COMPOUNDWORDMAX, CHECKCOMPOUNDCASE and CHECKCOMPOUNDTRIPLE,
// ONLYINCOMPOUND, NEEDAFFIX, FORBIDDENWORD, KEEPCASE, CIRCUMFIX, ICONV
// and IGNORE. COMPOUNDRULE (numbers such as 21st) is not implemented.
//
// An unknown SET or FLAG, or a malformed affix line, is an error naming
// the line; invalid bytes in a UTF-8 file become U+FFFD.
func ReadHunspell(dic, aff io.Reader) (*Dictionary, error) {
	rawAff, err := io.ReadAll(aff)
	if err != nil {
		return nil, fmt.Errorf("cleanup: reading .aff: %w", err)
	}
	enc, err := encodingOf(findSet(rawAff))
	if err != nil {
		return nil, fmt.Errorf("cleanup: .aff: %v", err)
	}
	affText, err := decodeHunspell(rawAff, enc)
	if err != nil {
		return nil, fmt.Errorf("cleanup: .aff: %v", err)
	}
	a, err := parseAffixFile(affText)
	if err != nil {
		return nil, err
	}
	rawDic, err := io.ReadAll(dic)
	if err != nil {
		return nil, fmt.Errorf("cleanup: reading .dic: %w", err)
	}
	dicText, err := decodeHunspell(rawDic, enc)
	if err != nil {
		return nil, fmt.Errorf("cleanup: .dic: %v", err)
	}
	d := newDictionary(a)
	if err := d.readStems(dicText); err != nil {
		return nil, err
	}
	d.solid = solidSpellings(affText)
	return d, nil
}

// solidSpellings returns the words that REP lines of an .aff replace by
// two words (REP alot a_lot, anchored or not): a dictionary lists there
// the solid spellings people write on purpose, which no lost space made.
func solidSpellings(aff string) map[string]bool {
	var solid map[string]bool
	for line := range strings.Lines(aff) {
		if !strings.HasPrefix(line, "REP") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 || f[0] != "REP" || !strings.Contains(f[2], "_") {
			continue
		}
		w := strings.TrimSuffix(strings.TrimPrefix(f[1], "^"), "$")
		if w == "" || strings.ContainsAny(w, "_^$") {
			continue
		}
		if solid == nil {
			solid = map[string]bool{}
		}
		solid[w] = true
	}
	return solid
}

// writtenSolid reports whether w, or its lowercase, is a solid spelling
// the dictionary's REP table names (alot): a writer's spelling.
func (d *Dictionary) writtenSolid(w string) bool {
	return d.solid != nil && (d.solid[w] || d.solid[d.lower(w)])
}

// decodeHunspell turns a file into UTF-8 text without a byte order mark.
func decodeHunspell(raw []byte, enc encoding.Encoding) (string, error) {
	raw = bytes.TrimPrefix(raw, []byte("\ufeff"))
	if enc == nil {
		return strings.ToValidUTF8(string(raw), "\ufffd"), nil
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

func newDictionary(a *affixFile) *Dictionary {
	d := &Dictionary{
		aff:         a,
		words:       map[string]uint32{},
		outerSuffix: map[flagID]bool{},
		cache:       newWordCache(),
		known:       newKnownPrints(),
	}
	suffixFlags := map[flagID]bool{}
	for _, s := range a.suffixes {
		suffixFlags[s.flag] = true
	}
	for _, ax := range slices.Concat(a.prefixes, a.suffixes) {
		ax.onlyInCompound = ax.cont.has(a.onlyInCompound)
		ax.permit = ax.cont.has(a.permit)
		ax.forbidCompound = ax.cont.has(a.forbidCompound)
		ax.needAffix = ax.cont.has(a.needAffix)
		ax.circumfix = ax.cont.has(a.circumfix)
		if ax.prefix {
			d.prefixes.add(ax)
			if ax.permit {
				d.permitPrefixes.add(ax)
			}
			continue
		}
		d.suffixes.add(ax)
		if ax.permit {
			d.permitSuffixes.add(ax)
		}
		for _, f := range ax.cont {
			if suffixFlags[f] {
				d.outerSuffix[f] = true
			}
		}
	}
	d.compounds = a.compoundFlag != 0 || a.compoundBegin != 0 && a.compoundEnd != 0
	if len(a.iconv) > 0 {
		var pairs []string
		for _, p := range a.iconv {
			pairs = append(pairs, p[0], p[1])
		}
		d.iconv = strings.NewReplacer(pairs...)
	}
	return d
}

// An affixIndex finds the affixes that add a given text.
type affixIndex struct {
	byAdd map[string][]*affix
	lens  []int // the byte lengths of the texts, shortest first
}

func (x *affixIndex) add(ax *affix) {
	if x.byAdd == nil {
		x.byAdd = map[string][]*affix{}
	}
	if _, ok := x.byAdd[ax.add]; !ok {
		x.lens = append(x.lens, len(ax.add))
		slices.Sort(x.lens)
		x.lens = slices.Compact(x.lens)
	}
	x.byAdd[ax.add] = append(x.byAdd[ax.add], ax)
}

// readStems reads the .dic text: a first line with the number of stems,
// then one stem a line, "stem/flags" followed by optional morphological
// fields.
func (d *Dictionary) readStems(text string) error {
	setIDs := map[string]uint32{}
	// Room for every line up front: growing a map of a million stems
	// costs more than filling it.
	d.words = make(map[string]uint32, strings.Count(text, "\n")+1)
	first := true
	for n := 1; text != ""; n++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimRight(line, "\r")
		if first {
			first = false
			if f := strings.Fields(line); len(f) == 1 && isNumber(f[0]) {
				continue
			}
		}
		if line == "" || line[0] == '\t' || line[0] == '#' {
			continue
		}
		word, flags := splitStem(line)
		if word == "" {
			continue
		}
		id, ok := setIDs[flags]
		if !ok {
			fs, err := d.aff.flags(flags)
			if err != nil {
				return fmt.Errorf("cleanup: .dic line %d: %v", n, err)
			}
			id = uint32(len(d.sets))
			d.sets = append(d.sets, fs)
			setIDs[flags] = id
		}
		d.addStem(d.normalize(word), id)
	}
	return nil
}

// splitStem cuts a .dic line into the stem and its flags; a slash inside
// the stem is written \/.
func splitStem(line string) (word, flags string) {
	end := len(line)
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '/':
			if i == 0 {
				continue
			}
			j := i + 1
			for j < len(line) && line[j] != ' ' && line[j] != '\t' {
				j++
			}
			return unescapeStem(line[:i]), line[i+1 : j]
		case ' ', '\t':
			if i > 0 {
				return unescapeStem(line[:i]), ""
			}
		}
	}
	return unescapeStem(line[:end]), ""
}

func unescapeStem(w string) string {
	if strings.IndexByte(w, '\\') < 0 {
		return w
	}
	return strings.ReplaceAll(w, "\\/", "/")
}

// addStem records a stem, keeping homonyms apart: each has its own flags.
func (d *Dictionary) addStem(word string, set uint32) {
	v, ok := d.words[word]
	switch {
	case !ok:
		d.words[word] = set
	case v&homonymBit != 0:
		h := &d.homonyms[v&^homonymBit]
		if len(*h) < maxHomonyms && !slices.Contains(*h, set) {
			*h = append(*h, set)
		}
	case v != set:
		d.words[word] = homonymBit | uint32(len(d.homonyms))
		d.homonyms = append(d.homonyms, []uint32{v, set})
	}
}

// normalize applies ICONV and IGNORE to a word, as hunspell does to both
// the dictionary and the words it checks.
func (d *Dictionary) normalize(w string) string {
	if d.iconv != nil {
		w = d.iconv.Replace(w)
	}
	if d.aff.ignore != "" && strings.ContainsAny(w, d.aff.ignore) {
		w = strings.Map(func(r rune) rune {
			if strings.ContainsRune(d.aff.ignore, r) {
				return -1
			}
			return r
		}, w)
	}
	return w
}

// entries calls yield with each flag set of the stem value v.
func (d *Dictionary) entries(v uint32) []uint32 {
	if v&homonymBit != 0 {
		return d.homonyms[v&^homonymBit]
	}
	return []uint32{v}
}

// Count returns 1 for a word the dictionary knows, 0 otherwise: a
// dictionary has no frequencies.
func (d *Dictionary) Count(word string) int {
	if d.Known(word) {
		return 1
	}
	return 0
}

// Known reports whether word is a word of the dictionary: a stem, an
// affixed form of one, or a compound its rules allow. A capitalized word
// is also looked up in lowercase (sentence starts), an all-capitals word
// in lowercase and capitalized, unless the stem is marked KEEPCASE.
func (d *Dictionary) Known(word string) bool {
	return d.analyze(word) != unknownWord
}

// wordKind says how a dictionary knows a word, from most to least sure.
type wordKind int

const (
	unknownWord  wordKind = iota
	compoundWord          // a compound its rules allow
	affixedWord           // a stem with affixes
	stemWord              // a stem as listed
)

// analyze tells how the dictionary knows word.
func (d *Dictionary) analyze(word string) wordKind {
	if word == "" || len(word) > maxLookup {
		return unknownWord
	}
	// The caches hold the text's own vocabulary: small, so their lookups
	// stay in the processor's cache, unlike those of the stem map.
	if k := d.known.get(word); k != unknownWord {
		return k
	}
	if k, ok := d.cache.get(word); ok {
		d.known.put(word, wordKind(k))
		return wordKind(k)
	}
	k := d.analyzeCases(word)
	d.cache.put(word, int(k))
	d.known.put(word, k)
	return k
}

// analyzeCases is analyze without the cache.
func (d *Dictionary) analyzeCases(word string) wordKind {
	if d.iconv != nil || d.aff.ignore != "" {
		word = d.normalize(word)
	}
	if k := d.kindOf(word, false); k != unknownWord {
		return k
	}
	switch caseShape(word) {
	case shapeCapital:
		return d.kindOf(d.lowerFirst(word), true)
	case shapeUpper:
		if k := d.kindOf(d.lower(word), true); k != unknownWord {
			return k
		}
		r, n := utf8.DecodeRuneInString(word)
		return d.kindOf(string(r)+d.lower(word[n:]), true)
	}
	return unknownWord
}

// kindOf looks word up as written; lowered says word is a lowercased
// form of the token, which KEEPCASE stems do not accept.
func (d *Dictionary) kindOf(word string, lowered bool) wordKind {
	budget := maxAffixTries
	l := lookup{role: alone, lowered: lowered, budget: &budget}
	v, listed := d.words[word]
	if listed && d.stemOK(v, l) {
		return stemWord
	}
	if listed && d.forbiddenStem(v) {
		return unknownWord // FORBIDDENWORD: not even as a compound
	}
	if d.affixed(word, l) {
		return affixedWord
	}
	if d.compounds && d.compound(word, lowered, &budget) {
		return compoundWord
	}
	return unknownWord
}

// forbiddenStem reports a stem listed only as FORBIDDENWORD.
func (d *Dictionary) forbiddenStem(v uint32) bool {
	for _, id := range d.entries(v) {
		if !d.sets[id].has(d.aff.forbidden) {
			return false
		}
	}
	return true
}

// caseShape is shapeOf for a word that may hold letters without case.
func caseShape(w string) wordShape {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return shapeLower
	}
	rest := w[n:]
	if strings.IndexFunc(rest, unicode.IsLower) < 0 && strings.IndexFunc(rest, unicode.IsUpper) >= 0 {
		return shapeUpper
	}
	return shapeCapital
}

// lower is strings.ToLower in the dictionary's language.
func (d *Dictionary) lower(w string) string {
	if d.aff.turkic {
		return strings.ToLowerSpecial(unicode.TurkishCase, w)
	}
	return strings.ToLower(w)
}

// lowerFirst is lowerFirst in the dictionary's language.
func (d *Dictionary) lowerFirst(w string) string {
	if d.aff.turkic {
		r, n := utf8.DecodeRuneInString(w)
		return string(unicode.TurkishCase.ToLower(r)) + w[n:]
	}
	return lowerFirst(w)
}

func lowerFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToLower(r)) + w[n:]
}

func (d *Dictionary) affixText(w string, suffix bool) bool {
	if suffix {
		return len(d.suffixes.byAdd[w]) > 0
	}
	return len(d.prefixes.byAdd[w]) > 0
}

// listedPrefix returns the length in bytes of the longest proper prefix
// of w that the dictionary lists as a stem (in w's case or with its first
// letter lowered), or 0: the word a cut before that length falls inside
// (bağlam|acının inside bağlamacı).
func (d *Dictionary) listedPrefix(w string) int {
	low := w
	if caseShape(w) == shapeCapital {
		low = d.lowerFirst(w)
	}
	for j := len(w) - 1; j > 0; j-- {
		if !utf8.RuneStart(w[j]) {
			continue
		}
		if _, ok := d.words[w[:j]]; ok {
			return j
		}
		if k := j + len(low) - len(w); k > 0 && low != w {
			if _, ok := d.words[low[:k]]; ok {
				return j
			}
		}
	}
	return 0
}
