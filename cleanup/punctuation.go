package cleanup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// frenchSpacing reports languages whose typography puts a space before
// ; : ! ? and inside « ».
func frenchSpacing(l langGuess) bool { return l == "fr" }

// fixSpaceBeforePunct removes the space that machine translation and
// scraping leave before closing punctuation and inside brackets and
// quotation marks: "gut ." → "gut.", "( KI )" → "(KI)", "„ Wir “" → "„Wir“".
// French text keeps its space before ; : ! ? » and after «.
func fixSpaceBeforePunct(p *pass, s string, out *changes) {
	var q quoteState
	lastOpen := -1 // end of the last opening bracket or quotation mark
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case beforePunctSkip[c]:
			i++ // letters, digits and most punctuation: the bulk of the text
			continue
		case c == '\n':
			q.reset() // a mark's role is decided on its own line
			i++
			continue
		case isBlank(c):
			j := i
			for j < len(s) && isBlank(s[j]) {
				j++
			}
			// Only a blank after an opener or before a closer can be stray.
			if i > 0 && s[i-1] != '\n' && j < len(s) && s[j] != '\n' && (lastOpen == i || mayClose[s[j]]) &&
				spaceIsStray(p, &q, s, i, j, lastOpen == i) {
				out.remove(i, j)
			}
			i = j
			continue
		case c < utf8.RuneSelf && c != '"' && c != '(' && c != '[' && c != '{':
			i++
			continue
		case c >= utf8.RuneSelf && c != 0xC2 && c != 0xE2:
			// Quotation marks, guillemets and ¿ ¡ start with 0xC2 or 0xE2.
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '¿' || r == '¡' || isOpenBracket(r) && bracketPartner(s, i, r):
			lastOpen = i + n
		case isQuoteMark(r):
			role := q.role(s, i, n, r)
			q.see(r, role)
			if role == roleOpen {
				lastOpen = i + n
			}
		}
		i += n
	}
}

// spaceIsStray decides whether the blanks s[i:j] sit between an opener
// and its content or between content and a closing mark. The guillemet
// test reads a few bytes, so it goes before the language guess, which
// counts the paragraph's words.
func spaceIsStray(p *pass, q *quoteState, s string, i, j int, afterOpener bool) bool {
	prev, _ := runeBefore(s, i)
	next, nn := runeAt(s, j)
	if afterOpener {
		if (prev == leftGuill || prev == leftGuillOne) && (spacedGuillemets(s, i, prev) || frenchSpacing(p.language())) {
			return false
		}
		return true
	}
	if isCloseBracket(next) {
		return bracketPartner(s, j, next)
	}
	if isCJKClosingPunct(next) {
		// "結束 。", "這樣 ，就": never spaced, pangu or not; but a bracket
		// whose opener is spaced too is spaced on purpose: 「 はい 」.
		return !isCJKClosingPunct(prev) && !spacedCJKBracket(s, j, next)
	}
	if p.c.cfg.cjkSpacing && isHanKana(prev) {
		return false // pangu keeps a space after Han or kana: 前面 ! 後面, 运行 ./x.sh
	}
	if isQuoteMark(next) {
		if q.role(s, j, nn, next) != roleClose {
			return false
		}
		if (next == rightGuill || next == rightGuillOne) && (spacedGuillemets(s, j, next) || frenchSpacing(p.language())) {
			return false
		}
		return !isOpenBracket(prev)
	}
	if !isClosingPunct(next) || next == '…' {
		return false
	}
	return spaceBeforeMarkIsStray(p, s, i, j, prev, next, nn)
}

