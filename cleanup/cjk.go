package cleanup

import (
	"strings"
	"unicode/utf8"
)

// WithCJKSpacing turns on the pangu convention for CJK prose: a space
// between Han, kana or Hangul and a Latin letter or digit (在 Go 语言里,
// 第 18 期), and around the symbols, brackets, quotation marks, paths and
// tags that stand between Han or kana and other text (前面 (注) 後面,
// 查看 /etc/hosts 文件, 用 <div> 排版, 请 @vinta 看). Off by default,
// since Chinese and Japanese text is commonly written without those spaces.
func WithCJKSpacing(on bool) Option {
	return func(c *config) error { c.cjkSpacing = on; return nil }
}

// fixCJKSpacing is the rule behind WithCJKSpacing. It only inserts spaces,
// never removes them (pangu keeps a space the writer put: 前面 ! 後面).
// Unlike pangu it spaces Hangul against letters and digits too (한국 Go
// 커뮤니티); the symbol conventions apply to Han and kana only, since
// Korean uses Western punctuation and hyphens (한-미 정상회담).
func fixCJKSpacing(p *pass, s string, out *changes) {
	if !p.c.cfg.cjkSpacing {
		return
	}
	var st cjkScan
	st.s = s
	prev, prevAt := utf8.RuneError, -1 // the rune before byte i; prevAt < 0 at a line start or after a space
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r == '\n' {
			st.newLine()
		}
		if isTokenSpace(r) || r == '\n' {
			st.hashtag = false
			prev, prevAt = r, -1
			i += n
			continue
		}
		if st.gap(i, prev, prevAt >= 0, r) {
			out.insert(i, " ")
		}
		prev, prevAt = r, i
		i += n
	}
}

// A cjkScan is the state of fixCJKSpacing along one segment.
type cjkScan struct {
	s string
	// unitEnd ends a path, glob or <tag> seen whole: no symbol rule acts
	// inside it, and its end is spaced from Han or kana.
	unitEnd   int
	unitLeft  bool // space the unit's end from Han or kana after it
	spaceAt   int  // a space decided ahead (after a symbol run or a closing mark); 0 when none
	quotes    int  // straight double quotes so far on the line
	backticks int
	curlyOpen bool // a “ (or a misused ”) waits for its closing mark
	hashtag   bool // inside a #tag that began after Han or kana
	slashList tokenMemo
}

func manySlashes(tok string) bool { return strings.Count(tok, "/") >= 2 }

// slashListBounds is the stretch around s[i] that a list of slashes can
// span: to white space, but across a single space that this rule may have
// put between Han or kana and a word (关注 abc 天气/向往), so that the
// verdict is the same on the rule's own output.
func slashListBounds(s string, i int) (lo, hi int) {
	lo, hi = i, i
	for lo > 0 && i-lo < cjkLook && (!isSpaceByte(s[lo-1]) || pangoSpace(s, lo-1)) {
		lo--
	}
	for hi < len(s) && hi-i < cjkLook && (!isSpaceByte(s[hi]) || pangoSpace(s, hi)) {
		hi++
	}
	return lo, hi
}

// pangoSpace reports a single space at s[k] between Han or kana and a
// letter or digit.
func pangoSpace(s string, k int) bool {
	if s[k] != ' ' {
		return false
	}
	a, _ := runeBefore(s, k)
	b, _ := runeAt(s, k+1)
	return isHanKana(a) && isCJKAlnum(b) || isCJKAlnum(a) && isHanKana(b)
}

func (st *cjkScan) newLine() {
	st.quotes, st.backticks, st.curlyOpen = 0, 0, false
}

// gap decides whether a space goes at byte i, between prev (when glued,
// i.e. hasPrev) and r, which starts at i and is n bytes long. It also
// advances the state for r. Rules are tried in order; the first that knows
// the place decides.
func (st *cjkScan) gap(i int, prev rune, hasPrev bool, r rune) bool {
	decided := st.spaceAt == i && i > 0 && hasPrev
	if st.spaceAt == i {
		st.spaceAt = 0
	}
	return st.decide(i, prev, hasPrev, r) || decided
}

