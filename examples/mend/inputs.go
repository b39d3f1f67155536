package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/examples/internal/corpus"
)

// An input is one file to read, or standard input ("-").
type input struct {
	name string
	size int64 // bytes on disk, -1 when unknown
	err  error // why it cannot be listed (a directory that cannot be walked, say)
}

// listInputs expands the arguments: directories become the regular files
// under them, walked recursively in sorted order; no argument is standard
// input. A name that cannot be found stays in the list, to fail in its place.
func listInputs(args []string) []input {
	if len(args) == 0 {
		return []input{{name: "-", size: -1}}
	}
	var list []input
	for _, a := range args {
		if a == "-" {
			list = append(list, input{name: "-", size: -1})
			continue
		}
		fi, err := os.Stat(a)
		if err != nil || !fi.IsDir() {
			list = append(list, input{name: a, size: sizeOf(fi), err: err})
			continue
		}
		// WalkDir visits each directory's entries in lexical order.
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				list = append(list, input{name: p, size: -1, err: err})
				return nil
			}
			if d.Type().IsRegular() {
				fi, _ := d.Info()
				list = append(list, input{name: p, size: sizeOf(fi)})
			}
			return nil
		})
		if err != nil {
			list = append(list, input{name: a, size: -1, err: err})
		}
	}
	return list
}

func sizeOf(fi os.FileInfo) int64 {
	if fi == nil {
		return -1
	}
	return fi.Size()
}

// totalSize is the bytes of all inputs, -1 when one is unknown.
func totalSize(list []input) int64 {
	var n int64
	for _, in := range list {
		if in.size < 0 {
			return -1
		}
		n += in.size
	}
	return n
}

// headSize is how much of an input is sniffed for binary data and its
// charset before anything of it is written.
const headSize = corpus.HeadSize

// An opened input reads what the file holds, decompressed.
type opened struct {
	*bufio.Reader
	close func() error
}

// open opens an input for reading: .gz and .zst are decompressed, and
// compressed data under another name is refused, like other binary data,
// by sniff. counted gets the bytes read from disk, for progress.
func open(in input, stdin io.Reader, counted func(int)) (opened, error) {
	if in.err != nil {
		return opened{}, in.err
	}
	var (
		r     io.Reader = stdin
		close           = func() error { return nil }
	)
	if in.name != "-" {
		f, err := os.Open(in.name)
		if err != nil {
			return opened{}, err
		}
		r, close = f, f.Close
	}
	if counted != nil {
		r = countingReader{r, counted}
	}
	r, closeDec, err := corpus.Decompress(in.name, r)
	if err != nil {
		close()
		return opened{}, fmt.Errorf("%s: %v", in.name, err)
	}
	return opened{bufio.NewReaderSize(r, headSize), func() error { closeDec(); return close() }}, nil
}

type countingReader struct {
	r io.Reader
	f func(int)
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.f(n)
	return n, err
}

// refusal words a refused input for standard error and the "error" of
// -json: "NAME: refused: why".
func refusal(name string, err error) error {
	if errors.Is(err, cleanup.ErrBinary) {
		hint := ""
		if strings.HasSuffix(err.Error(), "gzip data") || strings.HasSuffix(err.Error(), "zstd data") {
			hint = " (name it .gz or .zst to read what it holds)"
		}
		return fmt.Errorf("%s: refused: %v%s", name, err, hint)
	}
	return err
}