// spaceBeforeMarkIsStray decides for the blanks s[i:j] between prev and
// the closing punctuation next (nn bytes): stray in prose, kept where the
// mark is a face, an operator, a column or French typography.
func spaceBeforeMarkIsStray(p *pass, s string, i, j int, prev, next rune, nn int) bool {
	after, an := runeAt(s, j+nn)
	switch {
	case j-i >= 2 && next == ':':
		return false // aligned columns: "Physiker  : Albert"
	case (next == ',' || next == ';') && after == next:
		return false // ",," and ";;" are marks of their own: Polish ,,cytat", Korean ;;
	case isEmoticon(s, j, nn, next, after, an):
		return false // "schön ;D", "na gut :>"
	case after == '=' || prev < utf8.RuneSelf && isOperatorByte(byte(prev)) || prev == '≠':
		return false // operators and formulas: "a != b", "x = ?"
	case (next == ',' || next == ';') && unicode.IsLetter(after) && unicode.IsLetter(prev):
		return true // "falsch ,sagte": space-after-punct puts the space back after it
	case next == '.' && unicode.IsLetter(prev) && unicode.IsUpper(after) && startsWord(s, j+nn):
		return true // "arrivé .Il a": a sentence end, unlike ".NET"
	case isLetterOrDigit(after):
		return false // ".NET", " ,5", " :Titel" are not stray spaces
	case next == '.' && after == '.':
		return false // an ellipsis keeps its space
	case next == ':' && unicode.IsDigit(prev):
		return false // a score or ratio: 2 : 1
	case prev == '-' || prev == '–' || prev == '—' || prev == '…' || isClosingPunct(prev):
		return false
	case next == ';' || next == ':' || next == '!' || next == '?':
		return !frenchSpacing(p.language())
	}
	return true
}

// spacedGuillemets reports a guillemet at byte i (an opener's end or a
// closer's start) whose partner on the same line has a space on its
// inner side: the pair is spaced in the French manner, « Bien », and
// both sides stay as they are whatever the language.
func spacedGuillemets(s string, i int, mark rune) bool {
	switch mark {
	case leftGuill, leftGuillOne:
		partner := string(rightGuill)
		if mark == leftGuillOne {
			partner = string(rightGuillOne)
		}
		k := strings.Index(s[i:min(len(s), i+separatorReach)], partner)
		if k < 0 || strings.IndexByte(s[i:i+k], '\n') >= 0 {
			return false
		}
		r, _ := runeBefore(s, i+k)
		return isSpaceRune(r)
	default:
		partner := string(leftGuill)
		if mark == rightGuillOne {
			partner = string(leftGuillOne)
		}
		lo := max(0, i-separatorReach)
		k := strings.LastIndex(s[lo:i], partner)
		if k < 0 || strings.IndexByte(s[lo+k:i], '\n') >= 0 {
			return false
		}
		r, _ := runeAt(s, lo+k+len(partner))
		return isSpaceRune(r)
	}
}

func isEmoticonTail(r rune) bool {
	switch r {
	case ')', '(', '-', 'D', 'P', 'p', 'O', 'o', '3', '*', '|', '/', '\\', '>', '<', 'S', 's', 'x', 'X', '$', '@', '\'', ']', '[':
		return true
	}
	return false
}

