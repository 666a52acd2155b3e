//go:build race

package prefault

// raceDetector: under the race detector every write to fresh heap also
// writes its shadow memory, which faults page by page whatever the heap
// does, so counting page faults measures the detector, not this package.
const raceDetector = true
