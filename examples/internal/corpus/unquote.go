package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/textmend/textmend/cleanup"
)

var errNotString = errors.New("not a JSON string")

// recordString decodes a record's text, a JSON string value that
// splitObject found valid, exactly as encoding/json does, and checks that
// it is text (cleanup.CheckText). Escapes are decoded here, in one copy;
// text with invalid UTF-8, which encoding/json replaces, goes through
// encoding/json.
func recordString(raw []byte) (string, error) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", errNotString
	}
	body := raw[1 : len(raw)-1]
	if !utf8.Valid(body) {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return s, cleanup.CheckText([]byte(s))
	}
	i := bytes.IndexByte(body, '\\')
	if i < 0 {
		if err := cleanup.CheckText(body); err != nil {
			return "", err
		}
		return string(body), nil
	}
	b := make([]byte, 0, len(body))
	for i >= 0 {
		if i+1 >= len(body) {
			return "", errNotString
		}
		b = append(b, body[:i]...)
		body = body[i+1:]
		var n int
		if b, n = appendEscape(b, body); n == 0 {
			return "", errNotString
		}
		body = body[n:]
		i = bytes.IndexByte(body, '\\')
	}
	b = append(b, body...)
	if err := cleanup.CheckText(b); err != nil {
		return "", err
	}
	// b is this function's own and never written again.
	return unsafe.String(unsafe.SliceData(b), len(b)), nil
}

// appendEscape decodes the escape that s starts with (after its
// backslash) and returns how many bytes of s it took, 0 when it is not an
// escape. A \u escape of half a surrogate pair is U+FFFD, as in
// encoding/json.
func appendEscape(b, s []byte) ([]byte, int) {
	if len(s) == 0 {
		return b, 0
	}
	if c, ok := shortEscape(s[0]); ok {
		return append(b, c), 1
	}
	r := hex4(s)
	if r < 0 {
		return b, 0
	}
	if !utf16.IsSurrogate(r) {
		return utf8.AppendRune(b, r), 5
	}
	if len(s) >= 11 && s[5] == '\\' {
		if pair := utf16.DecodeRune(r, hex4(s[6:])); pair != unicode.ReplacementChar {
			return utf8.AppendRune(b, pair), 11
		}
	}
	return utf8.AppendRune(b, unicode.ReplacementChar), 5
}

// hex4 reads uXXXX, or returns -1.
func hex4(s []byte) rune {
	if len(s) < 5 || s[0] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[1:5] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// shortEscape is the byte that \c stands for in a JSON string.
func shortEscape(c byte) (byte, bool) {
	switch c {
	case '"', '\\', '/':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}
