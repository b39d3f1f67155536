package cleanup

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// This file reads hunspell's .aff files: the encoding, the flag syntax,
// the affix classes and the compounding options that lookup needs.
// Of what serves suggestions only TRY is read, for the accented letters
// of the alphabet (misspelt.go); REP, MAP, KEY, … are skipped.

// A flag names an affix class or a property (ONLYINCOMPOUND, …) after
// interning; 0 is no flag.
type flagID uint16

// A flagSet is a sorted set of flags.
type flagSet []flagID

func (fs flagSet) has(f flagID) bool {
	if f == 0 {
		return false
	}
	if len(fs) <= 8 {
		for _, g := range fs {
			if g == f {
				return true
			}
		}
		return false
	}
	_, ok := slices.BinarySearch(fs, f)
	return ok
}

// flagSyntax is the FLAG option: how a string of flags is cut.
type flagSyntax int

const (
	flagChar flagSyntax = iota // one character a flag (the default)
	flagLong                   // two characters a flag
	flagNum                    // decimal numbers separated by commas
)

// An affix is one line of a PFX or SFX class: strip strip, add add, when
// the stem matches cond.
type affix struct {
	flag       flagID
	prefix     bool
	cross      bool // the class may combine with an affix of the other side
	strip, add string
	cond       condition
	cont       flagSet // continuation flags of the affixed form
	// From cont, for lookup: the properties the affix gives its form.
	onlyInCompound, permit, forbidCompound, needAffix, circumfix bool
}

// A condition is hunspell's affix condition: a sequence of characters,
// '.' (any) and bracket sets [abc] or [^abc], matched at the start of a
// stem for a prefix and at its end for a suffix.
type condition []condElem

type condElem struct {
	any   bool
	neg   bool
	runes []rune
}

func (e condElem) match(r rune) bool {
	if e.any {
		return true
	}
	return slices.Contains(e.runes, r) != e.neg
}

// parseCondition reads a condition; "." alone is none.
func parseCondition(s string) condition {
	if s == "." || s == "" {
		return nil
	}
	var c condition
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case '.':
			c = append(c, condElem{any: true})
		case '[':
			e := condElem{}
			if i < len(s) && s[i] == '^' {
				e.neg = true
				i++
			}
			for i < len(s) && s[i] != ']' {
				r, n := utf8.DecodeRuneInString(s[i:])
				e.runes = append(e.runes, r)
				i += n
			}
			i++ // the ']', or past the end of an unclosed set
			c = append(c, e)
		default:
			c = append(c, condElem{runes: []rune{r}})
		}
	}
	return c
}

// matchEnd reports whether the stem ends in what c asks.
func (c condition) matchEnd(stem string) bool {
	at := len(stem)
	for k := len(c) - 1; k >= 0; k-- {
		if at == 0 {
			return false
		}
		r, n := utf8.DecodeLastRuneInString(stem[:at])
		if !c[k].match(r) {
			return false
		}
		at -= n
	}
	return true
}

// matchStart reports whether the stem starts with what c asks.
func (c condition) matchStart(stem string) bool {
	at := 0
	for _, e := range c {
		if at == len(stem) {
			return false
		}
		r, n := utf8.DecodeRuneInString(stem[at:])
		if !e.match(r) {
			return false
		}
		at += n
	}
	return true
}

// affixFile is what ReadHunspell keeps of an .aff file.
type affixFile struct {
	syntax  flagSyntax
	flagIDs map[string]flagID
	aliases []flagSet // AF, numbered from 1
	// aliasHeader: the "AF count" line has been read.
	aliasHeader bool

	prefixes, suffixes []*affix

	// Properties, as flags.
	compoundFlag, compoundBegin, compoundMiddle, compoundEnd flagID
	onlyInCompound, permit, forbidCompound, needAffix        flagID
	forbidden, keepCase, circumfix                           flagID

	compoundMin, compoundMax       int
	checkCompoundCase, checkTriple bool
	fullStrip                      bool
	iconv                          [][2]string
	ignore                         string

	// turkic: LANG is Turkish, Azerbaijani or Crimean Tatar, whose
	// capital I is ı in lowercase and İ is i (TIR is tır, not tir).
	turkic bool

	// accented are the accented lowercase letters that TRY names, each
	// with the letter it is written as without its accent.
	accented []accentedLetter
}

// maxFlags bounds the distinct flags of a dictionary (flag is 16 bits).
const maxFlags = 1<<16 - 1

// intern returns the id of the flag named s.
func (a *affixFile) intern(s string) (flagID, error) {
	if a.syntax == flagNum {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > maxFlags {
			return 0, fmt.Errorf("flag %q is not a number below 65536", s)
		}
		s = strconv.Itoa(n)
	}
	if f, ok := a.flagIDs[s]; ok {
		return f, nil
	}
	if len(a.flagIDs) >= maxFlags {
		return 0, fmt.Errorf("more than %d flags", maxFlags)
	}
	f := flagID(len(a.flagIDs) + 1)
	a.flagIDs[s] = f
	return f, nil
}

