package main

import (
	"bufio"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// peakRSS is the most memory the process has held, in MB, as Linux counts
// it (VmHWM of /proc/self/status); ok is false elsewhere. -stats prints it,
// so that a corpus run shows what it needs.
func peakRSS() (mb float64, ok bool) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		rest, found := strings.CutPrefix(sc.Text(), "VmHWM:")
		if !found {
			continue
		}
		kb, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
		return kb / 1024, err == nil
	}
	return 0, false
}

// Collector settings for -jsonl, used unless GOGC or GOMEMLIMIT are set:
// a corpus run allocates a few times its size while holding only the
// batches in flight (a few tens of MB), so with the default GOGC=100 the
// collector runs every few MB and takes CPU from the workers. At 400 it
// runs a quarter as often (about 7 % less CPU). But the language tables
// of spans are some 60 MB that live all run long, and 400 % of them and
// the batches let the heap grow to 300 MB and RSS to 455 MB between two
// collections; the soft limit collects earlier instead, so that a run
// stays within the 300 MB of RSS promised for any corpus size. With
// dictionaries (up to 100 MB each) the live heap may pass that limit, and
// the collector would then run all the time: the limit is higher.
const (
	corpusGCPercent       = 400
	corpusMemoryLimit     = 200 << 20
	dictionaryMemoryLimit = 512 << 20
)

// tuneGC applies the collector settings of -jsonl.
func tuneGC(dictionaries bool) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(corpusGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		limit := int64(corpusMemoryLimit)
		if dictionaries {
			limit = dictionaryMemoryLimit
		}
		debug.SetMemoryLimit(limit)
	}
}

// documentMemory is the soft limit of -json for inputs whose sizes are
// known: the promise of ten times the largest document and 100 MB, less
// 30 MB for what the system counts beside the Go heap (the pages of the
// binary, the runtime's own). The language tables live at some 50 MB and
// pass through 70 MB while they are built; the documents in flight are
// bounded by documentsInFlight so that their analyses fit beside them, and
// the collector meets the limit without running all the time. With
// GOGC=100 alone the heap would double between collections (16 MB of a
// script change at every letter: 294 MB of RSS), and a limit that counted
// the documents in flight rather than the largest one let 22 inputs of
// 1 MB reach 171 MB.
func documentMemory(inputs []input) (limit int64, ok bool) {
	largest, ok := largestInput(inputs)
	if !ok {
		return 0, false
	}
	return 10*largest + 70<<20, true
}

// documentsInFlight is the budget of input bytes that -json reads and
// analyses at once: the largest document and 1 MB more, so that two
// workers have work and what their analyses hold (some five times the
// input) fits beside the tables within documentMemory; never more than
// documentBudget. A document larger than it runs alone.
func documentsInFlight(inputs []input) int64 {
	largest, ok := largestInput(inputs)
	if !ok {
		return documentBudget
	}
	return min(documentBudget, 1<<20+largest)
}

// largestInput is the largest weight of inputs; ok is false when a size
// is not known (standard input).
func largestInput(inputs []input) (largest int64, ok bool) {
	for _, in := range inputs {
		if in.size < 0 {
			return 0, false
		}
		largest = max(largest, inputWeight(in))
	}
	return largest, true
}

// tuneDocumentGC applies documentMemory unless GOMEMLIMIT is set; mend
// does not call it with dictionaries, which documentMemory does not count.
func tuneDocumentGC(inputs []input) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if limit, ok := documentMemory(inputs); ok {
		debug.SetMemoryLimit(limit)
	}
}
