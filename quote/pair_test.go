package quote

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// span is the part of a quote the pairing rules decide.
type span struct {
	Text   string
	Depth  int
	Closed bool
}

func spans(qs []Quote) []span {
	out := []span{}
	for _, q := range qs {
		out = append(out, span{q.Text, q.Depth, q.Closed})
	}
	return out
}

// TestMarks covers every quotation convention and the rules for marks
// whose role depends on the convention or on their neighbours.
func TestMarks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []span
	}{
		{"german low-high", "Er sagte „ja“ dazu.", []span{{"ja", 0, true}}},
		{"german single nested", "„Er rief ‚Halt‘ und ging.“", []span{{"Er rief ‚Halt‘ und ging.", 0, true}, {"Halt", 1, true}}},
		{"german chevrons", "»Wo?«, fragte sie. »Hier.«", []span{{"Wo?", 0, true}, {"Hier.", 0, true}}},
		{"german single chevrons", "»Er sagte ›nein‹.«", []span{{"Er sagte ›nein‹.", 0, true}, {"nein", 1, true}}},
		{"swiss guillemets", "«Wir kommen», sagte er.", []span{{"Wir kommen", 0, true}}},
		{"french inner spaces", "« Nous venons », dit-il.", []span{{" Nous venons ", 0, true}}},
		{"french no-break spaces", "«\u00a0Oui\u00a0», dit-elle.", []span{{"\u00a0Oui\u00a0", 0, true}}},
		{"english curly", "“Yes,” she said, “of course.”", []span{{"Yes,", 0, true}, {"of course.", 0, true}}},
		{"english single nested", "“He said ‘never’ twice.”", []span{{"He said ‘never’ twice.", 0, true}, {"never", 1, true}}},
		{"ascii double", `He said "yes" and "no".`, []span{{"yes", 0, true}, {"no", 0, true}}},
		{"ascii single", `She called it 'odd' twice.`, []span{{"odd", 0, true}}},
		{"polish", "„Tak”, powiedział.", []span{{"Tak", 0, true}}},
		{"swedish", "”Ja”, sa hon.", []span{{"Ja", 0, true}}},
		{"cjk corner", "他说「好」。", []span{{"好", 0, true}}},
		{"cjk white corner nested", "「彼は『はい』と言った」", []span{{"彼は『はい』と言った", 0, true}, {"はい", 1, true}}},
		{"chinese curly", "“我们走吧。”他说。", []span{{"我们走吧。", 0, true}}},
		{"german sloppy closing with ascii", `„Das ist gut." Dann ging er.`, []span{{"Das ist gut.", 0, true}}},
		{"typed with one key", "Er nannte es “super“ und ging.", []span{{"super", 0, true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, spans(Extract(tc.in))); d != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tc.in, d)
			}
		})
	}
}

// TestApostrophes checks that apostrophes never open or close quotes.
func TestApostrophes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []span
	}{
		{"contraction", "We don't know and can't say.", []span{}},
		{"typographic contraction", "Er geht’s an, sie sagt’s.", []span{}},
		{"plural possessive", "The Joneses' car and James' bike.", []span{}},
		{"elision", "'Tis the season, and rock 'n' roll in the '90s.", []span{}},
		{"quote around contraction", "She said 'I don't know' and left.", []span{{"I don't know", 0, true}}},
		{"inches", `A 12" record and a 7" single.`, []span{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, spans(Extract(tc.in))); d != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tc.in, d)
			}
		})
	}
}

