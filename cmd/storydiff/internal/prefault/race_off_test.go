//go:build !race

package prefault

const raceDetector = false
