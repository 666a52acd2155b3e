package textsim

import (
	"math"
	"math/bits"
)

// gramSet is the set of character 3-, 4- and 5-grams of a sentence's
// lower-cased words joined by single spaces, hashed into a bit set.
// Intersections are estimated by linear counting: a set of n items in m
// bits sets about m(1-e^(-n/m)) of them, so n ≈ -m ln(1-bits/m), and
// |A∩B| = |A|+|B|-|A∪B|. A 25-word sentence has about 400 grams, which
// set a third of m=1024 bits; the estimate is then off by a few grams, and
// the features built on it fit MSRP and STS as well as with twice the bits.
type gramSet struct {
	bits [gramWords]uint64
	n    float32 // estimated number of distinct grams
}

const (
	gramWords = 16
	gramBits  = gramWords * 64
	gramShift = 64 - 10 // log2(gramBits)
)

func (g *gramSet) add(text []byte) {
	g.setWindows(text)
	g.count()
}

// setWindows sets the grams of text without counting them.
func (g *gramSet) setWindows(text []byte) {
	const offset, prime = 14695981039346656037, 1099511628211 // FNV-1a
	n := len(text)
	for i := 0; i+3 <= n; i++ {
		w := text[i:min(i+5, n)]
		h := (offset ^ uint64(w[0])) * prime
		h = (h ^ uint64(w[1])) * prime
		h = (h ^ uint64(w[2])) * prime
		g.set(h)
		if len(w) == 5 {
			h = (h ^ uint64(w[3])) * prime
			g.set(h)
			h = (h ^ uint64(w[4])) * prime
			g.set(h)
		} else if len(w) == 4 {
			g.set((h ^ uint64(w[3])) * prime)
		}
	}
}

// count estimates the number of grams from the bits set.
func (g *gramSet) count() {
	ones := 0
	for _, w := range g.bits {
		ones += bits.OnesCount64(w)
	}
	g.n = float32(gramCount[ones])
}

func (g *gramSet) set(h uint64) {
	b := (h * 0x9E3779B97F4A7C15) >> gramShift
	g.bits[b>>6&(gramWords-1)] |= 1 << (b & 63)
}

// overlap returns the estimated size of the intersection.
func (g *gramSet) overlap(h *gramSet) float64 {
	u := 0
	for i := range g.bits {
		u += bits.OnesCount64(g.bits[i] | h.bits[i])
	}
	return max(0, float64(g.n)+float64(h.n)-gramCount[u])
}

// gramCount maps set bits to the estimated number of items.
var gramCount = func() []float64 {
	t := make([]float64, gramBits+1)
	for k := range gramBits {
		t[k] = -gramBits * math.Log(1-float64(k)/gramBits)
	}
	t[gramBits] = t[gramBits-1] + gramBits
	return t
}()
