package main

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// A sink is where the output goes: standard output, or the file of -o,
// written to a temporary file beside it and renamed into place only when
// everything was written, so that a failed run leaves no half file.
type sink struct {
	*bufio.Writer
	finish func(ok bool) error
}

func openSink(path string, stdout io.Writer) (*sink, error) {
	if path == "" || path == "-" {
		w := bufio.NewWriterSize(stdout, 256<<10)
		return &sink{w, func(bool) error { return w.Flush() }}, nil
	}
	// What is not a regular file (/dev/null, /dev/stdout, a named pipe) is
	// written directly: a temporary file renamed over it would replace the
	// device with a file of the output.
	st, err := os.Stat(path)
	direct := err == nil && !st.Mode().IsRegular()
	f, err := openOutput(path, direct)
	if err != nil {
		return nil, err
	}
	w, closeEnc, err := compress(path, f)
	if err != nil {
		f.Close()
		if !direct {
			os.Remove(f.Name())
		}
		return nil, err
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	finish := func(ok bool) error {
		err := flushClose(bw, closeEnc, f)
		switch {
		case direct:
			return err
		case !ok || err != nil:
			os.Remove(f.Name())
			return err
		}
		return os.Rename(f.Name(), path)
	}
	return &sink{bw, finish}, nil
}

// openOutput opens path itself when direct, else a temporary file beside
// it, readable by all as a file os.Create makes.
func openOutput(path string, direct bool) (*os.File, error) {
	if direct {
		return os.OpenFile(path, os.O_WRONLY, 0)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return nil, err
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return f, nil
}

// flushClose flushes bw, closes the compressor and then f, and returns
// the first error.
func flushClose(bw *bufio.Writer, closeEnc func() error, f *os.File) error {
	err := bw.Flush()
	if cerr := closeEnc(); err == nil {
		err = cerr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// compress wraps w in the compressor that the file name asks for.
func compress(name string, w io.Writer) (io.Writer, func() error, error) {
	switch {
	case strings.HasSuffix(name, ".gz"):
		zw := gzip.NewWriter(w)
		return zw, zw.Close, nil
	case strings.HasSuffix(name, ".zst"):
		zw, err := zstd.NewWriter(w, zstd.WithEncoderConcurrency(1))
		if err != nil {
			return nil, nil, err
		}
		return zw, zw.Close, nil
	}
	return w, func() error { return nil }, nil
}
