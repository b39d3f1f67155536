package cleanup

import "testing"

// Full-width bracket pairs, CJK compatibility ideographs and ideographic
// indents: CJK typography that must survive cleaning.
func TestCJKTypographyKept(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"bracket pair after a latin name", "zh", "法國學者Dupont（1934）在研究中首次提出此說。", "法國學者Dupont（1934）在研究中首次提出此說。"},
		{"bracket pair around a letter", "zh", "音階有#B（C）、#E（F）兩個。", "音階有#B（C）、#E（F）兩個。"},
		{"bracket pair in latin text", "en", "See the note （page 4） below.", "See the note (page 4) below."},
		{"compatibility ideograph kept", "ko", "\uF914\u6A02 두 글자", "\uF914\u6A02 두 글자"},
		{"compatibility ideograph beside an accent", "fr", "Cafe\u0301 \uFA2A", "Café \uFA2A"},
		{"japanese indent", "ja", "\u3000今日は晴れだった。\n\u3000\u3000明日は雨らしい。", "\u3000今日は晴れだった。\n\u3000\u3000明日は雨らしい。"},
		{"ideographic space in latin text", "en", "two\u3000words", "two words"},
	})
}

// French no-break spaces: a pair spaced on one side stays spaced on the
// other, whatever the language.
func TestFrenchSpacingKeptOnBothSides(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"nbsp after opener", "en", "The motto «\u00a0Toujours prêt » stayed.", "The motto «\u00a0Toujours prêt » stayed."},
		{"nbsp before closer", "de", "Das Motto « Toujours prêt\u00a0» blieb.", "Das Motto « Toujours prêt\u00a0» blieb."},
		{"unspaced pair tightened", "de", "Das Motto « Toujours prêt» blieb.", "Das Motto «Toujours prêt» blieb."},
		{"french text", "fr", "Il a dit\u00a0: «\u00a0Oui\u00a0».", "Il a dit\u00a0: «\u00a0Oui\u00a0»."},
	})
}
