package cleanflags

import (
	"flag"
	"strings"
)

// Values are the flags as given on the command line. The fields are
// exported so that a Beam DoFn can carry them to its workers.
type Values struct {
	Lang           string // BCP 47 tag of the input, "" to guess
	Langs          string // comma-separated BCP 47 tags for spans
	Lexicon        string // path of a word list
	CJKSpacing     bool
	StraightQuotes bool
	Without        string // comma-separated rule names
	Only           string // comma-separated rule names
	Protect        string // WORD,WORD,... or @FILE
	MinConfidence  float64
	Cues           []string // TAG=CUE,CUE,..., once per language
	LangCache      string   // directory for lang's n-gram tables, "auto" for the user's cache directory
}

// Register defines the flags in fs with mend's names, defaults and usage.
func (v *Values) Register(fs *flag.FlagSet) {
	fs.StringVar(&v.Lang, "lang", "", "language of the input as a BCP 47 tag (default: guess)")
	fs.StringVar(&v.Langs, "langs", "", "comma-separated BCP 47 tags the language spans may use (default: lang.DefaultLanguages())")
	fs.StringVar(&v.Lexicon, "lexicon", "", "word list for splitting glued words: one word, or \"word count\", per line")
	fs.BoolVar(&v.CJKSpacing, "cjk-spacing", false, "space between CJK and Latin letters or digits (pangu style)")
	fs.StringVar(&v.LangCache, "lang-cache", "", "keep the language models' tables in DIR, or \"auto\" for textmend/ in the user's cache directory: later runs read them in 0.05 s instead of building them in seconds of CPU (lang.WithTableCache)")
	fs.Float64Var(&v.MinConfidence, "min-confidence", 0, "confidence below which a span's language is reported as und (lang.WithMinConfidence)")
	fs.Func("cues", "speech cues for quotes as TAG=CUE,CUE,... (quote.WithCues), e.g. de=verkündete,stellte … klar; may be repeated", func(s string) error {
		v.Cues = append(v.Cues, s)
		return nil
	})
	fs.BoolVar(&v.StraightQuotes, "straight-quotes", false, "replace typographic quotation marks and apostrophes by ASCII ones")
	fs.StringVar(&v.Without, "without", "", "comma-separated rules not to run; \"charset\" turns off charset detection")
	fs.StringVar(&v.Only, "only", "", "comma-separated rules to run alone, in pipeline order")
	fs.StringVar(&v.Protect, "protect", "", "words the join rules must never split: WORD,WORD,... or @FILE with one word a line")
}

// SplitList splits a comma-separated list, dropping blanks around and
// between the items.
func SplitList(s string) []string {
	var out []string
	for f := range strings.SplitSeq(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
