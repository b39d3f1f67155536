package lang

import (
	"io"
	"unsafe"
)

// lingua's model files are embedded in the binary, and the pages of every
// file read stay resident: about 100 MB of RSS for the Latin, Cyrillic and
// Arabic tables, read once and never again. releaseModel hands a file's
// pages back to the kernel once its table is built (see release_linux.go).

// embedFile mirrors the layout of embed's file, which the compiler fixes
// (cmd/compile/internal/staticdata.WriteEmbed).
type embedFile struct {
	name string
	data string
	hash [16]byte
}

// modelData returns the bytes of an embedded model file in place, or ""
// when the layout of embed.FS is not the one expected: the caller checks
// them against what it read.
func modelData(path string) string {
	files := *(**[]embedFile)(unsafe.Pointer(&linguaModels))
	if files == nil {
		return ""
	}
	for _, f := range *files {
		if f.name == path {
			return f.data
		}
	}
	return ""
}

// sameModel reports whether data has the size and the first and last bytes
// of the embedded file at path as embed.FS reads it.
func sameModel(path, data string) bool {
	f, err := linguaModels.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	st, err := f.Stat()
	ra, ok := f.(io.ReaderAt)
	if err != nil || !ok || st.Size() != int64(len(data)) || len(data) < 64 {
		return false
	}
	var head, tail [32]byte
	if _, err := ra.ReadAt(head[:], 0); err != nil {
		return false
	}
	if _, err := ra.ReadAt(tail[:], int64(len(data)-len(tail))); err != nil {
		return false
	}
	return string(head[:]) == data[:len(head)] && string(tail[:]) == data[len(data)-len(tail):]
}
