package cleanup

import "testing"

func TestKnownPrints(t *testing.T) {
	k := newKnownPrints()
	k.put("Haus", stemWord)
	k.put("Häuser", affixedWord)
	k.put("Hausdach", compoundWord)
	k.put("Hxus", unknownWord) // unknown words are not kept
	for _, tc := range []struct {
		word string
		want wordKind
	}{
		{"Haus", stemWord},
		{"Häuser", affixedWord},
		{"Hausdach", compoundWord},
		{"Hxus", unknownWord},
		{"haus", unknownWord},
		{"", unknownWord},
	} {
		if got := k.get(tc.word); got != tc.want {
			t.Errorf("get(%q) = %d, want %d", tc.word, got, tc.want)
		}
	}
}
