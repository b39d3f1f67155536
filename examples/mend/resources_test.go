//go:build linux

package main

import (
	"bufio"
	"crypto/rand"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The sizes of TestResources. CI runs the small defaults; the README's
// figures come from -corpus-mb 1024 -plain-mb 200.
var (
	corpusMB = flag.Int("corpus-mb", 8, "TestResources: MB of generated JSON Lines")
	plainMB  = flag.Int("plain-mb", 16, "TestResources: MB of generated plain text")
	// For the README's -j figure on a shared machine: several runs of -j 1
	// and -j 2 in turn over one corpus file, kept between test runs.
	runs       = flag.Int("runs", 1, "TestResources: runs of -j 1 and -j 2, alternating")
	corpusFile = flag.String("corpus-file", "", "TestResources: the generated corpus is kept in (or read from) this file")
	mendBin    = flag.String("mend-bin", "", "TestResources: run this mend binary instead of building one")
)

// buildMend builds the command once for the tests that run it as a
// separate process, to measure its memory as the system sees it.
func buildMend(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "mend")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// mendBinary is the binary of -mend-bin, or one built for the test; in
// -short mode the test is skipped, as it runs the binary on megabytes.
func mendBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the mend binary; runs without -short")
	}
	if *mendBin != "" {
		return *mendBin
	}
	return buildMend(t)
}

// measured is one run of the mend binary.
type measured struct {
	wall, cpu time.Duration
	rssMB     float64
	err       error
	stderr    string
}

