package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string // "" for none
	}{
		{"mend's flags", []string{"-o", "x", "-lang", "de", "-langs", "de,en", "-cjk-spacing", "-straight-quotes", "-without", "space-runs", "a.txt"}, ""},
		{"only", []string{"-only", "space-runs, space-before-punct", "a.txt"}, ""},
		{"no file", []string{"-raw"}, "no FILE"},
		{"bad tag", []string{"-lang", "xx-!!", "a.txt"}, "-lang"},
		{"bad list", []string{"-langs", "de,??", "a.txt"}, "-langs"},
		{"missing lexicon", []string{"-lexicon", "/nonexistent/words.txt", "a.txt"}, "-lexicon"},
		{"unknown flag", []string{"-fast", "a.txt"}, "-fast"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, files, err := parseFlags(tt.args, io.Discard)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("parseFlags(%q): %v", tt.args, err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("parseFlags(%q) = %v, want an error about %s", tt.args, err, tt.wantErr)
			case err == nil && !cmp.Equal(files, []string{"a.txt"}):
				t.Errorf("files = %q", files)
			}
		})
	}
}

// TestFlagsReachTheLibrary checks that the options parsed are the ones the
// tools are built with: an unknown rule fails at New, -only and -raw change
// the edits.
func TestFlagsReachTheLibrary(t *testing.T) {
	input := "Hallo , Welt.  Ende"
	edits := func(args ...string) []string {
		cfg, _, err := parseFlags(append(args, "a.txt"), io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		tl, err := newTools(cfg)
		if err != nil {
			t.Fatal(err)
		}
		var rules []string
		for _, e := range tl.analyse("a.txt", input).Result.Edits {
			rules = append(rules, e.Rule)
		}
		return rules
	}
	if diff := cmp.Diff([]string{"space-before-punct", "space-runs"}, edits()); diff != "" {
		t.Errorf("default edits (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"space-runs"}, edits("-only", "space-runs")); diff != "" {
		t.Errorf("-only space-runs (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"space-before-punct"}, edits("-without", "space-runs")); diff != "" {
		t.Errorf("-without space-runs (-want +got):\n%s", diff)
	}
	if got := edits("-raw"); len(got) != 0 {
		t.Errorf("-raw made edits %q", got)
	}
	cfg, _, err := parseFlags([]string{"-without", "no-such-rule", "a.txt"}, io.Discard)
	if err == nil {
		_, err = newTools(cfg)
	}
	if err == nil || !strings.Contains(err.Error(), "no-such-rule") {
		t.Errorf("unknown rule: err = %v", err)
	}
}

// TestRun checks the files run writes: a page per readable input, names
// kept apart, and an index linking them; an unreadable input is reported.
func TestRun(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	for _, p := range []string{"a/text.txt", "b/text.txt", "index.txt"} {
		path := filepath.Join(in, p)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("Hallo , Welt."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files := []string{filepath.Join(in, "a/text.txt"), filepath.Join(in, "missing.txt"), filepath.Join(in, "b/text.txt"), filepath.Join(in, "index.txt"), "-"}
	var stdout, stderr bytes.Buffer
	err := run(config{out: out}, files, strings.NewReader("Von , stdin."), &stdout, &stderr)
	if err == nil || !strings.Contains(stderr.String(), "missing.txt") {
		t.Errorf("unreadable input: err = %v, stderr %q", err, stderr.String())
	}
	pages := []string{"text.html", "text-2.html", "index-2.html", "stdin.html"}
	var want []string
	for _, p := range append(pages, "index.html") {
		want = append(want, filepath.Join(out, p))
	}
	if diff := cmp.Diff(want, strings.Fields(stdout.String())); diff != "" {
		t.Errorf("files written (-want +got):\n%s", diff)
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	var links, names []string
	for _, a := range parseHTML(string(index)).find(func(e *element) bool { return e.Tag == "a" }) {
		links = append(links, a.Attrs["href"])
		names = append(names, a.text())
	}
	if diff := cmp.Diff(pages, links); diff != "" {
		t.Errorf("index links (-want +got):\n%s", diff)
	}
	wantNames := []string{files[0], files[2], files[3], "standard input"}
	if diff := cmp.Diff(wantNames, names); diff != "" {
		t.Errorf("index names (-want +got):\n%s", diff)
	}
}
