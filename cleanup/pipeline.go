package cleanup

// pipeline is the default list of rules, in the order they run. Encoding
// repairs come first so that later rules see real characters; spacing
// rules run after the invisible characters are gone.
var pipeline = []rule{
	{"surrogates", fixSurrogates},
	{"cp1252-bytes", fixLegacyBytes},
	{"invalid-utf8", fixInvalidUTF8},
	{"mojibake", fixMojibake},
	{"html-entities", fixHTMLEntities},
	{"control-chars", fixControlChars},
	{"ligatures", fixLigatures},
	{"full-width", fixFullWidth},
	{"nfc", fixNFC},
	{"straight-quotes", fixStraightQuotes}, // only WithStraightQuotes(true)
	{"line-breaks", fixLineBreaks},
	{"invisible-chars", fixInvisible},
	{"unicode-spaces", fixUnicodeSpaces},
	{"script-joins", fixScriptJoins},
	{"case-joins", fixCaseJoins},
	{"lexicon-joins", fixLexiconJoins},
	{"number-joins", fixNumberJoins},
	{"cjk-spacing", fixCJKSpacing}, // only WithCJKSpacing(true)
	{"space-runs", fixSpaceRuns},
	{"space-before-punct", fixSpaceBeforePunct},
	{"space-after-punct", fixSpaceAfterPunct},
	{"duplicate-punct", fixDuplicatePunct},
}

// encodingRepairs names the rules that may change letters and digits:
// they restore the characters the text was meant to have (mojibake,
// ligatures, width, normalization). Every other rule only moves spaces and
// punctuation, which the tests check.
var encodingRepairs = map[string]bool{
	"surrogates": true, "cp1252-bytes": true, "mojibake": true, "html-entities": true,
	"control-chars": true, "ligatures": true, "full-width": true, "nfc": true,
}
