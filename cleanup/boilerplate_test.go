package cleanup

import "testing"

func TestHoldsNavPhrase(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     bool
	}{
		{"button", "Blue mug, 12 EUR. Add to cart", true},
		{"glued to the next item", "Red scarf Add to cartAdd to wishlist", true},
		{"glued before it", "Wool socksAdd to basket", true},
		{"apostrophe", "Mappa del sito Torna all'inizio", true},
		{"german", "Die Gene im Test Nach oben", true},
		{"lowercase in prose", "Die Preise gingen nach oben, sagte sie.", false},
		{"words apart", "Add the flour to the cart and wait.", false},
		{"none", "The shop opens at nine.", false},
	} {
		if got := holdsNavPhrase(tc.in); got != tc.want {
			t.Errorf("%s: holdsNavPhrase(%q) = %v, want %v", tc.name, tc.in, got, tc.want)
		}
	}
}

// A paragraph with a shop's or news page's button is the page's layout:
// its one glued word stays, where prose gets its space back.
func TestNavPhraseParagraph(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"shop item", "it", "Borsa in pelle marrone Aggiungi al carrelloAggiungi alla wishlist", "Borsa in pelle marrone Aggiungi al carrelloAggiungi alla wishlist"},
		{"teaser", "de", "Nach oben Neue Regeln für Radwege beschlossenStadt plant mehr Parkplätze", "Nach oben Neue Regeln für Radwege beschlossenStadt plant mehr Parkplätze"},
		{"prose with the words", "de", "Die Preise gingen nach oben, sagte dieBank am Montag.", "Die Preise gingen nach oben, sagte die Bank am Montag."},
		{"prose without", "it", "Ieri sera il sindaco ha incontratoMarco Rossi in piazza.", "Ieri sera il sindaco ha incontrato Marco Rossi in piazza."},
	})
}
