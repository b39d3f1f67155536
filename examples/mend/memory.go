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
// runs a quarter as often (about 7 % less CPU, peak RSS ~130 MB instead of
// ~60 MB); the soft limit keeps a corpus with records of tens of MB from
// growing its heap by the same factor.
const (
	corpusGCPercent   = 400
	corpusMemoryLimit = 512 << 20
)

// tuneGC applies the collector settings of -jsonl.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(corpusGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(corpusMemoryLimit)
	}
}
