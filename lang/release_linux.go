package lang

import (
	"os"
	"syscall"
	"unsafe"
)

// releaseModel tells the kernel that the pages of the embedded model file
// at path are not needed: they are read-only pages of the executable, so a
// later read faults them in again from the file.
func releaseModel(path string) {
	data := modelData(path)
	if !sameModel(path, data) {
		return // embed's layout is not the one expected: keep the pages
	}
	page := uintptr(os.Getpagesize())
	start := uintptr(unsafe.Pointer(unsafe.StringData(data)))
	end := start + uintptr(len(data))
	first, last := (start+page-1)&^(page-1), end&^(page-1) // whole pages inside the file only
	if last <= first {
		return
	}
	p := unsafe.Add(unsafe.Pointer(unsafe.StringData(data)), first-start)
	b := unsafe.Slice((*byte)(p), last-first)
	_ = syscall.Madvise(b, syscall.MADV_DONTNEED)
}
