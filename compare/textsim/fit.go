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

// sharedOnly are the features the paraphrase verdict takes and Similarity
// does not: FRareMin (see without), and the word-vector and clause
// evidence, FVecCosine to FWordEdit. With all of these the paraphrase
// verdict reaches MSRP CV accuracy 0.7818, F1 0.8527 (0.7676, 0.8451
// without the vector and clause features), and gains held out on both
// halves of MSRP train and on 39 of 40 random half-splits
// (TestVectorsAndClausesHoldHeldOut). In Similarity they do not reach STS
// r 0.80 (issue 14, round 10: the vector cosine alone gives CV 0.7966,
// dev 0.7814; with the clause features 0.7963, 0.7882), and the vector
// cosine rates sentences on one topic stating different facts as related,
// which the grouping, fit on today's Similarity, then joins.
var sharedOnly = []int{FRareMin, FVecCosine, FRunMax, FRunMin, FRunShare, FRunEnd, FSpeechOneSide, FQuoteOneSide, FWordEdit}

// without returns xs with the features fs zeroed, which gives them no
// weight.
//
// Similarity is fit without FRareMin, for now. With it, STS news gains
// on every split (10-fold CV r 0.7888 to 0.8026, dev 0.7726 to 0.7955,
// each half of train fit on the other 0.7809 to 0.7946 and 0.6688 to
// 0.6969: TestRareMinInSimilarityHoldsOnBothHalves), but alignment loses
// recall on real coverage: localRarity tempers a story's repeated words in
// a comparison, never in the isolated STS pairs, so fewer same-event pairs
// reach RelatedThreshold. Measured at main 76b568b with the grouping refit
// on it (compare.TestFitGrouping, and a headline-aware mutual best match
// so that compare.TestRewordedLeadsGroupLookAlikesDoNot holds), ECB+ held
// out over topics gives precision 0.865, recall 0.561, traps 0.70%,
// against 0.871, 0.603, 1.09% without: below the recall of 0.60.
// Re-measured at main a2a0d2b (issue 14, round 14) by TestFitGrouping's
// nested protocol on 64 settings around the shipped one (mutualMass 0.30 or
// 0.33, eventLinks 1.25 to 2, eventLeadMass 0.05 or 0.10, leadCover 0.1 or
// 0.2, leadMajority 0.25 or 0.34; the same settings for every model): held
// out 0.859, 0.592, 0.32% (fit on all topics 0.859, 0.615, 0.34%); at the
// shipped grouping 0.862, 0.601, 0.40%; look-alike AUC 0.762. Main's
// Similarity on that grid: held out 0.842, 0.653, 0.76% (precision under
// 0.85 on fold 0's topics), fit on all 0.865, 0.645, 0.67%; as shipped
// 0.866, 0.643, 0.66%, AUC 0.769.
//
// A rarity that the comparison tempers less does not pay either (round 14).
// A feature weighing the words by background rarity alone, in a comparison
// as in the STS pairs (same STS figures, since there it equals FRareMin),
// raises the look-alike AUC to 0.7717 and gives ECB+ 0.856, 0.628, 0.58% at
// the shipped grouping, but groups two of the demo's lexical traps, which
// share a figure and the story's rare name ("60 percent … Brackwater
// County", "1.2 million containers … last year"), at every setting of the
// grid (held out recall 0.328, the strictest setting). Weighing each word
// by the mean of its background rarity and its FRareMin weight keeps the
// demo gold: AUC 0.7688, ECB+ at the shipped grouping 0.867, 0.626, 0.42%,
// held out on the grid 0.868, 0.627, 0.55% (fit on all topics, eventLinks
// 1.25: 0.868, 0.635, 0.62%), chosen in every fold when the fit may choose
// among the three weighings. It meets the targets held out, but at
// the shipped grouping it costs ECB+ recall 0.017, BASIL's
// divergent-framing F1 (0.386 cross-validated, 0.414 shipped, against 0.395
// and 0.432) and about 5% of the features' CPU, and changes the groups of
// 55 of the sweep's 74 outputs. Other shares of the tempering, at the
// shipped grouping: 0.25, 0.35 and 0.4 group the same demo traps; 0.6 and
// 0.75 keep the demo gold at recall 0.619 and 0.621, AUC 0.7679 and 0.7662.
// Read as a product change (every changed BASIL group read by hand), the
// half weighing is no gain: 21 groups wrong→right, 22 right→wrong (true
// pairs split where the shared words are the story's own names; crossed
// groups straightened), and with it TestFitToldDifferently's fit turns the
// "told differently?" hedge off. Not taken.
//
// Shared takes FRareMin.
//
// With FRareMin and FVecCosine both in Similarity (issue 14, round 11, at
// main c2cbd24: STS CV 0.8085, dev 0.8036, halves 0.7977 and 0.7077) the
// grouping was refit jointly (TestFitGrouping's protocol on 115 settings
// of its grid around the shipped one, the same subset for both models).
// No setting keeps the demo gold (at the shipped one, two lexical traps
// that share a figure and a rare name, "60 percent … Brackwater County"
// and "1.2 million containers … last year", group). Without that
// requirement the fit picks the shipped setting, and ECB+ held out over
// topics gives precision 0.869, recall 0.588, traps 0.97%, against 0.866,
// 0.622, 0.80% today; in sample recall is 0.592 (0.609 at mutualMass
// 0.25, traps 1.58%).
//
// Nor does a cut of the grouping's own (issue 14, round 12, at main
// c2b25ff): alignment admitted pairs at a separate Similarity cut (0.36 to
// 0.60, with mutualMass 0.28 to 0.36 and eventLinks 1.5 to 2), fit by
// TestFitGrouping's protocol. With FRareMin and FVecCosine (the SIF a of
// 1e-3: 3e-4 and 1e-4 gain STS CV 0.0005 and 0.0007 and lose dev) no
// setting keeps the demo gold, and without it ECB+ held out over topics
// reaches recall 0.576 to 0.581 (in sample at most 0.607, traps 0.72%);
// with FRareMin alone, 0.574 (in sample at most 0.606); main's model on
// the same grids 0.597 to 0.625. Recall above 0.607 in sample comes only
// with traps above 2%. The cause is in the ranking, not the cut: these
// features rank a look-alike event's pairs closer to the same event's
// (compare.TestSimilarityTellsLookAlikesApart: ECB+ AUC of positive
// against trap pairs 0.769 today, 0.753 with both, 0.762 with FRareMin,
// 0.760 with FVecCosine), while ranking STS better.
//
// Nor does a grouping score fit on ECB+ itself (issue 14, round 13, at
// main 4c443da): a logistic regression on every feature, ECB+ positive
// pairs against negative and trap pairs, each topic's sentences one
// corpus, its L2 chosen by an inner cross-validation. Held out over
// topics (5 folds) it ranks same-event pairs above look-alike ones better
// than Similarity (AUC 0.796 against 0.769, higher on every fold; against
// the event's other pairs 0.704 against 0.716), but hardly at the trap
// rates grouping works at: the cut that passes 2% of trap pairs passes
// 0.259 of positive ones, against 0.249. In alignment (a second linear
// model with a cut of its own, both fit per fold, the grouping constants
// chosen by TestFitGrouping's nested protocol without its junk check):
// ranking and admitting pairs on it, no setting keeps the demo gold, and
// held out recall is 0.593 (traps 1.03%); admitting on it and ranking on
// Similarity, 0.597 to 0.614 (traps 0.95% to 1.20%, two grids), no
// better than admitting no pair on the model's word at all (0.616,
// 0.78%); main's Similarity, on a grid of its own, 0.604 (0.91%). With
// the STS-winning Similarity ranking and the ECB+ score admitting, 0.604,
// and never the demo gold.
// So a second score would not earn its place on grouping, and would only
// let Similarity chase STS.
func without(xs []Features, fs ...int) []Features {
	out := make([]Features, len(xs))
	for i := range xs {
		out[i] = xs[i]
		for _, f := range fs {
			out[i][f] = 0
		}
	}
	return out
}
