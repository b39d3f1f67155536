//go:build linux

package quote

import (
	"runtime"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// BenchmarkCPURatio runs Extract and the rune loop of BenchmarkRuneLoop
// in turn on the same text, on one locked thread, and reports the thread
// CPU time of each: "extract-MB/s-cpu", "loop-MB/s-cpu" and their ratio
// "x-loop" (Extract's speed as a fraction of the loop's). On a shared
// machine wall time swings with the load; the CPU time of two runs back
// to back on one thread much less.
func BenchmarkCPURatio(b *testing.B) {
	cpuRatio(b, newsText(b, true))
}

// BenchmarkCPURatioFiction is BenchmarkCPURatio on the dialogue of
// fictionText, with a quote every 40 bytes.
func BenchmarkCPURatioFiction(b *testing.B) {
	cpuRatio(b, fictionText(b))
}

func cpuRatio(b *testing.B, text string) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var ex, loop time.Duration
	n := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := threadCPU()
		n += len(Extract(text))
		t1 := threadCPU()
		n += letters(text)
		t2 := threadCPU()
		ex, loop = ex+t1-t0, loop+t2-t1
	}
	if n < 0 || ex <= 0 || loop <= 0 {
		b.Fatal("no CPU time measured")
	}
	mb := float64(len(text)) * float64(b.N) / 1e6
	b.ReportMetric(mb/ex.Seconds(), "extract-MB/s-cpu")
	b.ReportMetric(mb/loop.Seconds(), "loop-MB/s-cpu")
	b.ReportMetric(loop.Seconds()/ex.Seconds(), "x-loop")
}

// threadCPU returns the CPU time of the calling thread
// (clock_gettime(CLOCK_THREAD_CPUTIME_ID)).
func threadCPU() time.Duration {
	const clockThreadCPUTime = 3
	var ts syscall.Timespec
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	return time.Duration(ts.Nano())
}
