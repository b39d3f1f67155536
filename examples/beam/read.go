package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(record), func(string), error](&readLinesFn{})
	register.Emitter1[record]()
	register.Emitter1[string]()
}

// record is one input line, its "\n" included as mend reads it, and where
// it came from, so that a dead letter can say which line of which file.
type record struct {
	File string
	Line int64 // 1-based
	Text string
}

// readLines reads every file matching the globs line by line, .gz
// transparently, and then redistributes the lines over the workers.
//
// It does not use textio.Read: textio splits files at offsets of the
// compressed bytes, which loses the lines of a .gz file past its compressed
// size, and it gives no line numbers. Reading a file is cheap next to
// cleaning it, so one worker reads each file and Reshuffle spreads its lines.
func readLines(s beam.Scope, globs []string, maxRecord int) (records, dead beam.PCollection) {
	s = s.Scope("readLines")
	patterns := beam.CreateList(s, globs)
	matches := fileio.MatchAll(s, patterns, fileio.MatchEmptyAllowIfWildcard())
	files := fileio.ReadMatches(s, matches, fileio.ReadAutoCompression(), fileio.ReadDirectorySkip())
	records, dead = beam.ParDo2(s, &readLinesFn{MaxRecord: maxRecord}, files)
	return beam.Reshuffle(s, records), dead
}

// readLinesFn emits the lines of one file with their line ends. A line
// longer than MaxRecord bytes is skipped without being held in memory and
// goes to the dead letters.
type readLinesFn struct {
	MaxRecord int
}

func (fn *readLinesFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(record), emitDead func(string)) error {
	rc, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("open %s: %w", file.Metadata.Path, err)
	}
	defer rc.Close()
	r := bufio.NewReaderSize(rc, 64<<10)
	for n := int64(1); ; n++ {
		line, tooLong, err := readLine(r, fn.MaxRecord)
		if errors.Is(err, io.EOF) && line == nil && !tooLong {
			return nil
		}
		if err != nil && !errors.Is(err, io.EOF) {
			// A broken file (a truncated .gz) fails its own read, which the
			// runner retries; the lines already emitted are not repeated
			// because the bundle is retried as a whole.
			return fmt.Errorf("read %s line %d: %w", file.Metadata.Path, n, err)
		}
		rec := record{File: file.Metadata.Path, Line: n}
		if tooLong {
			emitDead(deadLetter{File: rec.File, Line: n, Error: fmt.Sprintf("record longer than %d bytes", fn.MaxRecord)}.encode())
		} else {
			rec.Text = string(line)
			emit(rec)
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// readLine returns the next line with its "\n". A line longer than max
// bytes is read to its end and dropped: tooLong is then true and line nil.
// At the end of input err is io.EOF, with the last line if it had no "\n".
func readLine(r *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		end := err == nil // chunk ends with the "\n", which max does not count
		n := len(line) + len(chunk)
		if end {
			n--
		}
		if !tooLong && n > max {
			tooLong, line = true, nil
		}
		if !tooLong {
			line = append(line, chunk...)
			if line == nil {
				line = []byte{}
			}
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case end:
			return line, tooLong, nil
		case errors.Is(err, io.EOF):
			if len(line) == 0 && !tooLong {
				return nil, false, io.EOF
			}
			return line, tooLong, io.EOF
		default:
			return nil, false, err
		}
	}
}