// flagNames cuts a string of flags by the FLAG syntax.
func (a *affixFile) flagNames(s string) []string {
	var names []string
	switch a.syntax {
	case flagNum:
		for _, f := range strings.Split(s, ",") {
			if f != "" {
				names = append(names, f)
			}
		}
	case flagLong:
		for i := 0; i < len(s); {
			_, n := utf8.DecodeRuneInString(s[i:])
			j := i + n
			if j < len(s) {
				_, m := utf8.DecodeRuneInString(s[j:])
				j += m
			}
			names = append(names, s[i:j])
			i = j
		}
	default:
		for i := 0; i < len(s); {
			_, n := utf8.DecodeRuneInString(s[i:])
			names = append(names, s[i:i+n])
			i += n
		}
	}
	return names
}

// flags reads a string of flags, or an AF alias number when the file has
// aliases.
func (a *affixFile) flags(s string) (flagSet, error) {
	if len(a.aliases) > 0 && isNumber(s) {
		n, _ := strconv.Atoi(s)
		if n < 1 || n > len(a.aliases) {
			return nil, fmt.Errorf("flag alias %s: only %d aliases", s, len(a.aliases))
		}
		return a.aliases[n-1], nil
	}
	var fs flagSet
	for _, name := range a.flagNames(s) {
		f, err := a.intern(name)
		if err != nil {
			return nil, err
		}
		fs = append(fs, f)
	}
	slices.Sort(fs)
	return slices.Compact(fs), nil
}

// oneFlag reads the value of an option naming one flag.
func (a *affixFile) oneFlag(s string) (flagID, error) {
	names := a.flagNames(s)
	if len(names) != 1 {
		return 0, fmt.Errorf("want one flag, got %q", s)
	}
	return a.intern(names[0])
}

// encodingOf maps the SET names hunspell uses to decoders; nil is UTF-8.
func encodingOf(set string) (encoding.Encoding, error) {
	switch strings.ToUpper(strings.ReplaceAll(set, "_", "-")) {
	case "", "UTF-8", "UTF8":
		return nil, nil
	case "ISO8859-1", "ISO-8859-1":
		return charmap.ISO8859_1, nil
	case "ISO8859-2", "ISO-8859-2":
		return charmap.ISO8859_2, nil
	case "ISO8859-3", "ISO-8859-3":
		return charmap.ISO8859_3, nil
	case "ISO8859-4", "ISO-8859-4":
		return charmap.ISO8859_4, nil
	case "ISO8859-5", "ISO-8859-5":
		return charmap.ISO8859_5, nil
	case "ISO8859-6", "ISO-8859-6":
		return charmap.ISO8859_6, nil
	case "ISO8859-7", "ISO-8859-7":
		return charmap.ISO8859_7, nil
	case "ISO8859-8", "ISO-8859-8":
		return charmap.ISO8859_8, nil
	case "ISO8859-9", "ISO-8859-9":
		return charmap.ISO8859_9, nil
	case "ISO8859-10", "ISO-8859-10":
		return charmap.ISO8859_10, nil
	case "ISO8859-13", "ISO-8859-13":
		return charmap.ISO8859_13, nil
	case "ISO8859-14", "ISO-8859-14":
		return charmap.ISO8859_14, nil
	case "ISO8859-15", "ISO-8859-15":
		return charmap.ISO8859_15, nil
	case "KOI8-R":
		return charmap.KOI8R, nil
	case "KOI8-U":
		return charmap.KOI8U, nil
	case "MICROSOFT-CP1251", "CP1251", "WINDOWS-1251":
		return charmap.Windows1251, nil
	case "TIS620-2533", "TIS-620":
		return charmap.Windows874, nil
	}
	return nil, fmt.Errorf("unknown SET encoding %q", set)
}

// findSet returns the value of the SET line of raw .aff bytes, which are
// ASCII whatever the encoding.
func findSet(raw []byte) string {
	for len(raw) > 0 {
		line := raw
		if i := indexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i], raw[i+1:]
		} else {
			raw = nil
		}
		f := strings.Fields(string(line))
		if len(f) >= 2 && f[0] == "SET" {
			return f[1]
		}
	}
	return ""
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// parseAffixFile reads the decoded text of an .aff file.
func parseAffixFile(text string) (*affixFile, error) {
	a := &affixFile{flagIDs: map[string]flagID{}, compoundMin: 3}
	// FLAG changes how every later flag is read: find it first.
	lines := strings.Split(text, "\n")
	for _, line := range lines {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "FLAG" {
			switch strings.ToLower(f[1]) {
			case "long":
				a.syntax = flagLong
			case "num":
				a.syntax = flagNum
			case "utf-8", "utf8":
				a.syntax = flagChar
			default:
				return nil, fmt.Errorf("cleanup: .aff: unknown FLAG %q", f[1])
			}
		}
	}
	var class *affixClass
	for n, line := range lines {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		var err error
		if (f[0] == "PFX" || f[0] == "SFX") && len(f) >= 4 {
			class, err = a.affixLine(f, class)
		} else {
			err = a.option(f)
		}
		if err != nil {
			return nil, fmt.Errorf("cleanup: .aff line %d: %v", n+1, err)
		}
	}
	return a, nil
}

