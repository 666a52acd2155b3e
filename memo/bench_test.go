package memo

import (
	"fmt"
	"io"
	"testing"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/synthreport"
	"github.com/storydiff/storydiff/internal/growth"
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
// facts and marks) cost each writer about eight times the CPU; the
// quadratic lookups this replaces cost sixty-four.
func TestMemoWritersGrowLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("writes memos of 24,000 sentences")
	}
	for _, format := range Formats {
		growth.Linear(t, format+" memo", 1_500, 8, 3, func(n int) func() {
			rep := synthreport.Report(n)
			s := bigSession(rep)
			return func() {
				if err := Write(io.Discard, format, rep, s, "s.json"); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
