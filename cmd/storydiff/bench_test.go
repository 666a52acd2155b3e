package main

import (
	"io"
	"runtime/debug"
	"testing"

	"github.com/storydiff/storydiff/compare/synthreport"
	"github.com/storydiff/storydiff/internal/growth"
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

// BenchmarkJSONReport100k writes the same report as JSON the way the
// command does (compare.Report.WriteJSON, compact as for a file), the
// yardstick the other writers are held to (within twice its time).
func BenchmarkJSONReport100k(b *testing.B) {
	rep := synthreport.Report(50_000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := rep.WriteJSON(io.Discard, false); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONReportIndented100k is the JSON report indented, as the
// command writes it to a terminal.
func BenchmarkJSONReportIndented100k(b *testing.B) {
	rep := synthreport.Report(50_000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := rep.WriteJSON(io.Discard, true); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTextReportGrowsLinearly: eight times the sentences, quotes and
// figures cost the text report about eight times the CPU; quadratic
// lookups would cost sixty-four.
func TestTextReportGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("writes reports of 24,000 sentences")
	}
	growth.Linear(t, "the text report", 1_500, 8, 3, func(n int) func() {
		rep := synthreport.Report(n)
		return func() { writeText(io.Discard, rep) }
	})
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
