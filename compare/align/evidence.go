package align

import "slices"

// Shared evidence.
//
// A link says two sentences report one fact, so they must share evidence
// of that fact: at least evidenceWords content words that are not common,
// a common word being one as frequent as the commonRank most frequent
// words of English news, or used as often by the comparison's own
// sentences (textsim.Corpus.TermRarity). Without this floor, two long
// articles on different stories linked sentences through one shared word
// ("police", "Clinton", "hurt") at a similarity the model's graded score
// cannot tell from a reworded report of one fact (0.13 to 0.51 on real
// sets), and so did leads and two-sentence splits.
//
// The floor binds every way a pair links: the model's verdict, mutual
// best matches (mutualContainment, mutualMass, leadMass), leads of one
// event (leadsLink), a pair scored on demand (links), and the halves of a
// split found by pairSplits. On the shared ECB+ topics (in-sample, other
// constants as before) it costs little recall (0.617 to 0.604 at 300;
// 0.608 at 150; 0.616 with one word) and lowers the trap rate (1.09% to
// 0.86%), while the groups formed among articles of different stories
// (ECB+ topics, BASIL events) fall from 21 to 6 in 190 article pairs.
const (
	evidenceWords = 2
	commonRank    = 300
)

// evidenced reports whether x and y (sentences or merges) may link: they
// share evidenceWords content words that are not common, and neither is
// a headline matched to the body of an article without one.
func (e *engine) evidenced(x, y int) bool {
	if x < len(e.art) && y < len(e.art) && (e.headlineToBody(x, y) || e.headlineToBody(y, x)) {
		return false
	}
	if e.evidenceWords <= 0 {
		return true
	}
	return e.corpus.SharedEvidence(e.reading(x), e.reading(y), commonRank).Words >= e.evidenceWords
}

// headlineToBody reports whether x is a headline and y a sentence of the
// body (not a lead: see isLead) of an article without a headline. A
// headline sums up the story, and its counterpart in another article is
// that article's headline or lede; in an article without one, a detailed
// sentence further down shares a headline's words because it tells one
// part of the story in full, and would leave the group of the outlets
// that tell that part (an article with a headline has that headline to
// match, and the ordinary rules keep its body out).
func (e *engine) headlineToBody(x, y int) bool {
	if !e.articles[e.art[x]].Sentences[e.sent[x]].Headline || e.isLead(int32(y)) {
		return false
	}
	if e.headed == nil {
		e.headed = make([]bool, len(e.articles))
		for ai, a := range e.articles {
			e.headed[ai] = slices.ContainsFunc(a.Sentences, func(s Sentence) bool { return s.Headline })
		}
	}
	return !e.headed[e.art[y]]
}
