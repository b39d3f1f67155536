package cleanup

// WithStraightQuotes(true) makes the Cleaner replace typographic quotation
// marks with ASCII ones: ‘ ’ ‚ ‛ become ' and “ ” „ ‟ become ". The default
// keeps them: they tell opening from closing, which quote extraction and
// readers need. Guillemets are left alone.
func WithStraightQuotes(on bool) Option {
	return func(c *config) error { c.straightQuotes = on; return nil }
}

// fixStraightQuotes is the rule behind WithStraightQuotes. It runs only
// when that option is on, or when OnlyRules names it.
func fixStraightQuotes(p *pass, s string, out *changes) {
	cfg := &p.c.cfg
	if !cfg.straightQuotes && !cfg.only["straight-quotes"] {
		return
	}
	for i := 0; i+2 < len(s); i++ {
		if s[i] != 0xE2 || s[i+1] != 0x80 {
			continue
		}
		switch s[i+2] {
		case 0x98, 0x99, 0x9A, 0x9B: // ‘ ’ ‚ ‛
			out.replace(i, i+3, "'")
			i += 2
		case 0x9C, 0x9D, 0x9E, 0x9F: // “ ” „ ‟
			out.replace(i, i+3, `"`)
			i += 2
		}
	}
}
