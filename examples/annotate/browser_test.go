//go:build debian

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestBrowser renders the German fixture's page in Debian's headless
// Chromium: the screenshot must show something, and the DOM Chromium built
// must hold as many edit, span and quote marks as mend -json reports.
// With -update it also rewrites the screenshot of the README.
func TestBrowser(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("chromium is not installed (apt-get install -y chromium; .ci/run does): %v", err)
	}
	dir := t.TempDir()
	fixture, err := filepath.Abs(filepath.Join("..", "..", "testdata", "annotate", "de-stadtrat.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := run(config{out: dir}, []string{fixture}, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.Join(dir, "de-stadtrat.html")
	shot := filepath.Join(dir, "shot.png")
	browse(t, chromium, "--screenshot="+shot, "--window-size=1200,1600", url)
	checkNotBlank(t, shot)
	out, log := browse(t, chromium, "--dump-dom", "--enable-logging=stderr", "--v=0", url)
	if bytes.Contains(log, []byte("Uncaught")) {
		t.Errorf("the page's script fails:\n%s", log)
	}
	dom := parseHTML(string(out))

	doc := mendJSON(t, dir, fixture)
	want := map[string]int{"data-edit": len(doc.Edits), "data-lang": len(doc.Spans), "data-quote": len(doc.Quotes)}
	for _, view := range []string{"cleaned", "original"} {
		if diff := cmp.Diff(want, markCounts(dom.view(view))); diff != "" {
			t.Errorf("marks of the %s view in Chromium's DOM (-mend +page):\n%s", view, diff)
		}
	}
	if got := dom.view("cleaned").text(); got != doc.Text {
		t.Errorf("Chromium shows %q, mend prints %q", got, doc.Text)
	}
	if *update {
		copyFile(t, shot, "screenshot.png")
	}
}

// browse runs headless Chromium without network, sync or a profile of its
// own, and returns what it prints on stdout and stderr.
func browse(t *testing.T, chromium string, args ...string) (stdout, stderr []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, chromium, append(flags, args...)...)
	var out, log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &log
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, log.Bytes())
	}
	return out.Bytes(), log.Bytes()
}

// checkNotBlank fails for a screenshot of one colour or of almost only
// white: a page that did not render.
func checkNotBlank(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot is no PNG: %v", err)
	}
	colours := map[[3]uint32]bool{}
	nonWhite, total := 0, 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
			if r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				nonWhite++
			}
			total++
		}
	}
	if len(colours) < 16 || nonWhite*20 < total {
		t.Errorf("screenshot looks blank: %d colours, %d of %d pixels not white", len(colours), nonWhite, total)
	}
	t.Logf("screenshot %dx%d: %d colours, %.1f%% not white", b.Dx(), b.Dy(), len(colours), 100*float64(nonWhite)/float64(total))
}

// mendDoc is the part of mend -json's object the test compares.
type mendDoc struct {
	Text   string            `json:"text"`
	Edits  []json.RawMessage `json:"edits"`
	Spans  []json.RawMessage `json:"spans"`
	Quotes []json.RawMessage `json:"quotes"`
}

// mendJSON builds examples/mend and runs it with -json on path.
func mendJSON(t *testing.T, dir, path string) mendDoc {
	t.Helper()
	bin := filepath.Join(dir, "mend")
	if out, err := exec.Command("go", "build", "-o", bin, "../mend").CombinedOutput(); err != nil {
		t.Fatalf("go build ../mend: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "-json", path).Output()
	if err != nil {
		t.Fatalf("mend -json: %v", err)
	}
	var doc mendDoc
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("mend -json printed %q: %v", out, err)
	}
	return doc
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