func (st *cjkScan) decide(i int, prev rune, hasPrev bool, r rune) bool {
	s := st.s
	inUnit := i < st.unitEnd
	if !inUnit && st.unitEnd > 0 && i == st.unitEnd {
		st.unitEnd = 0
		if st.unitLeft && hasPrev && isHanKana(r) {
			return true
		}
	}
	switch {
	case inUnit:
		// A path or tag: only its letters against Han or kana inside it
		// (<中文 123>) are spaced.
		return hasPrev && ideoAlnumGap(s, i, prev, r)
	case r == '<':
		if end, kind := angleUnit(s, i); end > 0 {
			// Markup (<p>文字</p>, 換行<br>) hugs the text around it; a tag
			// named in prose (用 <div> 排版) is spaced like a word, and a
			// generic hugs its type name (List<String> 的).
			st.unitEnd, st.unitLeft = end, kind == angleOther
			return hasPrev && isHanKana(prev) && kind == angleOther
		}
	case isPathByte(r) && !(hasPrev && r < utf8.RuneSelf && isPathByte(prev)):
		if end := pathUnit(s, i); end > 0 {
			st.unitEnd, st.unitLeft = end, true
			return hasPrev && isHanKana(prev)
		}
	}
	switch {
	case r == '"':
		st.quotes++
		return st.quoteGap(i, prev, hasPrev, r, st.quotes%2 == 1)
	case r == '`':
		st.backticks++
		return st.quoteGap(i, prev, hasPrev, r, st.backticks%2 == 1)
	case r == '“':
		st.curlyOpen = true
		return st.quoteGap(i, prev, hasPrev, r, true)
	case r == '”':
		open := !st.curlyOpen // a ” without a “ before it is used as one (他说”你好”)
		st.curlyOpen = open
		return st.quoteGap(i, prev, hasPrev, r, open)
	case r == '(' || r == '[' || r == '{':
		if !hasPrev {
			return false
		}
		if isHanKana(prev) {
			return true
		}
		return isCJKAlnum(prev) && closerFollows(s, i, r) && hanKanaIn(s, i+1, closeAfter(s, i, r))
	case r == '%' && hasPrev && isHanKana(prev):
		// 前面 % 後面: after a number (25%) the sign belongs to it.
		if next, _ := runeAt(s, i+1); isHanKana(next) {
			st.spaceAt = i + 1
		}
		return true
	case r == '#' || r == '@':
		return st.tagMarkGap(i, prev, hasPrev, r)
	case r < utf8.RuneSelf && isSymbolRunByte(byte(r)) && !(hasPrev && prev < utf8.RuneSelf && isSymbolRunByte(byte(prev))):
		return st.symbolRun(i, prev, hasPrev)
	}
	if !hasPrev {
		return false
	}
	switch {
	case prev == ')' || prev == ']' || prev == '}':
		if isHanKana(r) {
			return true
		}
		if isCJKAlnum(r) {
			op := openBefore(s, i-1, prev)
			return op >= 0 && hanKanaIn(s, op+1, i-1)
		}
		return false
	case prev == '#' && st.hashtag:
		return false
	case prev == '…' && (isHanKana(r) || isCJKAlnum(r)):
		// 然后…… 没了: like sentence punctuation, a space after it.
		q, _ := runeBefore(s, i-len("…"))
		return isHanKana(r) || isHanKana(q)
	case prev == '#' && isHanKana(r):
		// C#語言, F#後面: the mark ends the name.
		q, _ := runeBefore(s, i-1)
		return isCJKAlnum(q)
	}
	return ideoAlnumGap(s, i, prev, r)
}

// ideoAlnumGap is the core convention: CJK against a letter or digit.
func ideoAlnumGap(s string, i int, prev, r rune) bool {
	a, b := cjkClassOf(prev), cjkClassOf(r)
	if prev == '%' {
		a = cjkAlnum // 0.1% 或: a percentage is spaced like its number
	}
	return a == cjkIdeo && b == cjkAlnum && !isWebChunk(s, i, i) ||
		a == cjkAlnum && b == cjkIdeo && !isWebChunk(s, i, -1)
}

// quoteGap spaces a quotation mark or backtick from Han or kana outside
// it: before an opening mark, after a closing one (他说 "你好" 啊). A letter
// or digit outside is spaced only when the quotation holds Han or kana
// (Facebook “企业证书” 后者), not in English quoted inside a CJK line.
func (st *cjkScan) quoteGap(i int, prev rune, hasPrev bool, mark rune, opening bool) bool {
	s := st.s
	n := utf8.RuneLen(mark)
	if opening {
		if !hasPrev {
			return false
		}
		if isHanKana(prev) {
			return true
		}
		end := markAfter(s, i+n, mark, closingOf(mark))
		return isCJKAlnum(prev) && end >= 0 && hanKanaIn(s, i+n, end)
	}
	next, _ := runeAt(s, i+n)
	if isHanKana(next) {
		st.spaceAt = i + n
	} else if isCJKAlnum(next) {
		if start := markBefore(s, i, mark, openingOf(mark)); start >= 0 && hanKanaIn(s, start, i) {
			st.spaceAt = i + n
		}
	}
	return false
}

