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
		// A role noun and a name: the name, in every order.
		{"german role before name, separable", "„Wir haben Fehler gemacht“, räumte Geschäftsführer Tom Brandl ein.",
			[]who{{"Wir haben Fehler gemacht", "Tom Brandl", "räumte … ein"}}},
		{"french role with apposition after cue", "« Nous ne céderons pas », a déclaré la secrétaire générale du syndicat, Marie Garnier, devant la presse.",
			[]who{{" Nous ne céderons pas ", "Marie Garnier", "a déclaré"}}},
		{"spanish role of ministry with apposition", "«No habrá recortes», dijo el ministro de Hacienda, Luis Medina, en rueda de prensa.",
			[]who{{"No habrá recortes", "Luis Medina", "dijo"}}},
		{"spanish role of ministry without comma", "«No habrá recortes», dijo el ministro de Hacienda Ramiro Medina.",
			[]who{{"No habrá recortes", "Ramiro Medina", "dijo"}}},
		{"portuguese role with apposition", "“Vamos investir mais”, disse à imprensa a ministra da Saúde, Xoana Carvalho.",
			[]who{{"Vamos investir mais", "Xoana Carvalho", "disse"}}},
		{"portuguese ministry before unknown name", "“Vamos investir mais”, afirmou a ministra da Saúde Xoana Carvalho.",
			[]who{{"Vamos investir mais", "Xoana Carvalho", "afirmou"}}},
		{"french role of institution without comma", "« Nous manquons de lits », a expliqué le directeur de l'hôpital Gaspard Morel.",
			[]who{{" Nous manquons de lits ", "Gaspard Morel", "a expliqué"}}},
		{"according to role with apposition", "\"We are out of beds,\" according to the hospital director, Pablo Prieto.",
			[]who{{"We are out of beds,", "Pablo Prieto", "according to"}}},
		{"según role with apposition", "«No quedan camas», según el director del hospital, Pablo Prieto.",
			[]who{{"No quedan camas", "Pablo Prieto", "según"}}},
		{"english lower-case role subject", "\"We are out of beds,\" hospital director Ramiro Prieto told reporters.",
			[]who{{"We are out of beds,", "Ramiro Prieto", "told"}}},
		{"polish role before name", "Minister zdrowia Anna Wiśniewska powiedziała: „Szpitale dostaną pieniądze”.",
			[]who{{"Szpitale dostaną pieniądze", "Anna Wiśniewska", "powiedziała"}}},
		{"russian role before name", "«Бюджет будет исполнен», — заявила министр финансов Алла Кузнецова.",
			[]who{{"Бюджет будет исполнен", "Алла Кузнецова", "заявила"}}},
		// Titles with a full stop stay inside the name.
		{"italian Dott.", "«È finita», ha detto il Dott. Bianchi.",
			[]who{{"È finita", "Dott. Bianchi", "ha detto"}}},
		{"title resolves a pronoun", "Dr. Prieto said the ward was full. \"We are out of beds,\" he added.",
			[]who{{"We are out of beds,", "Dr. Prieto", "added"}}},
		// Cue lists of cs, sk, fi, hu, da, no, tr, sv.
		{"finnish", "\"Jatkamme työtä\", sanoi Laine.", []who{{"Jatkamme työtä", "Laine", "sanoi"}}},
		{"czech", "„Pokračujeme“, řekl Dvořák.", []who{{"Pokračujeme", "Dvořák", "řekl"}}},
		{"slovak", "„Pokračujeme“, povedal Horváth.", []who{{"Pokračujeme", "Horváth", "povedal"}}},
		{"hungarian dash", "„Folytatjuk” – mondta Kovács.", []who{{"Folytatjuk", "Kovács", "mondta"}}},
		{"hungarian particle verb", "„Folytatjuk”, tette hozzá Kovács Péter.", []who{{"Folytatjuk", "Kovács Péter", "tette hozzá"}}},
		{"danish", "\"Vi fortsætter,\" sagde Jensen.", []who{{"Vi fortsætter,", "Jensen", "sagde"}}},
		{"norwegian separable", "«Vi fortsetter», la Hansen til.", []who{{"Vi fortsetter", "Hansen", "la … til"}}},
		{"swedish", "”Vi fortsätter”, konstaterade Lindqvist.", []who{{"Vi fortsätter", "Lindqvist", "konstaterade"}}},
		{"turkish inversion", "\"Devam edeceğiz,\" dedi Yılmaz.", []who{{"Devam edeceğiz,", "Yılmaz", "dedi"}}},
		{"turkish subject before quote", "Bakan Yılmaz, \"Devam edeceğiz\" dedi.", []who{{"Devam edeceğiz", "Bakan Yılmaz", "dedi"}}},
		// Chinese speakers are names, not the words before the verb.
		{"chinese place before verb", "张伟在发布会上说：“我们会继续投资。”",
			[]who{{"我们会继续投资。", "张伟", "说"}}},
		{"chinese time after quote", "“经济稳定，”李明今天在会上说。",
			[]who{{"经济稳定，", "李明", "说"}}},
		{"traditional chinese interrupted", "「我們會繼續努力，」陳志明說，「明年會更好。」",
			[]who{{"我們會繼續努力，", "陳志明", "說"}, {"明年會更好。", "陳志明", "說"}}},
		{"chinese cue introducing the next quote", "张伟说：“我们会继续投资。”他表示：“明年还会扩大。”",
			[]who{{"我们会继续投资。", "张伟", "说"}, {"明年还会扩大。", "张伟", "表示"}}},
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
		{"italian pro-drop keeps its cue", "«Non è finita», ha detto Giulia Conti. «Andremo avanti», ha aggiunto.",
			[]who{{"Non è finita", "Giulia Conti", "ha detto"}, {"Andremo avanti", "Giulia Conti", "ha aggiunto"}}},
		{"portuguese pro-drop", "“Não é o fim”, disse Ana Carvalho. “Vamos continuar”, acrescentou.",
			[]who{{"Não é o fim", "Ana Carvalho", "disse"}, {"Vamos continuar", "Ana Carvalho", "acrescentou"}}},
		{"pro-drop after a named person, no quote before", "Anna Nowak przemawiała w Sejmie. „Damy radę” – powiedziała.",
			[]who{{"Damy radę", "Anna Nowak", "powiedziała"}}},
		{"pro-drop by the verb's gender", "Anna Nowak i Piotr Zieliński przyszli razem. „Damy radę” – powiedziała.",
			[]who{{"Damy radę", "Anna Nowak", "powiedziała"}}},
		{"french inverted elle", "Marie Leroy est arrivée. « Nous avons gagné », a-t-elle ajouté.",
			[]who{{" Nous avons gagné ", "Marie Leroy", "a ajouté"}}},
		{"italian lei after cue", "La ministra Giulia Conti ha parlato a lungo. «Non è finita», ha detto lei.",
			[]who{{"Non è finita", "Giulia Conti", "ha detto"}}},
		{"spanish ella after cue", "Carmen Ruiz habló ayer. «Seguiremos», dijo ella.",
			[]who{{"Seguiremos", "Carmen Ruiz", "dijo"}}},
		{"russian она", "Елена Кузнецова выступила в Думе. «Мы справимся», — сказала она.",
			[]who{{"Мы справимся", "Елена Кузнецова", "сказала"}}},
		{"new line is a new turn", "»Wer da?«, fragte Anna.\nTom trat ein.\n»Ich bin es.«",
			[]who{{"Wer da?", "Anna", "fragte"}, {"Ich bin es.", "Tom", ""}}},
		{"the object beside the pronoun's own verb is no antecedent", "Die Schule wächst. Gegenüber den Stuttgarter Nachrichten erklärte sie: „Wir bauen an.“",
			[]who{{"Wir bauen an.", "sie", "erklärte"}}},
		{"a name before the quote's own verb is an antecedent", "Asked about it, Moss said \"I know nothing,\" she said.",
			[]who{{"I know nothing,", "Moss", "said"}}},
		{"dropped subject", "«Ganaremos», dijo Elena Torres. «No hay duda», añadió.",
			[]who{{"Ganaremos", "Elena Torres", "dijo"}, {"No hay duda", "Elena Torres", "añadió"}}},
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
		{"dass switch", "Er erwähnte, dass „einige Leute glauben, wir irren uns“.", []Kind{Partial}},
		{"partial with speaker in sentence", "Merkel nannte Wulff einen „wunderbaren Präsidenten“.", []Kind{Partial}},
		{"nested after colon", "„Er sagte: ‚Morgen ist Schluss.‘ Mehr nicht“, berichtete sie.", []Kind{Direct, Direct}},
		{"nested english after cue and colon", "“Then he shouted: ‘Get out now!’ and we ran,” said Doyle.", []Kind{Direct, Direct}},
		{"nested straight after cue and comma", "\"My father always told me, 'don't borrow money,' and I never did,\" said Mills.", []Kind{Direct, Direct}},
		{"that clause", "The minister said that \"many people underestimate the situation.\"", []Kind{Partial}},
		{"que clause", "La ministre a affirmé que « beaucoup de gens sous-estiment la situation ».", []Kind{Partial}},
		{"interrupted second part", "„Das ist teuer“, sagte Zuckerberg, „aber es lohnt sich.“", []Kind{Direct, Direct}},
		{"phrase after secondo", "Il progetto è, secondo il sindaco Marco Neri, \"un'occasione persa\" per la città.", []Kind{Partial}},
		{"phrase after sentence-initial secondo", "Secondo il sindaco Marco Neri, il progetto è \"un'occasione persa\".", []Kind{Partial}},
		{"clause right after laut", "Laut Bürgermeister Weber „sind alle Deiche gehalten“.", []Kind{Direct}},
		{"french one word after elision", "Le ministre a qualifié la réforme d'« irresponsable » devant les députés.", []Kind{Partial}},
		{"french one word after typographic elision", "Il parle de l’« urgence » climatique.", []Kind{Partial}},
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
	e := mustNew(WithCues(language.German, "konterte"))
	want := []who{{"Wir sehen das anders", "Miriam Kolb", "konterte"}}
	if d := cmp.Diff(want, whos(e.Extract(in))); d != "" {
		t.Errorf("with Cues (-want +got):\n%s", d)
	}
	// Language restricts cues to that language: "said" is not German.
	de := mustNew(WithLanguage(language.German))
	if got := whos(de.Extract("“Yes,” said Tom.")); got[0].Speaker != "" {
		t.Errorf("German extractor used an English cue: %v", got)
	}
	// A language without a cue list keeps all cues; cues added for
	// another language apply next to the chosen one.
	is := mustNew(WithLanguage(language.Icelandic))
	if got := whos(is.Extract("»Ja«, sagte Tom.")); got[0].Speaker != "Tom" {
		t.Errorf("Icelandic extractor lost the cues: %v", got)
	}
	// Danish has its own list; Norwegian Bokmål shares the "no" list.
	da := mustNew(WithLanguage(language.Danish))
	if got := whos(da.Extract("»Ja«, sagde Tom.")); got[0].Speaker != "Tom" {
		t.Errorf("Danish extractor missed sagde: %v", got)
	}
	nb := mustNew(WithLanguage(language.MustParse("nb")))
	if got := whos(nb.Extract("«Ja», sier Tom.")); got[0].Speaker != "Tom" {
		t.Errorf("Bokmål extractor missed sier: %v", got)
	}
	mixed := mustNew(WithLanguage(language.German), WithCues(language.English, "quipped"))
	if got := whos(mixed.Extract("“Sure,” quipped Tom.")); got[0].Speaker != "Tom" {
		t.Errorf("added English cue ignored: %v", got)
	}
	sep := mustNew(WithCues(language.German, "legte … dar"))
	want = []who{{"Das ist so", "Karl Moser", "legte … dar"}}
	if d := cmp.Diff(want, whos(sep.Extract("„Das ist so“, legte Karl Moser dar."))); d != "" {
		t.Errorf("separable cue option (-want +got):\n%s", d)
	}
}
