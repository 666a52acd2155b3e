package framing

import "strings"

// Tuning chooses the sources of loaded words. Default is what storydiff
// ships; the BASIL evaluation (compare/framing_eval_test.go) fits it by
// cross-validation over events and checks the shipped values against the
// choice of every fold.
type Tuning struct {
	// News turns on storydiff's own news lexicon (newslex.go).
	News bool
	// The further sets of the news lexicon (newslex_more.go), each kept
	// only if it earns its place on BASIL: strong-subjective words; the
	// evaluative adjectives' adverbs, -ness nouns and degrees, and
	// compounds judged by a part ("much-maligned", "ultra-liberal",
	// "setback-filled");
	// factive and implicative verbs (revealed, failed to); more
	// dramatising idioms (seized on, pushed back).
	Subjective, Derived, Implicative, Figurative bool
	// VaderNegative and VaderPositive are the |mean rating| from which a
	// word of VADER's lexicon counts as loaded, for each sign; 0 leaves
	// that sign out. VADER's raters used 1 for "slightly"; its strongly
	// rated words are largely the topic of a story ("killed", "war",
	// "approved") rather than the writer's choice.
	VaderNegative, VaderPositive float64
	// VaderPositiveShape keeps only the positive VADER words shaped like
	// adjectives and adverbs (brilliant, proudly): judgements, where
	// positive nouns and verbs mostly name what happened ("approved",
	// "won", "support").
	VaderPositiveShape bool
	// NearVerbs, NearEvaluative and NearLabels are the cosine from which
	// a word GloVe's vectors put near a loaded verb, an evaluative word or
	// a label of the lexicon counts as one (neighbours.go); 0 leaves that
	// category's neighbours out.
	NearVerbs, NearEvaluative, NearLabels float64
	// ScareQuoteWords is the longest run of words in quotation marks, not
	// a quote of speech, taken as the writer's scare quotes; 0 for none.
	ScareQuoteWords int
}

// Default returns the shipped tuning.
func Default() Tuning {
	// Fit on BASIL: VADER's positive nouns and verbs ("approved",
	// "support", "win") are almost never the loading annotators mark; its
	// positive adjectives and adverbs, and its negative words from 1.5,
	// are often enough to keep.
	// All four further sets of the news lexicon earn their place; so do
	// the vectors' neighbours of the loaded verbs from cosine 0.55 and of
	// the evaluative words from 0.6, not those of the labels.
	return Tuning{News: true, Subjective: true, Derived: true, Implicative: true, Figurative: true,
		VaderNegative: 1.5, VaderPositive: 1.5, VaderPositiveShape: true, ScareQuoteWords: 3,
		NearVerbs: 0.55, NearEvaluative: 0.6}
}

// vader returns the threshold for a rating's sign.
func (t Tuning) vader(valence float64) float64 {
	if valence < 0 {
		return t.VaderNegative
	}
	return t.VaderPositive
}

// adjectiveEndings are the suffixes of English adjectives and adverbs.
var adjectiveEndings = []string{"ly", "ous", "ive", "ful", "less", "ic", "al", "able", "ible", "ant", "ent", "ish", "y"}

// shaped reports whether w looks like an adjective or adverb: "angry",
// "lucky", but not the nouns in -ty, -ry, -cy (safety, victory, democracy).
func shaped(w string) bool {
	if strings.HasSuffix(w, "ty") || strings.HasSuffix(w, "ry") || strings.HasSuffix(w, "cy") {
		return false
	}
	for _, e := range adjectiveEndings {
		if len(w) > len(e)+2 && w[len(w)-len(e):] == e {
			return true
		}
	}
	return false
}