func closingOf(mark rune) rune {
	if mark == '“' {
		return '”'
	}
	return mark
}

func openingOf(mark rune) rune {
	if mark == '”' {
		return '“'
	}
	return mark
}

// cjkLook bounds the look for a closing bracket, quotation mark or tag, so
// that the rule stays linear on a long line of unbalanced marks.
const cjkLook = 256

// markAfter returns the byte index of the first close (or mark) in s[i:]
// on the same line, within cjkLook bytes, or -1.
func markAfter(s string, i int, mark, close rune) int {
	end := min(len(s), i+cjkLook)
	for k := i; k < end; {
		r, n := utf8.DecodeRuneInString(s[k:])
		switch r {
		case '\n':
			return -1
		case mark, close:
			return k
		}
		k += n
	}
	return -1
}

// markBefore is markAfter backwards from i; it returns the index just after
// the mark found.
func markBefore(s string, i int, mark, open rune) int {
	lo := max(0, i-cjkLook)
	for k := i; k > lo; {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		switch r {
		case '\n':
			return -1
		case mark, open:
			return k
		}
		k -= n
	}
	return -1
}

func closerFollows(s string, i int, open rune) bool { return closeAfter(s, i, open) > i }

// closeAfter returns the index of the bracket closing the one at s[i], or
// i when there is none nearby on the line.
func closeAfter(s string, i int, open rune) int {
	if k := markAfter(s, i+1, matching(open), matching(open)); k >= 0 {
		return k
	}
	return i
}

// openBefore returns the index of the bracket opening the closer at s[i],
// or -1.
func openBefore(s string, i int, close rune) int {
	if k := markBefore(s, i, matching(close), matching(close)); k >= 0 {
		return k - 1
	}
	return -1
}

func matching(b rune) rune {
	switch b {
	case '(':
		return ')'
	case ')':
		return '('
	case '[':
		return ']'
	case ']':
		return '['
	case '{':
		return '}'
	case '}':
		return '{'
	}
	return b
}

// hanKanaIn reports Han or kana in s[i:j].
func hanKanaIn(s string, i, j int) bool {
	for k := i; k < j; {
		if s[k] < utf8.RuneSelf {
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[k:])
		if isHanKana(r) {
			return true
		}
		k += n
	}
	return false
}

// tagMarkGap spaces a #hashtag or @handle from Han or kana before it
// (前面 #話題, 請 @vinta 看). A second # closing a tag that began after
// Han or kana (#话题#) is part of the tag. E-mail addresses (a@b) are not
// handles.
func (st *cjkScan) tagMarkGap(i int, prev rune, hasPrev bool, mark rune) bool {
	s := st.s
	if mark == '#' && st.hashtag {
		st.hashtag = false
		return false
	}
	next, _ := runeAt(s, i+1)
	st.hashtag = mark == '#' && !(hasPrev && isCJKAlnum(prev)) && isHanKana(next)
	if !hasPrev || !isHanKana(prev) || !(isCJKAlnum(next) || cjkClassOf(next) == cjkIdeo) || isWebChunk(s, i, -1) {
		return false
	}
	return true
}

// Operator and sentence-punctuation runs. pangu spaces an operator between
// Han or kana and another word on both sides (你 + 我 = 我們, 溫度 > 30),
// and puts a space only after sentence punctuation (前面! 後面, Mr. 龍).
// Signs (是 -5 度, 加 -m 參數, 打 +886), suffixes (C++ 的, A+ 的, D- 的)
// and currency ($100) attach to their word.

// isSymbolRunByte reports the ASCII symbols of those runs.
func isSymbolRunByte(c byte) bool {
	return strings.IndexByte(`&*\^=|<>/+-$~.!?,;:`, c) >= 0
}

func isOperatorByte(c byte) bool {
	return strings.IndexByte(`&*\^=|<>/+-$`, c) >= 0
}

