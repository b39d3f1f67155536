package quote

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSpeakerClasses holds one sentence of our own for every class of
// attribution failure fixed against real news and fiction: each would
// give another speaker, or none, without its rule.
func TestSpeakerClasses(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []who
	}{
		{"long apposition before a cue", "\"We will look at it,\" Ruth Calder, deputy director of the water board for the northern counties, said on a call.",
			[]who{{"We will look at it,", "Ruth Calder", "said"}}},
		{"long apposition with place and age", "\"It was cold,\" Tom Ashby, 52, of Leeds, Ala., who came with his son, told reporters.",
			[]who{{"It was cold,", "Tom Ashby", "told"}}},
		{"apposition with a relative clause, lone surname", "\"Not yet,\" Marlow, who has not picked a side, told reporters in Dover.",
			[]who{{"Not yet,", "Marlow", "told"}}},
		{"no cue after the apposition", "\"Fine,\" Harris, the new coach of the team, walked to the bus.",
			[]who{{"Fine,", "", ""}}},
		{"a party tag and a title count as few words", "\"We are ready,\" Sen. Maria Olsen (D-Wis.) said Tuesday.",
			[]who{{"We are ready,", "Sen. Maria Olsen", "said"}}},
		{"a participle after a partial quote goes on with the subject", "On Monday, Okafor said the vote could be “close,” adding, “We count every ballot.”",
			[]who{{"close,", "Okafor", "said"}, {"We count every ballot.", "Okafor", "adding"}}},
		{"the participle's subject is the main clause's", "Okafor told the paper that Rita Vance “had no plan,” adding, “She never did.”",
			[]who{{"had no plan,", "Okafor", "told"}, {"She never did.", "Okafor", "adding"}}},
		{"a source before a postposed zufolge", "Der Ausfall hatte den Angaben der Stadtwerke zufolge „rein technische Gründe“.",
			[]who{{"rein technische Gründe", "den Angaben der Stadtwerke", "zufolge"}}},
		{"zufolge after an article keeps the article", "Die Täter seien dem Bericht zufolge „äußerst planvoll“ vorgegangen.",
			[]who{{"äußerst planvoll", "dem Bericht", "zufolge"}}},
		{"a verb's subject beats zufolge", "Im Ausschuss sagte die Ministerin einigen Gästen zufolge: „Wir bleiben dabei.“",
			[]who{{"Wir bleiben dabei.", "Ministerin", "sagte"}}},
		{"the nearest statement after nach", "Nach Angaben des Landesamts gab es Hinweise, die nach Bewertung der Staatsanwaltschaft „keinen Verdacht“ begründen.",
			[]who{{"keinen Verdacht", "Bewertung der Staatsanwaltschaft", "nach"}}},
		{"a second verb after und shares the subject after the first", "Auf der Plattform zeigte sich die Stiftung erschüttert und verurteilte den Angriff als „feige“.",
			[]who{{"feige", "Stiftung", "verurteilte"}}},
		{"a long prepositional opener before the verb", "Nach Berichten über eine mögliche Sperrung der Brücke an der Grenze teilte deren Betreiber über die Lage am Morgen mit: „Wir bleiben offen.“",
			[]who{{"Wir bleiben offen.", "Betreiber", "teilte … mit"}}},
		{"a long opener before a verb that is no cue", "Bei einer Sitzung über die Kosten des Ausbaus der Schule in Lindau hatte sich Meierhof zu dem Ruf hinreißen lassen: „Schluss damit!“",
			[]who{{"Schluss damit!", "Meierhof", ""}}},
		{"a long opener holds no verb", "In ihrer Antwort lobte die Direktorin Lea Sommer die neue Halle als gelungen und nannte den Entwurf „mutig“.",
			[]who{{"mutig", "Lea Sommer", "nannte"}}},
		{"a cue in a wie-clause before the main clause", "Wie die Zeitung berichtet, gab Vereinssprecher Jan Ottsen am Abend eine kurze Antwort: „Kein Kommentar.“",
			[]who{{"Kein Kommentar.", "Jan Ottsen", ""}}},
		{"a regnal number does not end the sentence", "Am Abend sagte die Historikerin Vera Lind, Ludwig XIV. „war vor allem ein Bauherr“.",
			[]who{{"war vor allem ein Bauherr", "Vera Lind", ""}}},
		{"a regnal number before a capital may end it", "Sie schrieb über Karl IV. „Das war ein Fehler“, sagte Anton Roth.",
			[]who{{"Das war ein Fehler", "Anton Roth", "sagte"}}},
		{"a number before an article ends the sentence", "Die Arbeit stockt wegen der Halle 3. Eine Sprecherin des Werks teilte mit: „Wir bauen weiter.“",
			[]who{{"Wir bauen weiter.", "Sprecherin des Werks", "teilte … mit"}}},
		{"an ordinal before a noun does not", "Am 3. Oktober sagte Jens Bauer: „Wir feiern.“",
			[]who{{"Wir feiern.", "Jens Bauer", "sagte"}}},
		{"seitens after a verb cue names an agent, not the source", "Die Anwohner erklären, die Schäden seitens der Baufirma seien „nicht hinnehmbar“.",
			[]who{{"nicht hinnehmbar", "Anwohner", "erklären"}}},
		{"seitens alone names the source", "Seitens der Baufirma wurden die Schäden als „gering“ eingestuft.",
			[]who{{"gering", "Baufirma", "Seitens"}}},
		{"an extended attribute between article and name", "„Ich freue mich“, schrieb die in Lissabon geborene Sängerin Mara Bento auf ihrer Seite.",
			[]who{{"Ich freue mich", "Sängerin Mara Bento", "schrieb"}}},
		{"an extended attribute before a lone name", "„Wir kommen wieder“, sagte die aus Kassel stammende Oberholz, die das Team seit Jahren führt.",
			[]who{{"Wir kommen wieder", "Oberholz", "sagte"}}},
		{"reported speech two sentences after its source", "Das Treffen dauerte lange. Der Sender meldet eine Einigung der Minister. Man sei sich im Grundsatz einig geworden. Der Plan bestehe aus „kleinen Schritten“.",
			[]who{{"kleinen Schritten", "Sender", "meldet"}}},
		{"an indicative sentence breaks the run", "Das Treffen dauerte lange. Der Sender meldet eine Einigung der Minister. Man ist sich im Grundsatz einig. Der Plan bestehe aus „kleinen Schritten“.",
			[]who{{"kleinen Schritten", "Der Plan", ""}}},
		{"a surname that is a common word", "\"We lost the vote,\" From said. \"It was close,\" Will wrote.",
			[]who{{"We lost the vote,", "From", "said"}, {"It was close,", "Will", "wrote"}}},
		{"a demonstrative before a cue is no name", "\"Keep calm,\" That said it all.",
			[]who{{"Keep calm,", "", ""}}},
		{"a program name before the subject is an adverbial", "On NBC's Sunday Panel with Ron Miles, Okafor said the bill was \"dead on arrival.\"",
			[]who{{"dead on arrival.", "Okafor", "said"}}},
		{"a participle clause before the subject", "Quoting from the Federalist Papers, Rep. Dana Holt said, \"Ambition must be made to counteract ambition.\"",
			[]who{{"Ambition must be made to counteract ambition.", "Rep. Dana Holt", "said"}}},
		{"a surname ending in -ing opens the subject", "Fleming said the club would go on, but said, \"We change how we meet.\"",
			[]who{{"We change how we meet.", "Fleming", "said"}}},
		{"more verbs of saying in fiction", "\"Where have you been?\" queried Aunt Hester. \"Out,\" interjected Tom.",
			[]who{{"Where have you been?", "Aunt Hester", "queried"}, {"Out,", "Tom", "interjected"}}},
		{"a time word opens the sentence, the name follows", "Next day Walter said, \"Show me the barn.\"",
			[]who{{"Show me the barn.", "Walter", "said"}}},
		{"a relative clause closed by a verb of saying: its antecedent", "Im Blatt erschien ein Leitartikel, der den Beschluss als „groben Fehler“ bezeichnet.",
			[]who{{"groben Fehler", "ein Leitartikel", ""}}},
		{"a name after the relative pronoun is the subject", "Es war das Ziel, das Hanna Lorenz zu Beginn (im Jahr 2019) zur Pflicht erklärt hatte: „Wir sparen.“",
			[]who{{"Wir sparen.", "Hanna Lorenz", "erklärt"}}},
		{"a label with von before a colon", "Die Halle tobte. Zitat von Hollmann: „Wir haben es geschafft.“",
			[]who{{"Wir haben es geschafft.", "Hollmann", ""}}},
		{"a label with from before a colon", "The hall went quiet. Statement from Dana Quist: \"We are done here.\"",
			[]who{{"We are done here.", "Dana Quist", ""}}},
		{"the one spoken to answers the next turn", "Dusk came early.\n\nMara said to Allan, \"Is the boat ready?\"\n\n\"Not yet.\"",
			[]who{{"Is the boat ready?", "Mara", "said"}, {"Not yet.", "Allan", ""}}},
		{"spoken to with a title", "Dusk came early.\n\nMara said to Mrs. Quill, \"Is the boat ready?\"\n\n\"Not yet.\"",
			[]who{{"Is the boat ready?", "Mara", "said"}, {"Not yet.", "Mrs. Quill", ""}}},
		{"a named speaker met again in the narration", "\"Where is it?\" said Wren.\n\n\"Over here,\" said Brack.\n\n\"Under the bench,\" said Olk.\n\nWren turned round and looked at the box for a while.\n\n\"I see it now,\" she said.",
			[]who{{"Where is it?", "Wren", "said"}, {"Over here,", "Brack", "said"}, {"Under the bench,", "Olk", "said"}, {"I see it now,", "Wren", "said"}}},
		{"the possessor of the sentence's topic is no speaker", "Mr. Lund's bill, which has one sponsor, would end what critics call a \"tax on work.\"",
			[]who{{"tax on work.", "", ""}}},
		{"a turn that names a speaker is not that speaker's, and that one answers", "\"Come in,\" said Wren.\n\nThe lamp went out and the wind rose outside.\n\n\"Is it late?\"\n\n\"Yes, Wren.\"\n\n\"Then we go.\"",
			[]who{{"Come in,", "Wren", "said"}, {"Is it late?", "Wren", ""}, {"Yes, Wren.", "", ""}, {"Then we go.", "Wren", ""}}},
		{"a cue set off by commas inside another clause", "Senator Ada Moss, Okafor said, had been in office for \"far too long.\"",
			[]who{{"far too long.", "Okafor", "said"}}},
		{"the subject of a cue in a that-clause", "Between ten and twenty shops close every year, a trend that the guild predicts will go on \"for a while.\"",
			[]who{{"for a while.", "the guild", "predicts"}}},
		{"a reported that-clause keeps the outer source", "At the rally, Dole said that Romney begged him and \"would have dropped to his knees\" for it.",
			[]who{{"would have dropped to his knees", "Dole", "begged"}}},
		{"an English preposition opens an adverbial before the subject", "Despite the Hale Street rumours, Okafor said it was \"time to go.\"",
			[]who{{"time to go.", "Okafor", "said"}}},
		{"a relation in a conversation of two is the other speaker", "\"Where to?\" said Wren.\n\n\"Home,\" said Brack.\n\n\"Now?\" asked his companion.",
			[]who{{"Where to?", "Wren", "said"}, {"Home,", "Brack", "said"}, {"Now?", "Wren", "asked"}}},
		{"an article and a noun may be a source of its own", "\"Where to?\" said Wren.\n\n\"Home,\" said Brack.\n\n\"Now?\" asked the driver.",
			[]who{{"Where to?", "Wren", "said"}, {"Home,", "Brack", "said"}, {"Now?", "the driver", "asked"}}},
		{"an adverb after a described speaker is no part of it", "\"Not now,\" said the old lady scornfully. \"Not yet,\" said the elderly man.",
			[]who{{"Not now,", "the old lady", "said"}, {"Not yet,", "the elderly man", "said"}}},
		{"a quantifier opens a described speaker", "\"That is not the point,\" one senior aide said. \"It is close,\" said another adviser to the mayor.",
			[]who{{"That is not the point,", "one senior aide", "said"}, {"It is close,", "another adviser", "said"}}},
		{"a capitalized quantifier may stand alone", "Some voters cheered. Another said the plan was \"a joke.\"",
			[]who{{"a joke.", "Another", "said"}}},
		{"more English verbs of saying in news", "\"Nobody is left behind,\" Okafor assured the crowd. Dana Quist slammed the plan as \"a gift to the rich.\"",
			[]who{{"Nobody is left behind,", "Okafor", "assured"}, {"a gift to the rich.", "Dana Quist", "slammed"}}},
		{"the one a quote speaks to is not its speaker", "Anna and Maria came in late. \"Maria, sit down,\" she said.",
			[]who{{"Maria, sit down,", "Anna", "said"}}},
		{"a named speaker's possessive in the narration", "\"Where is it?\" said Wren.\n\n\"Over here,\" said Brack.\n\n\"Under the bench,\" said Olk.\n\nWren's hands shook for a while.\n\n\"I see it now,\" she said.",
			[]who{{"Where is it?", "Wren", "said"}, {"Over here,", "Brack", "said"}, {"Under the bench,", "Olk", "said"}, {"I see it now,", "Wren", "said"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, whos(Extract(tc.in))); d != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tc.in, d)
			}
		})
	}
}