// isEmoticon reports a face at s[j:]: a colon or semicolon, its tail
// after and no letter after that (";D", ":>", ":-)", but not ";Dann").
func isEmoticon(s string, j, nn int, mark, tail rune, tn int) bool {
	if mark != ':' && mark != ';' || !isEmoticonTail(tail) {
		return false
	}
	if tail == '-' || tail == '\'' {
		return true // a nose or a tear: ":-)", ":'("
	}
	r, _ := runeAt(s, j+nn+tn)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// fixSpaceAfterPunct inserts the space that went missing after sentence
// punctuation, commas and colons: "spät.Dann" → "spät. Dann",
// "„Wir kommen“,sagte" → "„Wir kommen“, sagte", "sagte:„Wir" → "sagte: „Wir".
// Numbers (3.1, 24.07.2024, 12:30), abbreviations (z.B., U.S.), URLs,
// addresses, handles, hashtags, file names and code are left alone.
func fixSpaceAfterPunct(p *pass, s string, out *changes) {
	var q quoteState
	var notSpacing tokenMemo // web addresses and code, where punctuation is syntax
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		if afterPunctSkip[c] {
			continue // letters, digits, blanks: the bulk of the text
		}
		switch c {
		case '.', '!', '?', ',', ';', ':':
		case '\n':
			q.reset()
			continue
		default:
			if caselessSecond[s[i+1]] && caselessMarkAt(s, i) > 0 {
				n := caselessMarkAt(s, i)
				// ، ؟ । and the like: the sentence marks of caseless scripts.
				r, _ := utf8.DecodeRuneInString(s[i:])
				if i+n < len(s) && s[i+n] != ' ' && caselessGlued(s, i, i+n, r) {
					out.insert(i+n, " ")
				}
				i += n - 1
				continue
			}
			if c == 0xC2 || c == 0xE2 || c == '"' {
				// Quotation marks start with these bytes; their roles
				// are followed for the marks after punctuation.
				r, n := utf8.DecodeRuneInString(s[i:])
				if isQuoteMark(r) {
					q.see(r, q.role(s, i, n, r))
				}
				i += n - 1
			}
			continue
		}
		if s[i+1] == ' ' {
			continue // the common case: the space is there
		}
		next, nn := runeAt(s, i+1)
		if isSpaceRune(next) || next == utf8.RuneError {
			continue
		}
		if needsSpaceAfter(p, &q, s, i, c, next, nn) && !notSpacing.judge(s, i, byteToken, isWebOrCode) {
			out.insert(i+1, " ")
		}
	}
}

// needsSpaceAfter decides for the punctuation c at s[i] followed directly
// by next.
func needsSpaceAfter(p *pass, q *quoteState, s string, i int, c byte, next rune, nn int) bool {
	prev, _ := runeBefore(s, i)
	closedBefore := isCloseBracket(prev) || isQuoteMark(prev) && prev != '"'
	opensAfter := isQuoteMark(next) && next != '"' && next != rightSingle && q.role(s, i+1, nn, next) == roleOpen
	after, _ := runeAt(s, i+1+nn)
	wordAfter := unicode.IsUpper(next) && unicode.IsLower(after) && !isCJK(next)
	if c != ':' && caselessGlued(s, i, i+1, rune(c)) {
		return true
	}
	switch c {
	case '.':
		if domainAfter(s, i+1) || upperFileStemBefore(s, i) {
			return false
		}
		// After a number too: "2:1.Danach", "3.Liga" (an ordinal wants
		// its space); digits after the period (3.1, 24.07.) never match.
		k := lettersBefore(s, i)
		if k >= 3 && shortWordAfter(s, i+1, nn) {
			return true // "της.Ο Γουλιέλμος", "eau.L'acide"
		}
		return (k >= 2 || closedBefore || unicode.IsDigit(prev)) && (wordAfter || opensAfter)
	case '!', '?':
		return (lettersBefore(s, i) >= 1 || closedBefore) && (wordAfter || opensAfter || shortWordAfter(s, i+1, nn))
	case ',', ';':
		if isCJK(prev) || isCJK(next) {
			return false
		}
		if c == ';' && shellKeywordBefore(s, i) {
			return false // "done;echo": a shell command list
		}
		if c == ';' && escapedAmpAround(s, i) {
			return false // "amp;amp;lt;": the rest of an escaped reference chain
		}
		if !(unicode.IsLetter(prev) || closedBefore) || !(unicode.IsLetter(next) || opensAfter) {
			return false
		}
		// x,y and a;b between single letters are notation, not prose.
		return lettersBefore(s, i) >= 2 || closedBefore || !unicode.IsLetter(after)
	case ':':
		// French puts a space before the colon too: "répondu :« Non »".
		spacedFrench := isBlank(byte(prev)) && prev < utf8.RuneSelf && frenchSpacing(p.language())
		if opensAfter {
			return unicode.IsLetter(prev) || closedBefore || spacedFrench
		}
		return wordAfter && unicode.IsLower(prev) && lettersBefore(s, i) >= 2
	}
	return false
}

