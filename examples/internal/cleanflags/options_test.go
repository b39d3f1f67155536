package cleanflags

import (
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/lang"
	"github.com/textmend/textmend/quote"
)

// parse reads args as a command that registered the flags does.
func parse(t *testing.T, args ...string) Values {
	t.Helper()
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var v Values
	v.Register(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return v
}

// rulesOf cleans text with the options and lists the rules of the edits.
func rulesOf(t *testing.T, o Options, text string) []string {
	t.Helper()
	c, err := cleanup.New(o.Cleanup...)
	if err != nil {
		t.Fatal(err)
	}
	var rules []string
	for _, e := range c.Explain(text).Edits {
		rules = append(rules, e.Rule)
	}
	return rules
}

func TestRulesAndCharset(t *testing.T) {
	const text = "Hallo , Welt.  Ende"
	tests := []struct {
		args      []string
		rules     []string
		noCharset bool
	}{
		{nil, []string{"space-before-punct", "space-runs"}, false},
		{[]string{"-without", "space-runs"}, []string{"space-before-punct"}, false},
		{[]string{"-without", "charset"}, []string{"space-before-punct", "space-runs"}, true},
		{[]string{"-without", " space-runs , charset "}, []string{"space-before-punct"}, true},
		{[]string{"-only", "space-runs"}, []string{"space-runs"}, true},
		{[]string{"-only", "charset,space-runs"}, []string{"space-runs"}, false},
		{[]string{"-only", "charset"}, nil, false},
		{[]string{"-only", " , "}, []string{"space-before-punct", "space-runs"}, false},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			v := parse(t, tt.args...)
			o, err := v.Options(Files{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.rules, rulesOf(t, o, text)); diff != "" {
				t.Errorf("rules (-want +got):\n%s", diff)
			}
			if o.NoCharset != tt.noCharset || v.NoCharset() != tt.noCharset {
				t.Errorf("NoCharset = %v (Values: %v), want %v", o.NoCharset, v.NoCharset(), tt.noCharset)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr string
	}{
		{[]string{"-lang", "xx-!!"}, "-lang"},
		{[]string{"-langs", "de,??"}, "-langs"},
		{[]string{"-langs", "tlh"}, "-langs"},
		{[]string{"-lexicon", "/nonexistent/words.txt"}, "-lexicon"},
		{[]string{"-protect", "@/nonexistent/words.txt"}, "-protect"},
		{[]string{"-without", "no-such-rule"}, "no-such-rule"},
		{[]string{"-only", "no-such-rule"}, "no-such-rule"},
		{[]string{"-min-confidence", "2"}, "-min-confidence"},
		{[]string{"-cues", "verkündete"}, "-cues"},
		{[]string{"-cues", "??=sagte"}, "-cues"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			_, err := parse(t, tt.args...).Options(Files{})
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("err = %v, want one about %s", err, tt.wantErr)
			}
		})
	}
}

// TestOptionsReachThePackages checks each flag by what the package built
// with its option does.
func TestOptionsReachThePackages(t *testing.T) {
	dir := t.TempDir()
	words := filepath.Join(dir, "protect.txt")
	if err := os.WriteFile(words, []byte("# names\n\nFlixMobility\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const glued, want = "Der Fernbus gehört zuFlixMobility.", "Der Fernbus gehört zu FlixMobility."
	o, err := parse(t).Options(Files{})
	if err != nil {
		t.Fatal(err)
	}
	if got := mustClean(t, o, glued); got == want {
		t.Fatalf("without -protect already %q: the case shows nothing", got)
	}
	for _, args := range [][]string{{"-protect", "FlixMobility"}, {"-protect", "@" + words}} {
		o, err := parse(t, args...).Options(Files{})
		if err != nil {
			t.Fatal(err)
		}
		if got := mustClean(t, o, glued); got != want {
			t.Errorf("%q: %q, want %q", args, got, want)
		}
	}

	o, err = parse(t, "-straight-quotes").Options(Files{})
	if err != nil {
		t.Fatal(err)
	}
	if got := mustClean(t, o, "„Ja“, sagte sie."); got != `"Ja", sagte sie.` {
		t.Errorf("-straight-quotes: %q", got)
	}

	const german = "Der Hund schläft im Garten, und die Katze liegt auf dem Sofa."
	for _, args := range [][]string{{"-langs", "en,fr"}, {"-min-confidence", "1"}} {
		o, err = parse(t, args...).Options(Files{})
		if err != nil {
			t.Fatal(err)
		}
		d, err := lang.New(o.Lang...)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range d.Spans(german) {
			if s.Lang.String() == "de" {
				t.Errorf("%q: a span in de", args)
			}
		}
	}
	if d, _ := lang.New(); d.Spans(german)[0].Lang.String() != "de" {
		t.Fatal("German is not de without flags: the case shows nothing")
	}

	o, err = parse(t, "-lang", "de", "-cues", "de=posaunte").Options(Files{})
	if err != nil {
		t.Fatal(err)
	}
	ex, err := quote.New(o.Quote...)
	if err != nil {
		t.Fatal(err)
	}
	qs := ex.Extract("„Wir gewinnen“, posaunte der Trainer Jan Roth.")
	if len(qs) != 1 || qs[0].Cue != "posaunte" {
		t.Errorf("-cues de=posaunte: quotes %+v", qs)
	}
}

func mustClean(t *testing.T, o Options, text string) string {
	t.Helper()
	c, err := cleanup.New(o.Cleanup...)
	if err != nil {
		t.Fatal(err)
	}
	return c.Clean(text)
}

// TestFiles checks that -lexicon and -protect @FILE are read through Files,
// as the Beam pipeline reads them from its filesystems.
func TestFiles(t *testing.T) {
	var opened []string
	files := Files{Open: func(path string) (io.ReadCloser, error) {
		opened = append(opened, path)
		switch path {
		case "mem://words":
			return io.NopCloser(strings.NewReader("Haus\nTür\n")), nil
		case "mem://protect":
			return io.NopCloser(strings.NewReader("longday\n")), nil
		}
		return nil, errors.New("no such file")
	}}
	if _, err := parse(t, "-lexicon", "mem://words", "-protect", "@mem://protect").Options(files); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"mem://words", "mem://protect"}, opened); diff != "" {
		t.Errorf("opened (-want +got):\n%s", diff)
	}
	read := 0
	files.Lexicon = func(path string) (cleanup.Lexicon, error) {
		read++
		return cleanup.ReadLexicon(strings.NewReader("Haus\n"))
	}
	if _, err := parse(t, "-lexicon", "x.dic").Options(files); err != nil || read != 1 {
		t.Errorf("Files.Lexicon called %d times, err %v", read, err)
	}
}

// TestLangCache: -lang-cache DIR keeps the tables of a script family in
// DIR, and "auto" in textmend/ of the user's cache directory. Tables are
// built once per process, so each case takes a family of its own.
func TestLangCache(t *testing.T) {
	auto := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", auto)
	given := t.TempDir()
	for _, tc := range []struct {
		flag, dir, text string
	}{
		{given, given, "Это короткий русский текст о погоде, а это другой."},
		{"auto", filepath.Join(auto, "textmend"), "این یک متن کوتاه فارسی است و این هم یکی دیگر."},
	} {
		o, err := parse(t, "-lang-cache", tc.flag).Options(Files{})
		if err != nil {
			t.Fatal(err)
		}
		d, err := lang.New(o.Lang...)
		if err != nil {
			t.Fatal(err)
		}
		d.Spans(tc.text)
		if files, _ := filepath.Glob(filepath.Join(tc.dir, "ngrams-*.bin")); len(files) == 0 {
			t.Errorf("-lang-cache %s: no table in %s", tc.flag, tc.dir)
		}
	}
}
