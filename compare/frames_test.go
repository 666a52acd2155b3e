package compare

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/framing"
	"github.com/storydiff/storydiff/compare/quote"
	"github.com/storydiff/storydiff/internal/growth"
)

// TestQuotedSpansAgreeWithAScan: the binary search answers as a scan of
// every part would, for overlapping and nested parts too.
func TestQuotedSpansAgreeWithAScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		var qs []quote.Quote
		for range rng.IntN(8) {
			var q quote.Quote
			for range 1 + rng.IntN(3) {
				s := rng.IntN(100)
				q.Parts = append(q.Parts, quote.Span{Start: s, End: s + rng.IntN(30)})
			}
			qs = append(qs, q)
		}
		sp := quotedSpans(qs)
		for range 50 {
			start := rng.IntN(120)
			end := start + rng.IntN(10)
			want, across := false, false
			for _, q := range qs {
				for _, p := range q.Parts {
					want = want || (start >= p.Start && end <= p.End)
					across = across || (p.Start < end && start < p.End)
				}
			}
			if got := sp.contain(start, end); got != want {
				t.Fatalf("trial %d: [%d,%d) in %v: %v, want %v", trial, start, end, qs, got, want)
			}
			if got := sp.overlap(start, end); got != across {
				t.Fatalf("trial %d: [%d,%d) across %v: %v, want %v", trial, start, end, qs, got, across)
			}
		}
	}
}

// TestFramingMarkersGrowLinearlyWithQuotes: eight times the sentences,
// each with a quote and a marker outside it, take about eight times as
// much CPU (a scan of every quote per marker took sixty-four times).
func TestFramingMarkersGrowLinearlyWithQuotes(t *testing.T) {
	if testing.Short() {
		t.Skip("times two sizes")
	}
	article := func(n int) (Article, []quote.Quote) {
		var a Article
		var qs []quote.Quote
		var b strings.Builder
		for range n {
			s := "Officials claimed “we will surely build it” on Monday."
			start := b.Len()
			b.WriteString(s + " ")
			a.Sentences = append(a.Sentences, Sentence{Start: start, End: start + len(s), Text: s, Role: RoleBody})
			qs = append(qs, quote.Quote{Parts: []quote.Span{{Start: start + strings.Index(s, "we"), End: start + strings.Index(s, "”")}}})
		}
		a.Text = b.String()
		return a, qs
	}
	growth.Linear(t, "framing markers", 1000, 8, 3, func(n int) func() {
		a, qs := article(n)
		return func() {
			if m := sentenceMarkers(a, qs, framing.Default()); len(m[0]) == 0 {
				t.Fatal("no marker found outside the quote: the test measures nothing")
			}
		}
	})
}
