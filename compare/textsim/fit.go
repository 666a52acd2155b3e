package textsim

import (
	"math"
	"slices"
)

// Regularisation strengths, on standardised features. Both are mild: with
// thousands of pairs and NumFeatures weights they only keep correlated
// features (the several overlap measures) from taking opposite extreme
// weights.
const (
	sharedL2 = 1.0
	simL2    = 1.0
)

// The containment rule of IsRelated: three quarters of the shorter side's
// content words, and at least four of them, so that "Alibaba shares rose"
// is not related to every sentence about Alibaba's shares. On STS news
// train, 95% of the pairs it admits have gold ≥ 2.5.
const (
	relatedContainment = 0.75
	relatedMinWords    = 4
)

// FitModel fits a Model; TestRefit calls it to make Default.
//
// sharedX/sharedY are pairs labelled paraphrase or not (MSRP). Shared is an
// L2-regularised logistic regression on them, and SharedThreshold half the
// best F1 on them.
//
// simX/simY are pairs with a graded similarity in [0,1] (STS gold / 5).
// Similarity is a ridge regression on them, clamped to [0,1], and
// RelatedThreshold the cut with the best balanced accuracy at separating
// simY ≥ 0.5 (gold 2.5) from below. Held out, the regression is already
// calibrated, so no link or monotone map on its output pays
// (TestSimilarityIsCalibrated).
//
// Without pairs of one kind, its part of the model says no to every pair.
func FitModel(sharedX []Features, sharedY []bool, simX []Features, simY []float64) Model {
	m := Model{SharedThreshold: 1, RelatedThreshold: 1}
	m.RelatedContainment, m.RelatedMinWords = relatedContainment, relatedMinWords
	if len(sharedX) > 0 {
		y := make([]float64, len(sharedY))
		for i, v := range sharedY {
			if v {
				y[i] = 1
			}
		}
		m.Shared = fitLogistic(sharedX, y, sharedL2)
		p := make([]float64, len(sharedX))
		for i := range sharedX {
			p[i] = sigmoid(m.Shared.Eval(&sharedX[i]))
		}
		// The F1-optimal cut of a calibrated classifier is half its best
		// F1 (Lipton, Elkan & Naryanaswamy 2014). Found this way the cut
		// is stable across folds, where a direct search on the flat F1
		// curve wanders; on MSRP it costs no accuracy against 0.5.
		best := bestThreshold(p, sharedY, confusion.f1)
		m.SharedThreshold = confusionAt(p, sharedY, best).f1() / 2
	}
	if len(simX) > 0 {
		m.Similarity = fitRidge(without(simX, sharedOnly...), simY, simL2)
		s := make([]float64, len(simX))
		related := make([]bool, len(simX))
		for i := range simX {
			s[i] = min(1, max(0, m.Similarity.Eval(&simX[i])))
			related[i] = simY[i] >= 0.5
		}
		m.RelatedThreshold = bestThreshold(s, related, confusion.balancedAccuracy)
	}
	return m
}

// expandedLen is the length of an expanded row: the bias, the features,
// and the features times FShortLen.
const expandedLen = 1 + 2*NumFeatures

// expand returns the row a Linear is linear in.
func expand(f *Features) []float64 {
	r := make([]float64, expandedLen)
	r[0] = 1
	for i, x := range f {
		r[1+i] = x
		r[1+NumFeatures+i] = x * f[FShortLen]
	}
	return r
}

// standardised returns the expanded rows scaled to zero mean and unit
// variance, so that one regularisation strength suits every column, and
// the function that maps coefficients on them back to a Linear.
func standardised(xs []Features) ([][]float64, func([]float64) Linear) {
	rows := make([][]float64, len(xs))
	mean := make([]float64, expandedLen)
	scale := make([]float64, expandedLen)
	n := float64(len(xs))
	for i := range xs {
		rows[i] = expand(&xs[i])
		for j, v := range rows[i] {
			mean[j] += v / n
		}
	}
	for _, r := range rows {
		for j, v := range r {
			scale[j] += (v - mean[j]) * (v - mean[j]) / n
		}
	}
	mean[0], scale[0] = 0, 1 // the bias column stays 1
	for j := 1; j < expandedLen; j++ {
		if sd := math.Sqrt(scale[j]); sd > 1e-12 {
			scale[j] = 1 / sd
		} else {
			scale[j] = 0 // a constant column gets no weight
		}
	}
	for _, r := range rows {
		for j := range r {
			r[j] = (r[j] - mean[j]) * scale[j]
		}
		r[0] = 1
	}
	back := func(beta []float64) Linear {
		var l Linear
		l.Bias = beta[0]
		for j := 1; j < expandedLen; j++ {
			w := beta[j] * scale[j]
			l.Bias -= w * mean[j]
			if j <= NumFeatures {
				l.W[j-1] = w
			} else {
				l.ByLength[j-1-NumFeatures] = w
			}
		}
		return l
	}
	return rows, back
}