// affixClass is the header of the PFX or SFX class being read.
type affixClass struct {
	kind  string
	name  string
	flag  flagID
	cross bool
	left  int
}

// affixLine reads a PFX/SFX header or entry.
func (a *affixFile) affixLine(f []string, class *affixClass) (*affixClass, error) {
	if class == nil || class.left == 0 || class.kind != f[0] || class.name != f[1] {
		// A header: PFX flag Y|N count.
		if f[2] != "Y" && f[2] != "N" || !isNumber(f[3]) {
			return nil, fmt.Errorf("%s %s: want a header \"%s flagID Y|N count\"", f[0], f[1], f[0])
		}
		fl, err := a.oneFlag(f[1])
		if err != nil {
			return nil, err
		}
		left, _ := strconv.Atoi(f[3])
		return &affixClass{kind: f[0], name: f[1], flag: fl, cross: f[2] == "Y", left: left}, nil
	}
	class.left--
	ax := &affix{flag: class.flag, prefix: f[0] == "PFX", cross: class.cross}
	ax.strip = zeroIsEmpty(f[2])
	add := f[3]
	if i := strings.IndexByte(add, '/'); i >= 0 {
		cont, err := a.flags(add[i+1:])
		if err != nil {
			return nil, err
		}
		ax.cont, add = cont, add[:i]
	}
	ax.add = zeroIsEmpty(add)
	if len(f) >= 5 {
		ax.cond = parseCondition(f[4])
	}
	if ax.prefix {
		a.prefixes = append(a.prefixes, ax)
	} else {
		a.suffixes = append(a.suffixes, ax)
	}
	return class, nil
}

func zeroIsEmpty(s string) string {
	if s == "0" {
		return ""
	}
	return s
}

// option reads one line other than an affix.
func (a *affixFile) option(f []string) error {
	name := f[0]
	if target := a.flagOption(name); target != nil {
		if len(f) < 2 {
			return fmt.Errorf("%s needs a flag", name)
		}
		fl, err := a.oneFlag(f[1])
		*target = fl
		return err
	}
	switch name {
	case "COMPOUNDMIN", "COMPOUNDWORDMAX":
		if len(f) < 2 || !isNumber(f[1]) {
			return fmt.Errorf("%s needs a number", name)
		}
		n, _ := strconv.Atoi(f[1])
		if name == "COMPOUNDMIN" {
			a.compoundMin = max(n, 1)
		} else {
			a.compoundMax = n
		}
	case "LANG":
		if len(f) >= 2 {
			l := strings.ToLower(f[1])
			a.turkic = l == "tr" || l == "az" || l == "crh" || strings.HasPrefix(l, "tr_") ||
				strings.HasPrefix(l, "az_") || strings.HasPrefix(l, "crh_")
		}
	case "TRY":
		if len(f) >= 2 {
			a.accented = accentedLetters(f[1])
		}
	case "CHECKCOMPOUNDCASE":
		a.checkCompoundCase = true
	case "CHECKCOMPOUNDTRIPLE":
		a.checkTriple = true
	case "FULLSTRIP":
		a.fullStrip = true
	case "IGNORE":
		if len(f) >= 2 {
			a.ignore = f[1]
		}
	case "ICONV":
		if len(f) >= 3 {
			a.iconv = append(a.iconv, [2]string{f[1], f[2]})
		}
	case "AF":
		// "AF count", then one "AF flags" per alias.
		if len(f) >= 2 && len(a.aliases) == 0 && isNumber(f[1]) && !a.aliasHeader {
			a.aliasHeader = true
			return nil
		}
		if len(f) >= 2 {
			fs, err := a.rawFlags(f[1])
			if err != nil {
				return err
			}
			a.aliases = append(a.aliases, fs)
		}
	}
	return nil
}

// rawFlags reads a string of flags ignoring aliases (for AF itself).
func (a *affixFile) rawFlags(s string) (flagSet, error) {
	saved := a.aliases
	a.aliases = nil
	fs, err := a.flags(s)
	a.aliases = saved
	return fs, err
}

// flagOption returns where an option naming a flag is kept, or nil.
func (a *affixFile) flagOption(name string) *flagID {
	switch name {
	case "COMPOUNDFLAG":
		return &a.compoundFlag
	case "COMPOUNDBEGIN":
		return &a.compoundBegin
	case "COMPOUNDMIDDLE":
		return &a.compoundMiddle
	case "COMPOUNDEND", "COMPOUNDLAST":
		return &a.compoundEnd
	case "ONLYINCOMPOUND":
		return &a.onlyInCompound
	case "COMPOUNDPERMITFLAG":
		return &a.permit
	case "COMPOUNDFORBIDFLAG":
		return &a.forbidCompound
	case "NEEDAFFIX", "PSEUDOROOT":
		return &a.needAffix
	case "FORBIDDENWORD":
		return &a.forbidden
	case "KEEPCASE":
		return &a.keepCase
	case "CIRCUMFIX":
		return &a.circumfix
	}
	return nil
}
