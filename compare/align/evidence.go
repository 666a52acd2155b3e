package align

import (
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare/textsim"
)

// Shared evidence.
//
// A link says two sentences report one fact, so they must share evidence
// of that fact in words: at least evidenceWords content words that are
// not among the commonRank most frequent words of English news
// (textsim.Corpus.SharedEvidence), or, between two headlines or ledes,
// leadEvidenceWords (a lead sums up the story in few words, and one name
// or event word in common is evidence there: "A Waitrose supermarket in
// Surrey has been destroyed in a fire" / "A Waitrose store was reduced to
// ruins after a blaze"). Without this floor, articles of different stories
// linked sentences through one shared word ("police", "hurt", "one") at a
// similarity the model's graded score cannot tell from a reworded report
// of one fact (0.13 to 0.51 on real sets): mutual best matches that a short
// sentence's one or two words contain, splits whose halves cover a short
// sentence, leads of articles made one event by such links.
//
// The floor binds every way a pair links: the model's verdict, mutual
// best matches (mutualContainment, mutualMass, leadMass), leads of one
// event (leadsLink), a pair scored on demand (links), and a split found
// by pairSplits.
//
// Nor do two sentences of the body that name other days of the week
// (days.go).
//
// Nor, unless the model calls them related, do two sentences that quote
// two different people by name (quotesApart, speakers.go): one person's
// words and another's share the words of the matter they speak of ("The
// crew simply ignored the harbour master," the prosecutor said / "Nobody
// from the harbour master's office ever spoke to the crew," said the
// operator's lawyer), and the weaker rules for mutual best matches and
// leads would link them; each is that person's fact. The model's own
// verdict stands: bound too, the rule changed 52 groups over the BASIL
// and ECB+ sweep rather than 8, among them a quotation the ledger gives
// to the newspaper that first printed it, split from its speaker's.
//
// And a headline links only with headlines, ledes and the body of an
// article that has a headline (headlineToBody); nor does such a body
// sentence join a headline's group as part of its article's member
// (headlineTakes).
const (
	evidenceWords     = 2
	leadEvidenceWords = 1
	commonRank        = 300
)

// evidenced reports whether x and y (sentences or merges) may link: they
// share evidenceWords content words that are not common, and neither is
// a headline matched to the body of an article without one.
func (e *engine) evidenced(x, y int) bool {
	if e.evidenceWords <= 0 {
		return true // Options.EvidenceWords -1: the engine before these rules
	}
	if x < len(e.art) && y < len(e.art) && (e.headlineToBody(x, y) || e.headlineToBody(y, x) || e.otherDays(x, y)) {
		return false
	}
	if e.quotesApart(x, y) && !e.model.IsRelated(e.score(x, y)) {
		return false
	}
	need := e.evidenceWords
	if e.isLeadSentence(x) && e.isLeadSentence(y) {
		need = min(need, e.leadEvidence)
	}
	return e.corpus.SharedEvidence(e.reading(x), e.reading(y), commonRank) >= need || e.sameWords(x, y)
}

// sameWords reports whether x and y are sentences (not merges) of the same
// words in the same order, two content words or more, typography and case
// aside: "Mayor
// under fire" and "Mayor Under Fire" report one thing whatever their
// words' rarity. Identical short headlines are common in a wire pickup,
// and their common words fell below the floor, leaving each "only in one
// article".
func (e *engine) sameWords(x, y int) bool {
	if x >= len(e.art) || y >= len(e.art) {
		return false
	}
	a, b := e.articles[e.art[x]].Sentences[e.sent[x]].Text, e.articles[e.art[y]].Sentences[e.sent[y]].Text
	if d := len(a) - len(b); d > 8 || d < -8 { // typography changes a few bytes
		return false
	}
	if terms, _ := e.corpus.Terms(x); len(terms) < 2 {
		return false // "He said." twice is no evidence of one fact
	}
	if t := strings.TrimRight(strings.TrimSpace(a), `"'”’)] `); strings.HasSuffix(t, ":") || strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") {
		return false // an introducer ("Caddell continued:") or a cut-off fragment tells no fact
	}
	return slices.Equal(textsim.Tokens(typography.Replace(a)), textsim.Tokens(typography.Replace(b)))
}

// typography puts apostrophes in one glyph, so that "Obama’s" and
// "Obama's" are one word to Tokens.
var typography = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'")

// isLeadSentence reports whether g is a sentence (not a merge) that is a
// headline or a lede.
func (e *engine) isLeadSentence(g int) bool {
	return g < len(e.art) && e.articles[e.art[g]].Sentences[e.sent[g]].Lead
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
	if !e.articles[e.art[x]].Sentences[e.sent[x]].Headline || e.articles[e.art[y]].Sentences[e.sent[y]].Lead {
		return false
	}
	return !e.headed[e.art[y]]
}

// headlineTakes reports whether one of members is a headline that
// sentence u may not join (headlineToBody), as a member or as part of one.
func (e *engine) headlineTakes(members []int, u int) bool {
	if e.evidenceWords <= 0 {
		return false
	}
	for _, g := range members {
		if e.headlineToBody(g, u) {
			return true
		}
	}
	return false
}
