package textsim

import (
	"math"
	"math/rand"
	"testing"
)

// Word vectors see what shared words cannot: "shares rose" and "stock
// gained" say the same thing.
func TestWordVectorCosine(t *testing.T) {
	c := NewCorpus()
	a := c.Add("Shares of the carmaker rose sharply on Tuesday.")
	b := c.Add("The carmaker's stock gained strongly on Tuesday.")
	u := c.Add("The carmaker's chairman resigned on Tuesday.")
	none := c.Add("Kolberg Norvanta 1998.")
	c.Freeze()
	ab, au := c.Features(a, b), c.Features(a, u)
	t.Logf("VecCosine: reworded %.3f, other fact %.3f", ab[FVecCosine], au[FVecCosine])
	if ab[FVecCosine] <= au[FVecCosine]+0.02 {
		t.Errorf("reworded pair VecCosine %.3f, other fact %.3f: want the reworded pair above", ab[FVecCosine], au[FVecCosine])
	}
	if f := c.Features(a, none); f[FVecCosine] != 0 {
		t.Errorf("no word with a vector: VecCosine %.3f; want 0", f[FVecCosine])
	}
	// The shipped model leaves Similarity to lexical evidence (see sharedOnly).
	for _, f := range sharedOnly {
		if Default.Similarity.W[f] != 0 || Default.Similarity.ByLength[f] != 0 {
			t.Errorf("Default.Similarity weighs %s", FeatureNames[f])
		}
	}
}

// A clause one side adds is a run of its words the other lacks; at the end
// of the sentence it is counted again.
func TestUnmatchedRunsAndAttribution(t *testing.T) {
	c := NewCorpus()
	a := c.Add("The council approved the budget on Monday.")
	b := c.Add("The council approved the budget on Monday after a stormy six-hour session ended.")
	q := c.Add(`"We approved the budget," the council said on Monday.`)
	c.Freeze()
	f := c.Features(a, b)
	want := math.Log1p(5) // stormy six hour session ended
	if f[FRunMax] != want || f[FRunEnd] != want || f[FRunMin] != 0 {
		t.Errorf("RunMax %.3f, RunEnd %.3f, RunMin %.3f; want %.3f, %.3f, 0", f[FRunMax], f[FRunEnd], f[FRunMin], want, want)
	}
	if f[FSpeechOneSide] != 0 || f[FQuoteOneSide] != 0 {
		t.Errorf("neither side quotes anyone: SpeechOneSide %v, QuoteOneSide %v", f[FSpeechOneSide], f[FQuoteOneSide])
	}
	if f := c.Features(a, q); f[FSpeechOneSide] != 1 || f[FQuoteOneSide] != 1 {
		t.Errorf("one side quotes the council: SpeechOneSide %v, QuoteOneSide %v; want 1, 1", f[FSpeechOneSide], f[FQuoteOneSide])
	}
}

// FWordEdit is the Levenshtein distance over words, as the textbook table
// computes it, on every pair of sample sentences.
func TestWordEditIsLevenshtein(t *testing.T) {
	c := sampleCorpus(t)
	compared := 0
	seq := func(s *sentence) []uint64 {
		out := make([]uint64, len(s.wseq))
		for i, k := range s.wseq {
			out[i] = s.keys[k]
		}
		return out
	}
	for i := range c.Len() {
		for j := range c.Len() {
			a, b := seq(&c.sents[i]), seq(&c.sents[j])
			if len(c.sents[i].keys) > maxSeq || len(c.sents[j].keys) > maxSeq || len(a)+len(b) == 0 {
				continue // word order is kept for the first maxSeq distinct words
			}
			want := float64(levenshtein(a, b)) / float64(max(len(a), len(b)))
			if got := c.Features(i, j)[FWordEdit]; math.Abs(got-want) > 1e-12 {
				t.Fatalf("sentences %d, %d: WordEdit %v, want %v", i, j, got, want)
			}
			compared++
		}
	}
	if compared < c.Len() {
		t.Fatalf("compared %d pairs of %d sentences", compared, c.Len())
	}
	t.Logf("%d pairs of %d sentences", compared, c.Len())
}

