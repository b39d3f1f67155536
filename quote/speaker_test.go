package quote

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// who is what attribution decides for a quote.
type who struct {
	Text, Speaker, Cue string
}

func whos(qs []Quote) []who {
	out := []who{}
	for _, q := range qs {
		if q.Depth == 0 {
			out = append(out, who{q.Text, q.Speaker, q.Cue})
		}
	}
	return out
}

func TestAttribution(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []who
	}{
		{"german inversion", "„Wir sind bereit“, sagte Zuckerberg.",
			[]who{{"Wir sind bereit", "Zuckerberg", "sagte"}}},
		{"german role before name", "„Es reicht“, sagte Gewerkschaftschef Peter Brandt am Montag.",
			[]who{{"Es reicht", "Peter Brandt", "sagte"}}},
		{"german separable with apposition", "„Das ist neu“, fügte Miriam Kolb, Leiterin des Labors, hinzu.",
			[]who{{"Das ist neu", "Miriam Kolb", "fügte … hinzu"}}},
		{"german separable teilte mit", "„Der Termin steht“, teilte die Stadt Ulm mit.",
			[]who{{"Der Termin steht", "Stadt Ulm", "teilte … mit"}}},
		{"separable without particle is no cue", "„Der Termin steht“, teilte Maria den Kuchen.",
			[]who{{"Der Termin steht", "", ""}}},
		{"colon with apposition", "Jonas Weber, Manager für Patente bei Acme, sagte: „Es wird mehr.“",
			[]who{{"Es wird mehr.", "Jonas Weber", "sagte"}}},
		{"colon with name only", "Steinmann: „Wir bleiben.“",
			[]who{{"Wir bleiben.", "Steinmann", ""}}},
		{"marker so", "„Das Spiel ist aus“, so Trainer Vogel.",
			[]who{{"Das Spiel ist aus", "Trainer Vogel", "so"}}},
		{"marker laut before", "Laut Ministerin Ines Graf „muss das Gesetz geändert werden“.",
			[]who{{"muss das Gesetz geändert werden", "Ines Graf", "Laut"}}},
		{"english said name", "“It works,” said economist Laura Chen.",
			[]who{{"It works,", "Laura Chen", "said"}}},
		{"english subject first with apposition", "\"I saw nothing,\" the witness, Tom Baker, told the court.",
			[]who{{"I saw nothing,", "Tom Baker", "told"}}},
		{"english intro comma", "Burton said, \"I love cats!\"",
			[]who{{"I love cats!", "Burton", "said"}}},
		{"according to", "\"The money is there,\" according to Senator Ruth Mills.",
			[]who{{"The money is there,", "Ruth Mills", "according to"}}},
		{"french inversion pronoun", "Claire Roy parle. « C'est fini », a-t-elle ajouté.",
			[]who{{" C'est fini ", "Claire Roy", "a ajouté"}}},
		{"french passé composé", "« On avance », a déclaré le maire Paul Simon.",
			[]who{{" On avance ", "Paul Simon", "a déclaré"}}},
		{"french dit-il", "Le ministre Jean Roux arrive. « Non », dit-il.",
			[]who{{" Non ", "Jean Roux", "dit"}}},
		{"selon", "Selon Marie Leroy, « le budget est bouclé ».",
			[]who{{" le budget est bouclé ", "Marie Leroy", "Selon"}}},
		{"spanish según", "«Habrá acuerdo», según el ministro Luis Vega.",
			[]who{{"Habrá acuerdo", "Luis Vega", "según"}}},
		{"italian ha detto", "«Siamo pronti», ha detto il sindaco Marco Neri.",
			[]who{{"Siamo pronti", "Marco Neri", "ha detto"}}},
		{"dutch aldus", "„Het is klaar”, aldus minister Sanne Bos.",
			[]who{{"Het is klaar", "Sanne Bos", "aldus"}}},
		{"polish", "„Zgoda”, powiedziała Anna Nowak.",
			[]who{{"Zgoda", "Anna Nowak", "powiedziała"}}},
		{"russian dash", "«Мы готовы», — сказал Иван Петров.",
			[]who{{"Мы готовы", "Иван Петров", "сказал"}}},
		{"chinese after", "“我们准备好了。”他说。",
			[]who{{"我们准备好了。", "他", "说"}}},
		{"chinese before", "张伟表示：“项目完成了。”",
			[]who{{"项目完成了。", "张伟", "表示"}}},
		{"japanese", "「行きます」と田中さんは言った。",
			[]who{{"行きます", "田中さん", "言った"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, whos(Extract(tc.in))); d != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tc.in, d)
			}
		})
	}
}

