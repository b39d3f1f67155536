package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
	"golang.org/x/text/transform"

	"github.com/textmend/textmend/cleanup"
	"github.com/textmend/textmend/examples/beam/internal/lines"
	"github.com/textmend/textmend/examples/internal/corpus"
)

func init() {
	register.DoFn5x1[context.Context, fileio.FileMetadata, func(record), func(string), func(corpus.RecordStats), error](&readLinesFn{})
	register.Emitter1[record]()
}

// record is one input line, its "\n" included as mend reads it, and where
// it came from, so that a dead letter can say which line of which file.
type record struct {
	File string
	Line int64 // 1-based
	Text string
}

// expandDirs replaces each local directory among the inputs by the regular
// files under it, walked recursively in sorted order as mend does, each as
// a glob that matches only itself.
func expandDirs(inputs []string) ([]string, error) {
	var out []string
	for _, in := range inputs {
		fi, err := os.Stat(in)
		if strings.Contains(in, "://") || err != nil || !fi.IsDir() {
			out = append(out, in)
			continue
		}
		err = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() {
				out = append(out, globEscape.Replace(p))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

var globEscape = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`)

// readLines reads every file matching the globs line by line (.gz and .zst
// decompressed, other charsets decoded, binary files refused, as mend
// does) and then spreads the lines over the workers.
//
// It does not use textio.Read: textio splits a .gz file at offsets of its
// compressed bytes and so loses every line past its compressed size, and
// it gives no line numbers. Reading is cheap next to cleaning, so one
// worker reads each file and Reshuffle hands its lines to all of them.
func readLines(s beam.Scope, globs []string, maxRecord int, st settings) (records, dead, counts beam.PCollection) {
	s = s.Scope("readLines")
	patterns := beam.CreateList(s, globs)
	matches := fileio.MatchAll(s, patterns, fileio.MatchEmptyAllowIfWildcard())
	fn := &readLinesFn{MaxRecord: maxRecord, Charset: st.forcedCharset()}
	records, dead, counts = beam.ParDo3(s, fn, matches)
	return beam.Reshuffle(s, records), dead, counts
}

// readLinesFn emits the lines of one file with their line ends. A file
// that looks binary is refused whole, and a line longer than MaxRecord
// bytes is skipped without being held in memory: both go to the dead
// letters, with their counts, and the run goes on.
type readLinesFn struct {
	MaxRecord int
	Charset   string // forced charset, "" to detect
}

// headSize is how much of a file is sniffed, as in mend.
const headSize = corpus.HeadSize

func (fn *readLinesFn) ProcessElement(ctx context.Context, file fileio.FileMetadata, emit func(record), emitDead func(string), emitStats func(corpus.RecordStats)) error {
	path := file.Path
	fail := func(line int64, msg string, st corpus.RecordStats) {
		st.Error = msg
		emitDead(deadLetter{File: path, Line: line, Error: msg}.encode())
		emitStats(st)
	}
	r, closeFile, err := fn.open(ctx, path)
	if errors.Is(err, syscall.EISDIR) {
		// A directory that a glob matched is skipped, as fileio.ReadMatches
		// does; -input DIR itself reads the files under it (expandDirs).
		return nil
	}
	if errors.Is(err, cleanup.ErrBinary) || isDamaged(err) {
		fail(0, refusal(path, err), corpus.RecordStats{})
		return nil
	}
	if err != nil {
		return err // the runner retries: the filesystem may fail for a while
	}
	defer closeFile()
	for n := int64(1); ; n++ {
		line, size, err := lines.Read(r, fn.MaxRecord)
		if size > 0 {
			if line == nil {
				fail(n, fmt.Sprintf("record longer than %d bytes", fn.MaxRecord), corpus.RecordStats{Documents: 1, Bytes: size + 1})
			} else {
				emit(record{File: path, Line: n, Text: string(line)})
			}
		}
		switch {
		case errors.Is(err, io.EOF):
			return nil
		case isDamaged(err):
			// A damaged .gz keeps the lines before the damage, as in mend.
			fail(n, fmt.Sprintf("%s: %v", path, err), corpus.RecordStats{})
			return nil
		case err != nil:
			return err
		}
	}
}

// open opens a file as UTF-8 text: decompressed by its extension, refused
// when its head looks binary, decoded when its head is in another charset.
func (fn *readLinesFn) open(ctx context.Context, path string) (*bufio.Reader, func(), error) {
	rc, err := openFile(ctx, path)
	if err != nil {
		return nil, nil, err
	}
	src, closeDec, err := corpus.Decompress(path, rc)
	if err != nil {
		rc.Close()
		return nil, nil, err
	}
	closeAll := func() { closeDec(); rc.Close() }
	br := bufio.NewReaderSize(src, headSize)
	charset, err := corpus.Sniff(br, fn.Charset)
	if err != nil {
		closeAll()
		return nil, nil, err
	}
	enc, _, err := cleanup.LookupCharset(charset)
	if err != nil {
		closeAll()
		return nil, nil, err
	}
	if enc == nil {
		return br, closeAll, nil
	}
	return bufio.NewReaderSize(transform.NewReader(br, enc.NewDecoder()), headSize), closeAll, nil
}

// isDamaged tells a broken compressed file, which no retry mends, from an
// error of the filesystem, which a retry may.
func isDamaged(err error) bool {
	var corrupt flate.CorruptInputError
	return errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrHeader) ||
		errors.Is(err, gzip.ErrChecksum) || errors.As(err, &corrupt) ||
		(err != nil && strings.HasPrefix(err.Error(), "zstd"))
}

// refusal words a refused file as mend does: "NAME: refused: why".
func refusal(name string, err error) string {
	if !errors.Is(err, cleanup.ErrBinary) {
		return fmt.Sprintf("%s: %v", name, err)
	}
	hint := ""
	if strings.HasSuffix(err.Error(), "gzip data") || strings.HasSuffix(err.Error(), "zstd data") {
		hint = " (name it .gz or .zst to read what it holds)"
	}
	return fmt.Sprintf("%s: refused: %v%s", name, err, hint)
}
