package cleanup

// The rules ask the script, the case and whether a character is a mark of
// every letter they read. Outside ASCII these come from the scan's rune
// table (runeInfoOf), which holds the same answers as the unicode tables
// (computeScriptOf, computeCaseOfRune, computeIsMark) at one load each.

// scriptOf returns the script of the letter r, scriptNone for anything
// else (marks included).
func scriptOf(r rune) script {
	switch {
	case r < 0x80:
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return scriptLatin
		}
		return scriptNone
	case r >= 0x10000:
		return computeScriptOf(r)
	}
	return runeInfoOf(r).script
}

// isMark reports combining marks, which belong to the letter before them.
func isMark(r rune) bool {
	if r < 0x300 || r >= 0x10000 {
		return r >= 0x10000 && computeIsMark(r)
	}
	return runeInfoOf(r).flags&infoMark != 0
}

// caseOfRune returns the case of the letter r, caseNone for anything else.
func caseOfRune(r rune) letterCase {
	switch {
	case r < 0x80:
		return asciiCase(r)
	case r >= 0x10000:
		return computeCaseOfRune(r)
	}
	return runeInfoOf(r).cased
}
