package quote

import (
	"fmt"

	"golang.org/x/text/language"
)

// Kind tells direct speech from a short phrase quoted inside a sentence.
type Kind uint8

const (
	// Direct is quoted speech or writing: a sentence or clause given in
	// someone's words, usually with a cue ("sagte", "said") or a colon.
	Direct Kind = iota
	// Partial is a word or phrase quoted inside a sentence: a scare quote,
	// a title, a name, a short borrowed phrase.
	Partial
)

// String returns "direct" or "partial".
func (k Kind) String() string {
	switch k {
	case Direct:
		return "direct"
	case Partial:
		return "partial"
	}
	return "unknown"
}

// SpeakerBy tells how the speaker of a quote was found, so that users
// may keep only the surer ones.
type SpeakerBy uint8

const (
	// NoSpeaker: the quote has no speaker.
	NoSpeaker SpeakerBy = iota
	// ByCue: a mention next to a cue, a colon or a marker ("sagte X",
	// "X: „…“", "laut X", "…, so X"), or a pronoun left as written.
	ByCue
	// ByPronoun: a pronoun or a dropped subject at a cue, resolved to an
	// earlier mention.
	ByPronoun
	// ByContinuation: the speaker of the quote before, whose statement
	// this quote goes on with.
	ByContinuation
	// ByGuess: no cue names the speaker; it is the person the sentence is
	// about or, in dialogue, whose turn it is.
	ByGuess
)

// String returns "", "cue", "pronoun", "continuation" or "guess".
func (b SpeakerBy) String() string {
	switch b {
	case ByCue:
		return "cue"
	case ByPronoun:
		return "pronoun"
	case ByContinuation:
		return "continuation"
	case ByGuess:
		return "guess"
	}
	return ""
}

// Quote is one quotation found in a text. Offsets are byte offsets into the
// text given to Extract.
type Quote struct {
	Start, End               int    // the quoted text, marks excluded
	Text                     string // text[Start:End]
	Open, Close              string // the marks; Close is "" when the quote is unterminated
	Depth                    int    // 0 outer, 1 nested, …
	Kind                     Kind   // Direct or Partial
	Closed                   bool   // false when the quote ran to the end of its paragraph
	Speaker                  string // as written; pronouns resolved to the last named speaker
	SpeakerStart, SpeakerEnd int    // text[SpeakerStart:SpeakerEnd] == Speaker; -1 when none
	SpeakerBy                SpeakerBy
	Cue                      string // "sagte", "fügte … hinzu", "said", "a déclaré", "laut", …
}

// Extractor finds quotations and their speakers. Build it with New; it is
// safe for concurrent use.
type Extractor struct {
	conv  convention
	cues  *cueSet
	langs []string // languages whose cues apply; nil means all
}

// An Option configures an Extractor built by New. It returns an error for
// a setting that cannot work, so that New fails instead of ignoring it.
type Option func(*options) error

type options struct {
	lang  language.Tag
	extra map[string][]string
}

// WithLanguage tells the extractor the language of the texts. It selects the
// quotation convention (German „…“ closes with “, English opens with it) and
// restricts speech cues to that language (and those added with WithCues) when
// there is a cue list for it. Without it the convention is guessed from
// the marks of each text and cues of all languages apply.
func WithLanguage(tag language.Tag) Option {
	return func(o *options) error { o.lang = tag; return nil }
}

// WithCues adds speech cues for a language (its base language counts:
// language.German and language.MustParse("de-AT") add to the same list).
// A cue is a verb form ("erläuterte"), a multi-word form ("a souligné"), a
// German separable verb written with "…" ("stellte … klar"), a marker
// prefixed with "@" whose speaker follows it ("@laut"), or an auxiliary
// prefixed with "+" that joins a following cue ("+a" for "a déclaré").
func WithCues(tag language.Tag, cues ...string) Option {
	return func(o *options) error {
		if tag == language.Und {
			return fmt.Errorf("quote: WithCues needs a language")
		}
		base, _ := tag.Base()
		if o.extra == nil {
			o.extra = map[string][]string{}
		}
		o.extra[base.String()] = append(o.extra[base.String()], cues...)
		return nil
	}
}

// New returns an Extractor configured by opts, or the first error of an
// option.
func New(opts ...Option) (*Extractor, error) {
	var o options
	for _, f := range opts {
		if err := f(&o); err != nil {
			return nil, err
		}
	}
	e := &Extractor{conv: convAuto, cues: defaultCues()}
	if o.lang != language.Und {
		base, _ := o.lang.Base()
		code := base.String()
		e.conv = conventionFor(code)
		if a, ok := cueAliases[code]; ok {
			code = a
		}
		// Cues of that language only, when there is a list for it.
		for _, l := range cueLangs {
			if l == code {
				e.langs = []string{code}
			}
		}
		if _, ok := o.extra[code]; ok && e.langs == nil {
			e.langs = []string{code}
		}
		for l := range o.extra {
			if e.langs != nil && l != code {
				e.langs = append(e.langs, l) // cues the caller added apply too
			}
		}
	}
	if len(o.extra) > 0 {
		e.cues = defaultCues().with(o.extra)
	}
	return e, nil
}

var defaultExtractor = func() *Extractor {
	e, err := New()
	if err != nil {
		panic(err) // no options: New cannot fail
	}
	return e
}()

// Extract returns the quotations in text in document order, with the
// convention guessed from the marks and cues of all supported languages.
func Extract(text string) []Quote {
	return defaultExtractor.Extract(text)
}

// Extract returns the quotations in text in the order of their Start
// (an outer quote before the quotes nested in it).
func (e *Extractor) Extract(text string) []Quote {
	conv := e.conv
	if conv == convAuto || conv == convGerman && guessConvention(text) == convEnglish {
		// The language is a hint: a German text quoting “…” in the
		// English way, without any „, is read the English way.
		conv = guessConvention(text)
	}
	qs := pairMarks(text, conv)
	if len(qs) == 0 {
		return nil
	}
	e.attribute(text, qs)
	return qs
}
