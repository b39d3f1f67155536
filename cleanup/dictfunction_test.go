package cleanup

import (
	"testing"

	"golang.org/x/text/language"
)

func TestDictFunctionWord(t *testing.T) {
	for _, tc := range []struct {
		lang langGuess
		w    string
		want bool
	}{
		{"el", "να", true},
		{"el", "Το", true},
		{"el", "εν", false}, // a prefix as often as a word: not listed
		{"he", "של", true},
		{"he", "וגם", true}, // ו + גם
		{"he", "שהוא", true},
		{"he", "אל", false}, // begins names as often (אלפרדו)
		{"he", "ו", false},
		{"tr", "diye", true},
		{"de", "und", false}, // the shared list's language: not here
	} {
		if got := dictFunctionWord(tc.lang, tc.w); got != tc.want {
			t.Errorf("dictFunctionWord(%s, %q) = %v, want %v", tc.lang, tc.w, got, tc.want)
		}
	}
}

func TestCaselessCutOK(t *testing.T) {
	for _, tc := range []struct {
		L, R   string
		fl, fr bool
		want   bool
	}{
		{"פעולות", "הפיקוח", false, false, true},
		{"פרד", "ריק", false, false, false},
		{"של", "הספר", true, false, true},
		{"מי", "שחק", true, false, false}, // two letters need a tail of four
		{"הוא", "יעץ", true, false, true},
		{"מזה", "של", false, true, true},
		{"על", "ידי", true, true, true},
		{"לא", "בו", true, true, false},
	} {
		if got := caselessCutOK(tc.L, tc.R, tc.fl, tc.fr); got != tc.want {
			t.Errorf("caselessCutOK(%s|%s) = %v, want %v", tc.L, tc.R, got, tc.want)
		}
	}
}

func TestLexiconJoinsBeforeHyphen(t *testing.T) {
	d := joinDictionary(t)
	runRuleCases(t, "lexicon-joins", []ruleCase{
		{"hyphenated first part kept", "They said itis-green.", "They said itis-green."},
		{"same word alone cut", "They said itis green.", "They said it is green."},
	}, WithLexicon(d), WithLanguage(language.English))
}
