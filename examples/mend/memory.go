package main

import (
	"bufio"
	"os"
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
