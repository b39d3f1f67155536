package lang

import (
	"archive/zip"
	"bytes"
	"embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	_ "unsafe" // go:linkname

	"github.com/pemistahl/lingua-go"
)

// linguaModels are lingua's n-gram models (unigrams to fivegrams of 75
// languages, protobuf in zip files). lingua keeps them unexported and loads
// each into a map[string]float64, about 1.5 GB for all orders of the default
// languages; textmend reads the same files into a packed table of 4 bytes an
// n-gram instead (see ngramTable).
//
//go:linkname linguaModels github.com/pemistahl/lingua-go.languageModels
var linguaModels embed.FS

// maxOrder is the longest n-gram of lingua's models.
const maxOrder = 5

// ngramTable holds the n-gram models of the languages of one script family
// as conditional log-probabilities, quantised to 1/qScale nats. Entries are
// grouped in buckets by the top bits of a 64-bit hash of the n-gram; each
// entry holds the next remBits bits of the hash, the language's index in
// langs and the quantised value, so that one lookup serves every language.
type ngramTable struct {
	langs   []lingua.Language
	index   [lingua.Unknown + 1]int8 // language -> position in langs, -1 if absent
	dirBits uint
	dir     []uint32 // bucket b holds entries[dir[b]:dir[b+1]]
	entries []uint32 // rem<<14 | lang<<8 | q
}

const (
	qScale  = 8  // quantisation steps per nat
	remBits = 18 // hash bits kept in an entry beyond the bucket's
	maxLang = 63 // language indices fit 6 bits
)

// fnv64 is FNV-1a: deterministic, so that every run builds the same table.
func fnv64(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func (t *ngramTable) bucket(h uint64) (b uint64, rem uint32) {
	return h >> (64 - t.dirBits), uint32(h>>(64-t.dirBits-remBits)) & (1<<remBits - 1)
}

// lookup calls f with the language index and log-probability of every
// language that has the n-gram.
func (t *ngramTable) lookup(gram []byte, f func(li int, logp float32)) {
	b, rem := t.bucket(fnv64(gram))
	for _, e := range t.entries[t.dir[b]:t.dir[b+1]] {
		if e>>14 == rem {
			f(int(e>>8&maxLang), -float32(e&0xFF)/qScale)
		}
	}
}

var tables sync.Map // langSet of a family -> *tableOnce

type tableOnce struct {
	once sync.Once
	t    *ngramTable
	err  error
}

// tableFor returns the table of the languages in set, built on first use
// and shared by every Detector with the same languages of that family.
func tableFor(set langSet) (*ngramTable, error) {
	v, _ := tables.LoadOrStore(set, &tableOnce{})
	o := v.(*tableOnce)
	o.once.Do(func() { o.t, o.err = buildTable(set.list()) })
	return o.t, o.err
}

// buildTable reads every model file twice: once to count the entries of
// each bucket, once to place them, so that no unsorted copy of all n-grams
// is ever held in memory.
func buildTable(langs []lingua.Language) (*ngramTable, error) {
	if len(langs) > maxLang {
		langs = langs[:maxLang]
	}
	t := &ngramTable{langs: langs}
	for i := range t.index {
		t.index[i] = -1
	}
	total := 0
	for i, l := range langs {
		t.index[l] = int8(i)
		for n := 1; n <= maxOrder; n++ {
			c, err := readModel(l, n, nil)
			if err != nil {
				return nil, err
			}
			total += c
		}
	}
	t.dirBits = uint(max(1, bits.Len(uint(total/4))))
	counts := make([]uint32, 1<<t.dirBits+1)
	for _, l := range langs {
		for n := 1; n <= maxOrder; n++ {
			readModel(l, n, func(gram []byte, p float64) {
				b, _ := t.bucket(fnv64(gram))
				counts[b+1]++
			})
		}
	}
	for b := 1; b < len(counts); b++ {
		counts[b] += counts[b-1]
	}
	t.dir = counts
	t.entries = make([]uint32, total)
	fill := make([]uint32, len(counts)-1)
	copy(fill, counts)
	for i, l := range langs {
		for n := 1; n <= maxOrder; n++ {
			readModel(l, n, func(gram []byte, p float64) {
				b, rem := t.bucket(fnv64(gram))
				q := math.Round(-math.Log(p) * qScale)
				t.entries[fill[b]] = rem<<14 | uint32(i)<<8 | uint32(min(255, max(0, q)))
				fill[b]++
			})
		}
	}
	return t, nil
}

// readModel decodes one of lingua's model files and calls f, if not nil,
// for every n-gram with its probability. It returns the number of n-grams.
// The protobuf wire format is decoded by hand: the message is one repeated
// field of (probability, repeated n-gram) sets, and decoding in place saves
// allocating a string for each of millions of n-grams.
func readModel(l lingua.Language, n int, f func(gram []byte, p float64)) (int, error) {
	name := [...]string{"", "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"}[n]
	path := fmt.Sprintf("language-models/%s/%s.pb.bin.zip", strings.ToLower(l.IsoCode639_1().String()), name)
	z, err := linguaModels.ReadFile(path)
	if err != nil {
		return 0, nil // lingua has no model of this order for the language
	}
	zr, err := zip.NewReader(bytes.NewReader(z), int64(len(z)))
	if err != nil || len(zr.File) == 0 {
		return 0, fmt.Errorf("lang: model %s: %v", path, err)
	}
	rc, err := zr.File[0].Open()
	if err != nil {
		return 0, fmt.Errorf("lang: model %s: %v", path, err)
	}
	data, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return 0, fmt.Errorf("lang: model %s: %v", path, err)
	}
	count := 0
	err = eachField(data, func(num int, val []byte, _ uint64) error {
		if num != 4 {
			return nil
		}
		p := 0.0
		return eachField(val, func(num int, val []byte, fixed uint64) error {
			switch num {
			case 1:
				p = math.Float64frombits(fixed)
			case 2:
				count++
				if f != nil && p > 0 {
					f(val, p)
				}
			}
			return nil
		})
	})
	if err != nil {
		return 0, fmt.Errorf("lang: model %s: %v", path, err)
	}
	return count, nil
}

