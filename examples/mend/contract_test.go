package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/klauspost/compress/zstd"
	"golang.org/x/text/language"

	"github.com/textmend/textmend/cleanup"
)

// runMend runs mend with flags, then "--" and the files, and returns
// standard output, standard error and the error run returned.
func runMend(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var files []string
	if i := slices.Index(args, "--"); i >= 0 {
		args, files = args[:i], args[i+1:]
	}
	opts := mustOptions(t, args...)
	var out, errb bytes.Buffer
	err := run(opts, files, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func writeFile(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gzipped(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func zstded(s string) []byte {
	var b bytes.Buffer
	w, _ := zstd.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func TestJSONLKeepsRecordsAndOrder(t *testing.T) {
	var in strings.Builder
	for i := range 3000 {
		// Each record in its own language conventions: French keeps its
		// space before "!", German loses it; one record's language must
		// not leak into another's.
		if i%2 == 0 {
			in.WriteString(`{"id":` + itoa(i) + `,"text":"Bonjour tout le monde , il fait beau aujourd'hui !","src":"fr"}` + "\n")
		} else {
			in.WriteString(`{"id":` + itoa(i) + `,"text":"Guten Tag , das Wetter ist heute schön !","src":"de"}` + "\n")
		}
	}
	for _, j := range []string{"1", "3"} {
		out, _, err := runMend(t, in.String(), "-jsonl", "-j", j, "-analyses", "edits")
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != 3000 {
			t.Fatalf("-j %s: %d lines for 3000 records", j, len(lines))
		}
		for i, l := range lines {
			var rec struct {
				ID    int
				Text  string
				Src   string
				Edits []map[string]any
			}
			if err := json.Unmarshal([]byte(l), &rec); err != nil {
				t.Fatal(err)
			}
			want := "Guten Tag, das Wetter ist heute schön!"
			if i%2 == 0 {
				want = "Bonjour tout le monde, il fait beau aujourd'hui !"
			}
			if rec.ID != i || rec.Text != want || rec.Src == "" || len(rec.Edits) == 0 {
				t.Fatalf("-j %s: line %d = %s, want id %d and text %q", j, i, l, i, want)
			}
		}
	}
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

func TestJSONLTextFieldAndBadRecords(t *testing.T) {
	in := "{\"id\":1,\"body\":\"a  b\"}\n\nnot json\n{\"id\":2}\n{\"id\":3,\"body\":\"c  d\"}\n"
	out, stderr, err := runMend(t, in, "-jsonl", "-text-field", "body", "-analyses", "")
	if err == nil || !strings.Contains(err.Error(), "2 records") {
		t.Errorf("error %v, want 2 records with an error", err)
	}
	want := `{"id":1,"body":"a b"}` + "\n" +
		`{"error":"not a JSON object: invalid character 'o' in literal null (expecting 'u')","input":"not json"}` + "\n" +
		`{"id":2,"error":"no \"body\" field"}` + "\n" +
		`{"id":3,"body":"c d"}` + "\n"
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
	if !strings.Contains(stderr, "-:3: not a JSON object") || !strings.Contains(stderr, "-:4: no \"body\" field") {
		t.Errorf("stderr does not name the bad lines:\n%s", stderr)
	}
}

func TestJSONLLongLine(t *testing.T) {
	text := strings.Repeat("Wort  ", 500_000) // 3 MB in one record: more than a batch
	in := `{"text":"` + text + `"}` + "\n" + `{"text":"x  y"}`
	out, _, err := runMend(t, in, "-jsonl", "-analyses", "")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want, _ := json.Marshal(map[string]string{"text": cleanup.Clean(text)})
	if len(lines) != 2 || lines[0] != string(want) || lines[1] != `{"text":"x y"}` {
		t.Errorf("got %d lines, first %d bytes (want %d), last %q", len(lines), len(lines[0]), len(want), lines[len(lines)-1])
	}
}

func TestDirectoriesCompressionAndSeparation(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "b", "2.txt"), []byte("Zweite Datei ."))
	writeFile(t, filepath.Join(dir, "a.txt"), []byte("Erste Datei ohne Zeilenende."))
	writeFile(t, filepath.Join(dir, "c.txt.gz"), gzipped("Dritte  Datei.\n"))
	writeFile(t, filepath.Join(dir, "d.txt.zst"), zstded("Vierte Datei ,gepackt."))
	out, _, err := runMend(t, "", "--", dir)
	if err != nil {
		t.Fatal(err)
	}
	want := "Erste Datei ohne Zeilenende.\nZweite Datei.\nDritte Datei.\nVierte Datei, gepackt."
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("plain output (-want +got):\n%s", diff)
	}
	out, _, err = runMend(t, "", "-json", "-analyses", "edits", "--", dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, d := range decodeLines(t, out) {
		files = append(files, filepath.Base(d["file"].(string)))
	}
	if diff := cmp.Diff([]string{"a.txt", "2.txt", "c.txt.gz", "d.txt.zst"}, files); diff != "" {
		t.Errorf("-json files (-want +got):\n%s", diff)
	}
}

func TestJSONUnreadableFileInItsPlace(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, filepath.Join(dir, "a.txt"), []byte("eins ."))
	c := writeFile(t, filepath.Join(dir, "c.txt"), []byte("drei ."))
	missing := filepath.Join(dir, "missing.txt")
	out, _, err := runMend(t, "", "-json", "-j", "2", "--", a, missing, c)
	if err == nil {
		t.Error("no error for a missing file")
	}
	docs := decodeLines(t, out)
	if len(docs) != 3 {
		t.Fatalf("%d lines for 3 inputs", len(docs))
	}
	if docs[1]["file"] != missing || docs[1]["error"] == nil || len(docs[1]) != 2 {
		t.Errorf("line 2 = %v, want {file, error}", docs[1])
	}
	if docs[0]["text"] != "eins." || docs[2]["text"] != "drei." {
		t.Errorf("texts %v, %v", docs[0]["text"], docs[2]["text"])
	}
}

func TestBinaryInputRefused(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, filepath.Join(dir, "good.txt"), []byte(`{"text":"gut ."}`))
	for _, tc := range []struct{ name, data, why string }{
		{"nul.txt", "text\x00with NUL", "NUL byte"},
		{"controls.txt", strings.Repeat("a\x01\x02\x03\x04", 50), "control characters"},
		{"prog", "\x7fELF\x02\x01\x01\x00\x00", "ELF"},
		{"data.txt", string(gzipped("hidden")), "gzip data (name it .gz"},
		{"image.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"},
		{"doc.txt", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"},
	} {
		bad := writeFile(t, filepath.Join(dir, tc.name), []byte(tc.data))
		for _, mode := range [][]string{{}, {"-json"}, {"-jsonl"}} {
			args := append(append([]string{}, mode...), "--", bad, good)
			out, stderr, err := runMend(t, "", args...)
			if err == nil || !strings.Contains(stderr, tc.name+": refused") || !strings.Contains(stderr, tc.why) {
				t.Errorf("%s %v: err %v, stderr %q; want a refusal saying %q", tc.name, mode, err, stderr, tc.why)
			}
			for _, leak := range []string{"hidden", "with NUL", "\\u0001", "IHDR", "obj", "\\u0002"} {
				if strings.Contains(out, leak) {
					t.Errorf("%s %v: refused input written: %q", tc.name, mode, out)
				}
			}
			if !strings.Contains(out, "gut.") {
				t.Errorf("%s %v: the good input after it is missing: %q", tc.name, mode, out)
			}
		}
	}
}

func TestCharsets(t *testing.T) {
	dir := t.TempDir()
	sjis := writeFile(t, filepath.Join(dir, "sjis.txt"), []byte("\x93\x8c\x8b\x9e\x82\xcd\x90\xb0\x82\xea\x81B\x96\xbe\x93\xfa\x82\xcd\x89J\x82\xc5\x82\xb5\x82\xe5\x82\xa4\x81B"))
	utf16 := writeFile(t, filepath.Join(dir, "utf16.txt"), []byte("\xff\xfeH\x00\xe4\x00l\x00l\x00o\x00 \x00,\x00 \x00W\x00e\x00l\x00t\x00"))
	out, _, err := runMend(t, "", "--", sjis, utf16)
	if err != nil {
		t.Fatal(err)
	}
	if want := "東京は晴れ。明日は雨でしょう。\nHällo, Welt"; out != want {
		t.Errorf("plain = %q, want %q", out, want)
	}
	out, _, err = runMend(t, "", "-json", "-analyses", "edits", "--", sjis)
	if err != nil {
		t.Fatal(err)
	}
	edits := decodeLines(t, out)[0]["edits"].([]any)
	want := map[string]any{"rule": "charset", "start": 0.0, "end": 30.0, "old": "Shift_JIS", "new": "UTF-8"}
	if diff := cmp.Diff(want, edits[0]); diff != "" {
		t.Errorf("charset edit (-want +got):\n%s", diff)
	}
	// -charset forces one; -without charset takes the bytes as UTF-8.
	cp1251 := writeFile(t, filepath.Join(dir, "ru.txt"), []byte("\xcf\xf0\xe8\xe2\xe5\xf2"))
	if out, _, _ := runMend(t, "", "-charset", "windows-1251", "--", cp1251); out != "Привет" {
		t.Errorf("-charset windows-1251 = %q", out)
	}
	if out, _, _ := runMend(t, "", "-json", "-analyses", "edits", "-without", "charset", "--", sjis); strings.Contains(out, `"charset"`) {
		t.Errorf("-without charset still decoded: %s", out)
	}
	// JSON Lines in UTF-16 with a byte-order mark are decoded as a stream.
	u16 := []byte{0xff, 0xfe}
	for _, r := range `{"id":1,"text":"Grüße  aus Köln ."}` + "\n" {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	jl := writeFile(t, filepath.Join(dir, "u16.jsonl"), u16)
	if out, _, err := runMend(t, "", "-jsonl", "-analyses", "", "--", jl); err != nil || out != `{"id":1,"text":"Grüße aus Köln."}`+"\n" {
		t.Errorf("UTF-16 JSON Lines: %q, %v", out, err)
	}
	if _, err := flagOptions("-charset", "no-such"); err == nil {
		t.Error("unknown -charset accepted")
	}
}

func TestOutputFileCompressed(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, filepath.Join(dir, "in.jsonl"), []byte(`{"text":"a  b"}`+"\n"))
	for _, name := range []string{"out.jsonl", "out.jsonl.gz", "out.jsonl.zst"} {
		path := filepath.Join(dir, name)
		if _, _, err := runMend(t, "", "-jsonl", "-analyses", "", "-o", path, "--", in); err != nil {
			t.Fatal(err)
		}
		f, err := open(input{name: path}, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(f)
		f.close()
		if string(got) != `{"text":"a b"}`+"\n" {
			t.Errorf("%s holds %q", name, got)
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".out*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestRuleFlags(t *testing.T) {
	dir := t.TempDir()
	words := writeFile(t, filepath.Join(dir, "words.txt"), []byte("# brands\nFooBar\n"))
	for _, tc := range []struct {
		args     []string
		in, want string
	}{
		{nil, "Hallo  Welt , schön .", "Hallo Welt, schön."},
		{[]string{"-without", "space-runs"}, "Hallo  Welt , schön .", "Hallo  Welt, schön."},
		{[]string{"-only", "space-runs"}, "Hallo  Welt , schön .", "Hallo Welt , schön ."},
		{[]string{"-straight-quotes"}, "„Ja“, sagte er.", "\"Ja\", sagte er."},
		{[]string{"-protect", "@" + words}, "Wir testen FooBar heute.", "Wir testen FooBar heute."},
	} {
		out, _, err := runMend(t, tc.in, tc.args...)
		if err != nil {
			t.Fatal(err)
		}
		if out != tc.want {
			t.Errorf("%v: %q, want %q", tc.args, out, tc.want)
		}
	}
	out, _, err := runMend(t, "„Wir kommen morgen“, posaunte Anna Keller.", "-json", "-analyses", "quotes", "-cues", "de=posaunte")
	if err != nil || !strings.Contains(out, `"speaker":"Anna Keller","cue":"posaunte"`) {
		t.Errorf("-cues: %s, %v", out, err)
	}
	for _, bad := range [][]string{{"-min-confidence", "2"}, {"-cues", "verkündete"}, {"-cues", "??=x"}, {"-only", "spacing"}, {"-without", "nope"}, {"-analyses", "edit"}, {"-json", "-jsonl"}, {"-protect", "@/no/such/file"}} {
		if _, err := flagOptions(bad...); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}

func TestStatsJSON(t *testing.T) {
	dir := t.TempDir()
	statsFile := filepath.Join(dir, "stats.json")
	in := `{"text":"Der Hund , die Katze und das Haus sind hier ."}` + "\n" + `not json` + "\n"
	_, stderr, _ := runMend(t, in, "-jsonl", "-stats", "-stats-json", statsFile)
	var st struct {
		Documents, Errors int
		Edits             map[string]int
		Letters           map[string]int
	}
	b, err := os.ReadFile(statsFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &st); err != nil {
		t.Fatal(err)
	}
	if st.Documents != 2 || st.Errors != 1 || st.Edits["space-before-punct"] != 2 || st.Letters["de"] == 0 {
		t.Errorf("stats %s", b)
	}
	if !strings.Contains(stderr, "documents 2") || !strings.Contains(stderr, "space-before-punct 2") {
		t.Errorf("-stats printed %q", stderr)
	}
}

func TestVersion(t *testing.T) {
	if v := version(); v == "" {
		t.Error("empty version")
	}
}

func TestProgress(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	for range 200 {
		in.WriteString(`{"text":"eins  zwei"}` + "\n")
	}
	jl := writeFile(t, filepath.Join(dir, "in.jsonl"), []byte(in.String()))
	opts := mustOptions(t, "-jsonl", "-analyses", "")
	opts.progress = true
	var out, errb bytes.Buffer
	if err := run(opts, []string{jl}, nil, &out, &errb); err != nil {
		t.Fatal(err)
	}
	// The last state is drawn at the end: all records, all bytes.
	if !strings.Contains(errb.String(), "200 records") || !strings.Contains(errb.String(), "100%") {
		t.Errorf("progress shows %q", errb.String())
	}
	if strings.Count(out.String(), "\n") != 200 {
		t.Errorf("progress changed the output")
	}
}

// cleanerFor (what -dicts sets) chooses the Cleaner of each input and
// record by its text, in every mode.
func TestCleanerForEveryMode(t *testing.T) {
	french, _ := cleanup.New(cleanup.WithLanguage(language.French))
	german, _ := cleanup.New(cleanup.WithLanguage(language.German))
	choose := func(text string) (*cleanup.Cleaner, error) {
		if strings.Contains(text, "fr:") {
			return french, nil
		}
		return german, nil
	}
	dir := t.TempDir()
	fr := writeFile(t, filepath.Join(dir, "fr.txt"), []byte("fr: Oui !"))
	de := writeFile(t, filepath.Join(dir, "de.txt"), []byte("de: Ja !"))
	jl := writeFile(t, filepath.Join(dir, "r.jsonl"), []byte(`{"text":"fr: Oui !"}`+"\n"+`{"text":"de: Ja !"}`+"\n"))
	for _, tc := range []struct {
		args  []string
		files []string
		want  []string
	}{
		{nil, []string{fr, de}, []string{"fr: Oui !\nde: Ja!"}},
		{[]string{"-json", "-analyses", ""}, []string{fr, de}, []string{`"text":"fr: Oui !"`, `"text":"de: Ja!"`}},
		{[]string{"-jsonl", "-analyses", ""}, []string{jl}, []string{`{"text":"fr: Oui !"}`, `{"text":"de: Ja!"}`}},
	} {
		opts := mustOptions(t, tc.args...)
		opts.cleanerFor = choose
		var out bytes.Buffer
		if err := run(opts, tc.files, nil, &out, io.Discard); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%v: %q lacks %q", tc.args, out.String(), w)
			}
		}
	}
}
