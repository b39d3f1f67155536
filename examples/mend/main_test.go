package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// flagOptions parses command-line flags as main does.
func flagOptions(args ...string) (options, error) {
	fs := flag.NewFlagSet("mend", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var s settings
	s.register(fs)
	if err := fs.Parse(args); err != nil {
		return options{}, err
	}
	s.progress = false // never draw on a test's standard error
	return parseOptions(s)
}

func mustOptions(t testing.TB, args ...string) options {
	t.Helper()
	opts, err := flagOptions(args...)
	if err != nil {
		t.Fatal(err)
	}
	return opts
}

// writeInputs puts each text in its own file and returns the paths.
func writeInputs(t *testing.T, texts ...string) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for i, s := range texts {
		p := filepath.Join(dir, string(rune('a'+i))+".txt")
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// decodeLines reads the JSON Lines output into generic maps, the way a
// tool in another language would, so the test pins the field names.
func decodeLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var docs []map[string]any
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %q is not one JSON object: %v", line, err)
		}
		docs = append(docs, m)
	}
	return docs
}

func TestJSONContract(t *testing.T) {
	paths := writeInputs(t, "Hallo , Welt !", "Schon sauber.")
	var out bytes.Buffer
	if err := run(mustOptions(t, "-json"), paths, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	docs := decodeLines(t, out.String())
	if len(docs) != 2 {
		t.Fatalf("got %d JSON objects for 2 inputs:\n%s", len(docs), out.String())
	}
	for _, d := range docs {
		var keys []string
		for k := range d {
			keys = append(keys, k)
		}
		for _, k := range []string{"text", "edits", "spans", "quotes"} {
			if _, ok := d[k]; !ok {
				t.Errorf("object lacks %q: has %v", k, keys)
			}
		}
	}
	if got := docs[0]["text"]; got != "Hallo, Welt!" {
		t.Errorf("first text = %q", got)
	}
	wantEdit := map[string]any{"rule": "space-before-punct", "start": 5.0, "end": 6.0, "old": " ", "new": ""}
	edits := docs[0]["edits"].([]any)
	if len(edits) == 0 {
		t.Fatal("no edits for a dirty input")
	}
	if diff := cmp.Diff(wantEdit, edits[0]); diff != "" {
		t.Errorf("first edit (-want +got):\n%s", diff)
	}
	if got := docs[1]["edits"].([]any); len(got) != 0 {
		t.Errorf("clean input has edits %v", got)
	}
}

func TestPlainOutputInOrder(t *testing.T) {
	paths := writeInputs(t, "eins ,\n", "zwei  drei\n")
	var out bytes.Buffer
	if err := run(mustOptions(t), paths, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("eins,\nzwei drei\n", out.String()); diff != "" {
		t.Error(diff)
	}
}

func TestStdinAndRaw(t *testing.T) {
	var out bytes.Buffer
	if err := run(mustOptions(t, "-json", "-raw"), nil, strings.NewReader("Hallo , Welt !"), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	d := decodeLines(t, out.String())[0]
	if d["text"] != "Hallo , Welt !" || len(d["edits"].([]any)) != 0 {
		t.Errorf("-raw changed the text or reported edits: %v", d)
	}
}

func TestInvalidUTF8IsReported(t *testing.T) {
	const in = "Gr\xfc\xdfe \xff!"
	invalid := []int{2, 3, 6}
	for _, raw := range []bool{false, true} {
		var out bytes.Buffer
		if err := run(mustOptions(t, "-json", fmt.Sprintf("-raw=%v", raw)), nil, strings.NewReader(in), &out, io.Discard); err != nil {
			t.Fatal(err)
		}
		d := decodeLines(t, out.String())[0]
		if raw && d["text"] != "Gr\uFFFD\uFFFDe \uFFFD!" {
			t.Errorf("raw: text = %q", d["text"])
		}
		// Every invalid byte lies inside an edit that says what became of it.
		for _, b := range invalid {
			covered := false
			for _, e := range d["edits"].([]any) {
				e := e.(map[string]any)
				if e["start"].(float64) <= float64(b) && float64(b) < e["end"].(float64) && e["rule"] != "" {
					covered = true
				}
			}
			if !covered {
				t.Errorf("raw=%v: invalid byte %d is in no edit: %v", raw, b, d["edits"])
			}
		}
	}
}

func TestUnreadableFileFailsButOthersRun(t *testing.T) {
	paths := writeInputs(t, "gut .")
	var out bytes.Buffer
	err := run(mustOptions(t), []string{filepath.Join(t.TempDir(), "missing.txt"), paths[0]}, nil, &out, io.Discard)
	if err == nil {
		t.Fatal("no error for a missing file")
	}
	if out.String() != "gut." {
		t.Errorf("the readable input was not processed: %q", out.String())
	}
}

func TestSpansAndQuotesFilled(t *testing.T) {
	opts := mustOptions(t, "-json", "-langs", "de,en")
	in := "„Wir sind bereit“, sagte die Ministerin Anna Keller. The weather was fine today."
	var out bytes.Buffer
	if err := run(opts, nil, strings.NewReader(in), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	d := decodeLines(t, out.String())[0]
	text := d["text"].(string)
	langs := map[string]bool{}
	for _, s := range d["spans"].([]any) {
		s := s.(map[string]any)
		start, end := int(s["start"].(float64)), int(s["end"].(float64))
		if text[start:end] != s["text"] {
			t.Errorf("span text %q is not text[%d:%d] = %q", s["text"], start, end, text[start:end])
		}
		langs[s["lang"].(string)] = true
	}
	if !langs["de"] || !langs["en"] || len(langs) != 2 {
		t.Errorf("span languages = %v, want de and en", langs)
	}
	quotes := d["quotes"].([]any)
	if len(quotes) != 1 {
		t.Fatalf("quotes = %v, want one", quotes)
	}
	q := quotes[0].(map[string]any)
	want := map[string]any{"text": "Wir sind bereit", "open": "„", "close": "“", "kind": "direct", "closed": true, "depth": 0.0, "speaker": "Anna Keller", "cue": "sagte", "speaker_by": "cue"}
	for k, v := range want {
		if q[k] != v {
			t.Errorf("quote %s = %v, want %v", k, q[k], v)
		}
	}
	// The speaker's offsets point at the mention in "text".
	ss, se := q["speaker_start"].(float64), q["speaker_end"].(float64)
	if int(ss) < 0 || int(se) > len(text) || int(ss) > int(se) || text[int(ss):int(se)] != "Anna Keller" {
		t.Errorf("speaker offsets [%v,%v) do not point at Anna Keller in %q", ss, se, text)
	}
}

func TestBadFlagValues(t *testing.T) {
	for _, tc := range []struct{ name, lang, langs, lexicon string }{
		{"bad -lang", "no such tag!", "", ""},
		{"bad -langs tag", "", "de,??", ""},
		{"unknown -langs language", "", "de,tlh", ""},
		{"missing -lexicon", "", "", filepath.Join(t.TempDir(), "missing.txt")},
	} {
		if _, err := flagOptions("-lang", tc.lang, "-langs", tc.langs, "-lexicon", tc.lexicon); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}