// eachField walks the fields of a protobuf message: length-delimited ones
// come as val, 64-bit ones as fixed; varints are skipped.
func eachField(b []byte, f func(num int, val []byte, fixed uint64) error) error {
	for len(b) > 0 {
		key, k := binary.Uvarint(b)
		if k <= 0 {
			return fmt.Errorf("bad field key")
		}
		b = b[k:]
		num := int(key >> 3)
		switch key & 7 {
		case 0:
			_, k := binary.Uvarint(b)
			if k <= 0 {
				return fmt.Errorf("bad varint")
			}
			b = b[k:]
		case 1:
			if len(b) < 8 {
				return fmt.Errorf("short fixed64")
			}
			if err := f(num, nil, binary.LittleEndian.Uint64(b)); err != nil {
				return err
			}
			b = b[8:]
		case 2:
			n, k := binary.Uvarint(b)
			if k <= 0 || n > uint64(len(b)-k) {
				return fmt.Errorf("bad length")
			}
			if err := f(num, b[k:k+int(n)], 0); err != nil {
				return err
			}
			b = b[k+int(n):]
		case 5:
			if len(b) < 4 {
				return fmt.Errorf("short fixed32")
			}
			b = b[4:]
		default:
			return fmt.Errorf("unsupported wire type %d", key&7)
		}
	}
	return nil
}

const (
	backoffLogP = -0.92 // ln 0.4 per order dropped: "stupid backoff"
	unseenLogP  = -12   // a letter the language's model never saw
)

// gramScratch holds one word lower-cased and the byte offset of each rune.
type gramScratch struct {
	low  []byte
	ends []int
}

// addWordScores adds to out[i] the log-probability of word under the
// character model of t.langs[i]: every letter is predicted from up to four
// letters before it, from the longest context the language's model holds.
// Runs of letters are scored apart; other runes only separate them.
func (t *ngramTable) addWordScores(word string, out []float32, g *gramScratch) {
	g.low, g.ends = g.low[:0], g.ends[:0]
	for _, r := range word {
		if !unicode.IsLetter(r) {
			t.addRun(g, out)
			g.low, g.ends = g.low[:0], g.ends[:0]
			continue
		}
		g.low = utf8.AppendRune(g.low, unicode.ToLower(r))
		g.ends = append(g.ends, len(g.low))
	}
	t.addRun(g, out)
}

func (t *ngramTable) addRun(g *gramScratch, out []float32) {
	all := uint64(1)<<len(t.langs) - 1
	for i := range g.ends {
		top := min(maxOrder, i+1)
		var covered uint64
		for n := top; n >= 1 && covered != all; n-- {
			start := 0
			if i-n >= 0 {
				start = g.ends[i-n]
			}
			b, rem := t.bucket(fnv64(g.low[start:g.ends[i]]))
			pen := float32(top-n) * backoffLogP
			for _, e := range t.entries[t.dir[b]:t.dir[b+1]] {
				li := e >> 8 & maxLang
				if e>>14 != rem || covered&(1<<li) != 0 {
					continue
				}
				covered |= 1 << li
				out[li] += pen - float32(e&0xFF)/qScale
			}
		}
		for li := range t.langs {
			if covered&(1<<li) == 0 {
				out[li] += float32(top-1)*backoffLogP + unseenLogP
			}
		}
	}
}
