package main

import "testing"

// TestDocumentMemory checks the soft limit of -json: ten times the
// largest document in flight and 80 MB, at least 90 MB, and none when a
// size is not known.
func TestDocumentMemory(t *testing.T) {
	const mb = 1 << 20
	for _, tc := range []struct {
		name   string
		inputs []input
		limit  int64
		ok     bool
	}{
		{"one small file", []input{{name: "a.txt", size: 300}}, 90 * mb, true},
		{"one large file", []input{{name: "a.txt", size: 16 * mb}}, 240 * mb, true},
		{"compressed counts four times", []input{{name: "a.txt.gz", size: 4 * mb}}, 240 * mb, true},
		{"many small files: the budget in flight", []input{{name: "a", size: 5 * mb}, {name: "b", size: 5 * mb}, {name: "c", size: 1 * mb}}, 160 * mb, true},
		{"standard input", []input{{name: "a", size: mb}, {name: "-", size: -1}}, 0, false},
	} {
		limit, ok := documentMemory(tc.inputs)
		if limit != tc.limit || ok != tc.ok {
			t.Errorf("%s: documentMemory = %d MB, %v; want %d MB, %v", tc.name, limit/mb, ok, tc.limit/mb, tc.ok)
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
