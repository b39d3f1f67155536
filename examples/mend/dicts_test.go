package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// Two small dictionaries written for these tests: English function words
// and nouns, German ones with a compound.
var testDicts = map[string][2]string{
	"en_US": {"SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n", "5\nthe\nof\ngovernment/S\nsaid\nthey\n"},
	"de_DE": {"SET UTF-8\nCOMPOUNDBEGIN x\nCOMPOUNDEND z\nONLYINCOMPOUND o\n", "5\nwir\nwollen\nnoch\nUrheber/x\nrecht/zo\n"},
	"de_AT": {"SET UTF-8\n", "1\nnoch\n"},
}

// writeDicts writes the named test dictionaries into a new folder.
func writeDicts(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range names {
		d := testDicts[name]
		if err := os.WriteFile(filepath.Join(dir, name+".aff"), []byte(d[0]), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".dic"), []byte(d[1]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// mendText runs mend over each text with opts and returns the outputs.
func mendText(t *testing.T, opts options, texts ...string) string {
	t.Helper()
	var out bytes.Buffer
	if err := run(opts, writeInputs(t, texts...), nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestLexiconDic(t *testing.T) {
	dir := writeDicts(t, "en_US")
	opts := mustOptions(t, "-lang", "en", "-lexicon", filepath.Join(dir, "en_US.dic"))
	got := mendText(t, opts, "They said thegovernment acted.\n", "They said the governments acted.\n")
	want := "They said the government acted.\nThey said the governments acted.\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("-lexicon en_US.dic (-want +got):\n%s", diff)
	}
}

func TestLexiconDicWithoutAff(t *testing.T) {
	dir := writeDicts(t, "en_US")
	os.Remove(filepath.Join(dir, "en_US.aff"))
	if _, err := flagOptions("-lexicon", filepath.Join(dir, "en_US.dic")); err == nil {
		t.Error("a .dic without its .aff: no error")
	}
}

func TestDictsByLanguage(t *testing.T) {
	dir := writeDicts(t, "en_US", "de_DE", "de_AT")
	for _, tc := range []struct{ name, lang, in, want string }{
		{"-lang de", "de", "Wir wollennoch mehr Urheberrecht.\n", "Wir wollen noch mehr Urheberrecht.\n"},
		{"-lang en", "en", "They said thegovernment acted.\n", "They said the government acted.\n"},
		{"no dictionary for fr", "fr", "Ils ont ditque oui.\n", "Ils ont ditque oui.\n"},
		{"guessed de", "", "Wir wollennoch mehr Urheberrecht, sagten die Leute in der Stadt.\n", "Wir wollen noch mehr Urheberrecht, sagten die Leute in der Stadt.\n"},
	} {
		args := []string{"-dicts", dir}
		if tc.lang != "" {
			args = append(args, "-lang", tc.lang)
		}
		opts := mustOptions(t, args...)
		if diff := cmp.Diff(tc.want, mendText(t, opts, tc.in)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestDictsErrors(t *testing.T) {
	if _, err := parseDicts(filepath.Join(t.TempDir(), "none"), "", nil, nil); err == nil {
		t.Error("-dicts of a missing folder: no error")
	}
	if _, err := parseDicts(t.TempDir(), "no such tag!", nil, nil); err == nil {
		t.Error("-dicts with a bad -lang: no error")
	}
	if d, err := parseDicts("", "", nil, nil); d != nil || err != nil {
		t.Errorf("no -dicts: got %v, %v; want nil, nil", d, err)
	}
}

func TestDictionaryFor(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"de_AT", "de_DE", "pt_BR", "pt_PT", "nl", "es_AR", "es_MX"} {
		if err := os.WriteFile(filepath.Join(dir, name+".dic"), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ tag, want string }{
		{"de", "de_DE"},
		{"de-AT", "de_AT"},
		{"pt", "pt_BR"}, // CLDR's likely region
		{"pt-PT", "pt_PT"},
		{"pt-BR", "pt_BR"},
		{"nl", "nl"},
		{"es", "es_AR"}, // no es_ES: the first by name
		{"fr", ""},
	} {
		tag := language.MustParse(tc.tag)
		base, _ := tag.Base()
		got := dictionaryFor(dir, base.String(), tag)
		want := ""
		if tc.want != "" {
			want = filepath.Join(dir, tc.want+".dic")
		}
		if got != want {
			t.Errorf("dictionaryFor(%s) = %q, want %q", tc.tag, got, want)
		}
	}
}
