package align

import "slices"

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
