package cleanup

import (
	"unicode"
	"unicode/utf8"
)

// compound reports whether w is a compound of two or more forms that the
// dictionary's compounding flags allow in their places (German
// Urheber|recht: a COMPOUNDBEGIN form and a COMPOUNDEND one). The search
// is a dynamic program over rune boundaries: each boundary is reached
// once, so the cost is bounded by the square of maxLookup.
func (d *Dictionary) compound(w string, lowered bool, budget *int) bool {
	a := d.aff
	var bounds [maxLookup + 1]int
	nr := 0
	for i := range w {
		bounds[nr] = i
		nr++
	}
	bounds[nr] = len(w)
	if nr < 2*a.compoundMin {
		return false
	}
	// parts[i] is the fewest parts that reach rune i, 0 when unreached.
	var parts [maxLookup + 1]uint8
	parts[0] = 1
	for i := 0; i+a.compoundMin <= nr; i++ {
		if parts[i] == 0 || a.compoundMax > 0 && int(parts[i]) > a.compoundMax {
			continue
		}
		if i > 0 && !d.boundaryOK(w, bounds[i]) {
			continue
		}
		for j := i + a.compoundMin; j <= nr; j++ {
			if i == 0 && j == nr || j < nr && j+a.compoundMin > nr {
				continue
			}
			r := compoundMiddle
			switch {
			case i == 0:
				r = compoundBegin
			case j == nr:
				r = compoundEnd
			}
			if *budget < 0 {
				return false
			}
			if !d.form(w[bounds[i]:bounds[j]], lookup{role: r, lowered: lowered, budget: budget}) {
				continue
			}
			if j == nr {
				return true
			}
			if parts[j] == 0 || parts[j] > parts[i]+1 {
				parts[j] = parts[i] + 1
			}
		}
	}
	return false
}

// boundaryOK applies CHECKCOMPOUNDCASE (no capital beside a boundary)
// and CHECKCOMPOUNDTRIPLE (no letter three times across one).
func (d *Dictionary) boundaryOK(w string, at int) bool {
	before, n := utf8.DecodeLastRuneInString(w[:at])
	after, m := utf8.DecodeRuneInString(w[at:])
	if d.aff.checkCompoundCase && (unicode.IsUpper(before) || unicode.IsUpper(after)) {
		return false
	}
	if d.aff.checkTriple && before == after {
		b2, _ := utf8.DecodeLastRuneInString(w[:at-n])
		a2, _ := utf8.DecodeRuneInString(w[at+m:])
		if b2 == before || a2 == after {
			return false
		}
	}
	return true
}
