package cleanflags

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/lang"
	"github.com/textmend/textmend/quote"
)

// Options are what the flags ask of each package.
type Options struct {
	Cleanup []cleanup.Option
	Lang    []lang.Option
	Quote   []quote.Option
	// LangCache is -lang-cache alone, included in Lang, for a Detector
	// that guesses with the default languages.
	LangCache []lang.Option
	// NoCharset is set by -without charset, or by -only without charset:
	// inputs are taken as UTF-8. "charset" is the decoding step of mend
	// and the Beam pipeline, not a rule of the Cleaner.
	NoCharset bool
}

// Files reads the files that flags name. The zero value reads from the
// local file system.
type Files struct {
	// Open opens -protect @FILE and the -lexicon word list (default os.Open).
	Open func(path string) (io.ReadCloser, error)
	// Lexicon reads -lexicon (default: cleanup.ReadLexicon of Open(path)).
	Lexicon func(path string) (cleanup.Lexicon, error)
}

// Options checks the values and turns them into options. Each package is
// built once with them, so that a bad combination fails here.
func (v Values) Options(files Files) (Options, error) {
	files = files.withDefaults()
	o := Options{NoCharset: v.NoCharset()}
	steps := []func() error{
		func() error { return o.language(v.Lang, v.Langs) },
		func() error { return o.lexicon(v.Lexicon, files) },
		func() error { return o.rules(v.Without, v.Only) },
		func() error { return o.protect(v.Protect, files) },
		func() error { return o.analyses(v.MinConfidence, v.Cues) },
		func() error { return o.langCache(v.LangCache) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return Options{}, err
		}
	}
	o.Cleanup = append(o.Cleanup, cleanup.WithCJKSpacing(v.CJKSpacing), cleanup.WithStraightQuotes(v.StraightQuotes))
	if _, err := cleanup.New(o.Cleanup...); err != nil {
		return Options{}, err
	}
	return o, nil
}

func (f Files) withDefaults() Files {
	if f.Open == nil {
		f.Open = func(path string) (io.ReadCloser, error) { return os.Open(path) }
	}
	if f.Lexicon == nil {
		open := f.Open
		f.Lexicon = func(path string) (cleanup.Lexicon, error) {
			rc, err := open(path)
			if err != nil {
				return nil, err
			}
			defer rc.Close()
			return cleanup.ReadLexicon(rc)
		}
	}
	return f
}

// langCache reads -lang-cache.
func (o *Options) langCache(dir string) error {
	if dir == "" {
		return nil
	}
	if dir == "auto" {
		base, err := os.UserCacheDir()
		if err != nil {
			return fmt.Errorf("-lang-cache auto: %v", err)
		}
		dir = filepath.Join(base, "textmend")
	}
	o.LangCache = []lang.Option{lang.WithTableCache(dir)}
	o.Lang = append(o.Lang, o.LangCache...)
	return nil
}

// language reads -lang (for cleanup and quote) and -langs (for spans).
func (o *Options) language(hint, list string) error {
	if hint != "" {
		tag, err := language.Parse(hint)
		if err != nil {
			return fmt.Errorf("-lang %q: %v", hint, err)
		}
		o.Cleanup = append(o.Cleanup, cleanup.WithLanguage(tag))
		o.Quote = append(o.Quote, quote.WithLanguage(tag))
	}
	if list == "" {
		return nil
	}
	var tags []language.Tag
	for _, code := range strings.Split(list, ",") {
		tag, err := language.Parse(strings.TrimSpace(code))
		if err != nil {
			return fmt.Errorf("-langs %q: %v", code, err)
		}
		tags = append(tags, tag)
	}
	o.Lang = append(o.Lang, lang.WithLanguages(tags...))
	if _, err := lang.New(o.Lang...); err != nil {
		return fmt.Errorf("-langs: %v", err)
	}
	return nil
}

func (o *Options) lexicon(path string, files Files) error {
	if path == "" {
		return nil
	}
	lex, err := files.Lexicon(path)
	if err != nil {
		return fmt.Errorf("-lexicon: %v", err)
	}
	o.Cleanup = append(o.Cleanup, cleanup.WithLexicon(lex))
	return nil
}

// NoCharset reports whether -without or -only turn charset decoding off:
// -without charset, or an -only list without it.
func (v Values) NoCharset() bool {
	if slices.Contains(SplitList(v.Without), cleanup.CharsetRule) {
		return true
	}
	only := SplitList(v.Only)
	return len(only) > 0 && !slices.Contains(only, cleanup.CharsetRule)
}

// rules reads -without and -only, taking "charset" out of both lists.
func (o *Options) rules(without, only string) error {
	notRule := func(name string) bool { return name == cleanup.CharsetRule }
	if rules := slices.DeleteFunc(SplitList(without), notRule); len(rules) > 0 {
		o.Cleanup = append(o.Cleanup, cleanup.WithoutRules(rules...))
	}
	if rules := SplitList(only); len(rules) > 0 {
		// -only charset runs no Cleaner rule at all.
		o.Cleanup = append(o.Cleanup, cleanup.WithOnlyRules(slices.DeleteFunc(rules, notRule)...))
	}
	return nil
}

// protect reads -protect WORD,WORD,... or -protect @FILE.
func (o *Options) protect(arg string, files Files) error {
	if arg == "" {
		return nil
	}
	words := SplitList(arg)
	if path, ok := strings.CutPrefix(arg, "@"); ok {
		var err error
		if words, err = readWords(files.Open, path); err != nil {
			return fmt.Errorf("-protect: %v", err)
		}
	}
	o.Cleanup = append(o.Cleanup, cleanup.WithProtected(words...))
	return nil
}

// readWords reads one word a line, skipping blank lines and # comments.
func readWords(open func(string) (io.ReadCloser, error), path string) ([]string, error) {
	rc, err := open(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var words []string
	sc := bufio.NewScanner(rc)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w != "" && !strings.HasPrefix(w, "#") {
			words = append(words, w)
		}
	}
	return words, sc.Err()
}

// analyses reads -min-confidence and -cues.
func (o *Options) analyses(minConf float64, cues []string) error {
	if minConf != 0 {
		o.Lang = append(o.Lang, lang.WithMinConfidence(minConf))
		if _, err := lang.New(o.Lang...); err != nil {
			return fmt.Errorf("-min-confidence: %v", err)
		}
	}
	for _, c := range cues {
		code, list, ok := strings.Cut(c, "=")
		tag, err := language.Parse(strings.TrimSpace(code))
		if !ok || err != nil {
			return fmt.Errorf("-cues %q: want TAG=CUE,CUE,... with a BCP 47 tag", c)
		}
		o.Quote = append(o.Quote, quote.WithCues(tag, SplitList(list)...))
	}
	if _, err := quote.New(o.Quote...); err != nil {
		return fmt.Errorf("-cues: %v", err)
	}
	return nil
}
