package cleanup

import "testing"

// C1 bytes in Latin text are the punctuation of a Windows code page, and
// escape sequences go only when they are complete.
func TestControlsInLatinText(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"stray apostrophe byte", "fr", "Il parle d\x92un café crème.", "Il parle d’un café crème."},
		{"stray ellipsis byte", "fr", "C\x92est fini\x85 déjà.", "C’est fini… déjà."},
		{"stray dash byte", "en", "Prices \x96 as always \x96 rose in café bars.", "Prices – as always – rose in café bars."},
		{"windows-1250 byte", "pl", "Za\x9fółć to nie jest łatwe słowo.", "Zaźółć to nie jest łatwe słowo."},
		{"cut utf-8 stays lost", "de", "Grü\xc3 und café", "Grü\uFFFD und café"},
		{"nel as ellipsis", "fr", "Il a dit\u0085 puis rien.", "Il a dit… puis rien."},
		{"nel glued in a text with lines", "en", "first line\nwait\u0085what?", "first line\nwait…what?"},
		{"nel ends lines", "en", "eins\u0085zwei", "eins\nzwei"},
		{"unterminated osc", "de", "Hallo \x1b]Welt ist schön und gut.", "Hallo ]Welt ist schön und gut."},
		{"osc title removed", "en", "\x1b]0;build\x07Build done.", "Build done."},
		{"csi without final", "de", "Text \x1b[ ohne Ende.", "Text [ ohne Ende."},
		{"colors removed", "de", "\x1b[31mFehler\x1b[0m beim Lesen.", "Fehler beim Lesen."},
		{"cursor style removed", "en", "ok\x1b[2 q done", "ok done"},
		{"stray esc before word", "de", "Ein \x1bWort mehr.", "Ein Wort mehr."},
		{"charset designation removed", "en", "\x1b(Bplain text", "plain text"},
	})
}