func levenshtein(a, b []uint64) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			d := prev[j-1]
			if a[i-1] != b[j-1] {
				d++
			}
			cur[j] = min(d, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// The same speaker saying something else is not the same fact, though
// the sentences open alike; before word order and clause runs were
// evidence, the paraphrase verdict called these shared.
func TestSameSpeakerOtherClaimIsNotShared(t *testing.T) {
	for _, p := range [][2]string{
		{"The coach's agent, Mark Ellery, said the club's offer was insulting.", "The coach's agent, Mark Ellery, said talks would resume next week."},
		{"The victim's sister, Anna Brook, said the verdict was a disgrace.", "The victim's sister, Anna Brook, said she would speak to reporters later."},
	} {
		if s := Default.Score(pairFeatures(p[0], p[1])); Default.IsShared(s) {
			t.Errorf("shared (%.3f, threshold %.3f): %q ~ %q", s.Shared, Default.SharedThreshold, p[0], p[1])
		}
	}
}

// vectorsAndClauses are the features this test file is about: without
// them the paraphrase verdict is what it was before they came.
var vectorsAndClauses = []int{FVecCosine, FRunMax, FRunMin, FRunShare, FRunEnd, FSpeechOneSide, FQuoteOneSide, FWordEdit}

// TestVectorsAndClausesHoldHeldOut fits the paraphrase verdict on one half
// of MSRP train and scores the other, with the word-vector and clause
// features and without: they must add accuracy on both fixed halves, and
// on most of 20 random half-splits scored both ways, not only in
// cross-validation over the whole (a learner with squared features gained
// in cross-validation and lost on a half).
func TestVectorsAndClausesHoldHeldOut(t *testing.T) {
	xs, ys := msrpData(t)
	plain := without(xs, vectorsAndClauses...)
	acc := func(x []Features, train, scored []int) float64 {
		return sharedOn(FitModel(pick(x, train), pick(ys, train), nil, nil), pick(x, scored), pick(ys, scored)).accuracy()
	}
	h := len(xs) / 2
	first, second := make([]int, h), make([]int, len(xs)-h)
	for i := range xs {
		if i < h {
			first[i] = i
		} else {
			second[i-h] = i
		}
	}
	for _, half := range []struct {
		name          string
		train, scored []int
	}{{"first half fit, second scored", first, second}, {"second half fit, first scored", second, first}} {
		with, wo := acc(xs, half.train, half.scored), acc(plain, half.train, half.scored)
		t.Logf("MSRP %s: accuracy %.4f with, %.4f without", half.name, with, wo)
		if with <= wo {
			t.Errorf("MSRP %s: accuracy %.4f with the features, %.4f without", half.name, with, wo)
		}
	}
	rng := rand.New(rand.NewSource(14))
	wins, splits := 0, 20
	var gain float64
	for range splits {
		perm := rng.Perm(len(xs))
		for _, d := range [][2][]int{{perm[:h], perm[h:]}, {perm[h:], perm[:h]}} {
			with, wo := acc(xs, d[0], d[1]), acc(plain, d[0], d[1])
			wins += b2i(with > wo)
			gain += (with - wo) / float64(2*splits)
		}
	}
	t.Logf("random half-splits: better held out in %d of %d, mean gain %+.4f", wins, 2*splits, gain)
	if wins < 3*splits/2 {
		t.Errorf("better held out in only %d of %d random half-splits; want at least %d", wins, 2*splits, 3*splits/2)
	}
}

func pick[T any](xs []T, idx []int) []T {
	out := make([]T, len(idx))
	for k, i := range idx {
		out[k] = xs[i]
	}
	return out
}
