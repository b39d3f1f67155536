package corpus

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/textmend/textmend/cleanup"
)

// editJSON is an edit as mend's JSON carries it.
type editJSON struct {
	Rule       string
	Start, End int
	Old, New   string
}

func mustNew(t testing.TB, opts ...Option) *Processor {
	t.Helper()
	p, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// keys lists the members of a JSON object in the order they are written.
func keys(t *testing.T, line []byte) []string {
	t.Helper()
	fields, err := splitObject(line)
	if err != nil {
		t.Fatalf("output %q is not one JSON object: %v", line, err)
	}
	var ks []string
	for _, f := range fields {
		ks = append(ks, f.key)
	}
	return ks
}

func TestProcessKeepsFieldsInOrder(t *testing.T) {
	p := mustNew(t, WithAnalyses(Edits|Quotes))
	out, st := p.Process([]byte(`{"id": 7, "text": "Hallo , Welt !", "meta": {"src": "a<b"}, "n": 1.50}` + "\n"))
	if diff := cmp.Diff([]string{"id", "text", "meta", "n", "edits", "quotes"}, keys(t, out)); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
	var got struct {
		ID    json.RawMessage
		Text  string
		Meta  json.RawMessage
		N     json.RawMessage
		Edits []editJSON
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if got.Text != "Hallo, Welt!" {
		t.Errorf("text = %q", got.Text)
	}
	// Other members are copied byte for byte: numbers keep their spelling.
	if string(got.N) != "1.50" || string(got.Meta) != `{"src": "a<b"}` {
		t.Errorf("members changed: n %s, meta %s", got.N, got.Meta)
	}
	if len(got.Edits) == 0 || st.Edits["space-before-punct"] == 0 {
		t.Errorf("edits %v, stats %v", got.Edits, st.Edits)
	}
	if st.Documents != 1 || st.Error != "" {
		t.Errorf("stats %+v", st)
	}
}

func TestProcessReplacesAnalysisMembers(t *testing.T) {
	p := mustNew(t, WithAnalyses(Edits))
	out, _ := p.Process([]byte(`{"edits": "old", "text": "a  b"}`))
	if diff := cmp.Diff([]string{"edits", "text"}, keys(t, out)); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
	if strings.Contains(string(out), `"edits":"old"`) {
		t.Errorf("input edits kept: %s", out)
	}
}

func TestProcessBadRecords(t *testing.T) {
	p := mustNew(t, WithAnalyses(Edits), WithTextField("body"))
	for _, tc := range []struct {
		name, line, err string
		keys            []string
	}{
		{"not JSON", `{"body": "x"`, "not a JSON object", []string{"error", "input"}},
		{"array", `["body"]`, "not a JSON object", []string{"error", "input"}},
		{"two values", `{"body":"x"} {}`, "not a JSON object", []string{"error", "input"}},
		{"no text field", `{"text": "x", "id": 1}`, `no "body" field`, []string{"text", "id", "error"}},
		{"text not a string", `{"body": 12}`, `field "body" is not a string`, []string{"body", "error"}},
		{"binary text", `{"body": "a\u0000b"}`, "binary data", []string{"body", "error"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, st := p.Process([]byte(tc.line))
			if diff := cmp.Diff(tc.keys, keys(t, out)); diff != "" {
				t.Errorf("keys (-want +got):\n%s", diff)
			}
			var got struct{ Error, Input string }
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got.Error, tc.err) || st.Error == "" || st.Documents != 1 {
				t.Errorf("error %q, stats %+v; want %q", got.Error, st, tc.err)
			}
			if len(tc.keys) == 2 && tc.keys[1] == "input" && got.Input != tc.line {
				t.Errorf("input %q, want the line as it was", got.Input)
			}
		})
	}
}

func TestProcessBlankLine(t *testing.T) {
	p := mustNew(t, WithAnalyses(0))
	out, st := p.Process([]byte(" \r\n"))
	if out != nil || st.Documents != 0 || st.Bytes != 2 {
		t.Errorf("blank line gave %q, %+v", out, st)
	}
}

func TestDocument(t *testing.T) {
	p := mustNew(t, WithAnalyses(Edits))
	out, _ := p.Document("a.txt", []byte("Bonjour\x82 , \xe0 vous"))
	if diff := cmp.Diff([]string{"file", "text", "edits"}, keys(t, out)); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
	var got struct {
		Text  string
		Edits []editJSON
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Edits) == 0 || got.Edits[0].Rule != "charset" || got.Edits[0].Old != "windows-1252" {
		t.Errorf("edits %+v, want a first charset edit naming windows-1252", got.Edits)
	}
	if !strings.Contains(got.Text, "à vous") {
		t.Errorf("text %q", got.Text)
	}
	// After the charset edit, the edits explain the decoded text.
	decoded, _, _ := cleanup.Decode([]byte("Bonjour\x82\x82 , x\r\r\r\ry \xe0 vous"))
	out, _ = p.Document("c.txt", []byte("Bonjour\x82\x82 , x\r\r\r\ry \xe0 vous"))
	var merged struct {
		Text  string
		Edits []cleanup.Edit
	}
	if err := json.Unmarshal(out, &merged); err != nil {
		t.Fatal(err)
	}
	if len(merged.Edits) < 2 || cleanup.Apply(decoded, merged.Edits[1:]) != merged.Text {
		t.Errorf("edits after the charset edit do not explain %q: %+v", merged.Text, merged.Edits)
	}
	out, st := p.Document("b.bin", []byte("\x7fELF\x02\x01\x01"))
	if diff := cmp.Diff([]string{"file", "error"}, keys(t, out)); diff != "" || st.Error == "" {
		t.Errorf("binary document gave %s, %+v", out, st)
	}
}

func TestStats(t *testing.T) {
	p := mustNew(t)
	lines := []string{
		`{"text": "Der Hund , die Katze und das Haus sind hier ."}`,
		`{"text": "Il a dit : « Nous partons demain . »"}`,
		`not json`,
	}
	var serial Stats
	for _, l := range lines {
		_, st := p.Process([]byte(l))
		serial.Add(st)
	}
	// Two workers, merged: the same counts.
	var a, b Stats
	var wg sync.WaitGroup
	wg.Go(func() { _, st := p.Process([]byte(lines[0])); a.Add(st) })
	wg.Go(func() {
		for _, l := range lines[1:] {
			_, st := p.Process([]byte(l))
			b.Add(st)
		}
	})
	wg.Wait()
	a.Merge(b)
	if diff := cmp.Diff(serial, a); diff != "" {
		t.Errorf("merged stats differ (-serial +merged):\n%s", diff)
	}
	if serial.Documents != 3 || serial.Errors != 1 || serial.Quotes != 1 || serial.Letters["de"] == 0 || serial.Edits["space-before-punct"] == 0 {
		t.Errorf("stats %+v", serial)
	}
	j, err := json.Marshal(serial)
	if err != nil {
		t.Fatal(err)
	}
	var back Stats
	if err := json.Unmarshal(j, &back); err != nil || !cmp.Equal(serial, back) {
		t.Errorf("JSON %s does not read back: %v", j, err)
	}
	var text strings.Builder
	if err := serial.WriteText(&text); err != nil || !strings.Contains(text.String(), "documents 3") {
		t.Errorf("text %q, %v", text.String(), err)
	}
}

func TestParseAnalyses(t *testing.T) {
	a, err := ParseAnalyses("quotes, edits")
	if err != nil || a != Edits|Quotes || a.String() != "edits,quotes" {
		t.Errorf("got %v, %v", a, err)
	}
	if _, err := ParseAnalyses("edits,span"); err == nil {
		t.Error("unknown analysis accepted")
	}
}

func TestCleanerFor(t *testing.T) {
	french, err := cleanup.New(cleanup.WithLanguage(language.French))
	if err != nil {
		t.Fatal(err)
	}
	german, err := cleanup.New(cleanup.WithLanguage(language.German))
	if err != nil {
		t.Fatal(err)
	}
	p := mustNew(t, WithAnalyses(0), WithCleanerFor(func(text string) (*cleanup.Cleaner, error) {
		switch {
		case strings.HasPrefix(text, "fr:"):
			return french, nil
		case strings.HasPrefix(text, "de:"):
			return german, nil
		}
		return nil, errors.New("no dictionary for this language")
	}))
	for _, tc := range []struct{ in, want string }{
		{`{"text":"fr: Oui !"}`, `{"text":"fr: Oui !"}`},
		{`{"text":"de: Ja !"}`, `{"text":"de: Ja!"}`},
		{`{"text":"xx: ?"}`, `{"text":"xx: ?","error":"no dictionary for this language"}`},
	} {
		if out, _ := p.Process([]byte(tc.in)); string(out) != tc.want {
			t.Errorf("Process(%s) = %s, want %s", tc.in, out, tc.want)
		}
	}
}
