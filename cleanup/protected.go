package cleanup

import (
	_ "embed"
	"strings"
)

// protectedFile lists brands and names with inner capitals (OpenAI,
// iPhone, McDonald): a join rule never cuts inside one of them.
//
//go:embed data/protected.txt
var protectedFile string

// namesFile lists capitalized proper names without inner capitals
// (Twitter, Angela, Français): evidence that a glued word ends before them.
//
//go:embed data/names.txt
var namesFile string

// navigationFile lists the items of site menus (Home, Politik, Sport):
// evidence that a chain of capitalized words is a menu, not a name.
//
//go:embed data/navigation.txt
var navigationFile string

// givenNamesFile lists common first names: evidence that a surname
// follows when a capitalized word is glued to one (NelsonMandela).
//
//go:embed data/givennames.txt
var givenNamesFile string

var (
	givenNames = readWordSet(givenNamesFile)
	// languageNames are the names of the names list's language section:
	// menu items, each a word of its own (DeutschFrançais).
	languageNames   = readWordSet(namesFile[strings.Index(namesFile, "# languages"):])
	navigationWords = readWordSet(navigationFile)
	protectedWords  = readWordSet(protectedFile)
	knownNames      = readWordSet(namesFile)
	// maxProtected is the longest entry in bytes, bounding the lookups.
	maxProtected = func() int {
		n := 0
		for w := range protectedWords {
			n = max(n, len(w))
		}
		for w := range knownNames {
			n = max(n, len(w))
		}
		return n
	}()
	// functionAny maps a function word to the set of languages (bit i for
	// functionLangs[i]) that list it.
	functionAny = func() map[string]uint16 {
		m := map[string]uint16{}
		for i, l := range functionLangs {
			for w := range functionWords[l] {
				m[w] |= 1 << i
			}
		}
		return m
	}()
)

// acronymPrefixes are lowercase prefixes that stay glued to an acronym:
// antiVHC, preCOVID, proEU, nonGMO.
var acronymPrefixes = wordSet("anti pro pre post non ex multi mini micro mega semi super ultra inter intra sub neo pseudo quasi")

// acronymSuffixes are the acronyms that brands take as a suffix of a
// product name: YandexGPT, FaceID, PowerBI, MotoGP, WindowsXP.
var acronymSuffixes = wordSet("GPT AI OS ID DB SQL QL JS ML VR AR XR API SDK UI UX IO PC HD BI CAD GP XP")

// codeWords are the nouns that camelCase identifiers end in (userName,
// httpClient, onClick): a lowercase word glued to one is code, not two
// words that lost a space.
var codeWords = wordSet(`Name Id ID Client Count Value List Map Type Data Info Handler Manager
	Service Request Response Error Event Key Index Item Size Length Path File Url URL Config State
	Context Node Element String Int Array Object Class Func Function Method Result Status Code Text
	Number Query Table Row Column Field Model View Controller Factory Builder Provider Listener
	Callback Async Sync Click Change Submit Load Empty Each Next Prev Version Token Session User Host
	Port Buffer Stream Reader Writer Input Output Format Parser Loader Helper Util Utils Impl
	Interface Base Default Max Min Width Height Color Style Props Ref Set Get Case Rules Options
	Valid Enabled Disabled Visible Hidden Active Ready Done Null Nil Defined Loaded Selected Checked
	Required Something Account Profile Settings`)

// protectedLens and nameLens have, for each first byte, bit n set when a
// word of n bytes (n < 64) starting with that byte is in the list: most
// lookups of a glued token are answered without hashing.
var (
	protectedLens = lengthTable(protectedWords)
	nameLens      = lengthTable(knownNames)
)

func lengthTable(set map[string]bool) *[256]uint64 {
	var t [256]uint64
	for w := range set {
		if n := len(w); n >= 64 {
			t[w[0]] |= 1 << 63 // too long for a bit: always look up
		} else if n > 0 {
			t[w[0]] |= 1 << n
		}
	}
	return &t
}

// readWordSet reads white-space separated words; lines starting with #
// are comments.
func readWordSet(data string) map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(data, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			set[w] = true
		}
	}
	return set
}

// WithProtected adds words that the join rules must never split, on top
// of the built-in list of brands and names (data/protected.txt). Give each
// word as it is spelled: WithProtected("SumUp", "FlixMobility").
func WithProtected(words ...string) Option {
	return func(c *config) error {
		if c.protected == nil {
			c.protected = map[string]bool{}
		}
		for _, w := range words {
			c.protected[w] = true
			c.maxProtected = max(c.maxProtected, len(w))
		}
		return nil
	}
}

// isProtected reports whether w is a protected word, built in or given by
// the caller.
func (c *Cleaner) isProtected(w string) bool {
	return protectedWords[w] || c.cfg.protected[w]
}