// lettersBefore counts the letters directly before byte i, up to 8.
func lettersBefore(s string, i int) int {
	k := 0
	for k < 8 {
		r, n := runeBefore(s, i)
		if n == 0 || !unicode.IsLetter(r) {
			break
		}
		k++
		i -= n
	}
	return k
}

// isCodeToken reports whether tok looks like code or a path (f(a,b),
// key=value, snake_case, a/b/c), where punctuation is syntax. A bracket
// counts only when it opens right after a name (f(, a[): prose brackets
// stand after a space, "(zum Beispiel,so)".
func isCodeToken(tok string) bool {
	for k := 0; k < len(tok); k++ {
		switch tok[k] {
		case '=', '_', '/', '\\', '<', '>', '{', '}', '&', '$':
			return true
		case '(', '[':
			if k > 0 && (isASCIILetter(tok[k-1]) || isDigitByte(tok[k-1])) {
				return true
			}
		}
	}
	return false
}

func isWebOrCode(tok string) bool {
	return isWebToken(tok) || isCodeToken(tok) || isHostName(tok) || isFieldList(tok)
}

// isFieldList reports a token of fields written without spaces, where
// ':' joins a name to its value and ',' or ';' separates the fields
// ("Name:Anna,Alter:30", "color:red;margin:0"): a record, not prose.
func isFieldList(tok string) bool {
	colon, sep := false, false
	for k := 1; k+1 < len(tok); k++ {
		switch tok[k] {
		case ':':
			colon = colon || tok[k+1] != ' ' && tok[k+1] != '/' && tok[k-1] != ' '
		case ',', ';':
			sep = sep || tok[k+1] != ' '
		}
	}
	return colon && sep
}

// isHostName reports a host name written with capitals, "MK.Gay-Web.de":
// ASCII labels of letters, digits and hyphens, the last one a lowercase
// top-level domain. Its dots are not sentence ends.
func isHostName(tok string) bool {
	tok = strings.TrimRight(tok, ".,;:!?)\"'")
	last := strings.LastIndexByte(tok, '.')
	if last <= 0 || len(tok)-last-1 < 2 || len(tok)-last-1 > 6 {
		return false
	}
	for k := last + 1; k < len(tok); k++ {
		if tok[k] < 'a' || tok[k] > 'z' {
			return false
		}
	}
	for k := 0; k < last; k++ {
		c := tok[k]
		if !isASCIILetter(c) && !isDigitByte(c) && c != '-' && !(c == '.' && tok[k+1] != '.') {
			return false
		}
	}
	return true
}

// genericTLDs are the top-level domains that end host names written with
// capitals in prose: "Newsfeed.Com", "Animals R Us.Net".
var genericTLDs = [...]string{"com", "net", "org", "edu", "gov", "info", "biz"}

// domainAfter reports a generic top-level domain at s[j:] that is not a
// word starting the next sentence: "Com" and "Info" are words too, and
// before a space and a lowercase word they are read as such (Portuguese
// "Com a ajuda", German "Info gibt es").
func domainAfter(s string, j int) bool {
	k := j
	for k < len(s) && isASCIILetter(s[k]) {
		k++
	}
	if k < len(s) && s[k] >= utf8.RuneSelf {
		return false
	}
	tld := false
	for _, d := range genericTLDs {
		tld = tld || strings.EqualFold(s[j:k], d)
	}
	if !tld {
		return false
	}
	if k+1 < len(s) && s[k] == ' ' && (strings.EqualFold(s[j:k], "com") || strings.EqualFold(s[j:k], "info")) {
		r, _ := runeAt(s, k+1)
		return !unicode.IsLower(r)
	}
	return true
}

