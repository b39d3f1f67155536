package lang

import (
	"archive/zip"
	"embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	_ "unsafe" // go:linkname

	kflate "github.com/klauspost/compress/flate"
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
	// Bucket b starts at entries[base[b>>groupBits]+off(b)] and ends where
	// b+1 starts: a 32-bit start a group of buckets and a 16-bit offset a
	// bucket take half the memory of a 32-bit start a bucket.
	base    []uint32
	offs    []uint32 // off(b) is the 16-bit half b&1 of offs[b>>1]
	entries []uint32 // rem<<14 | lang<<8 | q

	folded   bool // n-grams are hashed folded, only those a fold changes (see fold.go)
	foldOnce sync.Once
	fold     *ngramTable // folded n-grams of the languages of foldGroups, built on first use
	cacheDir string      // where the folded table is cached, if anywhere (WithTableCache)
}

const (
	groupBits = 6  // buckets of a group share one 32-bit start: 2^6 buckets of four to eight entries keep offsets far below 2^16
	qScale    = 8  // quantisation steps per nat
	remBits   = 18 // hash bits kept in an entry beyond the bucket's
	maxLang   = 63 // language indices fit 6 bits
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

func (t *ngramTable) hash(gram []byte) uint64 {
	if t.folded {
		return fnvFold(gram)
	}
	return fnv64(gram)
}

// foldTable returns the folded table of t's languages that are in a fold
// group with another of them, nil if there are none: the n-grams that have a
// diacritic, hashed as if written without, with the language indices of t.
func (t *ngramTable) foldTable() *ngramTable {
	if t.folded {
		return nil
	}
	t.foldOnce.Do(func() {
		var only langSet
		for _, g := range foldGroups {
			if in := g.and(setOf(t.langs...)); in.len() >= 2 {
				only = only.or(in)
			}
		}
		if only.empty() {
			return
		}
		t.fold, _ = cachedTable(t.cacheDir, t.langs, only, true)
		runtime.GC()
	})
	return t.fold
}

func (t *ngramTable) bucket(h uint64) (b uint64, rem uint32) {
	return h >> (64 - t.dirBits), uint32(h>>(64-t.dirBits-remBits)) & (1<<remBits - 1)
}

// off is bucket b's offset from the start of its group; b may be the
// number of buckets, whose offset ends the last bucket.
func (t *ngramTable) off(b uint64) uint32 {
	return t.offs[b>>1] >> (16 * (b & 1)) & 0xFFFF
}

// bucketEntries returns the entries of bucket b.
func (t *ngramTable) bucketEntries(b uint64) []uint32 {
	lo := t.base[b>>groupBits] + t.off(b)
	hi := t.base[(b+1)>>groupBits] + t.off(b+1)
	return t.entries[lo:hi]
}

// lookup calls f with the language index and log-probability of every
// language that has the n-gram.
func (t *ngramTable) lookup(gram []byte, f func(li int, logp float32)) {
	b, rem := t.bucket(fnv64(gram))
	for _, e := range t.bucketEntries(b) {
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
func tableFor(set langSet, cacheDir string) (*ngramTable, error) {
	v, _ := tables.LoadOrStore(set, &tableOnce{})
	o := v.(*tableOnce)
	o.once.Do(func() {
		o.t, o.err = cachedTable(cacheDir, set.list(), langSet{}, false)
		if o.t != nil {
			o.t.cacheDir = cacheDir // for its folded table
		}
		// The build leaves tens of MB of unzip garbage; collecting it now,
		// once per script family and process, lets the next build and the
		// caller reuse that memory instead of growing the heap.
		runtime.GC()
	})
	return o.t, o.err
}

// buildTable reads every model file twice: once to count the entries of
// each bucket, once to place them, so that no unsorted copy of all n-grams
// is ever held in memory. Files are read in parallel; each bucket is sorted
// at the end, so the table is the same whatever the order of the reads.
// Only the languages in only are read, all when it is empty; a folded
// table holds only the n-grams that folding changes, hashed folded.
func buildTable(langs []lingua.Language, only langSet, folded bool) (*ngramTable, error) {
	if len(langs) > maxLang {
		langs = langs[:maxLang]
	}
	t := newTable(langs, folded)
	size := uint64(0)
	if only.empty() {
		only = setOf(langs...)
	}
	for _, l := range langs {
		for n := 1; n <= maxOrder && only.has(l); n++ {
			size += modelSize(l, n) / uint64(n+3) // bytes per n-gram in the protobuf, about
		}
	}
	if folded {
		size /= 2 // about half the n-grams of a language with diacritics have one
	}
	t.dirBits = uint(max(1, bits.Len64(size/8))) // four to eight entries a bucket
	counts := make([]uint32, 1<<t.dirBits)
	err := eachModel(langs, only, func(li int, gram []byte, _ uint32) {
		if folded && !foldChanges(gram) {
			return
		}
		b, _ := t.bucket(t.hash(gram))
		atomic.AddUint32(&counts[b], 1)
	})
	if err != nil {
		return nil, err
	}
	total, err := t.setDirectory(counts)
	if err != nil {
		return nil, err
	}
	counts = nil
	runtime.GC() // the first pass's unzip garbage and counts, before the largest allocation
	t.entries = make([]uint32, total)
	// Each bucket's offset holds its end until the place pass counts it
	// down to its start (see setDirectory). A bucket's half of its word
	// never goes below zero, so subtracting from one half leaves the other.
	eachModel(langs, only, func(li int, gram []byte, q uint32) {
		if folded && !foldChanges(gram) {
			return
		}
		b, rem := t.bucket(t.hash(gram))
		shift := 16 * (b & 1)
		w := atomic.AddUint32(&t.offs[b>>1], ^uint32(1<<shift-1))
		at := t.base[b>>groupBits] + w>>shift&0xFFFF
		t.entries[at] = rem<<14 | uint32(li)<<8 | q
	})
	for b := range uint64(1) << t.dirBits {
		slices.Sort(t.bucketEntries(b))
	}
	return t, nil
}

// newTable returns an empty table of langs, with their index.
func newTable(langs []lingua.Language, folded bool) *ngramTable {
	t := &ngramTable{langs: langs, folded: folded}
	for i := range t.index {
		t.index[i] = -1
	}
	for i, l := range langs {
		t.index[l] = int8(i)
	}
	return t
}

// setDirectory sets t.base from the entries counted in each bucket, and
// the offset of every bucket to its end, relative to the start of its
// group, for the place pass to count down to its start; the offset after
// the last bucket ends the table. It returns the number of entries.
func (t *ngramTable) setDirectory(counts []uint32) (uint32, error) {
	n := len(counts)
	t.base = make([]uint32, n>>groupBits+1)
	t.offs = make([]uint32, n/2+1)
	setOff := func(i int, v uint32) {
		t.offs[i>>1] |= v << (16 * (i & 1))
	}
	total := uint64(0)
	for b, c := range counts {
		if b&(1<<groupBits-1) == 0 {
			t.base[b>>groupBits] = uint32(total)
		}
		total += uint64(c)
		end := total - uint64(t.base[b>>groupBits])
		if end > 0xFFFF || total > math.MaxUint32 {
			return 0, fmt.Errorf("lang: n-gram bucket group too large")
		}
		setOff(b, uint32(end))
	}
	if n&(1<<groupBits-1) == 0 {
		t.base[n>>groupBits] = uint32(total)
	}
	end := total - uint64(t.base[n>>groupBits])
	if end > 0xFFFF {
		return 0, fmt.Errorf("lang: n-gram bucket group too large")
	}
	setOff(n, uint32(end))
	return uint32(total), nil
}

// eachModel calls f for every n-gram of every order of the languages of
// langs that are in only, reading the model files on all CPUs; f must be
// safe for concurrent use.
func eachModel(langs []lingua.Language, only langSet, f func(li int, gram []byte, q uint32)) error {
	type job struct{ li, n int }
	jobs := make(chan job)
	errs := make(chan error, 1)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte // reused: the files are read twice, tens of MB in all
			for j := range jobs {
				var err error
				buf, err = readModel(langs[j.li], j.n, buf, func(gram []byte, q uint32) { f(j.li, gram, q) })
				if err != nil {
					select {
					case errs <- err:
					default:
					}
				}
			}
		}()
	}
	for li, l := range langs {
		for n := maxOrder; n >= 1 && only.has(l); n-- {
			jobs <- job{li, n}
		}
	}
	close(jobs)
	wg.Wait()
	select {
	case err := <-errs:
		return err
	default:
		return nil
	}
}

// modelSize is the uncompressed size of a model file, 0 if there is none.
func modelSize(l lingua.Language, n int) uint64 {
	zr, err := openModel(modelPath(l, n))
	if err != nil || len(zr.File) == 0 {
		return 0
	}
	defer releaseModel(modelPath(l, n))
	return zr.File[0].UncompressedSize64
}

// openModel opens a model's zip file in place: embed's files are
// io.ReaderAt, and ReadFile would copy megabytes for every read.
func openModel(path string) (*zip.Reader, error) {
	f, err := linguaModels.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	ra, ok := f.(io.ReaderAt)
	if !ok {
		return nil, fmt.Errorf("lang: model %s cannot be read in place", path)
	}
	zr, err := zip.NewReader(ra, st.Size())
	if err != nil {
		return nil, err
	}
	// klauspost's inflate reads the models in less time than
	// compress/flate's: they are inflated twice at every table build.
	zr.RegisterDecompressor(zip.Deflate, func(r io.Reader) io.ReadCloser { return kflate.NewReader(r) })
	return zr, nil
}

func modelPath(l lingua.Language, n int) string {
	name := [...]string{"", "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"}[n]
	return fmt.Sprintf("language-models/%s/%s.pb.bin.zip", strings.ToLower(l.IsoCode639_1().String()), name)
}

// readModel decodes one of lingua's model files, unzipping into buf, and
// calls f for every n-gram with its quantised probability. It returns buf
// for reuse.
// The protobuf wire format is decoded by hand: the message is one repeated
// field of (probability, repeated n-gram) sets, and decoding in place saves
// allocating a string for each of millions of n-grams.
func readModel(l lingua.Language, n int, buf []byte, f func(gram []byte, q uint32)) ([]byte, error) {
	path := modelPath(l, n)
	zr, err := openModel(path)
	if err != nil {
		return buf, nil // lingua has no model of this order for the language
	}
	if len(zr.File) == 0 {
		return buf, fmt.Errorf("lang: model %s: %v", path, err)
	}
	rc, err := zr.File[0].Open()
	if err != nil {
		return buf, fmt.Errorf("lang: model %s: %v", path, err)
	}
	size := int(zr.File[0].UncompressedSize64)
	if cap(buf) < size {
		buf = make([]byte, size)
	}
	data := buf[:size]
	_, err = io.ReadFull(rc, data)
	rc.Close()
	releaseModel(path)
	if err != nil {
		return buf, fmt.Errorf("lang: model %s: %v", path, err)
	}
	err = eachField(data, func(num int, val []byte, _ uint64) error {
		if num != 4 {
			return nil
		}
		p, q := 0.0, uint32(0)
		return eachField(val, func(num int, val []byte, fixed uint64) error {
			switch num {
			case 1:
				p = math.Float64frombits(fixed)
				q = quantize(p) // once for the set, not for each n-gram
			case 2:
				if p > 0 {
					f(val, q)
				}
			}
			return nil
		})
	})
	if err != nil {
		return buf, fmt.Errorf("lang: model %s: %v", path, err)
	}
	return buf, nil
}

// quantize is the table's value of probability p: -log p in steps of
// 1/qScale nat, at most 255.
func quantize(p float64) uint32 {
	return uint32(min(255, max(0, math.Round(-math.Log(p)*qScale))))
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

// gramScratch holds one word lower-cased and the byte offset of each rune,
// and the scores of one run of letters when it is also scored folded.
type gramScratch struct {
	low  []byte
	ends []int
	fold *ngramTable // set when the text scored is written without diacritics
	run  []float32
	frun []float32
}

// addWordScores adds to out[i] the log-probability of word under the
// character model of t.langs[i]: every letter is predicted from up to four
// letters before it, from the longest context the language's model holds.
// Runs of letters are scored apart; other runes only separate them.
func (t *ngramTable) addWordScores(word string, out []float32, g *gramScratch) {
	g.low, g.ends = g.low[:0], g.ends[:0]
	plain := true // no letter that folding changes
	for _, r := range word {
		if !unicode.IsLetter(r) {
			t.addRun(g, out, plain)
			g.low, g.ends = g.low[:0], g.ends[:0]
			plain = true
			continue
		}
		r = unicode.ToLower(r)
		plain = plain && fold(r) == r
		g.low = utf8.AppendRune(g.low, r)
		g.ends = append(g.ends, len(g.low))
	}
	t.addRun(g, out, plain)
}

// addRun adds the scores of the run of letters in g. When the text is
// written without diacritics, the languages of a fold group are compared
// by their folded models (see fold.go): the group keeps its best score
// against other languages, shared out as the folded models rank them.
func (t *ngramTable) addRun(g *gramScratch, out []float32, plain bool) {
	if len(g.ends) == 0 {
		return
	}
	if !plain || g.fold == nil {
		t.runScores(g, out, nil, nil)
		return
	}
	n := len(t.langs)
	g.run = append(g.run[:0], make([]float32, n)...)
	g.frun = append(g.frun[:0], make([]float32, n)...)
	t.runScores(g, g.run, g.fold, g.frun)
	for li := range n {
		out[li] += g.run[li]
	}
	for _, grp := range foldGroups {
		best, fbest := float32(math.Inf(-1)), float32(math.Inf(-1))
		for li, l := range t.langs {
			if grp.has(l) {
				best, fbest = max(best, g.run[li]), max(fbest, g.frun[li])
			}
		}
		for li, l := range t.langs {
			if grp.has(l) {
				out[li] += best + g.frun[li] - fbest - g.run[li]
			}
		}
	}
}

// runScores adds to out the log-probability of the run in g under each
// language's model and, when fold is set, to fout the same under each
// language's folded model: the better of its plain and folded n-gram at
// each order.
func (t *ngramTable) runScores(g *gramScratch, out []float32, fold *ngramTable, fout []float32) {
	all := uint64(1)<<len(t.langs) - 1
	fall := uint64(0)
	if fold != nil {
		fall = all
	}
	var best [maxLang + 1]float32
	for i := range g.ends {
		top := min(maxOrder, i+1)
		var covered, fcovered uint64
		for n := top; n >= 1 && (covered != all || fcovered != fall); n-- {
			start := 0
			if i-n >= 0 {
				start = g.ends[i-n]
			}
			h := fnv64(g.low[start:g.ends[i]])
			pen := float32(top-n) * backoffLogP
			var here uint64 // languages of fold's accumulation found at this order
			b, rem := t.bucket(h)
			for _, e := range t.bucketEntries(b) {
				li := e >> 8 & maxLang
				if e>>14 != rem {
					continue
				}
				v := pen - float32(e&0xFF)/qScale
				if covered&(1<<li) == 0 {
					covered |= 1 << li
					out[li] += v
				}
				if fold != nil && fcovered&(1<<li) == 0 && here&(1<<li) == 0 {
					here |= 1 << li
					best[li] = v
				}
			}
			if fold != nil {
				b, rem := fold.bucket(h)
				for _, e := range fold.bucketEntries(b) {
					li := e >> 8 & maxLang
					if e>>14 != rem || fcovered&(1<<li) != 0 {
						continue
					}
					v := pen - float32(e&0xFF)/qScale
					if here&(1<<li) == 0 {
						here |= 1 << li
						best[li] = v
					} else {
						best[li] = max(best[li], v)
					}
				}
				for x := here; x != 0; x &= x - 1 {
					li := bits.TrailingZeros64(x)
					fout[li] += best[li]
				}
				fcovered |= here
			}
		}
		unseen := float32(top-1)*backoffLogP + unseenLogP
		for li := range t.langs {
			if covered&(1<<li) == 0 {
				out[li] += unseen
			}
			if fold != nil && fcovered&(1<<li) == 0 {
				fout[li] += unseen
			}
		}
	}
}
