package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/japanese"

	"github.com/textmend/textmend/examples/internal/corpus"
)

// The pipeline runs in process on Prism, Beam's local runner.
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// TestSameAsMend runs mend -jsonl and the pipeline over the same small
// corpus: a plain file, a .gz without a final newline, a Shift_JIS file
// and a binary file. Every record, every dead letter and the summary must
// be what mend gives.
func TestSameAsMend(t *testing.T) {
	mend := buildMend(t)
	t.Run("defaults", func(t *testing.T) { sameAsMend(t, mend) })
	// Options of each package, given to both in the same words.
	t.Run("options", func(t *testing.T) {
		sameAsMend(t, mend, "-without", "space-runs,html-entities", "-protect", "longday",
			"-cues", "de=erklärte", "-min-confidence", "0.5", "-analyses", "edits,spans,quotes")
	})
}

func sameAsMend(t *testing.T, mend string, flags ...string) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	files := writeCorpus(t, in)

	mendOut, mendStderr, mendStats := runMend(t, mend, dir, in, flags...)
	want := mendByPosition(t, files, mendOut)

	args := append([]string{"-input", filepath.Join(in, "*"), "-output", filepath.Join(dir, "out"), "-shards", "3"}, flags...)
	cfg := testConfig(t, args...)
	if err := run(context.Background(), cfg); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	records, shards := readLinesOf(t, filepath.Join(dir, "out", "records-*.jsonl"))
	dead, _ := readLinesOf(t, filepath.Join(dir, "out", "deadletter-*.jsonl"))
	if tmp, _ := filepath.Glob(filepath.Join(dir, "out", "*.tmp")); len(tmp) > 0 {
		t.Errorf("temporary files left behind: %v", tmp)
	}
	if shards < 2 {
		t.Errorf("records went to %d shard files, want several of 3", shards)
	}

	// Each dead letter is mend's line for the same file and line.
	failed := map[position]bool{}
	for _, line := range dead {
		var d deadLetter
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("dead letter %s: %v", line, err)
		}
		pos := position{d.File, d.Line}
		failed[pos] = true
		switch {
		case d.Line == 0: // a refused file
			if !strings.Contains(mendStderr, "mend: "+d.Error+"\n") {
				t.Errorf("dead letter %q: mend said\n%s", d.Error, mendStderr)
			}
		case string(d.Record) != want[pos]:
			t.Errorf("dead letter of %s:%d\n got %s\nwant %s", d.File, d.Line, d.Record, want[pos])
		}
	}
	var wantRecords []string
	for pos, line := range want {
		if !failed[pos] {
			wantRecords = append(wantRecords, line)
		}
	}
	slices.Sort(wantRecords)
	slices.Sort(records)
	if diff := cmp.Diff(wantRecords, records); diff != "" {
		t.Errorf("records differ from mend -jsonl (-mend +beam):\n%s", diff)
	}
	if len(failed) != 4 { // three bad records and the binary file
		t.Errorf("%d dead letters, want 4: %v", len(failed), dead)
	}

	got, err := readSummary(context.Background(), summaryPath(cfg.output))
	if err != nil {
		t.Fatal(err)
	}
	got.Seconds, mendStats.Seconds = 0, 0
	if diff := cmp.Diff(mendStats, got); diff != "" {
		t.Errorf("summary differs from mend -stats-json (-mend +beam):\n%s", diff)
	}
}

// position is a line of an input file, numbered from 1.
type position struct {
	file string
	line int64
}

// writeCorpus writes the test corpus into dir and returns the files with
// the lines each holds, in mend's order of reading (sorted names).
func writeCorpus(t *testing.T, dir string) map[string][]string {
	t.Helper()
	data, err := os.ReadFile("../../testdata/beam/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	lines = lines[:len(lines)-1] // after the final "\n"
	half := len(lines) / 2
	last := strings.TrimSuffix(lines[len(lines)-1], "\n")
	sjis, err := japanese.ShiftJIS.NewEncoder().String(`{"id":"sjis","text":"これはシフトJISで書かれたファイルです。文字コードを判定してから読みます。"}` + "\n")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]string{
		"a.jsonl":      lines[:half],
		"b.jsonl.gz":   append(slices.Clone(lines[half:len(lines)-1]), last),
		"c-sjis.jsonl": {sjis},
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, lines := range files {
		content := []byte(strings.Join(lines, ""))
		if strings.HasSuffix(name, ".gz") {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			zw.Write(content)
			zw.Close()
			content = b.Bytes()
		}
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A PNG under a JSON Lines name: both refuse it whole.
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	if err := os.WriteFile(filepath.Join(dir, "d-image.jsonl"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for name, lines := range files {
		out[filepath.Join(dir, name)] = lines
	}
	return out
}

// buildMend builds mend from this repository.
func buildMend(t *testing.T) string {
	t.Helper()
	bin, err := filepath.Abs(filepath.Join(t.TempDir(), "mend"))
	if err != nil {
		t.Fatal(err)
	}
	build := exec.Command("go", "build", "-o", bin, "./examples/mend")
	build.Dir = "../.."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./examples/mend: %v\n%s", err, out)
	}
	return bin
}

// runMend runs mend -jsonl with flags over dir, returning its output
// lines, its standard error and its statistics.
func runMend(t *testing.T, bin, tmp, dir string, flags ...string) ([]string, string, corpus.Stats) {
	t.Helper()
	statsFile := filepath.Join(tmp, "mend-stats.json")
	args := append([]string{"-jsonl", "-stats-json", statsFile}, flags...)
	cmd := exec.Command(bin, append(args, dir)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != 1 { // 1: bad records and a refused file
		t.Fatalf("mend: exit status %d (%v), want 1\n%s", code, err, stderr.String())
	}
	data, err := os.ReadFile(statsFile)
	if err != nil {
		t.Fatal(err)
	}
	var st corpus.Stats
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n"), stderr.String(), st
}

// mendByPosition pairs mend's output lines with the input lines they came
// from: one per line that is not blank, in file order.
func mendByPosition(t *testing.T, files map[string][]string, out []string) map[position]string {
	t.Helper()
	byPos := map[position]string{}
	for _, file := range slices.Sorted(maps.Keys(files)) {
		for i, line := range files[file] {
			if strings.TrimSpace(line) == "" {
				continue
			}
			if len(out) == 0 {
				t.Fatalf("mend printed fewer lines than there are records")
			}
			byPos[position{file, int64(i + 1)}], out = out[0], out[1:]
		}
	}
	if len(out) != 0 {
		t.Fatalf("mend printed %d lines more than there are records", len(out))
	}
	return byPos
}

// readLinesOf reads the lines of every file matching glob.
func readLinesOf(t *testing.T, glob string) (lines []string, files int) {
	t.Helper()
	names, err := filepath.Glob(glob)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return lines, len(names)
}

// testConfig parses the pipeline's flags as main does.
func testConfig(t *testing.T, args ...string) config {
	t.Helper()
	var cfg config
	fs := flag.NewFlagSet("beam", flag.ContinueOnError)
	cfg.register(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	if err := cfg.check(); err != nil {
		t.Fatal(err)
	}
	return cfg
}
