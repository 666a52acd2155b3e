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
	// An opening whose pairs with leads yielded (yieldLeads), and which was
	// left alone, has the same chance, measured against those leads: the
	// detail above, kept from the ledes' group by its better partner, still
	// reaches that partner's group.
	have := map[int]int{}
	for _, i := range e.yielded {
		p := e.pairs[i]
		for _, x := range [2]int{int(p.a), int(p.b)} {
			if e.of[x] < 0 && e.opensOnly(x) {
				have[x] = max(have[x], e.sharedEvidence(int(p.a), int(p.b)))
			}
		}
	}
	for _, i := range e.yielded { // in the pairs' order, so the result never depends on the map's
		p := e.pairs[i]
		for _, x := range [2]int{int(p.a), int(p.b)} {
			if h, ok := have[x]; ok && e.of[x] < 0 {
				if z := e.detailMatch(x, -1, h); z >= 0 {
					e.add(e.of[z], x, false)
				}
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

// An opening that reads closer to another sentence.
//
// The rule for leads links the paragraph after a lede with the other
// articles' headlines, ledes and such paragraphs on weak evidence (words
// in common), strongest pair first. Where two such paragraphs would
// link, and either has a better partner in the other's article (a more
// similar sentence it links with, or whose mutual best match it is), the
// weak pair is most often two parts of the story, not one fact: "The
// resolution initially said the NAACP would 'repudiate the racism of the
// Tea Parties' …" and "Tea party organizers disputed claims of racism and
// called on the NAACP to withdraw the resolution", each closer to the
// other outlet's headline. So such a pair starts no group: it is passed
// over when the groups are made. It still links, so it still counts
// where two groups of leads of one event are asked whether they are one
// (leadsMerge): on ECB+, whose gold groups every sentence that mentions
// the event, refusing the link itself lost 0.03 of recall, while passing
// the pair over lost none.

// yieldLeads lists in e.yielded the pairs of byRule (ascending: pairs
// linked by the rule for leads alone, the model not relating them nor
// their being mutual best matches that share enough) that join two
// sentences of paragraphs after a lede and have a better partner at
// either end (betterPartner).
func (e *engine) yieldLeads(byRule []int32) {
	e.yielded = nil
	if e.keepLeads {
		return
	}
	for _, i := range byRule {
		p := e.pairs[i]
		if !e.opensOnly(int(p.a)) || !e.opensOnly(int(p.b)) {
			continue
		}
		if e.betterPartner(i, p.a) || e.betterPartner(i, p.b) {
			e.yielded = append(e.yielded, i)
		}
	}
}

// betterPartner reports whether sentence g, an end of pair i, has its best
// match in the other end's article in another sentence, more similar than
// i's, that it links with or is the mutual best match of.
func (e *engine) betterPartner(i, g int32) bool {
	a := e.art[e.other(i, int(g))]
	for _, bi := range e.best[g] {
		if e.art[e.other(bi, int(g))] == a {
			return bi != i && e.pairs[bi].sim > e.pairs[i].sim && (e.link[bi] || e.mutual(bi))
		}
	}
	return false
}
