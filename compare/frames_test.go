package compare

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/storydiff/storydiff/compare/framing"
	"github.com/storydiff/storydiff/compare/quote"
)

// TestQuotedSpansAgreeWithAScan: the binary searches answer as a scan of
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
			in, over := false, false
			for _, q := range qs {
				for _, p := range q.Parts {
					in = in || (start >= p.Start && end <= p.End)
					over = over || (p.Start < end && start < p.End)
				}
			}
			if got := sp.contain(start, end); got != in {
				t.Fatalf("trial %d: [%d,%d) inside %v: %v, want %v", trial, start, end, qs, got, in)
			}
			if got := sp.overlap(start, end); got != over {
				t.Fatalf("trial %d: [%d,%d) overlapping %v: %v, want %v", trial, start, end, qs, got, over)
			}
		}
	}
}

// TestFramingMarkersGrowLinearlyWithQuotes: eight times the sentences,
// each with a quote and a marker outside it, takes about eight times as
// long (a scan of every quote per marker took sixty-four); generous
// factor, best of three.
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
	best := func(n int) time.Duration {
		a, qs := article(n)
		var d time.Duration
		for i := range 3 {
			start := time.Now()
			m := sentenceMarkers(a, qs, framing.Default())
			if e := time.Since(start); i == 0 || e < d {
				d = e
			}
			if len(m[0]) == 0 {
				t.Fatal("no marker found outside the quote: the test measures nothing")
			}
		}
		return d
	}
	const small, factor = 1000, 8
	var a, b time.Duration
	var ratio float64
	for range 3 { // a busy machine can stall either size: measure again first
		a, b = best(small), best(small*factor)
		if ratio = float64(b) / float64(a); ratio <= 3*factor {
			break
		}
	}
	if ratio > 3*factor {
		t.Errorf("%d sentences took %v, %d took %v: %.0f× for %d×", small, a, small*factor, b, ratio, factor)
	}
}
