package align

import "slices"

// Regrouping, and related sentences.
//
// The first pass merges two groups only when most of the pairs between
// them link and no article would then have two members. On real coverage
// that leaves one event's main fact in several groups: outlets tell it in
// their own words, and one outlet tells it twice (in the lede and again in
// the next paragraph), so the group of one wording already holds that
// outlet's other sentence. After the first pass, two groups of one event
// (each of two members or more) merge when regroupShare of the pairs
// between them link. Where both have a member of one article, the one
// closer to the other articles' sentences in the two groups stays the
// member (its mean similarity to them is higher; the larger group's on a
// tie) and the other becomes a related sentence of the merged group:
// shown with it, not part of its members' judgement (similarity, shared,
// diffs). Two limits keep this from gluing different facts together:
//   - the groups share less than regroupApart of the articles the smaller
//     has: when (nearly) every article of a group reports the other
//     group's fact in another sentence, the outlets tell the two apart,
//     and so do we;
//   - a headline is never made a related sentence: how each outlet
//     headlines the story is a row of its own (framing by prominence).
const (
	// regroupShare is fit on the shared ECB+ topics with the constants of
	// events.go (TestFitGrouping in the compare package; of 0.25, 0.34 and
	// 0.5, with the pass off as the alternative); 0 turns the pass off.
	regroupShare = 0.34
	// regroupApart is the share of the smaller group's articles that,
	// when the other group holds another sentence of each, makes the two
	// groups two facts; 1 allows any merge that leaves the smaller group
	// one article of its own. Fit with regroupShare (of 1, 0.75, 0.85 and
	// 0.9; four folds of five pick 0.85 or 0.9, the fit on all topics
	// 0.9): it only binds for groups of ten articles or more, where nine
	// outlets telling both facts in two sentences keep them apart (ECB+
	// t12: the outlets' ledes and their escort sentences).
	regroupApart = 0.9
)

// RegroupShare and RegroupApart are the shipped regroupShare and
// regroupApart, for the test that fits them.
const (
	RegroupShare = regroupShare
	RegroupApart = regroupApart
)

// regroup runs the pass over the linked pairs, strongest first.
func (e *engine) regroup(edges []int32) {
	if e.regroupShare <= 0 {
		return
	}
	for _, ei := range edges {
		p := e.pairs[ei]
		a, b := int(p.a), int(p.b)
		if e.of[a] < 0 || e.of[b] < 0 || e.of[a] == e.of[b] || !e.sameEvent(p.a, p.b) {
			continue // a sentence left alone is placed by the passes after
		}
		A, B := e.clusters[e.of[a]], e.clusters[e.of[b]]
		if e.hasHeadline(A) && e.hasHeadline(B) {
			continue // groups of headlines merge by the lead rules alone
		}
		shared := e.shareArticle(A, B)
		if shared && !e.demotable(A, B) || !e.regroupLinked(A, B) {
			continue
		}
		if shared {
			e.mergeDemote(e.of[a], e.of[b])
		} else {
			e.merge(a, b)
		}
	}
}

// demotable reports whether groups A and B, which share articles, may
// merge with one of each shared article's members made related: they
// share fewer than regroupApart of the articles the smaller has (and
// always fewer than all), and neither of the two members of a shared
// article is a headline.
func (e *engine) demotable(A, B []int) bool {
	shared := 0
	for _, x := range A {
		for _, y := range B {
			if e.art[x] != e.art[y] {
				continue
			}
			if e.articles[e.art[x]].Sentences[e.sent[x]].Headline || e.articles[e.art[y]].Sentences[e.sent[y]].Headline {
				return false
			}
			shared++
		}
	}
	small := min(len(A), len(B))
	return shared < small && float64(shared) < e.regroupApart*float64(small)
}

// regroupLinked reports whether regroupShare of the pairs between A and B
// (of two different articles) link, judged on at most maxProbe evenly
// spaced members of each.
func (e *engine) regroupLinked(A, B []int) bool {
	A, B = probe(A), probe(B)
	pass, total := 0, 0
	for _, x := range A {
		for _, y := range B {
			if e.art[x] == e.art[y] {
				continue
			}
			total++
			if e.links(x, y) {
				pass++
			}
		}
	}
	return total > 0 && float64(pass) >= e.regroupShare*float64(total)
}

// mergeDemote merges clusters ca and cb, which share articles. Where both
// have a member of one article, the one closer to the other articles'
// sentences in the two clusters stays the member and the other becomes a
// related sentence: of two sentences of one outlet, the one that tells
// what the other outlets tell is the one to compare with theirs.
func (e *engine) mergeDemote(ca, cb int) {
	if len(e.clusters[ca]) < len(e.clusters[cb]) {
		ca, cb = cb, ca
	}
	A, B := e.clusters[ca], e.clusters[cb]
	inA := make(map[int32]int, len(A))
	for _, x := range A {
		inA[e.art[x]] = x
	}
	ref := probe(slices.Concat(A, B))
	members := slices.Clone(A)
	var related []int
	for _, y := range B {
		x, both := inA[e.art[y]]
		if !both {
			members = append(members, y)
			continue
		}
		others := slices.DeleteFunc(slices.Clone(ref), func(g int) bool { return e.art[g] == e.art[y] })
		if e.meanSim(y, others) > e.meanSim(x, others) {
			members[slices.Index(members, x)] = y
			x, y = y, x
		}
		related = append(related, y)
	}
	for _, g := range B {
		delete(e.memberIn, clusterArticle{cb, int(e.art[g])})
	}
	e.clusters[ca], e.clusters[cb] = nil, nil
	for _, g := range members {
		e.add(ca, g, false)
	}
	for _, g := range related {
		e.of[g] = ca
	}
	e.related[ca] = append(e.related[ca], related...)
	e.moveRelated(ca, cb)
}

// moveRelated gives cluster cb's related sentences to ca.
func (e *engine) moveRelated(ca, cb int) {
	for _, g := range e.related[cb] {
		e.of[g] = ca
	}
	if len(e.related[cb]) > 0 {
		e.related[ca] = append(e.related[ca], e.related[cb]...)
		delete(e.related, cb)
	}
}

// hasHeadline reports whether a sentence of A is a headline.
func (e *engine) hasHeadline(A []int) bool {
	for _, g := range A {
		if e.articles[e.art[g]].Sentences[e.sent[g]].Headline {
			return true
		}
	}
	return false
}
