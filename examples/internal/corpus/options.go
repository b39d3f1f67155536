package corpus

import (
	"fmt"
	"strings"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/lang"
	"github.com/textmend/textmend/quote"
)

// Analyses says which results go with the cleaned text.
type Analyses uint8

const (
	Edits  Analyses = 1 << iota // what cleaning changed, with input offsets
	Spans                       // the language of every span of the text
	Quotes                      // quotations and their speakers
)

// AllAnalyses is every analysis: the default.
const AllAnalyses = Edits | Spans | Quotes

var analysisNames = []struct {
	name string
	a    Analyses
}{{"edits", Edits}, {"spans", Spans}, {"quotes", Quotes}}

// ParseAnalyses reads a comma-separated list such as "edits,quotes". An
// empty list means no analysis: only the cleaned text.
func ParseAnalyses(list string) (Analyses, error) {
	var a Analyses
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		found := false
		for _, n := range analysisNames {
			if n.name == f {
				a |= n.a
				found = true
			}
		}
		if !found {
			return 0, fmt.Errorf("unknown analysis %q (analyses: edits, spans, quotes)", f)
		}
	}
	return a, nil
}

// String lists the analyses as ParseAnalyses reads them.
func (a Analyses) String() string {
	var names []string
	for _, n := range analysisNames {
		if a&n.a != 0 {
			names = append(names, n.name)
		}
	}
	return strings.Join(names, ",")
}

// An Option configures a Processor built by New.
type Option func(*config) error

type config struct {
	textField string
	analyses  Analyses
	raw       bool
	decode    bool   // detect and decode charsets of whole documents
	charset   string // forced charset of whole documents, "" to detect
	clean     []cleanup.Option
	langs     []lang.Option
	quotes    []quote.Option
	// cleanerFor chooses the Cleaner of each text (WithCleanerFor).
	cleanerFor func(text string) (*cleanup.Cleaner, error)
}

// WithTextField names the field of each record that holds the text
// (default "text").
func WithTextField(name string) Option {
	return func(c *config) error {
		if name == "" {
			return fmt.Errorf("corpus: empty text field name")
		}
		c.textField = name
		return nil
	}
}

// WithAnalyses chooses the results added to each record (default
// AllAnalyses).
func WithAnalyses(a Analyses) Option {
	return func(c *config) error {
		if a&^AllAnalyses != 0 {
			return fmt.Errorf("corpus: unknown analyses %#x", uint8(a))
		}
		c.analyses = a
		return nil
	}
}

// WithRaw(true) skips cleaning: the text stays as it is, with no edits
// (apart from invalid UTF-8 in a whole document, which JSON cannot carry).
func WithRaw(on bool) Option {
	return func(c *config) error { c.raw = on; return nil }
}

// WithCharsetDetection(false) takes every document as UTF-8 instead of
// detecting its charset with cleanup.Decode (default true). Records are
// JSON and so always UTF-8.
func WithCharsetDetection(on bool) Option {
	return func(c *config) error { c.decode = on; return nil }
}

// WithCharset forces the charset of every document, by any name that
// cleanup.DecodeAs knows ("Shift_JIS", "windows-1251", "UTF-16LE", …).
func WithCharset(name string) Option {
	return func(c *config) error {
		if _, _, err := cleanup.DecodeAs(nil, name); err != nil {
			return fmt.Errorf("corpus: %v", err)
		}
		c.charset = name
		return nil
	}
}

// WithCleanup passes options to cleanup.New.
func WithCleanup(opts ...cleanup.Option) Option {
	return func(c *config) error { c.clean = append(c.clean, opts...); return nil }
}

// WithLang passes options to lang.New.
func WithLang(opts ...lang.Option) Option {
	return func(c *config) error { c.langs = append(c.langs, opts...); return nil }
}

// WithQuote passes options to quote.New.
func WithQuote(opts ...quote.Option) Option {
	return func(c *config) error { c.quotes = append(c.quotes, opts...); return nil }
}

// WithCleanerFor makes the Processor ask choose for the Cleaner of each
// record or document, given its text, instead of using the one built
// from WithCleanup: a dictionary per language, for instance. choose must
// be safe for concurrent use; its error becomes the record's "error".
func WithCleanerFor(choose func(text string) (*cleanup.Cleaner, error)) Option {
	return func(c *config) error { c.cleanerFor = choose; return nil }
}
