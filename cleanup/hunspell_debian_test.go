//go:build debian

package cleanup

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// debianDictionary loads /usr/share/hunspell/<name>.dic and .aff, the
// files of Debian's hunspell-* packages, failing loudly without them.
func debianDictionary(t testing.TB, name string) *Dictionary {
	t.Helper()
	base := filepath.Join("/usr/share/hunspell", name)
	dic, err := os.Open(base + ".dic")
	if err != nil {
		t.Fatalf("hunspell dictionary %s missing (install its hunspell-* Debian package, see .ci/run): %v", name, err)
	}
	defer dic.Close()
	aff, err := os.Open(base + ".aff")
	if err != nil {
		t.Fatalf("hunspell affix file %s missing (install its hunspell-* Debian package, see .ci/run): %v", name, err)
	}
	defer aff.Close()
	d, err := ReadHunspell(dic, aff)
	if err != nil {
		t.Fatalf("ReadHunspell(%s): %v", name, err)
	}
	return d
}

func TestDebianKnown(t *testing.T) {
	for _, tc := range []struct {
		dict    string
		known   []string
		unknown []string
	}{
		{"de_DE", []string{"Urheberrecht", "zuhören", "Grundlagenforschung", "nutzt", "generative", "Häuser", "schnellere", "Forschung", "Datenschutzbeauftragter", "Der", "Haus"},
			[]string{"nutztgenerative", "Urheberrechtnutzt", "wollennoch", "haus"}},
		{"en_US", []string{"inexpensive", "government", "governments", "walked", "unhappiness", "the", "The", "Green"},
			[]string{"ofthe", "thegovernment"}},
		{"fr", []string{"nationaux", "et", "gouvernement", "mangeaient", "l'homme"}, []string{"nationauxet"}},
		{"es_ES", []string{"gobierno", "comiendo", "dijo"}, []string{"gobiernoque"}},
		{"it_IT", []string{"governo", "mangiavano"}, []string{"governoche"}},
		{"pl_PL", []string{"rząd", "rządu", "powiedział"}, []string{"rząduktóry"}},
		{"ru_RU", []string{"правительство", "правительства", "сказал"}, []string{"правительствои"}},
		{"el_GR", []string{"κυβέρνηση", "είπε"}, []string{"κυβέρνησηείπε"}},
		{"tr_TR", []string{"hukuk", "hukukçu", "evlerimizden"}, []string{"hukukve"}},
		{"he_IL", []string{"ממשלה"}, []string{}},
		{"pt_PT", []string{"governo", "disse"}, []string{"governoque"}},
		{"vi_VN", []string{"nhà", "máy"}, []string{"nhàmáy"}},
	} {
		d := debianDictionary(t, tc.dict)
		for _, w := range tc.known {
			if !d.Known(w) {
				t.Errorf("%s: Known(%q) = false, want true", tc.dict, w)
			}
		}
		for _, w := range tc.unknown {
			if d.Known(w) {
				t.Errorf("%s: Known(%q) = true, want false", tc.dict, w)
			}
		}
	}
}

