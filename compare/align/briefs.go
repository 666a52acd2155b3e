package align

// briefEvents: two briefs (articles with fewer sentences that can link
// than eventLinks: a wire brief, a lede alone) are one event when
// leadMajority of the links they could make (one per sentence of the
// shorter) link, counting only links whose sentences share a name. A
// brief cannot reach eventLinks with another however well they agree, so
// a comparison of briefs (ECB+ t22 to t24: one sentence each) fell apart
// into events of one article each, and neither the lead rules nor the
// regrouping held (t22's ecb sub-topic: one arrest in three groups and an
// orphan). A brief is all lead, so the share is the lead groups' own. A
// link counts up only where the two sentences share a name, place or
// thing named: look-alike events are told in one formula ("charged with
// two counts of first-degree murder") and differ in exactly those. A
// brief and a longer article keep the ordinary count: the brief's one
// link with a long article of a look-alike event is no more evidence than
// any other link (counted up too, ECB+'s trap pairs aligned rose from 55
// to 142). Made one event on so few links, briefs that share no word are
// not merged by the lead rule (see leadsMerge).
const briefEvents = true

// briefs returns each article's number of sentences that can link, or nil
// when the rule of briefEvents is off or no article is a brief.
func (e *engine) briefs() []int {
	if !e.briefEvents {
		return nil
	}
	n := make([]int, len(e.articles))
	for g := range e.art {
		if !e.poor[g] {
			n[e.art[g]]++
		}
	}
	for _, k := range n {
		if float64(k) < e.eventLinks {
			return n
		}
	}
	return nil
}

// briefScale returns what linked pair p counts towards eventLinks (see
// briefEvents): 1, or, between two briefs whose sentences share a name,
// what makes leadMajority of the links the two articles could make (one
// per sentence of the shorter) count as eventLinks.
func (e *engine) briefScale(p pair) float64 {
	x, y := int(p.a), int(p.b)
	if !e.briefPair(x, y) || !e.briefUnnamed && !e.sharesName(x, y) {
		return 1
	}
	a, b := e.linkable[e.art[x]], e.linkable[e.art[y]]
	return e.eventLinks / (float64(min(a, b)) * e.leadMajority)
}

// sharesName reports whether sentences x and y share an uncommon word
// that is a name in either (textsim.Corpus.SharedPlainEvidence counts the
// others).
func (e *engine) sharesName(x, y int) bool {
	return e.sharedEvidence(x, y) > e.corpus.SharedPlainEvidence(e.reading(x), e.reading(y), commonRank)
}

// briefPair reports whether sentences x and y are of two briefs.
func (e *engine) briefPair(x, y int) bool {
	if e.linkable == nil {
		return false
	}
	return float64(max(e.linkable[e.art[x]], e.linkable[e.art[y]])) < e.eventLinks
}

// briefLeads: see linkBriefLeads.
const briefLeads = true

// linkBriefLeads links, before the articles are grouped into events, the
// sentences of two briefs that the lead rules would link within one event
// (leadsLink): a brief is all lead, and its one sentence cannot reach
// the ordinary shares against another outlet's wording of the same news
// (ECB+ t24: fifteen one-sentence reports of one heist, each with its own
// haul figure, fell apart into three events, and the lead rules, which
// hold only within one event, never joined them). Only links whose
// sentences share a name count up towards one event (briefScale), so
// briefs of look-alike events stay apart.
func (e *engine) linkBriefLeads() {
	if !e.briefLeads {
		return
	}
	e.linkable = e.briefs()
	if e.linkable == nil {
		return
	}
	var leads []int32
	for g := range e.art {
		if e.linkable[e.art[g]] < 1 || float64(e.linkable[e.art[g]]) >= e.eventLinks {
			continue
		}
		if e.isLead(int32(g)) && !e.poor[g] {
			leads = append(leads, int32(g))
		}
	}
	var extra []pair
	for i, x := range leads {
		for _, y := range leads[i+1:] {
			if e.art[x] != e.art[y] && e.shareTerm(int(x), int(y)) {
				extra = append(extra, pair{a: x, b: y})
			}
		}
	}
	e.addPairs(extra)
	for _, x := range leads {
		for _, pi := range e.adj[x] {
			p := e.pairs[pi]
			if e.link[pi] || !e.briefPair(int(p.a), int(p.b)) || !e.isLead(p.a) || !e.isLead(p.b) {
				continue
			}
			if e.leadRule(p) && e.evidenced(int(p.a), int(p.b)) {
				e.link[pi] = true
			}
		}
	}
}
