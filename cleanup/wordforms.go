package cleanup

// This file finds the forms of a hunspell Dictionary: a word is a stem
// with at most a prefix and two suffixes, found by stripping what the
// affixes add and checking the stem's flags and the affix conditions.

// A role is where a form stands: alone, or as a part of a compound.
type role int

const (
	alone role = iota
	compoundBegin
	compoundMiddle
	compoundEnd
)

// lookup is one analysis being tried: the role of the form and the
// affixes stripped so far (inner is a suffix under suffix, twofold).
type lookup struct {
	role          role
	lowered       bool
	prefix        *affix
	suffix, inner *affix
	// budget counts the affixes one analysis may still try, so that no
	// dictionary, however written, makes a lookup unbounded.
	budget *int
}

// maxAffixTries bounds the affixes tried for one word, compounds
// included: real dictionaries need a few thousand at most.
const maxAffixTries = 1 << 14

// spend takes one try from the budget and reports whether it ran out.
func (l lookup) spend() bool {
	if l.budget == nil {
		return false
	}
	*l.budget--
	return *l.budget < 0
}

// form reports whether w is a stem or an affixed form fit for the role.
func (d *Dictionary) form(w string, l lookup) bool {
	if v, ok := d.words[w]; ok && d.stemOK(v, l) {
		return true
	}
	return d.affixed(w, l)
}

// affixed reports whether w is a stem with affixes, fit for the role.
func (d *Dictionary) affixed(w string, l lookup) bool {
	return d.suffixed(w, l) || d.prefixed(w, l)
}

// suffixed strips one suffix from w (and, after a suffix that may follow
// another, a second one) and looks the stem up.
func (d *Dictionary) suffixed(w string, l lookup) bool {
	x := d.suffixIndex(l.role)
	for _, k := range x.lens {
		if k > len(w) || k == len(w) && !d.aff.fullStrip {
			break
		}
		for _, s := range x.byAdd[w[len(w)-k:]] {
			if l.spend() {
				return false
			}
			if !d.suffixFits(s, l) {
				continue
			}
			base := w[:len(w)-k]
			if s.strip != "" {
				base += s.strip
			}
			if !s.cond.matchEnd(base) {
				continue
			}
			l2 := l
			l2.suffix = s
			if v, ok := d.words[base]; ok && d.stemOK(v, l2) {
				return true
			}
			if d.outerSuffix[s.flag] && d.innerSuffixed(base, l2) {
				return true
			}
		}
	}
	return false
}

// suffixIndex returns the suffixes a form in role r may have: inside a
// compound only the permitted ones.
func (d *Dictionary) suffixIndex(r role) *affixIndex {
	if r == compoundBegin || r == compoundMiddle {
		return &d.permitSuffixes
	}
	return &d.suffixes
}

// suffixFits is the test of a suffix before its stem is looked up: inside
// a compound only permitted suffixes, after a prefix only cross products.
func (d *Dictionary) suffixFits(s *affix, l lookup) bool {
	if (l.role == compoundBegin || l.role == compoundMiddle) && !s.permit {
		return false
	}
	return l.prefix == nil || s.cross && l.prefix.cross
}

// innerSuffixed strips a second suffix, one whose continuation flags
// allow the outer suffix l.suffix.
func (d *Dictionary) innerSuffixed(w string, l lookup) bool {
	x := d.suffixIndex(l.role)
	for _, k := range x.lens {
		if k > len(w) || k == len(w) && !d.aff.fullStrip {
			break
		}
		for _, s := range x.byAdd[w[len(w)-k:]] {
			if l.spend() {
				return false
			}
			if !s.cont.has(l.suffix.flag) || !d.suffixFits(s, l) {
				continue
			}
			base := w[:len(w)-k] + s.strip
			if !s.cond.matchEnd(base) {
				continue
			}
			l2 := l
			l2.inner = s
			if v, ok := d.words[base]; ok && d.stemOK(v, l2) {
				return true
			}
		}
	}
	return false
}

// prefixed strips one prefix from w and looks the stem up, with a suffix
// too when both are cross products.
func (d *Dictionary) prefixed(w string, l lookup) bool {
	x := &d.prefixes
	if l.role == compoundEnd || l.role == compoundMiddle {
		x = &d.permitPrefixes
	}
	for _, k := range x.lens {
		if k > len(w) || k == len(w) && !d.aff.fullStrip {
			break
		}
		for _, p := range x.byAdd[w[:k]] {
			if l.spend() {
				return false
			}
			if (l.role == compoundEnd || l.role == compoundMiddle) && !p.permit {
				continue
			}
			base := w[k:]
			if p.strip != "" {
				base = p.strip + base
			}
			if !p.cond.matchStart(base) {
				continue
			}
			l2 := l
			l2.prefix = p
			if v, ok := d.words[base]; ok && d.stemOK(v, l2) {
				return true
			}
			if p.cross && d.suffixed(base, l2) {
				return true
			}
		}
	}
	return false
}

// stemOK reports whether one of the flag sets of stem value v carries
// the affixes of l and makes a form fit for its role.
func (d *Dictionary) stemOK(v uint32, l lookup) bool {
	for _, id := range d.entries(v) {
		fs := d.sets[id]
		if l.prefix != nil && !fs.has(l.prefix.flag) && !(l.suffix != nil && l.suffix.cont.has(l.prefix.flag)) {
			continue
		}
		switch {
		case l.inner != nil:
			if !fs.has(l.inner.flag) {
				continue
			}
		case l.suffix != nil:
			if !fs.has(l.suffix.flag) && !(l.prefix != nil && l.prefix.cont.has(l.suffix.flag)) {
				continue
			}
		}
		if d.formOK(fs, l) {
			return true
		}
	}
	return false
}

// formOK checks the properties of a form: its stem's flags and its
// affixes' continuation flags.
func (d *Dictionary) formOK(fs flagSet, l lookup) bool {
	a := d.aff
	if fs.has(a.forbidden) || l.lowered && fs.has(a.keepCase) {
		return false
	}
	affixes := [3]*affix{l.prefix, l.suffix, l.inner}
	n := 0
	for _, ax := range affixes {
		if ax != nil {
			n++
			if ax.needAffix && n < 2 && l.inner == nil && (l.prefix == nil || l.suffix == nil) {
				return false
			}
		}
	}
	if n == 0 && fs.has(a.needAffix) {
		return false
	}
	if (l.prefix != nil && l.prefix.circumfix) != (l.suffix != nil && l.suffix.circumfix || l.inner != nil && l.inner.circumfix) {
		return false
	}
	has := func(f flagID) bool {
		if f == 0 {
			return false
		}
		if fs.has(f) {
			return true
		}
		for _, ax := range affixes {
			if ax != nil && ax.cont.has(f) {
				return true
			}
		}
		return false
	}
	switch l.role {
	case alone:
		return !has(a.onlyInCompound)
	case compoundBegin:
		return !has(a.forbidCompound) && (has(a.compoundFlag) || has(a.compoundBegin))
	case compoundMiddle:
		return !has(a.forbidCompound) && (has(a.compoundFlag) || has(a.compoundMiddle))
	default:
		return !has(a.forbidCompound) && (has(a.compoundFlag) || has(a.compoundEnd))
	}
}
