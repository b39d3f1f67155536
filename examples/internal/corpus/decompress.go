package corpus

import (
	"bufio"
	"errors"
	"io"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"github.com/textmend/textmend/cleanup"
)

// Decompress reads a .gz or .zst file, by its name, as what it holds, and
// any other as it is; mend and the Beam pipeline read files alike through
// it. The returned func releases the decoder.
func Decompress(name string, r io.Reader) (io.Reader, func(), error) {
	switch {
	case strings.HasSuffix(name, ".gz"):
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, nil, err
		}
		return zr, func() { zr.Close() }, nil
	case strings.HasSuffix(name, ".zst"):
		// One goroutine and low memory: the workers are elsewhere.
		zr, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true))
		if err != nil {
			return nil, nil, err
		}
		return zr, zr.Close, nil
	}
	return r, func() {}, nil
}

// HeadSize is how much of a file Sniff reads: enough for the charset
// detector and the binary check.
const HeadSize = 64 << 10

// Sniff looks at the head of a file, which r must be able to buffer
// (HeadSize): binary data is an error wrapping cleanup.ErrBinary;
// otherwise it names the charset to decode the file from ("UTF-8" when
// there is nothing to decode). forced, when set, is taken as it is.
func Sniff(r *bufio.Reader, forced string) (string, error) {
	head, err := r.Peek(HeadSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return "", err
	}
	if forced != "" {
		_, name, err := cleanup.LookupCharset(forced)
		if err != nil || strings.HasPrefix(name, "UTF-16") || strings.HasPrefix(name, "UTF-32") {
			return name, err
		}
		return name, cleanup.CheckText(head)
	}
	return cleanup.DetectCharset(head)
}
