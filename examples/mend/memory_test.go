package main

import "testing"

// TestDocumentMemory checks the soft limit of -json, ten times the
// largest document and 70 MB, none when a size is not known, and the
// budget of the documents in flight beside it.
func TestDocumentMemory(t *testing.T) {
	const mb = 1 << 20
	for _, tc := range []struct {
		name     string
		inputs   []input
		limit    int64
		ok       bool
		inFlight int64
	}{
		{"one small file", []input{{name: "a.txt", size: 300}}, 70*mb + 3000, true, 1*mb + 300},
		{"one large file", []input{{name: "a.txt", size: 16 * mb}}, 230 * mb, true, 8 * mb},
		{"compressed counts four times", []input{{name: "a.txt.gz", size: 4 * mb}}, 230 * mb, true, 8 * mb},
		{"many files: the largest counts", []input{{name: "a", size: 1 * mb}, {name: "b", size: 2 * mb}, {name: "c", size: 1 * mb}}, 90 * mb, true, 3 * mb},
		{"standard input", []input{{name: "a", size: mb}, {name: "-", size: -1}}, 0, false, 8 * mb},
	} {
		limit, ok := documentMemory(tc.inputs)
		if limit != tc.limit || ok != tc.ok {
			t.Errorf("%s: documentMemory = %d B, %v; want %d B, %v", tc.name, limit, ok, tc.limit, tc.ok)
		}
		if got := documentsInFlight(tc.inputs); got != tc.inFlight {
			t.Errorf("%s: documentsInFlight = %d B, want %d B", tc.name, got, tc.inFlight)
		}
	}
}

// TestDictionariesLeaveRoom checks that -lexicon and -dicts, whose word
// lists the soft limits do not count, are known to the collector settings.
func TestDictionariesLeaveRoom(t *testing.T) {
	lexicon := writeInputs(t, "Haus\nTür\n")[0]
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{nil, false},
		{[]string{"-lexicon", lexicon}, true},
		{[]string{"-dicts", writeDicts(t, "de_DE")}, true},
	} {
		if got := mustOptions(t, tc.args...).dictionaries; got != tc.want {
			t.Errorf("%v: dictionaries %v, want %v", tc.args, got, tc.want)
		}
	}
}
