package textsim

import "math"

// Model turns Features into a Score. Shared is a logistic classifier fit on
// the MSR Paraphrase Corpus; Similarity is a regression fit on STS
// Benchmark gold scores divided by 5. Default holds the shipped constants.
type Model struct {
	Shared          Linear  // log-odds that the pair is a paraphrase
	SharedThreshold float64 // IsShared: Score.Shared at or above it

	Similarity Linear // graded similarity, clamped to [0,1]
	// RelatedThreshold is the Similarity at or above which a pair is
	// related: the cut with the best balanced accuracy at separating STS
	// pairs with gold ≥ 2.5 (3 is "roughly equivalent, but some important
	// information differs or is missing") from those below. Balanced, so
	// that the cut does not lean on how common such pairs are in STS.
	RelatedThreshold float64
	// A pair whose shorter sentence has at least RelatedMinWords content
	// words, at least RelatedContainment of them found in the longer one, is
	// related whatever its Similarity: the shorter reports part of what the
	// longer does. Score lifts its Similarity to RelatedThreshold, so the
	// verdict survives in the two numbers of a Score.
	RelatedContainment float64
	RelatedMinWords    float64
}

// Linear is a linear function of Features whose weights vary with the
// length of the shorter sentence, since the same evidence means more in a
// short sentence (one unmatched word in a six-word headline is another
// fact; in a forty-word sentence, a detail):
//
//	z = Bias + Σ (W[i] + ByLength[i]·f[FShortLen]) · f[i]
type Linear struct {
	Bias     float64
	W        [NumFeatures]float64
	ByLength [NumFeatures]float64
}

// Eval returns z for f.
func (l *Linear) Eval(f *Features) float64 {
	z, length := l.Bias, f[FShortLen]
	for i, x := range f {
		z += (l.W[i] + l.ByLength[i]*length) * x
	}
	return z
}

// Score is a model's verdict on a sentence pair.
type Score struct {
	Similarity float64 // graded similarity in [0,1]: about STS gold / 5
	Shared     float64 // probability that the two report the same facts (paraphrase)
}

// Score scores a pair's features.
func (m *Model) Score(f Features) Score {
	sim := min(1, max(0, m.Similarity.Eval(&f)))
	if m.contained(&f) {
		sim = max(sim, m.RelatedThreshold)
	}
	return Score{Similarity: sim, Shared: sigmoid(m.Shared.Eval(&f))}
}

func (m *Model) contained(f *Features) bool {
	return m.RelatedContainment > 0 && f[FContainment] >= m.RelatedContainment &&
		math.Expm1(f[FShortLen]) >= m.RelatedMinWords-1e-9
}

// IsShared reports whether the pair reports the same facts.
func (m *Model) IsShared(s Score) bool { return s.Shared >= m.SharedThreshold }

// IsRelated reports whether the pair overlaps in content, though one side
// may add or omit a fact. Shared pairs are related.
func (m *Model) IsRelated(s Score) bool {
	return m.IsShared(s) || s.Similarity >= m.RelatedThreshold
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
