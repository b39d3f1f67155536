package cleanup

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLongLineIsIdempotent cleans texts longer than a segment without a
// line break, where the cut between segments falls wherever the text
// allows: cleaning shortens the text before the cut, and a second Clean
// must still change nothing.
func TestLongLineIsIdempotent(t *testing.T) {
	de := "Der Hund und die Katze sind im Garten, aber der Vogel ist nicht da.  "
	fr := "Le chien et le chat sont dans le jardin, mais il ne est pas là ! "
	inputs := map[string]string{
		"de then fr": strings.Repeat(de, 882) + strings.Repeat(fr, 121),
		"fr then de": strings.Repeat(fr, 1000) + strings.Repeat(de, 500),
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 6 {
		inputs["random "+string(rune('a'+i))] = randomLine(rng, 70<<10+rng.IntN(200<<10))
	}
	c := mustNew()
	for name, in := range inputs {
		once := c.Clean(in)
		if twice := c.Clean(once); twice != once {
			t.Errorf("%s (%d bytes): second Clean changes the text:\n%s", name, len(in), firstDiff(once, twice))
		}
	}
}

// randomLine strings together sentences of several languages with the
// damage the rules repair (spaces before punctuation, runs of spaces,
// sentences glued at the period), and no line break.
func randomLine(rng *rand.Rand, n int) string {
	sentences := []string{
		"Die Stadt hat am Montag neue Regeln beschlossen",
		"Le conseil a voté la réforme hier soir",
		"The council passed the new rules on Monday",
		"El ayuntamiento aprobó las nuevas normas el lunes",
		"Il consiglio ha approvato le nuove regole",
		"Rada miasta przyjęła nowe przepisy w poniedziałek",
	}
	ends := []string{".", " .", " !", " ?", "!", ",", " ,", " :", " ;"}
	spaces := []string{" ", "  ", "", "   "}
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(sentences[rng.IntN(len(sentences))])
		b.WriteString(ends[rng.IntN(len(ends))])
		b.WriteString(spaces[rng.IntN(len(spaces))])
	}
	return b.String()
}

// TestParagraphsAreIndependent checks that a paragraph is cleaned alike
// whatever stands before it: stray quotation marks, another language, a
// damaged line. Its language is its own when its function words decide.
func TestParagraphsAreIndependent(t *testing.T) {
	c := mustNew()
	later := "Nous avons visité la ville hier soir . Quelle surprise !"
	for _, before := range []string{
		"",
		"Er sagte » nichts und ging .",
		"She said \" nothing and left ,and then \" more \" marks.",
		"Zwei Sätze.Glued together ( so ) .",
		strings.Repeat("« ", 300),
	} {
		doc := later
		if before != "" {
			doc = before + "\n\n" + later
		}
		got := c.Clean(doc)
		want := c.Clean(later)
		if !strings.HasSuffix(got, "\n\n"+want) && got != want {
			t.Errorf("after %q the paragraph becomes:\n%s", before, cmp.Diff(want, got[strings.LastIndex(got, "\n")+1:]))
		}
	}
}

// TestShortParagraphTakesItsLanguageFromBefore checks that a paragraph
// too short to tell its language (a heading, an exclamation) takes it
// from the paragraphs before it, so French keeps its space before "!".
func TestShortParagraphTakesItsLanguageFromBefore(t *testing.T) {
	c := mustNew()
	doc := "Le maire a présenté le projet devant le conseil municipal, qui doit voter la semaine prochaine.\n\nIncroyable !\n\nLa séance reprend à dix heures."
	if got := c.Clean(doc); got != doc {
		t.Errorf("French document changed:\n%s", cmp.Diff(doc, got))
	}
	// Alone, the line has no function words and takes no French spacing.
	if got := c.Clean("Incroyable !"); got != "Incroyable!" {
		t.Errorf(`Clean("Incroyable !") = %q`, got)
	}
}

// TestParagraphCutsSurviveCleaning checks that the paragraph breaks of a
// cleaned text are those of its input: breaks written with CRLF, CR, FF, VT,
// LS, PS, and blank lines holding spaces or invisible characters all cut
// where the "\n\n" they become cuts.
func TestParagraphCutsSurviveCleaning(t *testing.T) {
	for _, sep := range []string{"\n\n", "\r\n\r\n", "\r\r", "\f\f", "\n\v\n", "\n \t\n", "\n\u200b\n", "\u2028\u2028", "\n\u00a0\u3000\n",
		"\n\x07\n", "\n\x1b[0m\n", "\n\x1b]0;Titel\x07 \n", "\n\x1b[1;31m\x1b[0m\n"} {
		doc := "Erster Absatz ." + sep + "Zweiter Absatz !"
		out := mustNew().Clean(doc)
		if a, b := segmentsOf(doc), segmentsOf(out); len(a) != 2 || len(b) != 2 {
			t.Errorf("%q: segments %q, cleaned %q: want two paragraphs each", sep, a, b)
		}
	}
	// A line that keeps text after its escape sequence is no break.
	if segs := segmentsOf("Erster .\n\x1b[0mrot\nZweiter"); len(segs) != 1 {
		t.Errorf("text after an escape sequence: segments %q, want one", segs)
	}
	// A stream sees the same cuts, one byte at a time.
	doc := strings.Repeat("Ein Satz.\r\n\r\nNoch einer .\r\rUnd \u2028\u2028 mehr.\n\x1b[0m\nLetzter .\n \n", 2000)
	if got, want := streamed(t, mustNew(), doc, 1), mustNew().Clean(doc); got != want {
		t.Errorf("stream differs from Clean: %s", firstDiff(want, got))
	}
}

func segmentsOf(s string) []string {
	var segs []string
	for at := 0; at < len(s); {
		n, _, _ := nextSegment(s[at:], true)
		segs = append(segs, s[at:at+n])
		at += n
	}
	return segs
}
