package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"testing"
)

// decoderSplit is splitObject as encoding/json's Decoder does it, token by
// token: the reference the fast scan must agree with.
func decoderSplit(line []byte) ([]field, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("not an object")
	}
	var fields []field
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var f field
		f.key, _ = tok.(string)
		if err := dec.Decode(&f.value); err != nil {
			return nil, err
		}
		fields = append(fields, f)
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("more than one value")
	}
	return fields, nil
}

var objectSeeds = []string{
	`{}`, ` { } `, `{"a":1}`, `{"a" : "x\"y\\", "b":[1,{"c":"]}"}],"d":null,"e":-1.5e3,"f":true}`,
	`{"k\u00e9y":"v","k\"q":{"x":[]}}`, `{"a":1}{}`, `{"a":1,}`, `[1]`, `"s"`, `{"a":"\xff"}`, "{\"\xff\":1}",
	`{"text":"Zeile\neins","id":"7"}`, `{"a":{"b":{"c":{}}}}`, `{"a" :[ "]" , "}" ]}`, `nope`, ``, `{"a":01}`,
}

func TestSplitObjectMatchesDecoder(t *testing.T) {
	for _, s := range objectSeeds {
		checkSplit(t, []byte(s))
	}
}

func FuzzSplitObject(f *testing.F) {
	for _, s := range objectSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) { checkSplit(t, line) })
}

func checkSplit(t *testing.T, line []byte) {
	t.Helper()
	got, err := splitObject(line)
	want, wantErr := decoderSplit(line)
	if (err == nil) != (wantErr == nil) {
		t.Fatalf("splitObject(%q): error %v, the Decoder's %v", line, err, wantErr)
	}
	if len(got) != len(want) {
		t.Fatalf("splitObject(%q) = %d members, the Decoder %d", line, len(got), len(want))
	}
	for i := range got {
		if got[i].key != want[i].key || !bytes.Equal(got[i].value, want[i].value) {
			t.Fatalf("splitObject(%q) member %d = %q:%s, the Decoder %q:%s", line, i, got[i].key, got[i].value, want[i].key, want[i].value)
		}
	}
}
