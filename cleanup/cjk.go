package cleanup

import "unicode/utf8"

// WithCJKSpacing turns on the pangu convention for CJK prose: a space
// between Han, kana or Hangul and a Latin letter or digit (在 Go 语言里,
// 第 18 期). Off by default, since Chinese and Japanese text is commonly
// written without those spaces.
func WithCJKSpacing(on bool) Option {
	return func(c *config) { c.cjkSpacing = on }
}

// fixCJKSpacing is the rule behind WithCJKSpacing. Unlike pangu it spaces
// Hangul too (iPhone 을 is not Korean style, but 한국 Go 커뮤니티 is).
func fixCJKSpacing(p *pass, s string, out *changes) {
	if !p.c.cfg.cjkSpacing {
		return
	}
	prev := cjkNone
	for i := 0; i < len(s); {
		c := s[i]
		cls, n := cjkNone, 1
		if c < 0x80 {
			cls = asciiCJKClass(c)
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			n = w
			cls = cjkClassOf(r)
		}
		if prev == cjkIdeo && cls == cjkAlnum && !isWebChunk(s, i, i) ||
			prev == cjkAlnum && cls == cjkIdeo && c != '%' && !isWebChunk(s, i, -1) {
			out.insert(i, " ")
		}
		prev = cls
		i += n
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
		for lo > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:lo])
			if isTokenSpace(r) || cjkClassOf(r) == cjkIdeo {
				break
			}
			lo -= n
		}
	} else {
		for hi < len(s) {
			r, n := utf8.DecodeRuneInString(s[hi:])
			if isTokenSpace(r) || cjkClassOf(r) == cjkIdeo {
				break
			}
			hi += n
		}
	}
	chunk := s[lo:hi]
	for k := 0; k < len(chunk); k++ {
		switch {
		case chunk[k] == '@' && k > 0:
			return true
		case chunk[k] == ':' && k+2 < len(chunk) && chunk[k+1] == '/' && chunk[k+2] == '/':
			return true
		}
	}
	return false
}

func asciiCJKClass(c byte) cjkClass {
	if c == '%' {
		return cjkAlnum // 0.1% 或: a percentage is spaced like its number
	}
	if isASCIILetter(c) || c >= '0' && c <= '9' {
		return cjkAlnum
	}
	return cjkNone
}

func cjkClassOf(r rune) cjkClass {
	sc := scriptOf(r)
	switch {
	case sc.isCJKScript() || r >= 0x3100 && r <= 0x312F: // and Bopomofo
		return cjkIdeo
	case sc == scriptLatin || sc == scriptGreek || sc == scriptCyrillic:
		return cjkAlnum
	}
	return cjkNone
}
