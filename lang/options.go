package lang

import (
	"fmt"

	"golang.org/x/text/language"
)

// An Option configures a Detector built by New.
type Option func(*config) error

type config struct {
	set      langSet
	minConf  float64
	cacheDir string
}

// WithLanguages restricts detection to the given languages, matched by base
// language ("de-CH" is German; "no" and "nb" are Norwegian Bokmål). Text in
// other languages gets the closest of these or language.Und. It fails for a
// language that the underlying models do not know.
func WithLanguages(tags ...language.Tag) Option {
	return func(c *config) error {
		var s langSet
		for _, t := range tags {
			l, ok := linguaOf(t)
			if !ok {
				return fmt.Errorf("lang: unsupported language %q", t)
			}
			s.add(l)
		}
		if s.empty() {
			return fmt.Errorf("lang: WithLanguages needs at least one language")
		}
		c.set = s
		return nil
	}
}

// WithMinConfidence sets the confidence below which a span is reported as
// language.Und. The default, 0, always reports the best guess: letters in
// an unknown language cost more to a caller than a guess that is usually
// right.
func WithMinConfidence(c float64) Option {
	return func(cf *config) error {
		if c < 0 || c > 1 {
			return fmt.Errorf("lang: WithMinConfidence %v outside [0, 1]", c)
		}
		cf.minConf = c
		return nil
	}
}

// WithTableCache keeps the n-gram tables in files under dir, created when
// missing: a process that finds a table there reads it (about 40 MB for
// the Latin languages) in a fraction of a second instead of building it
// from lingua's models, which takes seconds of CPU on the first text of a
// script family. A file is named by a digest of the models it comes from,
// so a new lingua version makes new files beside the old ones; a file that
// is damaged is rebuilt. Writing is best effort: a directory that cannot
// be written costs time, not results. Tables are shared by every Detector
// of a process: the first to need one builds or reads it.
func WithTableCache(dir string) Option {
	return func(c *config) error {
		if dir == "" {
			return fmt.Errorf("lang: WithTableCache needs a directory")
		}
		c.cacheDir = dir
		return nil
	}
}
