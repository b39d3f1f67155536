// Package cleanflags holds the command-line flags that shape the cleaning
// and the analyses, shared by mend, annotate and the Beam pipeline so that
// the same flags mean the same in all three: -lang, -langs, -lexicon,
// -cjk-spacing, -straight-quotes, -without, -only, -protect,
// -min-confidence and -cues. Values holds them as given; Values.Options
// turns them into options of cleanup, lang and quote, and fails on a bad
// value before any input is read.
package cleanflags
