package main

import (
	"io"
	"strings"
	"testing"
)

// BenchmarkPage measures what a page costs on top of the analysis that
// mend -json also runs (the baseline): marks, nesting and the template.
func BenchmarkPage(b *testing.B) {
	input := strings.Repeat(readFixture(b, "de-stadtrat")+"\n", 20)
	tl := mustTools(b)
	tl.analyse("warm-up", input) // loads the language models
	b.Run("analyse", func(b *testing.B) {
		b.SetBytes(int64(len(input)))
		b.ReportAllocs()
		for b.Loop() {
			tl.analyse("bench", input)
		}
	})
	d := tl.analyse("bench", input)
	b.Run("page", func(b *testing.B) {
		b.SetBytes(int64(len(input)))
		b.ReportAllocs()
		for b.Loop() {
			if err := renderPage(io.Discard, newPage(d)); err != nil {
				b.Fatal(err)
			}
		}
	})
}
