package compare

import (
	"slices"
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

// lookAlikeMinAUC is the floor under TestSimilarityTellsLookAlikesApart:
// the shipped Similarity reaches 0.769 (main c2b25ff). The features that
// lift STS news past r 0.80 lower it: FRareMin and FVecCosine in
// Similarity give 0.753, FRareMin alone 0.762 (issue 14, round 12; see
// textsim's without), and the grouping then loses held-out ECB+ recall
// at any admission cut.
const lookAlikeMinAUC = 0.765

// TestSimilarityTellsLookAlikesApart measures how well the model's
// Similarity ranks the sentence pairs of one event above those of a
// look-alike event: the AUC of ECB+ positive pairs against trap pairs,
// each topic's articles scored as one corpus (as the trap run of
// TestECBAlignment reads them, so that the IDF and the local rarity are a
// comparison's). Pairs of a look-alike event share the story's topic
// words, which STS pairs rarely do, so a Similarity that fits STS better
// can still rank them worse; no cut on it then restores the grouping's
// recall at the same trap rate.
func TestSimilarityTellsLookAlikesApart(t *testing.T) {
	topics := loadECB(t)
	m := &textsim.Default
	var pos, neg, trap []float64
	for _, tp := range topics {
		c := textsim.NewCorpus()
		ids := make([][]int, len(tp.Articles))
		for ai, a := range tp.Articles {
			for _, s := range a.Sentences {
				ids[ai] = append(ids[ai], c.Add(s.Text))
			}
		}
		c.Freeze()
		score := func(p [4]int) float64 {
			return m.Score(c.Features(ids[p[0]][p[1]], ids[p[2]][p[3]])).Similarity
		}
		for _, p := range tp.Positive {
			pos = append(pos, score(p))
		}
		for _, p := range tp.Negative {
			neg = append(neg, score(p))
		}
		for _, p := range tp.Trap {
			trap = append(trap, score(p))
		}
	}
	lookAlike := rankAUC(pos, trap)
	t.Logf("ECB+ Similarity AUC: same event against look-alike event %.4f (%d/%d pairs), against other facts of the event %.4f (%d pairs)",
		lookAlike, len(pos), len(trap), rankAUC(pos, neg), len(neg))
	if lookAlike < lookAlikeMinAUC {
		t.Errorf("Similarity ranks same-event pairs above look-alike ones with AUC %.4f; want at least %.3f", lookAlike, lookAlikeMinAUC)
	}
}

// rankAUC returns the probability that a score of pos exceeds one of neg,
// ties counting half (the Mann-Whitney statistic).
func rankAUC(pos, neg []float64) float64 {
	if len(pos) == 0 || len(neg) == 0 {
		return 0
	}
	neg = slices.Sorted(slices.Values(neg))
	var s float64
	for _, p := range pos {
		lo, _ := slices.BinarySearch(neg, p)
		hi := lo
		for hi < len(neg) && neg[hi] == p {
			hi++
		}
		s += float64(lo) + 0.5*float64(hi-lo)
	}
	return s / float64(len(pos)) / float64(len(neg))
}
