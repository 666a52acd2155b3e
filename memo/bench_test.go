package memo

import (
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/synthreport"
	"github.com/storydiff/storydiff/review"
)

// bigSession marks one item in fifty of a report, flagged with a note, as
// a long review would.
func bigSession(rep *compare.Report) *review.Session {
	s := review.New(rep, nil)
	for i, it := range s.Items() {
		if i%50 == 0 {
			s.ToggleFlagged(it.ID)
			s.SetNote(it.ID, fmt.Sprintf("Check item %d.", i))
		}
	}
	return s
}

// benchmarkMemo writes a memo of a report with sentences sentences (in
// two articles) and a session; the report is built before the timer runs.
func benchmarkMemo(b *testing.B, format string, sentences int) {
	rep := synthreport.Report(sentences / 2)
	s := bigSession(rep)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := Write(io.Discard, format, rep, s, "s.json"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMemoJSON100k(b *testing.B)     { benchmarkMemo(b, "json", 100_000) }
func BenchmarkMemoMarkdown100k(b *testing.B) { benchmarkMemo(b, "markdown", 100_000) }
func BenchmarkMemoHTML100k(b *testing.B)     { benchmarkMemo(b, "html", 100_000) }

// TestMemoWritersGrowLinearly: eight times the sentences (and quotes,
// facts and marks) takes each writer about eight times as long; the
// quadratic lookups this replaces took sixty-four. The factor allowed is
// generous, for a busy machine: the best of three runs at each size.
func TestMemoWritersGrowLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("writes memos of 24,000 sentences")
	}
	const small, factor = 1_500, 8
	best := func(format string, n int) time.Duration {
		rep := synthreport.Report(n)
		s := bigSession(rep)
		var d time.Duration
		for i := range 3 {
			start := time.Now()
			if err := Write(io.Discard, format, rep, s, "s.json"); err != nil {
				t.Fatal(err)
			}
			if e := time.Since(start); i == 0 || e < d {
				d = e
			}
		}
		return d
	}
	for _, format := range Formats {
		// A busy machine can stall either size; measure again before
		// calling that growth, up to three times.
		var a, b time.Duration
		var ratio float64
		for range 3 {
			a, b = best(format, small), best(format, small*factor)
			if ratio = float64(b) / float64(a); ratio <= 3*factor {
				break
			}
		}
		t.Logf("%s memo: %d sentences %v, %d sentences %v: %.1f×", format, 2*small, a, 2*small*factor, b, ratio)
		if ratio > 3*factor {
			t.Errorf("%s memo: %d sentences took %v, %d took %v: %.0f× for %d× the input", format, 2*small, a, 2*small*factor, b, ratio, factor)
		}
	}
}
