package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/lang"
)

// dictsUsage is the help text of -dicts: a folder of hunspell
// dictionaries, one chosen for each input by its language.
const dictsUsage = "folder of hunspell dictionaries (LL_CC.dic + .aff); each input gets the one of its language (-lang, or the guess); \"auto\" is " + systemDicts

// systemDicts is where Debian's hunspell-* packages put dictionaries.
const systemDicts = "/usr/share/hunspell"

// readAnyLexicon loads -lexicon: a hunspell .dic (with its .aff beside
// it) as a dictionary, anything else as a word list.
func readAnyLexicon(path string) (cleanup.Lexicon, error) {
	if !strings.HasSuffix(path, ".dic") {
		return readLexicon(path)
	}
	return readDictionary(strings.TrimSuffix(path, ".dic"))
}

// readDictionary loads base.dic and base.aff.
func readDictionary(base string) (*cleanup.Dictionary, error) {
	dic, err := os.Open(base + ".dic")
	if err != nil {
		return nil, err
	}
	defer dic.Close()
	aff, err := os.Open(base + ".aff")
	if err != nil {
		return nil, fmt.Errorf("a .dic needs its .aff beside it: %v", err)
	}
	defer aff.Close()
	return cleanup.ReadHunspell(dic, aff)
}

// dictionaries gives each input the Cleaner of its language, with that
// language's dictionary from dir, loaded once.
type dictionaries struct {
	dir    string
	lang   language.Tag // -lang, or und to guess
	opts   []cleanup.Option
	guess  func(text string) language.Tag
	mu     sync.Mutex
	byBase map[string]*cleanup.Cleaner
}

// parseDicts reads -dicts; nil when it is not given.
func parseDicts(dir, langHint string, opts []cleanup.Option, langOpts []lang.Option) (*dictionaries, error) {
	if dir == "" {
		return nil, nil
	}
	if dir == "auto" {
		dir = systemDicts
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("-dicts %s: not a folder of dictionaries", dir)
	}
	d := &dictionaries{dir: dir, opts: opts, byBase: map[string]*cleanup.Cleaner{}}
	if langHint != "" {
		tag, err := language.Parse(langHint)
		if err != nil {
			return nil, fmt.Errorf("-lang %q: %v", langHint, err)
		}
		d.lang = tag
	}
	d.guess = func(text string) language.Tag { return guessLanguage(text, langOpts) }
	return d, nil
}

// guessLanguage is the language of most of text, by package lang with
// opts (-lang-cache), the default languages.
func guessLanguage(text string, opts []lang.Option) language.Tag {
	detectorOnce.Do(func() { detector, _ = lang.New(opts...) })
	if detector == nil {
		return language.Und
	}
	tag, _ := detector.Language(text)
	return tag
}

var (
	detectorOnce sync.Once
	detector     *lang.Detector
)

// cleaner returns the Cleaner for text: its language's dictionary when
// dir has one, else the Cleaner without a dictionary.
func (d *dictionaries) cleaner(text string) (*cleanup.Cleaner, error) {
	tag := d.lang
	if tag == language.Und {
		tag = d.guess(text)
	}
	base, _ := tag.Base()
	key := base.String()
	d.mu.Lock()
	defer d.mu.Unlock()
	if c, ok := d.byBase[key]; ok {
		return c, nil
	}
	opts := slices.Clone(d.opts)
	if tag != language.Und {
		opts = append(opts, cleanup.WithLanguage(tag))
		if path := dictionaryFor(d.dir, key, tag); path != "" {
			dict, err := readDictionary(strings.TrimSuffix(path, ".dic"))
			if err != nil {
				return nil, fmt.Errorf("-dicts: %s: %v", path, err)
			}
			opts = append(opts, cleanup.WithLexicon(dict))
		}
	}
	c, err := cleanup.New(opts...)
	if err != nil {
		return nil, err
	}
	d.byBase[key] = c
	return c, nil
}

// dictionaryFor picks the .dic of a language in dir: the tag's own
// region (pt_PT for pt-PT), then the language's likely region by CLDR (de_DE,
// not de_AT), then ll.dic, then the first ll_*.dic.
func dictionaryFor(dir, base string, tag language.Tag) string {
	names, _ := filepath.Glob(filepath.Join(dir, base+"_*.dic"))
	if p := filepath.Join(dir, base+".dic"); fileExists(p) {
		names = append(names, p)
	}
	if len(names) == 0 {
		return ""
	}
	slices.Sort(names)
	want := []string{}
	if region, conf := tag.Region(); conf == language.Exact {
		want = append(want, base+"_"+region.String())
	}
	if region, _ := language.Make(base).Region(); region.String() != "ZZ" {
		want = append(want, base+"_"+region.String())
	}
	want = append(want, base)
	for _, w := range want {
		p := filepath.Join(dir, w+".dic")
		if slices.Contains(names, p) {
			return p
		}
	}
	return names[0]
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
