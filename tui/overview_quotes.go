package tui

import (
	"cmp"
	"slices"

	"github.com/storydiff/storydiff/compare"
)

// quoteLedger lists each quote once (not again as another article's
// rendering of it), by speaker.
func quoteLedger(rep *compare.Report) []int {
	seen := map[string]bool{}
	var out []int
	for qi, q := range rep.Quotes {
		if seen[q.ID] {
			continue
		}
		seen[q.ID] = true
		for _, mt := range q.Matches {
			seen[mt.Quote] = true
		}
		out = append(out, qi)
	}
	slices.SortStableFunc(out, func(x, y int) int { return cmp.Compare(rep.Quotes[x].Speaker, rep.Quotes[y].Speaker) })
	return out
}
