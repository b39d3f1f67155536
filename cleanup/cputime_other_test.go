//go:build !linux

package cleanup

import "time"

// threadCPUTime falls back to the wall clock where the thread's CPU
// clock is not at hand.
func threadCPUTime() time.Duration { return time.Duration(time.Now().UnixNano()) }