// upperFileStems are the conventional all-capitals file names whose
// variants are named with a capitalised suffix: README.Debian, NEWS.Linux.
var upperFileStems = [...]string{"README", "INSTALL", "NEWS", "CHANGELOG", "COPYING", "LICENSE", "TODO", "AUTHORS", "HACKING"}

// upperFileStemBefore reports one of upperFileStems as the word ending at
// byte i.
func upperFileStemBefore(s string, i int) bool {
	for _, f := range upperFileStems {
		if strings.HasSuffix(s[:i], f) && (i == len(f) || !isASCIILetter(s[i-len(f)-1])) {
			return true
		}
	}
	return false
}

// shortWordAfter reports a capital at s[j:j+n] that starts a word too
// short for a lowercase letter after it: a one-letter word before a space
// and a letter or digit ("της.Ο Γουλιέλμος", "wiem.Z bramy"), or a capital
// with an elided article or pronoun ("eau.L'acide", "need?I've").
func shortWordAfter(s string, j, n int) bool {
	r, _ := runeAt(s, j)
	if !unicode.IsUpper(r) || isCJK(r) {
		return false
	}
	k := j + n
	if k+1 >= len(s) {
		return false
	}
	switch {
	case s[k] == ' ':
		r2, _ := runeAt(s, k+1)
		return isLetterOrDigit(r2)
	case s[k] == '\'':
		r2, _ := runeAt(s, k+1)
		return unicode.IsLower(r2)
	case strings.HasPrefix(s[k:], "’"):
		r2, _ := runeAt(s, k+len("’"))
		return unicode.IsLower(r2)
	}
	return false
}

// shellKeywords end a compound command in a shell one-liner, where ';'
// is syntax: "done;echo", "fi;exit".
var shellKeywords = [...]string{"done", "fi", "esac", "then", "do", "else"}

func shellKeywordBefore(s string, i int) bool {
	for _, w := range shellKeywords {
		if strings.HasSuffix(s[:i], w) && (i == len(w) || !isASCIILetter(s[i-len(w)-1])) {
			return true
		}
	}
	return false
}

// fixDuplicatePunct removes a closing quotation repeated with its sentence
// punctuation, a scraping artefact: "benachteiligen.“ .“" → "benachteiligen.“".
func fixDuplicatePunct(_ *pass, s string, out *changes) {
	// Sentence punctuation is rare enough that searching for each mark
	// (IndexByte is vectorised) beats looking at every byte.
	for _, c := range [...]byte{'.', '!', '?'} {
		for i := 0; ; i++ {
			k := strings.IndexByte(s[i:], c)
			if k < 0 {
				break
			}
			i += k
			r, n := utf8.DecodeRuneInString(s[i+1:])
			if !isQuoteMark(r) || r == '"' {
				continue
			}
			end := i + 1 + n // after the closing mark
			j := end
			for j < len(s) && isBlank(s[j]) {
				j++
			}
			if j+1+n <= len(s) && s[j] == c && s[j+1:j+1+n] == s[i+1:end] {
				out.remove(end, j+1+n)
				i = j + n
			}
		}
	}
	sortChanges(out.list)
}

// beforePunctSkip marks the ASCII bytes fixSpaceBeforePunct passes over
// without a look: all but blanks, line breaks, openers and '"'.
var beforePunctSkip = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	for _, c := range []byte(" \t\n\r\"([{") {
		t[c] = false
	}
	return t
}()

