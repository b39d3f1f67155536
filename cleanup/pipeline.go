package cleanup

// pipeline is the default list of rules, in the order they run. Encoding
// repairs come first so that later rules see real characters; spacing
// rules run after the invisible characters are gone.
var pipeline = []rule{
	{"invalid-utf8", fixInvalidUTF8},
	{"line-breaks", fixLineBreaks},
	{"invisible-chars", fixInvisible},
	{"unicode-spaces", fixUnicodeSpaces},
	{"space-runs", fixSpaceRuns},
	{"space-before-punct", fixSpaceBeforePunct},
	{"space-after-punct", fixSpaceAfterPunct},
	{"duplicate-punct", fixDuplicatePunct},
}

// encodingRepairs names the rules that may change letters and digits:
// they restore the characters the text was meant to have (mojibake,
// ligatures, width, normalization). Every other rule only moves spaces and
// punctuation, which the tests check.
var encodingRepairs = map[string]bool{}