// TestPronouns checks resolution to the last named speaker, by gender
// where the gender is known, and continuation quotes.
func TestPronouns(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []who
	}{
		{"er to named person", "Der Trainer Hans Vogel war zufrieden. „Gut gespielt“, sagte er.",
			[]who{{"Gut gespielt", "Hans Vogel", "sagte"}}},
		{"sie skips a man", "„Ja“, sagte Eva Roth. „Nein“, sagte Karl Moser. „Vielleicht“, sagte sie.",
			[]who{{"Ja", "Eva Roth", "sagte"}, {"Nein", "Karl Moser", "sagte"}, {"Vielleicht", "Eva Roth", "sagte"}}},
		{"he skips a woman", "\"Yes,\" said John Hill. \"No,\" said Mary Stone. \"Maybe,\" he said.",
			[]who{{"Yes,", "John Hill", "said"}, {"No,", "Mary Stone", "said"}, {"Maybe,", "John Hill", "said"}}},
		{"unknown gender takes the last", "„Ja“, sagte Brandt. „Klar“, sagte er.",
			[]who{{"Ja", "Brandt", "sagte"}, {"Klar", "Brandt", "sagte"}}},
		{"feminine role noun", "„Gut“, sagte die Sprecherin Kowalski. „Schlecht“, sagte Herr Lenz. „Egal“, sagte sie.",
			[]who{{"Gut", "Sprecherin Kowalski", "sagte"}, {"Schlecht", "Herr Lenz", "sagte"}, {"Egal", "Sprecherin Kowalski", "sagte"}}},
		{"a name inside a quote is not the speaker", "Der Zug kam. „Boris, komm her!“, rief er.",
			[]who{{"Boris, komm her!", "er", "rief"}}},
		{"unresolved stays as written", "„Ja“, sagte er.",
			[]who{{"Ja", "er", "sagte"}}},
		{"continuation", "„Wir streiken“, sagte Peter Brandt. „Ab morgen.“",
			[]who{{"Wir streiken", "Peter Brandt", "sagte"}, {"Ab morgen.", "Peter Brandt", ""}}},
		{"continuation after colon", "Brandt sagte: „Wir streiken.“ „Ab morgen.“",
			[]who{{"Wir streiken.", "Brandt", "sagte"}, {"Ab morgen.", "Brandt", ""}}},
		{"interrupted quote", "„Das ist teuer“, sagte Zuckerberg, aber „es lohnt sich für alle.“",
			[]who{{"Das ist teuer", "Zuckerberg", "sagte"}, {"es lohnt sich für alle.", "Zuckerberg", "sagte"}}},
		{"new line is a new turn", "»Wer da?«, fragte Anna.\n»Ich bin es.«",
			[]who{{"Wer da?", "Anna", "fragte"}, {"Ich bin es.", "", ""}}},
		{"dropped subject", "«Ganaremos», dijo Elena Torres. «No hay duda», añadió.",
			[]who{{"Ganaremos", "Elena Torres", "dijo"}, {"No hay duda", "Elena Torres", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, whos(Extract(tc.in))); d != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tc.in, d)
			}
		})
	}
}

// TestKinds tells direct speech from partial quotes.
func TestKinds(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Kind
	}{
		{"scare quote", "Das sei das „fortschrittlichste“ Modell.", []Kind{Partial}},
		{"two partials", "Kritiker sprachen von einem „Skandal“, die Firma von einem „Missverständnis“.", []Kind{Partial, Partial}},
		{"product name", "Die Firma zeigte „Llama 3.1“ am Montag.", []Kind{Partial}},
		{"amount", "Das kostete „Hunderte Millionen Dollar“.", []Kind{Partial}},
		{"title in english", "Burton says his favorite book is \"One Hundred Years of Solitude\".", []Kind{Partial}},
		{"attached short", "„Nein“, sagte er.", []Kind{Direct}},
		{"sentence", "„Wir kommen morgen wieder.“ Dann ging sie.", []Kind{Direct}},
		{"colon", "Er sagte: „Ja.“", []Kind{Direct}},
		{"dass switch", "Er erwähnte, dass „einige Leute glauben, wir irren uns“.", []Kind{Direct}},
		{"partial with speaker in sentence", "Merkel nannte Wulff einen „wunderbaren Präsidenten“.", []Kind{Partial}},
		{"nested after colon", "„Er sagte: ‚Morgen ist Schluss.‘ Mehr nicht“, berichtete sie.", []Kind{Direct, Direct}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []Kind
			for _, q := range Extract(tc.in) {
				got = append(got, q.Kind)
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("Extract(%q) kinds (-want +got):\n%s", tc.in, d)
			}
		})
	}
}

// TestOptions checks Language and Cues.
func TestOptions(t *testing.T) {
	in := "„Wir sehen das anders“, konterte Miriam Kolb."
	if got := whos(Extract(in)); got[0].Speaker != "" {
		t.Fatalf("konterte is not a built-in cue; got %v", got)
	}
	e := New(Cues("de", "konterte"))
	want := []who{{"Wir sehen das anders", "Miriam Kolb", "konterte"}}
	if d := cmp.Diff(want, whos(e.Extract(in))); d != "" {
		t.Errorf("with Cues (-want +got):\n%s", d)
	}
	// Language restricts cues to that language: "said" is not German.
	de := New(Language(language.German))
	if got := whos(de.Extract("“Yes,” said Tom.")); got[0].Speaker != "" {
		t.Errorf("German extractor used an English cue: %v", got)
	}
	// A language without a cue list keeps all cues; cues added for
	// another language apply next to the chosen one.
	da := New(Language(language.Danish))
	if got := whos(da.Extract("»Ja«, sagte Tom.")); got[0].Speaker != "Tom" {
		t.Errorf("Danish extractor lost the cues: %v", got)
	}
	mixed := New(Language(language.German), Cues("en", "quipped"))
	if got := whos(mixed.Extract("“Sure,” quipped Tom.")); got[0].Speaker != "Tom" {
		t.Errorf("added English cue ignored: %v", got)
	}
	sep := New(Cues("de", "legte … dar"))
	want = []who{{"Das ist so", "Karl Moser", "legte … dar"}}
	if d := cmp.Diff(want, whos(sep.Extract("„Das ist so“, legte Karl Moser dar."))); d != "" {
		t.Errorf("separable cue option (-want +got):\n%s", d)
	}
}
