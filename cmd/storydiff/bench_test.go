package main

import (
	"encoding/json"
	"io"
	"runtime/debug"
	"testing"
	"time"

	"github.com/storydiff/storydiff/compare/synthreport"
)

// BenchmarkTextReport100k writes the text report of 100,000 sentences
// (two articles; see synthreport), the report built before the timer.
func BenchmarkTextReport100k(b *testing.B) {
	rep := synthreport.Report(50_000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		writeText(io.Discard, rep)
	}
}

// BenchmarkJSONReport100k encodes the same report as JSON, indented, the
// yardstick the other writers are held to (within twice its time).
func BenchmarkJSONReport100k(b *testing.B) {
	rep := synthreport.Report(50_000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		enc := json.NewEncoder(io.Discard)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTextReportGrowsLinearly: eight times the sentences, quotes and
// figures takes the text report about eight times as long; the factor
// allowed is generous, for a busy machine (the best of three runs).
func TestTextReportGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("writes reports of 24,000 sentences")
	}
	const small, factor = 1_500, 8
	best := func(n int) time.Duration {
		rep := synthreport.Report(n)
		var d time.Duration
		for i := range 3 {
			start := time.Now()
			writeText(io.Discard, rep)
			if e := time.Since(start); i == 0 || e < d {
				d = e
			}
		}
		return d
	}
	var a, b time.Duration
	var ratio float64
	for range 3 { // a busy machine can stall either size: measure again first
		a, b = best(small), best(small*factor)
		if ratio = float64(b) / float64(a); ratio <= 3*factor {
			break
		}
	}
	if ratio > 3*factor {
		t.Errorf("%d sentences took %v, %d took %v: %.0f× for %d× the input", 2*small, a, 2*small*factor, b, ratio, factor)
	}
}

// TestSoftMemoryLimit: the command sets a soft memory limit (garbage from
// a million tiny sentences otherwise doubled its size), unless GOMEMLIMIT
// asks for another.
func TestSoftMemoryLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	if got := setMemoryLimit(func(string) string { return "" }); got != softMemoryLimit || debug.SetMemoryLimit(-1) != softMemoryLimit {
		t.Errorf("without GOMEMLIMIT the limit is %d, want %d", debug.SetMemoryLimit(-1), softMemoryLimit)
	}
	debug.SetMemoryLimit(3 << 30) // as GOMEMLIMIT=3GiB would have set it
	if got := setMemoryLimit(func(string) string { return "3GiB" }); got != 3<<30 {
		t.Errorf("with GOMEMLIMIT=3GiB the limit is %d", got)
	}
}
