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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, whos(Extract(tc.in))); d != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tc.in, d)
			}
		})
	}
}