// TestPairing covers nesting, unbalanced marks and paragraphs.
func TestPairing(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []span
	}{
		{"stray closing swallows nothing", "Text davor“ und „ein Zitat“.", []span{{"ein Zitat", 0, true}}},
		{"stray duplicate after close", "„Das benachteiligt uns.“ .“ Weiter.", []span{{"Das benachteiligt uns.", 0, true}}},
		{"lone closer later", "„Es wird behindert.“ erhöhen die Kosten.“ Ende.", []span{{"Es wird behindert.", 0, true}}},
		{"unclosed ends at paragraph", "Er sagte „nie wieder\n\nNeuer Absatz.", []span{{"nie wieder", 0, false}}},
		{"unclosed ends at text end", "Er sagte „nie wieder  ", []span{{"nie wieder", 0, false}}},
		{"single newline keeps quote open", "„Eine Zeile\nund die nächste“, sagte er.", []span{{"Eine Zeile\nund die nächste", 0, true}}},
		{"new line with same opener is a new turn", "»Erste Zeile\n»Zweite Zeile«", []span{{"Erste Zeile", 0, false}, {"Zweite Zeile", 0, true}}},
		{"multi-paragraph english", "“One.\n\n“Two.\n\n“Three.” Done.", []span{{"One.\n\n“Two.\n\n“Three.", 0, true}}},
		{"deep nesting", "„a ‚b „c ‚d‘ c“ b‘ a“", []span{{"a ‚b „c ‚d‘ c“ b‘ a", 0, true}, {"b „c ‚d‘ c“ b", 1, true}, {"c ‚d‘ c", 2, true}, {"d", 3, true}}},
		{"inner left open ends with outer", "„Er sagte ‚komm und ging.“", []span{{"Er sagte ‚komm und ging.", 0, true}, {"komm und ging.", 1, false}}},
		{"unclosed apostrophe-like single dropped", "“He said 'hi to all.” End.", []span{{"He said 'hi to all.", 0, true}}},
		{"empty quote dropped", "Er sagte „“ nichts.", []span{}},
		// Quotes nest maxDepth deep: „7 and ‚8 are stray, so every closing
		// mark after them closes the innermost quote it fits, one level early.
		{"too deep is stray", "„1 ‚2 „3 ‚4 „5 ‚6 „7 ‚8‘ x“ y‘ z“ 4‘ 3“ 2‘ 1“",
			[]span{{"1 ‚2 „3 ‚4 „5 ‚6 „7 ‚8‘ x“ y‘ z“ 4‘ 3", 0, true}, {"2 „3 ‚4 „5 ‚6 „7 ‚8‘ x“ y‘ z“ 4", 1, true},
				{"3 ‚4 „5 ‚6 „7 ‚8‘ x“ y‘ z", 2, true}, {"4 „5 ‚6 „7 ‚8‘ x“ y", 3, true},
				{"5 ‚6 „7 ‚8‘ x", 4, true}, {"6 „7 ‚8", 5, true}}},
		// A quote open at its paragraph end takes in the open quotes inside
		// it; a quote closed inside it stays.
		{"open quotes end in the outermost", "„Er rief ‚halt und „lief“ weiter\n\nDann.",
			[]span{{"Er rief ‚halt und „lief“ weiter", 0, false}, {"lief", 1, true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, spans(Extract(tc.in))); d != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tc.in, d)
			}
		})
	}
}

// TestConvention checks that the Language option and the guess from the
// marks decide whether “ opens (English) or closes (German).
func TestConvention(t *testing.T) {
	in := "“Hallo“, sagte er. “Tschüss“"
	// Without „ in the text the guess is English; “…“ still pairs.
	if got := spans(Extract(in)); len(got) != 2 {
		t.Errorf("guessed: got %v", got)
	}
	de := mustNew(WithLanguage(language.German))
	got := spans(de.Extract("Text“ mehr „Zitat“ “Rest"))
	if d := cmp.Diff([]span{{"Zitat", 0, true}}, got); d != "" {
		t.Errorf("German: “ must not open (-want +got):\n%s", d)
	}
	en := mustNew(WithLanguage(language.English))
	got = spans(en.Extract("Text “Zitat” mehr"))
	if d := cmp.Diff([]span{{"Zitat", 0, true}}, got); d != "" {
		t.Errorf("English (-want +got):\n%s", d)
	}
}

// TestLinear checks that long runs of marks give sane results: every
// opener of a run of 10,000 stays a quote only while it has text.
func TestLinearRuns(t *testing.T) {
	qs := Extract(strings.Repeat("“", 10000))
	if len(qs) != 0 {
		t.Errorf("run of closers: %d quotes, want 0", len(qs))
	}
	// Past maxDepth the openers are stray, and the open quotes inside the
	// outermost end with it: one quote holds the run.
	qs = Extract(strings.Repeat("„", 1000) + "x")
	if len(qs) != 1 || qs[0].Depth != 0 || qs[0].Closed || qs[0].Text != strings.Repeat("„", 999)+"x" {
		t.Errorf("run of openers: %d quotes", len(qs))
	}
	checkInvariants(t, strings.Repeat("„", 1000)+"x", qs)
}
