package textsim

import (
	"bufio"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// evalDir is the shared evaluation data, beside the repository in CI.
var evalDir = filepath.Join("..", "..", "..", "shared", "eval")

type labelledPair struct {
	a, b string
	y    bool
}

type gradedPair struct {
	a, b  string
	score float64 // gold / 5
}

// readTSV returns the rows of a tab-separated file after its header. The
// sentences hold quotes, so it splits on tabs rather than parsing CSV.
func readTSV(t testing.TB, rel string, cols int) [][]string {
	t.Helper()
	path := filepath.Join(evalDir, rel)
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		t.Skipf("evaluation data absent (%s): clone shared/ beside the repository to run this test", path)
	}
	if err != nil {
		t.Fatalf("opening %s: %v", path, err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for first := true; sc.Scan(); first = false {
		if first {
			continue
		}
		row := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(row) != cols {
			t.Fatalf("%s: %d columns, want %d: %q", path, len(row), cols, sc.Text())
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	return rows
}

func loadMSRP(t testing.TB) []labelledPair {
	var ps []labelledPair
	for _, r := range readTSV(t, "msrp/msr_paraphrase_train.txt", 5) {
		ps = append(ps, labelledPair{a: r[3], b: r[4], y: r[0] == "1"})
	}
	return ps
}

func loadSTS(t testing.TB, file string) []gradedPair {
	var ps []gradedPair
	for _, r := range readTSV(t, "sts/"+file, 7) {
		s, err := strconv.ParseFloat(r[4], 64)
		if err != nil {
			t.Fatalf("%s: score %q: %v", file, r[4], err)
		}
		ps = append(ps, gradedPair{a: r[5], b: r[6], score: s / 5})
	}
	return ps
}

// pairFeatures scores a pair as the engine would see two one-sentence
// articles: a fresh corpus of just the two.
func pairFeatures(a, b string) Features {
	c := NewCorpus()
	i, j := c.Add(a), c.Add(b)
	c.Freeze()
	return c.Features(i, j)
}

func msrpData(t testing.TB) ([]Features, []bool) {
	ps := loadMSRP(t)
	xs, ys := make([]Features, len(ps)), make([]bool, len(ps))
	for i, p := range ps {
		xs[i], ys[i] = pairFeatures(p.a, p.b), p.y
	}
	return xs, ys
}

func stsData(t testing.TB, file string) ([]Features, []float64) {
	ps := loadSTS(t, file)
	xs, ys := make([]Features, len(ps)), make([]float64, len(ps))
	for i, p := range ps {
		xs[i], ys[i] = pairFeatures(p.a, p.b), p.score
	}
	return xs, ys
}

// folds is the number of cross-validation folds; pair i is held out in
// fold i mod folds.
const folds = 10

func split[X, Y any](xs []X, ys []Y, k int) (trX []X, trY []Y, teX []X, teY []Y) {
	for i := range xs {
		if i%folds == k {
			teX, teY = append(teX, xs[i]), append(teY, ys[i])
		} else {
			trX, trY = append(trX, xs[i]), append(trY, ys[i])
		}
	}
	return trX, trY, teX, teY
}

// sharedCV returns the mean over held-out folds of the accuracy and F1 of
// IsShared, each fold's model fit by FitModel on the other folds.
func sharedCV(xs []Features, ys []bool) (acc, f1 float64) {
	for k := range folds {
		trX, trY, teX, teY := split(xs, ys, k)
		c := sharedOn(FitModel(trX, trY, nil, nil), teX, teY)
		acc += c.accuracy() / folds
		f1 += c.f1() / folds
	}
	return acc, f1
}

// sharedOn tallies m's IsShared verdicts on xs against gold ys.
func sharedOn(m Model, xs []Features, ys []bool) confusion {
	var c confusion
	for i := range xs {
		c.add(m.IsShared(m.Score(xs[i])), ys[i])
	}
	return c
}

// similarityCV returns the Pearson r between held-out Similarity and gold,
// pooled over the folds.
func similarityCV(xs []Features, ys []float64) float64 {
	r, _ := similarityRelatedCV(xs, ys)
	return r
}

// similarityRelatedCV also counts how held-out IsRelated verdicts agree
// with gold ≥ 2.5.
func similarityRelatedCV(xs []Features, ys []float64) (float64, confusion) {
	pred, gold, c := heldOutSimilarity(xs, ys)
	return pearson(pred, gold), c
}

// heldOutSimilarity returns each pair's Similarity from the model fit on
// the other folds, the gold in the same order, and the IsRelated tally.
func heldOutSimilarity(xs []Features, ys []float64) (pred, gold []float64, c confusion) {
	for k := range folds {
		trX, trY, teX, teY := split(xs, ys, k)
		m := FitModel(nil, nil, trX, trY)
		for i := range teX {
			s := m.Score(teX[i])
			pred = append(pred, s.Similarity)
			gold = append(gold, teY[i])
			c.add(m.IsRelated(s), teY[i] >= 0.5)
		}
	}
	return pred, gold, c
}

// similarityOn returns the Pearson r between m's Similarity and gold.
func similarityOn(m *Model, xs []Features, ys []float64) float64 {
	pred := make([]float64, len(xs))
	for i := range xs {
		pred[i] = m.Score(xs[i]).Similarity
	}
	return pearson(pred, ys)
}

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i] / n
		my += y[i] / n
	}
	var sxy, sxx, syy float64
	for i := range x {
		sxy += (x[i] - mx) * (y[i] - my)
		sxx += (x[i] - mx) * (x[i] - mx)
		syy += (y[i] - my) * (y[i] - my)
	}
	return sxy / math.Sqrt(sxx*syy)
}

// Floors under the cross-validated figures. Word-overlap baselines reach
// 0.73/0.815 on MSRP; always "paraphrase" gives F1 0.816 at accuracy 0.69.
// The MSRP floors are issue 14's targets (0.775, 0.845), which the
// paraphrase verdict reached with word vectors and clause evidence
// (0.7818 / 0.8527; without them 0.7676 / 0.8451, so losing them fails
// the test).
const (
	targetAccuracy = 0.775
	targetF1       = 0.85
	targetPearson  = 0.78
)

func TestMSRPCrossValidation(t *testing.T) {
	xs, ys := msrpData(t)
	acc, f1 := sharedCV(xs, ys)
	t.Logf("MSRP %d pairs, %d-fold CV: accuracy %.4f, F1 %.4f", len(xs), folds, acc, f1)
	if acc < targetAccuracy || f1 < targetF1 {
		t.Errorf("MSRP CV accuracy %.4f, F1 %.4f; want at least %.3f and %.3f", acc, f1, targetAccuracy, targetF1)
	}
}

// TestRareMinHoldsOnBothHalves fits the paraphrase verdict on one half of
// MSRP train and scores it on the other, both ways, with FRareMin and
// without: the feature must add accuracy on both held-out halves, not only
// in cross-validation over the whole (a learner with squared features
// gained in cross-validation and lost on one half).
func TestRareMinHoldsOnBothHalves(t *testing.T) {
	xs, ys := msrpData(t)
	accuracy := func(trX []Features, trY []bool, teX []Features, teY []bool) float64 {
		return sharedOn(FitModel(trX, trY, nil, nil), teX, teY).accuracy()
	}
	rareMinOnHalves(t, "MSRP", "FRareMin adds nothing held out (accuracy", xs, ys, accuracy)
}

// rareMinOnHalves fits on each half of xs and scores the other, with and
// without FRareMin, and fails unless the score is higher with it on both.
func rareMinOnHalves[Y any](t *testing.T, set, fails string, xs []Features, ys []Y, score func(trX []Features, trY []Y, teX []Features, teY []Y) float64) {
	t.Helper()
	h := len(xs) / 2
	plain := without(xs, FRareMin)
	for _, half := range []struct {
		name          string
		train, scored [2]int
	}{{"first half fit, second scored", [2]int{0, h}, [2]int{h, len(xs)}}, {"second half fit, first scored", [2]int{h, len(xs)}, [2]int{0, h}}} {
		tr, te := half.train, half.scored
		with := score(xs[tr[0]:tr[1]], ys[tr[0]:tr[1]], xs[te[0]:te[1]], ys[te[0]:te[1]])
		wo := score(plain[tr[0]:tr[1]], ys[tr[0]:tr[1]], plain[te[0]:te[1]], ys[te[0]:te[1]])
		t.Logf("%s %s: %.4f with FRareMin, %.4f without", set, half.name, with, wo)
		if with <= wo {
			t.Errorf("%s %s: %s %.4f with, %.4f without)", set, half.name, fails, with, wo)
		}
	}
}

func TestSTSCrossValidation(t *testing.T) {
	xs, ys := stsData(t, "stsb-news-train.tsv")
	dx, dy := stsData(t, "stsb-news-dev.tsv")
	r, rel := similarityRelatedCV(xs, ys)
	m := FitModel(nil, nil, xs, ys)
	dev := similarityOn(&m, dx, dy)
	t.Logf("STS news train %d pairs, %d-fold CV: Pearson r %.4f; dev (%d pairs, fit on train): r %.4f", len(xs), folds, r, len(dx), dev)
	t.Logf("IsRelated against gold ≥ 2.5, held out: precision %.3f, recall %.3f, balanced accuracy %.3f",
		float64(rel.tp)/float64(max(1, rel.tp+rel.fp)), float64(rel.tp)/float64(max(1, rel.tp+rel.fn)), rel.balancedAccuracy())
	contained, relatedGold := 0, 0
	for i := range xs {
		if m.contained(&xs[i]) {
			contained++
			relatedGold += b2i(ys[i] >= 0.5)
		}
	}
	t.Logf("containment rule: %d pairs, %.1f%% with gold ≥ 2.5", contained, 100*float64(relatedGold)/float64(max(1, contained)))
	if r < targetPearson {
		t.Errorf("STS CV Pearson r %.4f; want at least %.2f", r, targetPearson)
	}
}

// TestRareMinInSimilarityHoldsOnBothHalves fits Similarity's regression on
// one half of STS news train and scores it on the other, both ways, with
// FRareMin and without: the feature raises Pearson r on both held-out
// halves, not only in cross-validation over the whole. FitModel leaves it
// out of Similarity for alignment's sake (see without); this keeps the
// evidence for putting it back honest.
func TestRareMinInSimilarityHoldsOnBothHalves(t *testing.T) {
	xs, ys := stsData(t, "stsb-news-train.tsv")
	// r refits the regression on every feature given, FRareMin included
	// unless zeroed; the model's cut stays FitModel's.
	r := func(trX []Features, trY []float64, teX []Features, teY []float64) float64 {
		m := FitModel(nil, nil, trX, trY)
		m.Similarity = fitRidge(trX, trY, simL2)
		return similarityOn(&m, teX, teY)
	}
	rareMinOnHalves(t, "STS news", "FRareMin in Similarity adds nothing held out (r", xs, ys, r)
}

// TestSimilarityIsCalibrated checks that Similarity means what the report
// says it does, about STS gold / 5: held out, the pairs in each tenth of
// the score's range of ranks have a mean gold within 0.05 (a quarter of a
// point on the 0-5 scale) of their mean score.
//
// Being calibrated, Similarity's Pearson r is limited by its ranking, not
// its scale: on STS news train no non-decreasing map of the held-out score
// does better than the isotonic regression fit on the held-out gold
// itself, which the test logs (0.7978 against r 0.7888 at main 358f162).
// Fitted calibrations (a sigmoid link, monotone piecewise-linear maps,
// isotonic regression, ridge on monotone transforms of the linear score)
// gained at most 0.001 in cross-validation, and each that gained lost
// 0.004 or more on dev (issue 14, round 9), so Similarity stays linear.
func TestSimilarityIsCalibrated(t *testing.T) {
	xs, ys := stsData(t, "stsb-news-train.tsv")
	pred, gold, _ := heldOutSimilarity(xs, ys)
	order := make([]int, len(pred))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmpFloat(pred[a], pred[b]) })
	const bins = 10
	for b := range bins {
		lo, hi := len(order)*b/bins, len(order)*(b+1)/bins
		var s, g float64
		for _, i := range order[lo:hi] {
			s += pred[i]
			g += gold[i]
		}
		n := float64(hi - lo)
		t.Logf("score %.3f..%.3f: mean score %.3f, mean gold/5 %.3f", pred[order[lo]], pred[order[hi-1]], s/n, g/n)
		if math.Abs(s/n-g/n) > 0.05 {
			t.Errorf("held-out pairs scored %.3f..%.3f: mean Similarity %.3f, mean gold/5 %.3f; want within 0.05", pred[order[lo]], pred[order[hi-1]], s/n, g/n)
		}
	}
	t.Logf("Pearson r %.4f; best any non-decreasing map of the score could reach (isotonic fit on the gold): %.4f",
		pearson(pred, gold), pearson(isotonic(pred, gold, order), gold))
}

// isotonic returns the least-squares non-decreasing fit of y on x, given
// the indices in order of x (pool adjacent violators). Its Pearson r with
// y is the highest that any non-decreasing function of x reaches.
func isotonic(x, y []float64, order []int) []float64 {
	type block struct {
		sum      float64
		from, to int // positions in order
	}
	var st []block
	for p, i := range order {
		st = append(st, block{y[i], p, p + 1})
		for len(st) > 1 {
			a, b := st[len(st)-2], st[len(st)-1]
			if a.sum/float64(a.to-a.from) < b.sum/float64(b.to-b.from) && x[order[a.to-1]] != x[order[b.from]] {
				break
			}
			st = append(st[:len(st)-2], block{a.sum + b.sum, a.from, b.to})
		}
	}
	fit := make([]float64, len(y))
	for _, b := range st {
		for _, i := range order[b.from:b.to] {
			fit[i] = b.sum / float64(b.to-b.from)
		}
	}
	return fit
}
