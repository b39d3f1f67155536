//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestOutputToPipe: -o naming a named pipe (as /dev/null names a device)
// writes to it directly: a temporary file renamed over it would replace
// it with a regular file of the output.
func TestOutputToPipe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(path)
		if err != nil {
			got <- "open: " + err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- string(b)
	}()
	s, err := openSink(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.WriteString("{\"text\":\"Hallo\"}\n")
	if err := s.finish(true); err != nil {
		t.Fatal(err)
	}
	if text := <-got; text != "{\"text\":\"Hallo\"}\n" {
		t.Errorf("the pipe read %q", text)
	}
	st, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("%s is %v after the run, not a named pipe", path, st.Mode())
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".out.*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
