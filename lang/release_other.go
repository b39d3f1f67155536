//go:build !linux

package lang

// releaseModel does nothing outside Linux: the pages stay resident.
func releaseModel(path string) {}
