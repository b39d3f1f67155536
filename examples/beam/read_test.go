package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/google/go-cmp/cmp"

	"github.com/textmend/textmend/examples/internal/corpus"
)

// collected is what one call of readLinesFn emitted.
type collected struct {
	records []record
	dead    []deadLetter
	stats   []corpus.RecordStats
}

func readFile(t *testing.T, fn *readLinesFn, path string) (collected, error) {
	t.Helper()
	var c collected
	err := fn.ProcessElement(context.Background(), fileio.FileMetadata{Path: path},
		func(r record) { c.records = append(c.records, r) },
		func(s string) {
			var d deadLetter
			if err := json.Unmarshal([]byte(s), &d); err != nil {
				t.Fatalf("dead letter %s: %v", s, err)
			}
			c.dead = append(c.dead, d)
		},
		func(st corpus.RecordStats) { c.stats = append(c.stats, st) })
	return c, err
}

func gzipped(t *testing.T, data string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(data)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Every line of a .gz file is read, also past the compressed size, where
// textio.Read stops.
func TestReadLinesGzipWhole(t *testing.T) {
	var b strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&b, "{\"id\":%d,\"text\":\"line %d\"}\n", i, i)
	}
	path := filepath.Join(t.TempDir(), "many.jsonl.gz")
	if err := os.WriteFile(path, gzipped(t, b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := readFile(t, &readLinesFn{MaxRecord: 1 << 20}, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.records) != 20000 || len(c.dead) != 0 {
		t.Fatalf("%d records, %d dead letters, want 20000 and 0", len(c.records), len(c.dead))
	}
	last := c.records[len(c.records)-1]
	if want := (record{path, 20000, "{\"id\":19999,\"text\":\"line 19999\"}\n"}); last != want {
		t.Errorf("last record %+v, want %+v", last, want)
	}
}

// A damaged .gz keeps the lines before the damage and reports the rest
// as a dead letter, without failing the bundle.
func TestReadLinesTruncatedGzip(t *testing.T) {
	var b strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&b, "{\"id\":%d,\"text\":\"eine Zeile mit der Nummer %d\"}\n", i, i)
	}
	data := gzipped(t, b.String())
	path := filepath.Join(t.TempDir(), "cut.jsonl.gz")
	if err := os.WriteFile(path, data[:len(data)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := readFile(t, &readLinesFn{MaxRecord: 1 << 20}, path)
	if err != nil {
		t.Fatalf("a damaged file must not fail the bundle: %v", err)
	}
	if len(c.records) == 0 || len(c.records) >= 5000 {
		t.Errorf("%d records before the damage, want some but not all", len(c.records))
	}
	if len(c.dead) != 1 || !strings.Contains(c.dead[0].Error, "unexpected EOF") {
		t.Errorf("dead letters %+v, want one for the damage", c.dead)
	}
}

func TestReadLinesRefusesBinary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "image.jsonl")
	if err := os.WriteFile(path, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := readFile(t, &readLinesFn{MaxRecord: 1 << 20}, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.records) != 0 || len(c.dead) != 1 || c.dead[0].Line != 0 || !strings.Contains(c.dead[0].Error, "refused") {
		t.Fatalf("got %+v, want the file refused whole", c)
	}
	if len(c.stats) != 1 || c.stats[0].Error == "" || c.stats[0].Documents != 0 {
		t.Errorf("stats %+v, want one error and no document, as mend counts it", c.stats)
	}
}

func TestReadLinesTooLong(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.jsonl")
	long := `{"text":"` + strings.Repeat("a", 100) + `"}`
	if err := os.WriteFile(path, []byte("{\"text\":\"ok\"}\n"+long+"\n{\"text\":\"ok\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := readFile(t, &readLinesFn{MaxRecord: 50}, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.records) != 2 || c.records[1].Line != 3 {
		t.Errorf("records %+v, want lines 1 and 3", c.records)
	}
	want := []deadLetter{{File: path, Line: 2, Error: "record longer than 50 bytes"}}
	if diff := cmp.Diff(want, c.dead); diff != "" {
		t.Errorf("dead letters (-want +got):\n%s", diff)
	}
	if len(c.stats) != 1 || c.stats[0].Bytes != len(long)+1 || c.stats[0].Documents != 1 {
		t.Errorf("stats %+v, want one document of %d bytes", c.stats, len(long)+1)
	}
}

// A panic while cleaning a record sends it to the dead letters, input and
// all, and the bundle goes on.
func TestCleanRecoversPanic(t *testing.T) {
	fn := &cleanFn{} // no Processor: Process panics
	rec := record{File: "f.jsonl", Line: 7, Text: "{\"text\":\"x\"}\n"}
	var out, dead []string
	var stats []corpus.RecordStats
	err := fn.ProcessElement(context.Background(), rec,
		func(s string) { out = append(out, s) },
		func(s string) { dead = append(dead, s) },
		func(st corpus.RecordStats) { stats = append(stats, st) })
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 0 || len(dead) != 1 || len(stats) != 1 {
		t.Fatalf("out %q, dead %q, stats %+v: want one dead letter", out, dead, stats)
	}
	var d deadLetter
	if err := json.Unmarshal([]byte(dead[0]), &d); err != nil {
		t.Fatal(err)
	}
	if d.File != rec.File || d.Line != rec.Line || d.Input != rec.Text || !strings.HasPrefix(d.Error, "panic: ") {
		t.Errorf("dead letter %+v, want the record's place, its input and the panic", d)
	}
	if stats[0].Error == "" || stats[0].Documents != 1 {
		t.Errorf("stats %+v, want one document with an error", stats[0])
	}
}
