package align

import (
	"slices"
	"strings"
	"unicode"
)

// Openings that tell a detail.
//
// The leads of one event link on weak evidence (events.go), and so does
// the paragraph after a lede (openingParagraphs): many outlets tell the
// event's main facts there. But such a paragraph often tells one detail in
// full ("More than 50 firefighters with 10 fire engines fought the blaze
// which virtually destroyed the store in Banstead, Surrey"), and another
// outlet tells the same detail in its body ("More than 50 firefighters
// tackled the blaze…"). Taken strongest pair first, the paragraph may
// join the ledes' group on the lead rule before the detail's group is
// offered to it, and the outlets that tell the detail then seem to be
// alone in telling it.
//
// So after the one-to-one pass, such a sentence leaves a group made only
// of leads for the group of its mutual best match in another article of
// its event, when the two link and share more uncommon words (evidence.go)
// than the sentence shares with any member of the leads' group, the
// match's group has no member of its article, and the leads' group keeps
// two members or more. A sentence goes with the one it shares the most
// specific evidence with, not with a lede that shares less.
func (e *engine) reassignOpenings() {
	if e.evidenceWords <= 0 || e.keepOpenings {
		return
	}
	for c := range e.clusters {
		for _, x := range slices.Clone(e.clusters[c]) {
			if len(e.clusters[c]) < 3 || !e.opensOnly(x) || !e.onlyLeads(e.clusters[c]) {
				continue
			}
			have := 0
			for _, y := range e.clusters[c] {
				if y != x {
					have = max(have, e.sharedEvidence(x, y))
				}
			}
			if z := e.detailMatch(x, c, have); z >= 0 {
				e.clusters[c] = slices.DeleteFunc(e.clusters[c], func(g int) bool { return g == x })
				delete(e.memberIn, clusterArticle{c, int(e.art[x])})
				e.add(e.of[z], x, false)
			}
		}
	}
}

// opensOnly reports whether g opens its article (isLead) only as a
// sentence of the paragraphs after the lede's: not a headline or a lede.
func (e *engine) opensOnly(g int) bool {
	return e.isLead(int32(g)) && !e.articles[e.art[g]].Sentences[e.sent[g]].Lead
}

// onlyLeads reports whether every member of G opens its article.
func (e *engine) onlyLeads(G []int) bool {
	return !slices.ContainsFunc(G, func(g int) bool { return !e.isLead(int32(g)) })
}

// sharedEvidence counts the uncommon words sentences x and y share.
func (e *engine) sharedEvidence(x, y int) int {
	return e.corpus.SharedEvidence(e.reading(x), e.reading(y), commonRank)
}

// detailMatch returns x's mutual best match in another article of its
// event, grouped outside cluster c in a group without a member of x's
// article, that links with x and shares more than have uncommon words with
// it; or -1.
func (e *engine) detailMatch(x, c, have int) int {
	for _, pi := range e.best[x] {
		z := int(e.other(pi, x))
		cz := e.of[z]
		if cz < 0 || cz == c || !e.link[pi] || !e.mutual(pi) || !e.sameEvent(int32(x), int32(z)) {
			continue
		}
		if _, taken := e.memberIn[clusterArticle{cz, int(e.art[x])}]; taken {
			continue
		}
		if e.sharedEvidence(x, z) > have {
			return z
		}
	}
	return -1
}

// Openings that go on from the lede.
//
// The paragraph after the lede opens its article for the rules of leads
// because many outlets tell the event's main facts there. But one that
// opens with a connective or a word pointing back ("But in a statement,
// … Mr. Clapper insisted", "Instead, he said it was a computer system",
// "That separates Mr. Reid from…", "Others appeared worried…", "It came
// after…") goes on from the lede: it answers, qualifies or follows the
// lede's fact and tells another one. It shares the event's words with the
// other outlets' openings all the same, and the weak evidence of the lead
// rule put it in their groups: a rebuttal with the claim it rebuts, a
// reaction with the news, a court's doubts with its expected ruling (on
// BASIL, 12 such sentences were in the 91 groups the rule made, 9 of them
// with the openings of another fact). Such a sentence links by the
// ordinary rules only: on ECB+, where the rule's groups are mostly right,
// it leaves 5 (recall 0.631 to 0.630, precision 0.866 to 0.868).
var goesOnWords = map[string]bool{
	"but": true, "yet": true, "still": true, "however": true, "instead": true,
	"although": true, "though": true, "even": true, "also": true, "and": true,
	"meanwhile": true, "it": true, "this": true, "that": true, "others": true,
}

// goesOn reports whether g is a sentence of the paragraphs after the
// lede's (opensOnly) whose first word is one of goesOnWords.
func (e *engine) goesOn(g int) bool {
	if e.keepGoesOn || !e.opensOnly(g) {
		return false
	}
	// Read once per sentence: leadsLink asks per pair, and firstWord
	// allocates.
	if e.goesOnWord == nil {
		e.goesOnWord = make([]int8, len(e.art))
	}
	if e.goesOnWord[g] == 0 {
		e.goesOnWord[g] = -1
		if goesOnWords[firstWord(e.articles[e.art[g]].Sentences[e.sent[g]].Text)] {
			e.goesOnWord[g] = 1
		}
	}
	return e.goesOnWord[g] > 0
}

// firstWord returns text's first run of letters, lower-cased: "it" for
// "“It's possible", "instead" for "Instead, he said".
func firstWord(text string) string {
	start := strings.IndexFunc(text, unicode.IsLetter)
	if start < 0 {
		return ""
	}
	end := strings.IndexFunc(text[start:], func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(text) - start
	}
	return strings.ToLower(text[start : start+end])
}
