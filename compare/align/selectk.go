package align

// nthSmallest returns the k-th smallest (from 0) of xs, which must hold
// distinct numbers, reordering xs: Hoare's selection, linear on average.
// The candidate search keeps a sentence's best maxCandidates of up to one
// candidate per article; sorting all of them to cut the list was a third
// of its time with 84 articles.
func nthSmallest(xs []uint64, k int) uint64 {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		a, b, c := xs[lo], xs[lo+(hi-lo)/2], xs[hi]
		pivot := max(min(a, b), min(max(a, b), c)) // the median of three
		i, j := lo, hi
		for i <= j {
			for xs[i] < pivot {
				i++
			}
			for xs[j] > pivot {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return xs[k]
		}
	}
	return xs[k]
}
