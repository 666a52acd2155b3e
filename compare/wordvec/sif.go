package wordvec

import "math"

// SIFParam is the a of SIF weights a/(a+p(w)) used by Mean: Arora, Liang
// and Ma (2017) found 1e-3 to 1e-4 work across tasks.
const SIFParam = 1e-3

// zipfNorm is the harmonic number of GloVe 6B's 400,000-word vocabulary:
// a word of rank r (0-based) has estimated probability 1/((r+1)·zipfNorm).
// GloVe gives no counts, so Zipf's law over its frequency order stands in.
var zipfNorm = math.Log(400000) + 0.5772

// Weight returns the SIF weight a/(a+p) of a word of the given rank, with
// p estimated from the rank by Zipf's law.
func Weight(rank int) float32 {
	p := 1 / (float64(rank+1) * zipfNorm)
	return float32(SIFParam / (SIFParam + p))
}

// Mean returns the SIF-weighted mean vector of the tokens (lower-case
// words) that the table holds (Arora et al. 2017, without removing the
// common component, which needs a corpus), and how many it held. With none
// it returns nil, 0. Tokens the table lacks (names, figures, punctuation)
// are skipped.
func Mean(tokens []string) (vec []float32, found int) {
	ids := make([]int32, len(tokens))
	for k, t := range tokens {
		ids[k] = int32(index(t))
	}
	return MeanIDs(ids)
}

// MeanIDs is Mean for words given by their IDs (from ID); IDs below 0
// are skipped.
func MeanIDs(ids []int32) (vec []float32, found int) {
	var sum float32
	for _, i := range ids {
		if i < 0 {
			continue
		}
		if vec == nil {
			vec = make([]float32, Dim)
		}
		r := record(int(i))
		w := Weight(int(u32(r)))
		addRecord(vec, r, w)
		sum += w
		found++
	}
	if found == 0 {
		return nil, 0
	}
	for k := range vec {
		vec[k] /= sum
	}
	return vec, found
}

// Cosine returns the cosine of the angle between a and b, or 0 when either
// is nil or zero.
func Cosine(a, b []float32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	var ab, aa, bb float64
	for k := range a {
		x, y := float64(a[k]), float64(b[k])
		ab += x * y
		aa += x * x
		bb += y * y
	}
	if aa == 0 || bb == 0 {
		return 0
	}
	return ab / math.Sqrt(aa*bb)
}

// SumIDs adds to sum the SIF-weighted vectors of the words given by their
// IDs (from ID), skipping IDs below 0, and returns how many it added. The
// sum points where MeanIDs's mean does (the mean divides it by the
// weights' total), for a cosine; it allocates nothing.
//
// It adds four words in one pass over the dimensions, each dimension's
// sum held in a register meanwhile: the same additions in the same order
// as one word at a time (so the same float32 sum, bit for bit: see
// TestSumIDsWordByWord), with a quarter of the loads and stores of sum.
func SumIDs(sum *[Dim]float32, ids []int32) (found int) {
	var ws [4]float32
	var qs [4]string
	n := 0
	for _, i := range ids {
		if i < 0 {
			continue
		}
		ws[n], qs[n] = weighted(int(i))
		n++
		found++
		if n < 4 {
			continue
		}
		n = 0
		w0, w1, w2, w3 := ws[0], ws[1], ws[2], ws[3]
		q0, q1, q2, q3 := qs[0][:Dim], qs[1][:Dim], qs[2][:Dim], qs[3][:Dim]
		for k := range sum {
			s := sum[k]
			s += w0 * float32(int8(q0[k]))
			s += w1 * float32(int8(q1[k]))
			s += w2 * float32(int8(q2[k]))
			s += w3 * float32(int8(q3[k]))
			sum[k] = s
		}
	}
	for j := range n {
		w, q := ws[j], qs[j][:Dim]
		for k := range sum {
			sum[k] += w * float32(int8(q[k]))
		}
	}
	return found
}

// weighted returns word i's SIF weight times its record's scale, and its
// quantised vector (Dim bytes).
func weighted(i int) (float32, string) {
	s := slotsStart() + 2*i
	r := recordsStart() + (int(table[s])|int(table[s+1])<<8)*recordLen
	return Weight(int(u32(r))) * math.Float32frombits(u32(r+4)), table[r+8 : r+8+Dim]
}
