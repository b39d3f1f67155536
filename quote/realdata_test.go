//go:build realdata

package quote

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/language"
)

// TestRealSpeakers scores speakers on the development splits in
// ../shared/realdata the way score-real does: a gold quote is found when a
// quote has the same text (marks, spaces and end punctuation ignored), and
// its speaker is right when it shares a word of three or more letters with
// a gold speaker; "named" leaves out gold speakers that are bare pronouns.
// The floors sit a little below the figures measured when they were set,
// so that a rule that loses a class of speakers fails here.
func TestRealSpeakers(t *testing.T) {
	for _, c := range []struct {
		file        string
		found, name float64 // floors, in percent
	}{
		{"quotes-de-news.jsonl", 97, 82},
		{"quotes-en-news.jsonl", 99, 87},
		{"quotes-en-fiction.jsonl", 98, 74},
	} {
		found, named := scoreReal(t, "../../shared/realdata/"+c.file)
		t.Logf("%s: found %.1f%%, named speaker %.1f%%", c.file, found, named)
		if found < c.found || named < c.name {
			t.Errorf("%s: found %.1f%% (floor %.0f), named speaker %.1f%% (floor %.0f)", c.file, found, c.found, named, c.name)
		}
	}
}

type realDoc struct {
	Lang   string
	Text   string
	Direct []struct {
		Text     string
		Speakers []struct{ Text string }
		Pronoun  *bool `json:"pronoun_speaker"`
	}
}

func scoreReal(t *testing.T, path string) (found, named float64) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("realdata: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	var gold, hit, namedN, namedOK int
	for sc.Scan() {
		var d realDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		qs := mustNew(WithLanguage(language.Make(d.Lang))).Extract(d.Text)
		used := make([]bool, len(qs))
		for _, g := range d.Direct {
			gold++
			gt := realNorm(g.Text)
			k := -1
			for i, q := range qs {
				if !used[i] && realNorm(q.Text) == gt {
					k = i
					break
				}
			}
			if k < 0 {
				continue
			}
			used[k] = true
			hit++
			if len(g.Speakers) == 0 {
				continue
			}
			pron := true
			want := map[string]bool{}
			for _, s := range g.Speakers {
				pron = pron && realPronouns[strings.ToLower(strings.TrimSpace(s.Text))]
				for w := range realWords(s.Text) {
					want[w] = true
				}
			}
			if g.Pronoun != nil {
				pron = *g.Pronoun
			}
			if pron {
				continue
			}
			namedN++
			for w := range realWords(qs[k].Speaker) {
				if want[w] {
					namedOK++
					break
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if gold == 0 || namedN == 0 {
		t.Fatalf("%s: no gold quotes", path)
	}
	return 100 * float64(hit) / float64(gold), 100 * float64(namedOK) / float64(namedN)
}

var realPronouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields("er sie es ich wir ihr he she they i we it him her them man") {
		realPronouns[w] = true
	}
}

// realNorm is score-real's qnorm: marks, spaces and end punctuation
// trimmed, inner white space collapsed.
func realNorm(s string) string {
	return strings.Join(strings.Fields(strings.Trim(s, "„“”‚‘’»«›‹\"'「」『』 \t\n.,;:!?…–—-")), " ")
}

// realWords is score-real's words: runs of three or more word characters,
// lower-cased.
func realWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && !unicode.Is(unicode.Mn, r)
	}) {
		if len([]rune(w)) >= 3 {
			out[strings.ToLower(w)] = true
		}
	}
	return out
}
