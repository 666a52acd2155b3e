package align

// Retellings: a sentence left alone that tells again a fact its outlet
// already reports in a group.
//
// A group holds one member per article, so when an outlet tells a fact
// twice (in a paragraph on the news, and again as background further
// down: a chairman's two contract extensions for the manager he has just
// sacked), the second telling has no place as a member. The one-to-many
// pass joins it only when it sits beside its article's member, and
// regroup (regroup.go) makes it a related sentence only when it is itself
// in a group of two or more. Alone, it was shown as a fact only its
// outlet reports, beside the group of the very fact, which the same
// outlet's other sentence shares with the others: on the shared ECB+
// topics, background an outlet repeats (a coach's contract extensions,
// his successor's experience) was "unique" in the articles that carried
// it twice.
//
// relateLoners makes such a sentence a related sentence of the group when
// all of these hold:
//   - the model calls it related to its best match in another article,
//     and the pair links by the first pass's rules (shared evidence
//     included);
//   - that match is in a group where the sentence's own article has a
//     member, and the two articles report one event;
//   - as for two groups that regroup merges, regroupShare of the pairs
//     between it and the group's members of other articles link;
//   - it does not sit beside its article's member: the one-to-many pass
//     has judged that neighbour, and found it no part of the fact (a
//     speaker's second remark beside the first);
//   - it does not quote a person other than the group's members do
//     (speakers.go): one person's words are no retelling of another's;
//   - it shares with a member of another article an uncommon word that
//     is no name (sharesPlain): one speaker's or one person's other fact
//     shares only their names;
//   - the group holds no headline or lede. A lede sums up the story, and
//     a body sentence the model relates to it most often tells one part
//     of it in full (what a ruling complicates, what an offer allowed),
//     not the fact again; the rules for leads (events.go) place leads.
//
// A headline is never a related sentence (regroup.go), nor is a sentence
// with too little content. The pass runs last, so it takes only what no
// other pass placed.
func (e *engine) relateLoners() {
	if e.regroupShare <= 0 {
		return
	}
	for u := range e.art {
		if e.of[u] >= 0 || e.poor[u] || e.articles[e.art[u]].Sentences[e.sent[u]].Headline {
			continue
		}
		ai := int(e.art[u])
		for _, cp := range e.candidateClusters(u) {
			if !e.link[cp.pair] || !e.model.IsRelated(e.pairs[cp.pair].score()) || !e.sameEvent(int32(u), e.other(cp.pair, u)) {
				continue
			}
			own, has := e.memberIn[clusterArticle{cp.cluster, ai}]
			if !has || e.adjacentTo(ai, int(e.sent[u]), e.partsIn(cp.cluster, ai, own)) || e.hasLead(e.clusters[cp.cluster]) {
				continue
			}
			others := e.othersIn(cp.cluster, ai)
			if e.otherSpeaker(u, cp.cluster) || !e.sharesPlain(u, others) || !e.regroupLinked([]int{u}, others) {
				continue
			}
			e.of[u] = cp.cluster
			e.related[cp.cluster] = append(e.related[cp.cluster], u)
			break
		}
	}
}

// sharesPlain reports whether sentence u shares with one of others an
// uncommon word that is a name in neither (textsim's
// SharedPlainEvidence): what is done or said, not only who. A police
// sergeant's "He was subsequently tased by police," and his "He tried to
// provide first aid for her," share his name and office and no more: two
// facts told by one speaker, the second no retelling of the first.
func (e *engine) sharesPlain(u int, others []int) bool {
	for _, g := range others {
		if e.corpus.SharedPlainEvidence(e.reading(u), e.reading(g), commonRank) > 0 {
			return true
		}
	}
	return false
}

// hasLead reports whether a sentence of A is a headline or a lede.
func (e *engine) hasLead(A []int) bool {
	for _, g := range A {
		if e.isLeadSentence(g) {
			return true
		}
	}
	return false
}
