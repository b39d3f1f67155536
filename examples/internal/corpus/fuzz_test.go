package corpus

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/textmend/textmend/cleanup"
)

// FuzzProcess checks Process on any line: the output is one JSON object
// on one line (or nothing for a blank line), a good record keeps its
// members and gets edits that explain its cleaned text, the same line
// gives the same bytes twice, and the cleaned text is cleaned already.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		`{"id":1,"text":"Hallo , Welt !"}`, `{"text":"a\r\r\rb","edits":1}`, `not json`, `{"text":12}`,
		`{"text":"\u0000"}`, "\ufeff{\"text\":\"x  y\"}\r\n", `{"a":{"b":[1,2]},"text":"„Ja“, sagte er."}`, ``, `{}`,
	} {
		f.Add([]byte(s))
	}
	p := mustNew(f, WithAnalyses(Edits|Quotes))
	f.Fuzz(func(t *testing.T, line []byte) {
		out, st := p.Process(line)
		if out == nil {
			if st.Documents != 0 {
				t.Fatalf("no output for %q, but %+v", line, st)
			}
			return
		}
		if bytes.ContainsAny(out, "\n\r") {
			t.Fatalf("output of %q spans lines: %q", line, out)
		}
		var got map[string]json.RawMessage
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("output of %q is not an object: %v\n%s", line, err, out)
		}
		if again, _ := p.Process(line); !bytes.Equal(again, out) {
			t.Fatalf("Process(%q) gave %s, then %s", line, out, again)
		}
		if st.Error != "" {
			if _, ok := got["error"]; !ok {
				t.Fatalf("error %q not in the output %s", st.Error, out)
			}
			return
		}
		var in map[string]json.RawMessage
		if err := json.Unmarshal(bytes.TrimPrefix(bytes.TrimSpace(line), []byte("\ufeff")), &in); err != nil {
			t.Fatalf("%q accepted but not JSON: %v", line, err)
		}
		for k := range in {
			if _, ok := got[k]; !ok {
				t.Fatalf("member %q of %q lost: %s", k, line, out)
			}
		}
		var text, cleaned string
		json.Unmarshal(in["text"], &text)
		json.Unmarshal(got["text"], &cleaned)
		var edits []cleanup.Edit
		if err := json.Unmarshal(got["edits"], &edits); err != nil {
			t.Fatalf("edits of %q: %v", line, err)
		}
		if cleanup.Apply(text, edits) != cleaned {
			t.Fatalf("edits of %q do not explain %q", text, cleaned)
		}
		// The same answer twice: the cleaned text, as a record again, is
		// left as it is.
		again, _ := p.Process(append(appendString([]byte(`{"text":`), cleaned), '}'))
		var second struct{ Text string }
		if err := json.Unmarshal(again, &second); err != nil || second.Text != cleaned {
			t.Fatalf("cleaning %q again changed it: %q (%v)", cleaned, second.Text, err)
		}
	})
}

// FuzzRecordString checks the text decoder against encoding/json on every
// valid JSON string: the same text, and an error exactly when the text is
// binary.
func FuzzRecordString(f *testing.F) {
	for _, s := range []string{`"Hallo , Welt !"`, `"a\"b\\c\/d\n\t\r\b\f"`, `"\u00e9\ud83d\ude00 \ud800"`, "\"\xff\xfe\"",
		`"\\u0041"`, `"x\u0000"`, `"\\"`, `""`, `"` + "\x01\x02\x03" + `"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		// splitObject hands over values without the space around them.
		var want string
		if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' || !json.Valid(raw) || json.Unmarshal(raw, &want) != nil {
			return
		}
		got, err := recordString(raw)
		if binary := cleanup.CheckText([]byte(want)); (err != nil) != (binary != nil) {
			t.Fatalf("recordString(%q): err %v, CheckText of the text: %v", raw, err, binary)
		}
		if err == nil && got != want {
			t.Fatalf("recordString(%q) = %q, want %q", raw, got, want)
		}
	})
}
