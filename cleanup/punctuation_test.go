package cleanup

import "testing"

// Punctuation that is syntax, not prose: host and file names, faces,
// shell, operators and aligned columns keep their spacing.
func TestPunctuationNotProse(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{"capitalised domain", "en", "--== Posted via Brightwire.Com - free news ==--", "--== Posted via Brightwire.Com - free news ==--"},
		{"capitalised domain before comma", "en", "Mirrored by Oakpost.Net, the archive.", "Mirrored by Oakpost.Net, the archive."},
		{"shop name with domain", "en", "Order at Books R Us.Net Bill Carter runs it.", "Order at Books R Us.Net Bill Carter runs it."},
		{"portuguese sentence after Com", "pt", "Eles voltaram ao Brasil.Com a ajuda dos amigos, ficaram.", "Eles voltaram ao Brasil. Com a ajuda dos amigos, ficaram."},
		{"file name", "de", "Die Datei README.Debian erklärt die Paketierung.", "Die Datei README.Debian erklärt die Paketierung."},
		{"host name with capitals", "de", "Kontakt über AB.Rad-Forum.de ist möglich.", "Kontakt über AB.Rad-Forum.de ist möglich."},
		{"wink", "en", "That was fun ;D", "That was fun ;D"},
		{"smirk", "de", "Na gut :>", "Na gut :>"},
		{"nose", "en", "See you :-)", "See you :-)"},
		{"semicolon before a word still fixed", "de", "Es war kalt ;Dann kam Regen.", "Es war kalt; Dann kam Regen."},
		{"shell list", "en", "Run: for f in a b; do touch x; done;echo ok", "Run: for f in a b; do touch x; done;echo ok"},
		{"not equal", "en", "The test checks a != b first.", "The test checks a != b first."},
		{"unknown", "de", "Die Lösung ist x = ? und bleibt offen.", "Die Lösung ist x = ? und bleibt offen."},
		{"aligned colons", "de", "Beruf  : Physiker\nOrt    : Ulm", "Beruf  : Physiker\nOrt    : Ulm"},
		{"single stray space still fixed", "de", "Beruf : Physiker", "Beruf: Physiker"},
		{"polish double comma quote", "pl", "Czytaliśmy ,,Pana Tadeusza\" w szkole.", "Czytaliśmy ,,Pana Tadeusza\" w szkole."},
		{"unmatched bracket", "de", "Liste: a ) erstens, b ) zweitens", "Liste: a ) erstens, b ) zweitens"},
		{"matched brackets tightened", "de", "Die Firma ( KI ) wächst.", "Die Firma (KI) wächst."},
		{"comma in parenthesis", "fr", "Une sémantique (par exemple,dénotationnelle) suffit.", "Une sémantique (par exemple, dénotationnelle) suffit."},
		{"code call kept", "en", "Call f(a,b) now.", "Call f(a,b) now."},
		{"field list kept", "ko", "정보: 이름:홍길동,나이:30 입니다.", "정보: 이름:홍길동,나이:30 입니다."},
		{"style kept", "en", "Set color:red;margin:0 on it.", "Set color:red;margin:0 on it."},
		{"colon and comma in prose still fixed", "de", "Er sagte:„Wir kommen“,sagte er.", "Er sagte: „Wir kommen“, sagte er."},
	})
}