// bracketPartner reports whether the ASCII bracket b at s[i] has its
// partner on the same line, within separatorReach bytes. An unmatched
// bracket ("Hallo ]Welt" after a broken escape, a list's "1 )") is no
// bracket to tighten.
func bracketPartner(s string, i int, b rune) bool {
	var partner byte
	switch b {
	case '(':
		partner = ')'
	case '[':
		partner = ']'
	case '{':
		partner = '}'
	case ')':
		partner = '('
	case ']':
		partner = '['
	default:
		partner = '{'
	}
	if isOpenBracket(b) {
		for k := i + 1; k < len(s) && k < i+separatorReach && s[k] != '\n'; k++ {
			if s[k] == partner {
				return true
			}
		}
		return false
	}
	for k := i - 1; k >= 0 && k > i-separatorReach && s[k] != '\n'; k-- {
		if s[k] == partner {
			return true
		}
	}
	return false
}

// cjkOpeners maps the full-width closing brackets to their openers.
var cjkOpeners = map[rune]rune{'）': '（', '」': '「', '』': '『', '】': '【', '〉': '〈', '》': '《', '〕': '〔'}

// spacedCJKBracket reports a full-width closing bracket at s[j] whose
// opener on the same line has a blank after it.
func spacedCJKBracket(s string, j int, closer rune) bool {
	open, ok := cjkOpeners[closer]
	if !ok {
		return false
	}
	k := markBefore(s, j, open, open)
	return k >= 0 && k < len(s) && isBlank(s[k])
}

// isCJKClosingPunct reports the full-width marks that close a phrase or
// sentence in Chinese and Japanese, which no space precedes.
func isCJKClosingPunct(r rune) bool {
	switch r {
	case '、', '。', '，', '．', '！', '？', '：', '；', '）', '」', '』', '】', '〉', '》', '〕':
		return true
	}
	return false
}

// mayClose marks the first bytes of what a stray blank can stand before:
// closing punctuation and brackets, quotation marks (0xE2, 0xC2 lead
// bytes) and '"'.
var mayClose = func() (t [256]bool) {
	for _, c := range []byte(",.;:!?)]}\"") {
		t[c] = true
	}
	t[0xC2], t[0xE2] = true, true
	t[0xE3], t[0xEF] = true, true // 、。」』 and ，！？）
	return t
}()

// startsWord reports an uppercase letter at s[i] followed by a lowercase
// one: the start of a capitalized word rather than an acronym.
func startsWord(s string, i int) bool {
	r, n := runeAt(s, i)
	next, _ := runeAt(s, i+n)
	return unicode.IsUpper(r) && unicode.IsLower(next)
}

// afterPunctSkip marks the bytes fixSpaceAfterPunct passes over: all but
// the punctuation it checks, line breaks, '"' and the lead bytes of
// quotation marks (0xC2, 0xE2). Other non-ASCII bytes are skipped one by
// one, which is safe: no continuation byte is one of those.
var afterPunctSkip = func() (t [256]bool) {
	for c := range t {
		t[c] = true
	}
	for _, c := range []byte(".!?,;:\n\"") {
		t[c] = false
	}
	t[0xC2], t[0xE2] = false, false
	t[0xD8], t[0xDB], t[0xE0] = false, false, false // ، ؛ ؟ ۔ । ॥
	return t
}()

// caselessSecond marks the second bytes of the marks caselessMarkAt
// reads (، ؛ ؟ ۔ । ॥), so that most Arabic and Devanagari letters, which
// share their lead bytes, are passed over at one lookup.
var caselessSecond = func() (t [256]bool) {
	for _, b := range []byte{0x8C, 0x9B, 0x9F, 0x94, 0xA5} {
		t[b] = true
	}
	return t
}()

// escapedAmpAround reports a ';' that "amp" ends (at the start of s or
// after a "&" or ";") or that "amp;" follows: part of a chain of references
// such as "&amp;amp;lt;" that a segment cut left without its "&" (see
// referenceCut), which stays as it is.
func escapedAmpAround(s string, i int) bool {
	return strings.HasPrefix(s[i+1:], "amp;") ||
		i >= 3 && s[i-3:i] == "amp" && (i == 3 || s[i-4] == ';' || s[i-4] == '&')
}