// runBinary runs mend with -stats and reads the peak RSS it reports: the
// rusage of a child started from the test process would count the test
// process's own memory too.
func runBinary(bin string, args ...string) measured {
	cmd := exec.Command(bin, append([]string{"-stats"}, args...)...)
	var errb strings.Builder
	cmd.Stderr = &errb
	start := time.Now()
	err := cmd.Run()
	m := measured{wall: time.Since(start), err: err, stderr: errb.String()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	m.rssMB = -1
	if _, rest, ok := strings.Cut(m.stderr, "memory: peak RSS "); ok {
		fmt.Sscanf(rest, "%f", &m.rssMB)
	}
	return m
}

func (m measured) String() string {
	return fmt.Sprintf("wall %.1f s, cpu %.1f s, max RSS %.0f MB", m.wall.Seconds(), m.cpu.Seconds(), m.rssMB)
}

// TestResources runs the mend binary over generated inputs and checks the
// memory bounds of the contract: JSON Lines with -j 2 in at most 300 MB
// whatever the corpus size, a plain file in at most 100 MB, binary input
// refused in a few MB. Speeds are logged (go test -v), never asserted.
func TestResources(t *testing.T) {
	bin := mendBinary(t)
	dir := t.TempDir()
	jsonl := corpusPath(t, dir)
	var ratios []float64
	for run := range *runs {
		var j1 measured
		for _, j := range []string{"1", "2"} {
			m := runBinary(bin, "-jsonl", "-j", j, "-analyses", "edits", "-progress=false", "-o", filepath.Join(dir, "out.jsonl"), jsonl)
			if m.err != nil {
				t.Fatalf("-j %s: %v\n%s", j, m.err, m.stderr)
			}
			t.Logf("run %d: -jsonl -j %s, %d MB: %v, %.1f MB/s", run+1, j, *corpusMB, m, float64(*corpusMB)/m.wall.Seconds())
			if m.rssMB < 0 || m.rssMB > 300 {
				t.Errorf("-jsonl -j %s held %.0f MB, want at most 300", j, m.rssMB)
			}
			if j == "1" {
				j1 = m
				continue
			}
			ratios = append(ratios, j1.wall.Seconds()/m.wall.Seconds())
			t.Logf("run %d: -j 2 / -j 1: %.2f× the speed (wall), CPU %.2f× (the machine is shared, so see the notes)",
				run+1, ratios[len(ratios)-1], m.cpu.Seconds()/j1.cpu.Seconds())
		}
	}
	slices.Sort(ratios)
	t.Logf("-j 2 / -j 1 over %d runs: min %.2f×, median %.2f×, max %.2f×", len(ratios), ratios[0], ratios[len(ratios)/2], ratios[len(ratios)-1])

	// Spans and quotes, the default, keep the language tables (some 60 MB)
	// alive all run long: the collector settings must hold them too.
	all := filepath.Join(dir, "all.jsonl")
	f, err := os.Create(all)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeCorpus(f, 8<<20, 3); err != nil {
		t.Fatal(err)
	}
	f.Close()
	m := runBinary(bin, "-jsonl", "-j", "2", "-progress=false", "-o", filepath.Join(dir, "out.jsonl"), all)
	if m.err != nil {
		t.Fatalf("-jsonl with every analysis: %v\n%s", m.err, m.stderr)
	}
	t.Logf("-jsonl -j 2, every analysis, 8 MB: %v, %.1f MB/s", m, 8/m.wall.Seconds())
	if m.rssMB < 0 || m.rssMB > 300 {
		t.Errorf("-jsonl with every analysis held %.0f MB, want at most 300", m.rssMB)
	}

	plain := filepath.Join(dir, "plain.txt")
	writePlain(t, plain, int64(*plainMB)<<20)
	m = runBinary(bin, "-progress=false", "-o", filepath.Join(dir, "out.txt"), plain)
	if m.err != nil {
		t.Fatalf("plain: %v\n%s", m.err, m.stderr)
	}
	t.Logf("plain %d MB: %v, %.1f MB/s", *plainMB, m, float64(*plainMB)/m.wall.Seconds())
	if m.rssMB < 0 || m.rssMB > 100 {
		t.Errorf("plain held %.0f MB, want at most 100", m.rssMB)
	}

	random := filepath.Join(dir, "random.bin")
	b := make([]byte, 16<<20)
	rand.Read(b)
	os.WriteFile(random, b, 0o644)
	for _, mode := range []string{"-json=false", "-json", "-jsonl"} {
		m := runBinary(bin, mode, "-progress=false", random, bin)
		if m.err == nil || !strings.Contains(m.stderr, "random.bin: refused") || !strings.Contains(m.stderr, bin+": refused: binary data, not text: an ELF executable") {
			t.Errorf("%s: binary inputs not refused: %v\n%s", mode, m.err, m.stderr)
		}
		t.Logf("%s: 16 MB random bytes and the %d MB mend binary refused: %v", mode, fileMB(bin), m)
		if m.rssMB < 0 || m.rssMB > 40 {
			t.Errorf("%s: refusing binary input held %.0f MB", mode, m.rssMB)
		}
		// CPU time: the wall time of a process on a loaded machine counts
		// the others too.
		if m.cpu > time.Second {
			t.Errorf("%s: refusing binary input took %v of CPU, want at most 1 s", mode, m.cpu)
		}
	}
}

// corpusPath returns the JSON Lines corpus of -corpus-mb, generated into
// dir, or kept in -corpus-file (generated there when it does not exist).
func corpusPath(t *testing.T, dir string) string {
	t.Helper()
	path := *corpusFile
	if path == "" {
		path = filepath.Join(dir, "corpus.jsonl")
	} else if _, err := os.Stat(path); err == nil {
		return path
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := writeCorpus(f, int64(*corpusMB)<<20, 1); err != nil {
		t.Fatal(err)
	}
	return path
}

func fileMB(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return -1
	}
	return fi.Size() >> 20
}

// writePlain writes size bytes of dirty multilingual text, lines of a few
// sentences.
func writePlain(t *testing.T, path string, size int64) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	var n int64
	for i := 0; n < size; i++ {
		for k := range 6 {
			m, _ := w.WriteString(sentences[(i*7+k*5)%len(sentences)] + " ")
			n += int64(m)
		}
		w.WriteByte('\n')
		n++
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}
