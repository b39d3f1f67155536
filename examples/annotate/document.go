package main

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/lang"
	"github.com/textmend/textmend/quote"
)

// A document is one input and what the three packages found in it: the
// edits (input offsets), and the spans and quotes of the cleaned text.
type document struct {
	Name   string
	Input  string
	Result cleanup.Result
	Spans  []lang.Span
	Quotes []quote.Quote
}

// tools are built once and serve every input, as in mend.
type tools struct {
	raw     bool
	cleaner *cleanup.Cleaner
	invalid *cleanup.Cleaner // raw input that is not UTF-8 is made valid, with edits
	spans   *lang.Detector
	quotes  *quote.Extractor
}

func newTools(cfg config) (*tools, error) {
	t := &tools{raw: cfg.raw}
	var err error
	if t.cleaner, err = cleanup.New(cfg.clean...); err != nil {
		return nil, err
	}
	if t.invalid, err = cleanup.New(cleanup.WithOnlyRules("invalid-utf8")); err != nil {
		return nil, err
	}
	if t.spans, err = lang.New(cfg.langs...); err != nil {
		return nil, err
	}
	if t.quotes, err = quote.New(cfg.quote...); err != nil {
		return nil, err
	}
	return t, nil
}

// analyse runs what mend -json runs on one input.
func (t *tools) analyse(name, input string) document {
	d := document{Name: name, Input: input}
	switch {
	case !t.raw:
		d.Result = t.cleaner.Explain(input)
	case !utf8.ValidString(input):
		d.Result = t.invalid.Explain(input)
	default:
		d.Result = cleanup.Result{Text: input}
	}
	d.Spans = t.spans.Spans(d.Result.Text)
	d.Quotes = t.quotes.Extract(d.Result.Text)
	return d
}

// ruleCount is how many edits one rule made.
type ruleCount struct {
	Rule  string
	Count int
}

// ruleCounts counts edits per rule, most frequent first.
func ruleCounts(edits []cleanup.Edit) []ruleCount {
	byRule := map[string]int{}
	for _, e := range edits {
		byRule[e.Rule]++
	}
	counts := make([]ruleCount, 0, len(byRule))
	for r, n := range byRule {
		counts = append(counts, ruleCount{r, n})
	}
	slices.SortFunc(counts, func(a, b ruleCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Rule, b.Rule))
	})
	return counts
}

// A langShare is one language of a document with its share of the letters.
type langShare struct {
	Tag        language.Tag
	Name       string // in English, e.g. "German"
	Scripts    []string
	Letters    int
	Share      float64 // of all letters in spans
	Confidence float64 // mean of its spans' confidences, weighted by letters
	Colour     int     // index into the page's palette
}

// languages sums the letters of the spans per language, largest share first.
// The colour goes with the rank, so the main language is always colour 0.
func languages(text string, spans []lang.Span) []langShare {
	var langs []langShare
	index := map[language.Tag]int{}
	total := 0
	for _, s := range spans {
		i, ok := index[s.Lang]
		if !ok {
			i = len(langs)
			index[s.Lang] = i
			langs = append(langs, langShare{Tag: s.Lang, Name: languageName(s.Lang)})
		}
		n := letters(text[s.Start:s.End])
		l := &langs[i]
		l.Letters += n
		l.Confidence += s.Confidence * float64(n)
		if !slices.Contains(l.Scripts, s.Script) {
			l.Scripts = append(l.Scripts, s.Script)
		}
		total += n
	}
	slices.SortStableFunc(langs, func(a, b langShare) int { return cmp.Compare(b.Letters, a.Letters) })
	for i := range langs {
		l := &langs[i]
		if l.Letters > 0 {
			l.Confidence /= float64(l.Letters)
			l.Share = float64(l.Letters) / float64(total)
		}
		l.Colour = i
	}
	return langs
}

func languageName(tag language.Tag) string {
	if tag == language.Und {
		return "unknown"
	}
	if name := display.English.Languages().Name(tag); name != "" {
		return name
	}
	return tag.String()
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
