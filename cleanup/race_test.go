//go:build race

package cleanup

// raceEnabled: under the race detector sync.Pool drops items on purpose,
// so allocation counts say nothing.
const raceEnabled = true
