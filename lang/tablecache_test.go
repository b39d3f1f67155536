package lang

import (
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/pemistahl/lingua-go"
)

// cacheTestLangs is a small table, quick to build.
var cacheTestLangs = []lingua.Language{lingua.German, lingua.Dutch}

// TestTableCacheRoundTrip: the table read from the cache is the table
// built, entry for entry, for the plain and the folded kind.
func TestTableCacheRoundTrip(t *testing.T) {
	for _, folded := range []bool{false, true} {
		dir := t.TempDir()
		built, err := cachedTable(dir, cacheTestLangs, langSet{}, folded)
		if err != nil {
			t.Fatal(err)
		}
		path := cacheFile(t, dir)
		read, err := readTable(path, tableKey(cacheTestLangs, langSet{}, folded), cacheTestLangs, folded)
		if err != nil {
			t.Fatalf("folded %v: %v", folded, err)
		}
		sameTable(t, built, read)
		again, err := cachedTable(dir, cacheTestLangs, langSet{}, folded)
		if err != nil {
			t.Fatal(err)
		}
		sameTable(t, built, again)
	}
}

// TestTableCacheRefusesDamage: a file cut short, with a flipped bit, of
// another key, or with a valid checksum over offsets that leave the
// entries, is not read; cachedTable builds the table and writes it anew.
func TestTableCacheRefusesDamage(t *testing.T) {
	dir := t.TempDir()
	built, err := cachedTable(dir, cacheTestLangs, langSet{}, false)
	if err != nil {
		t.Fatal(err)
	}
	path := cacheFile(t, dir)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	key := tableKey(cacheTestLangs, langSet{}, false)
	head := len(cacheMagic) + len(key) + 16
	for name, damage := range map[string]func([]byte) []byte{
		"cut short":   func(b []byte) []byte { return b[:len(b)/2] },
		"bit flipped": func(b []byte) []byte { b[len(b)/3] ^= 4; return b },
		"other key":   func(b []byte) []byte { b[len(cacheMagic)] ^= 1; return resum(b) },
		"offsets out": func(b []byte) []byte {
			// The first bucket's offset past every entry.
			binary.LittleEndian.PutUint32(b[head+4*len(built.base):], 0xFFFF)
			return resum(b)
		},
		"language out": func(b []byte) []byte {
			at := len(b) - 8 // the last entry
			binary.LittleEndian.PutUint32(b[at:], binary.LittleEndian.Uint32(b[at:])|maxLang<<8)
			return resum(b)
		},
		"empty": func([]byte) []byte { return nil },
	} {
		b := damage(slices.Clone(good))
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := readTable(path, key, cacheTestLangs, false); err == nil {
			t.Errorf("%s: read as a table", name)
		}
		rebuilt, err := cachedTable(dir, cacheTestLangs, langSet{}, false)
		if err != nil {
			t.Fatal(err)
		}
		sameTable(t, built, rebuilt)
		if b, _ := os.ReadFile(path); !slices.Equal(b, good) {
			t.Errorf("%s: the file was not written anew", name)
		}
	}
}

// TestTableCacheUnwritable: a cache that cannot be written costs a build
// each time, not the table.
func TestTableCacheUnwritable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "not-a-directory")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := cachedTable(filepath.Join(file, "cache"), cacheTestLangs, langSet{}, false)
	if err != nil {
		t.Fatal(err)
	}
	want, err := buildTable(cacheTestLangs, langSet{}, false)
	if err != nil {
		t.Fatal(err)
	}
	sameTable(t, want, got)
}

func TestWithTableCacheNeedsDirectory(t *testing.T) {
	if _, err := New(WithTableCache("")); err == nil {
		t.Error("WithTableCache(\"\") accepted")
	}
}

// cacheFile returns the one table file in dir.
func cacheFile(t *testing.T, dir string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "ngrams-*.bin"))
	if err != nil || len(files) != 1 {
		t.Fatalf("cache files %v, %v; want one", files, err)
	}
	return files[0]
}

// resum sets the checksum of a table file after a change.
func resum(b []byte) []byte {
	binary.LittleEndian.PutUint32(b[len(b)-4:], crc32.Checksum(b[:len(b)-4], castagnoli))
	return b
}

func sameTable(t *testing.T, want, got *ngramTable) {
	t.Helper()
	if got.dirBits != want.dirBits || got.folded != want.folded || got.index != want.index ||
		!slices.Equal(got.langs, want.langs) || !slices.Equal(got.base, want.base) ||
		!slices.Equal(got.offs, want.offs) || !slices.Equal(got.entries, want.entries) {
		t.Fatalf("tables differ: %d/%d entries, dirBits %d/%d", len(got.entries), len(want.entries), got.dirBits, want.dirBits)
	}
}

// FuzzReadTable: no table file makes readTable panic, or return a table a
// lookup could read out of range. The checksum is set on every input, so
// that the fuzzer reaches the checks behind it.
func FuzzReadTable(f *testing.F) {
	key := tableKey(cacheTestLangs, langSet{}, false)
	dir := f.TempDir()
	// A table of two buckets and three entries, as writeTable writes it.
	small := &ngramTable{dirBits: 1, base: []uint32{0}, offs: []uint32{1 << 16, 3}, entries: []uint32{5, 1<<8 | 7, 9}}
	path := filepath.Join(dir, "seed.bin")
	if err := writeTable(dir, path, key, small); err != nil {
		f.Fatal(err)
	}
	seed, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	if _, err := readTable(path, key, cacheTestLangs, false); err != nil {
		f.Fatalf("the seed table is not read: %v", err)
	}
	prefix := len(cacheMagic) + len(key)
	f.Add(seed[prefix : len(seed)-4])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, body []byte) {
		b := append(append(append([]byte(cacheMagic), key[:]...), body...), 0, 0, 0, 0)
		if err := os.WriteFile(path, resum(b), 0o600); err != nil {
			t.Fatal(err)
		}
		tb, err := readTable(path, key, cacheTestLangs, false)
		if err != nil {
			return
		}
		if !tb.consistent() {
			t.Fatal("an inconsistent table was read")
		}
		for _, gram := range []string{"a", "er", "sch", "nicht", "ü"} {
			tb.lookup([]byte(gram), func(li int, _ float32) {
				if li >= len(tb.langs) {
					t.Fatalf("language %d of %d", li, len(tb.langs))
				}
			})
		}
	})
}