// fitLogistic fits an L2-regularised logistic regression to targets in
// [0,1] by Newton's method.
func fitLogistic(xs []Features, ys []float64, l2 float64) Linear {
	rows, back := standardised(xs)
	d := expandedLen
	beta := make([]float64, d)
	for iter := 0; iter < 50; iter++ {
		h := newMatrix(d)
		g := make([]float64, d)
		for i, r := range rows {
			p := sigmoid(dot(beta, r))
			for a := range d {
				g[a] += (p - ys[i]) * r[a]
				for b := a; b < d; b++ {
					h[a][b] += p * (1 - p) * r[a] * r[b]
				}
			}
		}
		for a := range d {
			for b := 0; b < a; b++ {
				h[a][b] = h[b][a]
			}
		}
		for a := 1; a < d; a++ { // the bias is not penalised
			g[a] += l2 * beta[a]
			h[a][a] += l2
		}
		h[0][0] += 1e-9
		step := solve(h, g)
		var change float64
		for a := range beta {
			beta[a] -= step[a]
			change = max(change, math.Abs(step[a]))
		}
		if change < 1e-10 {
			break
		}
	}
	return back(beta)
}

// fitRidge fits a ridge regression in closed form.
func fitRidge(xs []Features, ys []float64, l2 float64) Linear {
	rows, back := standardised(xs)
	d := expandedLen
	a := newMatrix(d)
	b := make([]float64, d)
	for i, r := range rows {
		for p := range d {
			b[p] += r[p] * ys[i]
			for q := p; q < d; q++ {
				a[p][q] += r[p] * r[q]
			}
		}
	}
	for p := range d {
		for q := 0; q < p; q++ {
			a[p][q] = a[q][p]
		}
	}
	for p := 1; p < d; p++ {
		a[p][p] += l2
	}
	a[0][0] += 1e-9
	return back(solve(a, b))
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func newMatrix(d int) [][]float64 {
	m := make([][]float64, d)
	for i := range m {
		m[i] = make([]float64, d)
	}
	return m
}

// solve returns x with a·x = b by Gaussian elimination with partial
// pivoting; a is symmetric positive definite here, so it never fails.
// It overwrites a and b.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	for col := range n {
		p := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[p][col]) {
				p = r
			}
		}
		a[col], a[p] = a[p], a[col]
		b[col], b[p] = b[p], b[col]
		for r := col + 1; r < n; r++ {
			k := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= k * a[col][c]
			}
			b[r] -= k * b[col]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for c := r + 1; c < n; c++ {
			s -= a[r][c] * x[c]
		}
		x[r] = s / a[r][r]
	}
	return x
}

// confusion counts a binary classifier's outcomes.
type confusion struct{ tp, fp, tn, fn int }

// add counts one verdict against its gold answer.
func (c *confusion) add(pred, gold bool) {
	switch {
	case pred && gold:
		c.tp++
	case pred:
		c.fp++
	case gold:
		c.fn++
	default:
		c.tn++
	}
}

func (c confusion) accuracy() float64 {
	return float64(c.tp+c.tn) / float64(max(1, c.tp+c.fp+c.tn+c.fn))
}

// balancedAccuracy is the mean of the true positive and true negative
// rates: unlike accuracy it does not depend on how common positives are,
// and they are rarer among an engine's candidate pairs than in STS.
func (c confusion) balancedAccuracy() float64 {
	return (float64(c.tp)/float64(max(1, c.tp+c.fn)) + float64(c.tn)/float64(max(1, c.tn+c.fp))) / 2
}

func (c confusion) f1() float64 {
	return 2 * float64(c.tp) / float64(max(1, 2*c.tp+c.fp+c.fn))
}

func confusionAt(scores []float64, ys []bool, t float64) confusion {
	var c confusion
	for i, s := range scores {
		c.add(s >= t, ys[i])
	}
	return c
}

// bestThreshold returns the cut on scores that maximises objective, half
// way between the two scores that bound it.
func bestThreshold(scores []float64, ys []bool, objective func(confusion) float64) float64 {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmpFloat(scores[a], scores[b]) })
	// Start with every pair predicted positive and move the cut up one
	// distinct score at a time.
	var c confusion
	for _, y := range ys {
		if y {
			c.tp++
		} else {
			c.fp++
		}
	}
	best, bestT := objective(c), math.Inf(-1)
	for k := 0; k < len(idx); {
		s := scores[idx[k]]
		for ; k < len(idx) && scores[idx[k]] == s; k++ {
			if ys[idx[k]] {
				c.tp--
				c.fn++
			} else {
				c.fp--
				c.tn++
			}
		}
		if v := objective(c); v > best {
			best = v
			if k < len(idx) {
				bestT = (s + scores[idx[k]]) / 2
			} else {
				bestT = s + 1e-9
			}
		}
	}
	if math.IsInf(bestT, -1) && len(idx) > 0 {
		bestT = scores[idx[0]]
	}
	return bestT
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
