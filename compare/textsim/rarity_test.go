package textsim

import (
	"fmt"
	"testing"
)

// pairIn returns the features of a and b in a corpus holding them and
// the other sentences.
func pairIn(a, b string, others ...string) Features {
	c := NewCorpus()
	i, j := c.Add(a), c.Add(b)
	for _, o := range others {
		c.Add(o)
	}
	c.Freeze()
	return c.Features(i, j)
}

// TestSynonymsCountInRareMin: a word the other sentence says with a
// WordNet synonym counts as matched; an unrelated word does not.
func TestSynonymsCountInRareMin(t *testing.T) {
	const a = "The company purchased the old shipyard near the harbour on Monday."
	syn := pairIn(a, "The company bought the old shipyard near the harbour on Monday.")
	other := pairIn(a, "The company painted the old shipyard near the harbour on Monday.")
	if syn[FContentMin] != other[FContentMin] || syn[FContentMin] >= 1 {
		t.Fatalf("exact matches differ: ContentMin %v and %v", syn[FContentMin], other[FContentMin])
	}
	if syn[FRareMin] < 1-1e-6 || other[FRareMin] >= syn[FRareMin] {
		t.Errorf("RareMin with a synonym %.3f, with an unrelated verb %.3f: want 1 and less", syn[FRareMin], other[FRareMin])
	}
	// Below synonymGate of shared words, synonyms are not looked for.
	far := pairIn("Shareholders purchased stock.", "Rivals bought land along the river yesterday.")
	if far[FRareMin] != 0 {
		t.Errorf("pair sharing no word: RareMin %.3f, want 0", far[FRareMin])
	}
}

// TestRareWordsWeighMore: sharing a rare word counts for more of a
// sentence than sharing a common one.
func TestRareWordsWeighMore(t *testing.T) {
	rare := pairIn("Divers found the shipwreck on Tuesday.", "The shipwreck was found by tourists near the coast.")
	common := pairIn("Divers found the people on Tuesday.", "The people were found by tourists near the coast.")
	if rare[FContentMin] != common[FContentMin] || rare[FRareMin] <= common[FRareMin] {
		t.Errorf("sharing \"shipwreck\": RareMin %.3f; sharing \"people\": %.3f (ContentMin %.3f and %.3f): want the first higher",
			rare[FRareMin], common[FRareMin], rare[FContentMin], common[FContentMin])
	}
}

// TestRepeatedNamesWeighLess: in a comparison large enough to tell, a name
// its articles repeat sentence after sentence weighs as a common word does,
// however rare it is in English.
func TestRepeatedNamesWeighLess(t *testing.T) {
	const a, b = "Kolberg toured the pier with reporters.", "Kolberg praised the county's workers."
	var others []string
	for i := range localMinDocs {
		others = append(others, fmt.Sprintf("Kolberg said the plan would take %d months.", i+2))
	}
	alone, repeated := pairIn(a, b), pairIn(a, b, others...)
	if repeated[FRareMin] >= alone[FRareMin] {
		t.Errorf("RareMin of two sentences sharing only \"Kolberg\": %.3f alone, %.3f among %d sentences naming him: want less",
			alone[FRareMin], repeated[FRareMin], len(others)+2)
	}
}
