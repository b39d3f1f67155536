package lang

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"

	"github.com/pemistahl/lingua-go"
)

// A table cache keeps built n-gram tables in files (WithTableCache): a
// process that finds its table there reads it in a fraction of a second
// instead of unzipping and packing lingua's models, seconds of CPU. A file
// is named by a digest of what the table is built from (the languages, the
// fold, and each model file's checksum and size), so a changed model or
// format makes a new name, never a wrong table; a file that is short,
// corrupt or inconsistent is rebuilt and written anew.

// cacheFormat is the version of the file layout; part of the digest.
const cacheFormat = 1

// cacheMagic starts every table file.
const cacheMagic = "textmend-ngrams\n"

// cachedTable is buildTable through the cache in dir ("" for none).
// Failing to write the cache costs the next process a build, nothing else.
func cachedTable(dir string, langs []lingua.Language, only langSet, folded bool) (*ngramTable, error) {
	if dir == "" {
		return buildTable(langs, only, folded)
	}
	if len(langs) > maxLang {
		langs = langs[:maxLang]
	}
	key := tableKey(langs, only, folded)
	path := filepath.Join(dir, fmt.Sprintf("ngrams-%x.bin", key[:12]))
	if t, err := readTable(path, key, langs, folded); err == nil {
		return t, nil
	}
	t, err := buildTable(langs, only, folded)
	if err == nil {
		_ = writeTable(dir, path, key, t)
	}
	return t, err
}

// tableKey is the digest of what buildTable makes a table from.
func tableKey(langs []lingua.Language, only langSet, folded bool) [sha256.Size]byte {
	h := sha256.New()
	fmt.Fprintf(h, "%d %v %d\n", cacheFormat, folded, qScale)
	for _, l := range langs {
		fmt.Fprintf(h, "%s %v", l.IsoCode639_1(), only.empty() || only.has(l))
		for n := 1; n <= maxOrder; n++ {
			path := modelPath(l, n)
			if zr, err := openModel(path); err == nil && len(zr.File) > 0 {
				fmt.Fprintf(h, " %d:%08x:%d", n, zr.File[0].CRC32, zr.File[0].UncompressedSize64)
				releaseModel(path) // reading its directory mapped pages of the binary
			}
		}
		fmt.Fprintln(h)
	}
	var key [sha256.Size]byte
	h.Sum(key[:0])
	return key
}

// writeTable writes t to path, through a temporary file in dir renamed
// into place, so that a reader never sees half a table. It streams: the
// file is as large as the table, and memory is what matters here.
func writeTable(dir, path string, key [sha256.Size]byte, t *ngramTable) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "ngrams-*.tmp")
	if err != nil {
		return err
	}
	cw := &crcWriter{w: bufio.NewWriterSize(f, 64<<10)}
	head := append([]byte(cacheMagic), key[:]...)
	head = binary.LittleEndian.AppendUint32(head, uint32(t.dirBits))
	arrays := [][]uint32{t.base, t.offs, t.entries}
	for _, a := range arrays {
		head = binary.LittleEndian.AppendUint32(head, uint32(len(a)))
	}
	cw.Write(head)
	var word [4]byte
	for _, a := range arrays {
		for _, v := range a {
			binary.LittleEndian.PutUint32(word[:], v)
			cw.Write(word[:])
		}
	}
	binary.LittleEndian.PutUint32(word[:], cw.sum)
	_, err = cw.w.Write(word[:])
	if ferr := cw.w.Flush(); err == nil {
		err = ferr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// crcWriter writes to w and keeps the Castagnoli CRC-32 of what it wrote.
type crcWriter struct {
	w   *bufio.Writer
	sum uint32
}

func (c *crcWriter) Write(b []byte) {
	c.sum = crc32.Update(c.sum, castagnoli, b)
	c.w.Write(b) // bufio keeps the first error for Flush
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// errBadCache is readTable's error for a file that is not a whole,
// consistent table of the key.
var errBadCache = errors.New("lang: table cache file is not a table of these models")

// readTable reads the table of key from path, checking every bound a
// lookup relies on, so that no file can make a lookup go out of range. It
// reads straight into the table, a buffer at a time.
func readTable(path string, key [sha256.Size]byte, langs []lingua.Language, folded bool) (*ngramTable, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	r := &crcReader{r: bufio.NewReaderSize(f, 64<<10)}
	head := make([]byte, len(cacheMagic)+len(key)+4*4)
	if r.read(head); r.err != nil || string(head[:len(cacheMagic)]) != cacheMagic ||
		string(head[len(cacheMagic):len(cacheMagic)+len(key)]) != string(key[:]) {
		return nil, errBadCache
	}
	le := binary.LittleEndian
	at := len(cacheMagic) + len(key)
	dirBits := uint(le.Uint32(head[at:]))
	n := [3]uint64{uint64(le.Uint32(head[at+4:])), uint64(le.Uint32(head[at+8:])), uint64(le.Uint32(head[at+12:]))}
	if dirBits == 0 || dirBits > 40 || uint64(len(head))+4*(n[0]+n[1]+n[2])+4 != uint64(st.Size()) ||
		n[0] != 1<<dirBits>>groupBits+1 || n[1] != 1<<dirBits/2+1 {
		return nil, errBadCache
	}
	t := newTable(langs, folded)
	t.dirBits = dirBits
	t.base, t.offs, t.entries = r.words(n[0]), r.words(n[1]), r.words(n[2])
	sum := r.sum
	var word [4]byte
	if _, err := io.ReadFull(r.r, word[:]); err != nil || r.err != nil || le.Uint32(word[:]) != sum || !t.consistent() {
		return nil, errBadCache
	}
	return t, nil
}

// crcReader reads from r and keeps the Castagnoli CRC-32 of what it read
// and the first error.
type crcReader struct {
	r   *bufio.Reader
	sum uint32
	err error
}

func (c *crcReader) read(b []byte) {
	if c.err != nil {
		return
	}
	_, c.err = io.ReadFull(c.r, b)
	c.sum = crc32.Update(c.sum, castagnoli, b)
}

// words reads k little-endian 32-bit words.
func (c *crcReader) words(k uint64) []uint32 {
	a := make([]uint32, k)
	var buf [4 << 10]byte
	for i := 0; i < len(a) && c.err == nil; {
		b := buf[:4*min(len(buf)/4, len(a)-i)]
		c.read(b)
		for ; len(b) > 0; b = b[4:] {
			a[i] = binary.LittleEndian.Uint32(b)
			i++
		}
	}
	return a
}

// consistent reports whether every bucket lies inside the entries, after
// the one before it, and every entry names a language of the table.
func (t *ngramTable) consistent() bool {
	prev := uint64(0)
	for b := range uint64(1)<<t.dirBits + 1 {
		at := uint64(t.base[b>>groupBits]) + uint64(t.off(b))
		if at < prev || at > uint64(len(t.entries)) {
			return false
		}
		prev = at
	}
	for _, e := range t.entries {
		if int(e>>8&maxLang) >= len(t.langs) {
			return false
		}
	}
	return true
}
