package cleanup

import (
	"syscall"
	"time"
	"unsafe"
)

// threadCPUTime is the CPU time the calling thread has used: on a loaded
// machine it counts only this benchmark's work, not its waits.
func threadCPUTime() time.Duration {
	const clockThreadCPUTimeID = 3
	var ts syscall.Timespec
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ts.Nano())
}
