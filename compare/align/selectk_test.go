package align

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// nthSmallest picks what sorting would put at k, for every k, on sorted,
// reversed, random and clustered inputs.
func TestNthSmallestIsTheSortedOne(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 3000; trial++ {
		n := 1 + rng.IntN(120)
		seen := map[uint64]bool{}
		xs := make([]uint64, 0, n)
		for len(xs) < n {
			var v uint64
			switch trial % 3 {
			case 0:
				v = rng.Uint64()
			case 1:
				v = uint64(rng.IntN(4))<<32 | uint64(rng.IntN(1000)) // many equal high halves
			default:
				v = uint64(rng.IntN(3 * n))
			}
			if !seen[v] {
				seen[v] = true
				xs = append(xs, v)
			}
		}
		switch trial % 5 {
		case 3:
			slices.Sort(xs)
		case 4:
			slices.Sort(xs)
			slices.Reverse(xs)
		}
		sorted := slices.Sorted(slices.Values(xs))
		for _, k := range []int{0, n / 2, n - 1, rng.IntN(n), min(n-1, maxCandidates-1)} {
			if got := nthSmallest(slices.Clone(xs), k); got != sorted[k] {
				t.Fatalf("n=%d k=%d: got %d, want %d (%v)", n, k, got, sorted[k], xs)
			}
		}
	}
}
