package quote

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The cue and name lists live in data/ as plain text (see data/README.txt
// for the format and how to extend them).
//
//go:embed data/cues_*.txt data/names.txt
var dataFS embed.FS

// cueLangs are the languages with a cue file.
var cueLangs = []string{
	"de", "en", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv", "zh", "ja",
	"cs", "sk", "fi", "hu", "da", "no", "tr",
}

// cueAliases maps language codes to the cue list they share.
var cueAliases = map[string]string{"nb": "no", "nn": "no"}

// cueKind says where the speaker of a cue stands.
type cueKind uint8

const (
	verbCue   cueKind = iota // a verb: speaker before it, or after it when inverted
	markerCue                // "laut", "according to": speaker after it
	auxCue                   // an auxiliary joined to a following verb cue
)

// cue is one entry of a cue list, keyed by its first word in lower case.
type cue struct {
	words    []string // the words in a row, lower case
	particle string   // separable verbs: the particle that must follow
	text     string   // how the cue is reported for separable verbs
	kind     cueKind
	lang     string
}

// cueSet indexes cues by their first word.
type cueSet struct {
	first map[string][]cue
	extra bool  // cues added by WithCues: first words the lexicon does not know
	han   []cue // Chinese and Japanese cues, matched inside runs of Han and kana
}

func parseCues(lang, data string, set *cueSet) {
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		set.add(lang, line)
	}
}

func (s *cueSet) add(lang, line string) {
	c := cue{lang: lang, kind: verbCue}
	switch line[0] {
	case '@':
		c.kind, line = markerCue, line[1:]
	case '+':
		c.kind, line = auxCue, line[1:]
	}
	if a, b, ok := strings.Cut(line, "…"); ok {
		c.particle = strings.ToLower(strings.TrimSpace(b))
		c.text = line
		line = a
	}
	c.words = strings.Fields(strings.ToLower(line))
	if len(c.words) == 0 {
		return
	}
	if lang == "zh" || lang == "ja" {
		s.han = append(s.han, c)
		return
	}
	s.first[c.words[0]] = append(s.first[c.words[0]], c)
	// Also under the capitalized form, for a cue opening a sentence
	// ("Laut", "According to"), so that lookups need no lower-casing.
	if r, size := utf8.DecodeRuneInString(c.words[0]); unicode.IsLower(r) {
		up := string(unicode.ToUpper(r)) + c.words[0][size:]
		s.first[up] = append(s.first[up], c)
	}
}

var (
	cuesOnce sync.Once
	cuesBase *cueSet
	names    map[string]gender
)

// defaultCues returns the built-in cue lists, loaded once.
func defaultCues() *cueSet {
	cuesOnce.Do(loadData)
	return cuesBase
}

func loadData() {
	cuesBase = &cueSet{first: map[string][]cue{}}
	for _, l := range cueLangs {
		b, err := dataFS.ReadFile("data/cues_" + l + ".txt")
		if err != nil {
			panic("quote: missing cue list " + l) // embedded: cannot happen
		}
		parseCues(l, string(b), cuesBase)
	}
	names = map[string]gender{}
	b, _ := dataFS.ReadFile("data/names.txt")
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || f[0][0] == '#' {
			continue
		}
		g := male
		if f[0] == "f" {
			g = female
		}
		for _, n := range f[1:] {
			if n[0] == '#' {
				break
			}
			if old, ok := names[n]; ok && old != g {
				g2 := unknownGender
				names[n] = g2
				continue
			}
			names[n] = g
		}
	}
}

// with returns a copy of s with extra cues per language.
func (s *cueSet) with(extra map[string][]string) *cueSet {
	n := &cueSet{first: make(map[string][]cue, len(s.first)), han: append([]cue(nil), s.han...), extra: true}
	for k, v := range s.first {
		n.first[k] = append([]cue(nil), v...)
	}
	for lang, lines := range extra {
		for _, l := range lines {
			if l = strings.TrimSpace(l); l != "" {
				n.add(lang, l)
			}
		}
	}
	return n
}