// symbolRun decides for the run of symbols starting at s[i]: it returns
// whether a space goes before it, and sets spaceAt for a space after it.
func (st *cjkScan) symbolRun(i int, prev rune, hasPrev bool) bool {
	s := st.s
	j, ops := i, false
	for j < len(s) && isSymbolRunByte(s[j]) {
		ops = ops || isOperatorByte(s[j])
		j++
	}
	run := s[i:j]
	next, nn := runeAt(s, j)
	glued := hasPrev
	if !glued {
		prev = ' '
	}
	if isWebChunk(s, i, -1) || isWebChunk(s, j, j) && !isHanKana(next) {
		return false
	}
	if !ops {
		// Sentence punctuation (and ~): a space after it, before Han or
		// kana, or after Han or kana before a word (前面! abc).
		// A dot before a letter starts a file extension or dotfile (問號.jpg,
		// 專案.env), not a sentence.
		extension := run == "." && next < utf8.RuneSelf && isASCIILetter(byte(next))
		if glued && (isHanKana(next) || isHanKana(prev) && isCJKAlnum(next) && !extension) {
			st.spaceAt = j
		}
		return false
	}
	if !isHanKana(prev) && !isHanKana(next) {
		return false
	}
	if run == "/" && st.slashList.judge(s, i, slashListBounds, manySlashes) {
		return false // a list a/b/c stays tight: 陳上進/貓咪/Mollie
	}
	after, _ := runeAt(s, j+nn)
	switch {
	case (run == "-" || run == "+") && !isCJKAlnum(prev) && (isDigit(next) || isASCIILetter(byte(next)) && next < utf8.RuneSelf && !isCJKAlnum(after)),
		run == "$" && !isCJKAlnum(prev) && isDigit(next):
		return glued && isHanKana(prev) // a sign, a flag or a price
	case isCJKAlnum(prev) && isHanKana(next) && (strings.Trim(run, "+") == "" || strings.Trim(run, "-") == "" && singleLetterBefore(s, i)):
		st.spaceAt = j // a suffix: C++, 18+, Disney+, D-
		return false
	}
	if isCJKAlnum(next) || isHanKana(next) {
		st.spaceAt = j
	}
	return glued && (isCJKAlnum(prev) || isHanKana(prev))
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// singleLetterBefore reports one letter alone before s[i] (a grade: D-).
func singleLetterBefore(s string, i int) bool {
	if i < 1 || !isASCIILetter(s[i-1]) {
		return false
	}
	r, _ := runeBefore(s, i-1)
	return !isCJKAlnum(r)
}

// Paths and globs are spaced from Han or kana as wholes (查看 /etc/hosts
// 文件, 清理 build/tmp/ 目錄, 刪掉 *.log 的檔案): the symbols inside them are
// syntax, not operators.

// isPathByte reports the characters of a path or glob.
func isPathByte(r rune) bool {
	return r < utf8.RuneSelf && (isASCIILetter(byte(r)) || isDigit(r) || strings.IndexByte("._-/@+*~%", byte(r)) >= 0)
}

// pathUnit returns the end of the path or glob starting at s[i], or 0: an
// ASCII run that starts with / . or ~ and holds a slash and a name, holds
// two slashes, or starts with *. (a glob). A run after ':' belongs to a
// URL.
func pathUnit(s string, i int) int {
	if prev, _ := runeBefore(s, i); prev == ':' {
		return 0
	}
	j, slashes, named := i, 0, false
	for j < len(s) && isPathByte(rune(s[j])) {
		switch c := s[j]; {
		case c == '/':
			slashes++
		case slashes > 0 && (isASCIILetter(c) || isDigit(rune(c)) || c == '*'):
			named = true
		}
		j++
	}
	run := s[i:j]
	switch {
	case strings.HasPrefix(run, "*.") && len(run) > 2:
	case !lowerName(run):
		return 0
	case slashes >= 2 && named:
	case slashes == 1 && named && strings.IndexByte("/.~", run[0]) >= 0:
	case slashes >= 1 && len(run) >= 2 && run[0] == '/' && run[1] == '*':
	default:
		return 0
	}
	return j
}

// lowerName reports a lowercase first component (build/, node_modules/):
// Mollie/Vinta/ is a list of names, not a relative path.
func lowerName(run string) bool {
	run = strings.TrimLeft(run, "/.~")
	for k := 0; k < len(run) && run[k] != '/'; k++ {
		if run[k] >= 'A' && run[k] <= 'Z' {
			return false
		}
	}
	return true
}

// Angle brackets: a tag (<div>, </p>, <Spinner />), a generic (List<T>) or
// a bracketed phrase (<中文>) is one unit; a lone < or > is an operator.
const (
	angleOther = iota + 1
	tagMarkup  // a closing tag, an opening tag closed later, or a void element
)

// angleUnit returns the end (after '>') and kind of the unit starting with
// the '<' at s[i], or 0.
func angleUnit(s string, i int) (int, int) {
	k := markAfter(s, i+1, '>', '<')
	if k < 0 || s[k] != '>' || k == i+1 {
		return 0, 0
	}
	in := s[i+1 : k]
	name, closing := in, false
	if name[0] == '/' {
		name, closing = name[1:], true
	}
	if e := strings.IndexAny(name, " /"); e >= 0 {
		name = name[:e]
	}
	tag := name != "" && isASCIILetter(name[0])
	for c := 0; c < len(name) && tag; c++ {
		tag = isASCIILetter(name[c]) || isDigit(rune(name[c])) || name[c] == '-'
	}
	switch {
	case !tag && (isBlank(in[0]) || isBlank(in[len(in)-1])):
		return 0, 0 // a < b > c: comparisons, not brackets
	case tag && (closing || voidElements[strings.ToLower(name)]):
		return k + 1, tagMarkup
	case tag && !strings.HasSuffix(in, "/") && closingTagAhead(s, k+1, name):
		return k + 1, tagMarkup
	}
	return k + 1, angleOther
}

// voidElements are the HTML elements without a closing tag (WHATWG HTML,
// "void elements"): <br> and <hr> are markup even when alone.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// closingTagAhead reports </name> within a few kilobytes after i.
func closingTagAhead(s string, i int, name string) bool {
	window := s[i:min(len(s), i+4096)]
	for {
		k := strings.Index(window, "</")
		if k < 0 {
			return false
		}
		window = window[k+2:]
		if strings.HasPrefix(window, name) && strings.HasPrefix(window[len(name):], ">") {
			return true
		}
	}
}

type cjkClass uint8

const (
	cjkNone  cjkClass = iota
	cjkIdeo           // Han, kana, Hangul
	cjkAlnum          // Latin letters and digits, and the marks that belong to them
)

// isWebChunk reports whether the text without spaces or CJK on one side of
// byte i (after it when from == i, before it when from < 0) is a URL or an
// e-mail address, which must stay whole.
func isWebChunk(s string, i, from int) bool {
	lo, hi := i, i
	if from < 0 {
		for lo > 0 && i-lo < cjkLook {
			r, n := utf8.DecodeLastRuneInString(s[:lo])
			if isTokenSpace(r) || r == '\n' || cjkClassOf(r) == cjkIdeo {
				break
			}
			lo -= n
		}
	} else {
		for hi < len(s) && hi-i < cjkLook {
			r, n := utf8.DecodeRuneInString(s[hi:])
			if isTokenSpace(r) || r == '\n' || cjkClassOf(r) == cjkIdeo {
				break
			}
			hi += n
		}
	}
	chunk := s[lo:hi]
	for k := 0; k < len(chunk); k++ {
		switch {
		case chunk[k] == '@' && k > 0 && isCJKAlnum(rune(chunk[k-1])) && chunk[k-1] < utf8.RuneSelf:
			return true // an e-mail address, not a/@scope
		case chunk[k] == ':' && k+2 < len(chunk) && chunk[k+1] == '/' && chunk[k+2] == '/':
			return true
		}
	}
	return false
}

func isCJKAlnum(r rune) bool { return cjkClassOf(r) == cjkAlnum }

// isHanKana reports the characters pangu spaces symbols from: Han, kana,
// Bopomofo and the CJK radicals and enclosed forms, but not Hangul.
func isHanKana(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	sc := scriptOf(r)
	return sc == scriptHan || sc == scriptKana || cjkExtraIdeo(r)
}

// cjkExtraIdeo covers the blocks that are spaced like Han without being
// letters: CJK Radicals Supplement, Kangxi Radicals, Bopomofo, Enclosed CJK
// Letters and Months (㈱).
func cjkExtraIdeo(r rune) bool {
	return r >= 0x2E80 && r <= 0x2FDF || r >= 0x3100 && r <= 0x312F || r >= 0x3200 && r <= 0x32FF
}

func cjkClassOf(r rune) cjkClass {
	if r < 0x80 {
		if isASCIILetter(byte(r)) || isDigit(r) {
			return cjkAlnum
		}
		return cjkNone
	}
	sc := scriptOf(r)
	switch {
	case sc.isCJKScript() || cjkExtraIdeo(r):
		return cjkIdeo
	case sc == scriptLatin || sc == scriptGreek || sc == scriptCyrillic:
		return cjkAlnum
	case r >= 0x2150 && r <= 0x218F || r >= 0x2700 && r <= 0x27BF:
		return cjkAlnum // Number Forms (Ⅶ) and Dingbats (✅) are spaced like words
	}
	return cjkNone
}
