// Package lines reads JSON Lines records one at a time with a bound on
// their length, so that one endless line cannot take all memory.
package lines

import (
	"bufio"
	"errors"
	"io"
)

// Read returns the next line with its "\n" and its size in bytes,
// without the "\n" but at least 1 for any line: 0 means no line at all.
// A line longer than limit bytes is read to its end and dropped: line is
// then nil. At the end of input err is io.EOF, with the last line if it
// had no "\n".
func Read(r *bufio.Reader, limit int) (line []byte, size int, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		size += len(chunk)
		if err == nil {
			size-- // the "\n"
		}
		if size <= limit {
			line = append(line, chunk...)
		} else {
			line = nil
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == nil:
			return line, max(size, 1), nil
		case errors.Is(err, io.EOF) && size > 0:
			return line, size, io.EOF
		default:
			return nil, 0, err
		}
	}
}