func BenchmarkReadHunspell(b *testing.B) {
	for _, name := range []string{"de_DE", "en_US", "el_GR", "tr_TR"} {
		base := filepath.Join("/usr/share/hunspell", name)
		dic, err := os.ReadFile(base + ".dic")
		if err != nil {
			b.Fatalf("hunspell dictionary %s missing: %v", name, err)
		}
		aff, err := os.ReadFile(base + ".aff")
		if err != nil {
			b.Fatalf("hunspell affix file %s missing: %v", name, err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(dic) + len(aff)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ReadHunspell(bytes.NewReader(dic), bytes.NewReader(aff)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestDebianJoins cleans sentences written for this test with each
// language's Debian dictionary: joins are cut, inflected and compound
// words stay.
func TestDebianJoins(t *testing.T) {
	for _, tc := range []struct{ dict, lang, in, want string }{
		{"de_DE", "de", "Wir wollennoch mehr Zeit.", "Wir wollen noch mehr Zeit."},
		{"de_DE", "de", "Das Urheberrecht gilt, und wir wollen zuhören.", "Das Urheberrecht gilt, und wir wollen zuhören."},
		{"de_DE", "de", "Die Grundlagenforschung braucht Geld.", "Die Grundlagenforschung braucht Geld."},
		{"en_US", "en", "This is one ofthe best ideas.", "This is one of the best ideas."},
		{"en_US", "en", "The inexpensive governments walked away.", "The inexpensive governments walked away."},
		{"fr", "fr", "Les accords nationauxet régionaux.", "Les accords nationaux et régionaux."},
		{"es_ES", "es", "Dijo quela casa era grande.", "Dijo que la casa era grande."},
		{"it_IT", "it", "Ha detto cheil cane era grande.", "Ha detto che il cane era grande."},
		{"it_IT", "it", "La chela del granchio.", "La chela del granchio."},
		{"pt_PT", "pt", "Disse quetodos sabiam.", "Disse que todos sabiam."},
		{"pl_PL", "pl", "Powiedział, żedom był duży.", "Powiedział, że dom był duży."},
		{"ru_RU", "ru", "Он сказал, чтодом был большой.", "Он сказал, что дом был большой."},
		{"tr_TR", "tr", "Bu ev çokgüzel bir ev.", "Bu ev çok güzel bir ev."},
		// In English a four-letter head needs a long tail: a solid
		// compound's tail is short (face|lift).
		{"en_US", "en", "We thanked the mainsponsors of the fair.", "We thanked the main sponsors of the fair."},
		{"en_US", "en", "The old facelift and the geeksquad stayed.", "The old facelift and the geeksquad stayed."},
		// A particle glued to a verb is a verb the dictionary lacks.
		{"de_DE", "de", "Wir wollen heute mitstreiken und mitrudern.", "Wir wollen heute mitstreiken und mitrudern."},
		// A capital at a sentence's start may be a name: a function word
		// beside a short part is not enough (Du|mont).
		{"fr", "fr", "Dumont arriva hier soir.", "Dumont arriva hier soir."},
		// Without a list of function words, a short first part before a
		// long one at a sentence's start is an article.
		{"el_GR", "el", "Οιμαθητές διαβάζουν πολύ.", "Οι μαθητές διαβάζουν πολύ."},
		// A name whose end is a function word: after a short head it is
		// the name's own ending (Bonn|elle, Casa|son).
		{"fr", "fr", "Nous avons vu Madame Bonnelle hier.", "Nous avons vu Madame Bonnelle hier."},
		{"es_ES", "es", "Hablé con Pedro Casason ayer.", "Hablé con Pedro Casason ayer."},
		// The Hebrew article belongs to the next word: הבית|הגדול, not הביתה|גדול.
		{"he_IL", "he", "ראינו את הביתהגדול מרחוק.", "ראינו את הבית הגדול מרחוק."},
		// Greek and Hebrew function words (data/dictfunction) let short
		// parts be cut; a word before a hyphen is a compound's first part.
		{"el_GR", "el", "Θέλω ναέρθω αύριο.", "Θέλω να έρθω αύριο."},
		{"el_GR", "el", "Είδα τοσπίτι τους.", "Είδα το σπίτι τους."},
		{"el_GR", "el", "Ήταν μια αντι-πολεμική ταινία.", "Ήταν μια αντι-πολεμική ταινία."},
		{"he_IL", "he", "הוא הלך עםהחברים שלו.", "הוא הלך עם החברים שלו."},
		{"he_IL", "he", "ראינו גםאותו אתמול.", "ראינו גם אותו אתמול."},
		{"he_IL", "he", "הוא לאבו אמר.", "הוא לאבו אמר."},
		{"he_IL", "he", "פגשנו את אלפונסו אתמול.", "פגשנו את אלפונסו אתמול."},
		{"he_IL", "he", "זה המקום שבההמורה לימדה.", "זה המקום שבה המורה לימדה."},
		// German adverbs end no compound: a join beside one.
		{"de_DE", "de", "Er siehtjetzt besser.", "Er sieht jetzt besser."},
		// Turkish particles beyond the shared list.
		{"tr_TR", "tr", "Onu görünce diyebağırdı.", "Onu görünce diye bağırdı."},
		{"tr_TR", "tr", "Çok azpara kaldı.", "Çok az para kaldı."},
		// A short Turkish head before a long tail is a join, before a
		// short one a compound; Bir at a sentence's start is no name.
		{"tr_TR", "tr", "Dün yenikitaplarımızı aldık.", "Dün yeni kitaplarımızı aldık."},
		{"tr_TR", "tr", "Dün kuruyemiş aldık.", "Dün kuruyemiş aldık."},
		{"tr_TR", "tr", "Birkedi geldi.", "Bir kedi geldi."},
	} {
		d := debianDictionary(t, tc.dict)
		c := mustNew(WithLexicon(d), WithLanguage(language.MustParse(tc.lang)))
		if got := c.Clean(tc.in); got != tc.want {
			t.Errorf("%s: Clean(%q):\n%s", tc.dict, tc.in, cmp.Diff(tc.want, got))
		}
	}
}

// TestDebianGatesChangeNothing is TestGatesChangeNothingWithDictionary
// with Debian's German dictionary, which knows most words of the
// documents and lacks their names.
func TestDebianGatesChangeNothing(t *testing.T) {
	de := debianDictionary(t, "de_DE")
	gated, ungated := mustNew(WithLexicon(de)), mustNew(WithLexicon(de), withoutGates())
	for _, s := range append(gateInputs(t), dictionaryGateInputs...) {
		gated.Clean(s)
		checkSameWithoutGates(t, gated, ungated, s)
	}
}
