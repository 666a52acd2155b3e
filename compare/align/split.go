package align

import (
	"encoding/binary"
	"slices"

	"github.com/storydiff/storydiff/compare/textsim"
)

// splitEvidence is the containment a sentence must have with one half of a
// split before the two halves are tried together: without it, any two
// neighbours would be tried against any sentence.
const splitEvidence = 0.25

// A split found by coverage: the halves together hold splitTotal of the
// other sentence's content words; each half holds at least splitCover,
// and together they hold splitCover more than the better half alone.
const (
	splitTotal = 0.4
	splitCover = 0.15
)

// coverEvidence is how many times evidenceWords uncommon words a split
// found by coverage alone (the model calling the two unrelated) must share
// with the other sentence. Two sentences offer twice the words to find a
// short sentence's few in by chance: "I am very grateful to the Academy
// for giving me this opportunity" was half covered by two unrelated
// sentences of a producer that named the Academy and said "give"; "Hugh
// Jackman: an Oscar hit or miss?" by two that named Jackman, Hugh and the
// Oscars, as most of that story's sentences do. On real sets (BASIL, ECB+)
// such splits sharing two or three uncommon words were nearly all junk,
// those sharing four or more mostly one fact told in two sentences.
const coverEvidence = 2

// coverEvidenced reports whether sentence x and merge m share enough
// uncommon words for a split found by coverage (see coverEvidence).
func (e *engine) coverEvidenced(x, m int) bool {
	if e.evidenceWords <= 0 {
		return true
	}
	return e.sharedEvidence(x, m) >= e.coverEvidence*e.evidenceWords
}

// attachSplits is the one-to-many pass. Each sentence still alone is tried
// as part of a group its best matches belong to; then sentences still
// alone are tried against two consecutive lone sentences of another
// article (one outlet tells in two sentences what another tells in one,
// so neither half alone matched); then the first step runs again for the
// groups the second made.
func (e *engine) attachSplits() {
	e.joinStanceOpeners()
	e.attachLoners()
	e.pairSplits()
	e.attachLoners()
}

func (e *engine) attachLoners() {
	for ai := range e.articles {
		for si, u := range e.gids[ai] {
			if u < 0 || e.of[u] >= 0 {
				continue
			}
			for _, cp := range e.candidateClusters(u) {
				key := [2]int32{int32(u), int32(cp.cluster)}
				in := e.tryInputs(cp, ai, si)
				if failed, ok := e.failed[key]; ok && failed == in && !e.plain {
					continue // the same try with the same inputs failed before
				}
				if e.tryAttach(cp.cluster, cp.pair, ai, si, u) {
					break
				}
				e.failed[key] = in
			}
		}
	}
}

// tryInputs is everything tryAttach(cp.cluster, cp.pair, ai, si, u) reads
// that changes while the loners are attached: the group's members and
// split parts (groups only grow in this pass, so their counts tell), and
// whether the sentences beside u are still free. The second round of
// attachLoners retries only what pairSplits changed.
type tryInputs struct {
	members, extra int
	via            int32
	free           [2]bool
}

func (e *engine) tryInputs(cp clusterPair, ai, si int) tryInputs {
	in := tryInputs{members: len(e.clusters[cp.cluster]), extra: len(e.extra[cp.cluster]), via: cp.pair}
	for k, nb := range []int{si - 1, si + 1} {
		if nb >= 0 && nb < len(e.gids[ai]) {
			v := e.gids[ai][nb]
			in.free[k] = v >= 0 && e.of[v] < 0
		}
	}
	return in
}

type clusterPair struct {
	cluster int
	pair    int32 // u's best pair into the cluster
}

// maxClusterTries bounds the groups a loner is tried against. On the
// shared ECB+ topics (69 comparisons, about 15,000 loners, most with nine
// or more groups among their best matches) 100 of 107 attachments came
// from the first four groups tried strongest pair first; each try scores
// the loner, and maybe a merge, against up to maxProbe members.
const maxClusterTries = 4

// candidateClusters lists the clusters of u's best matches in the other
// articles, each once with its strongest pair, strongest first, at most
// maxClusterTries of them.
func (e *engine) candidateClusters(u int) []clusterPair {
	cs := e.clusterBuf[:0] // the list is read before the next call
	defer func() { e.clusterBuf = cs }()
	for _, pi := range e.best[u] {
		if c := e.of[e.other(pi, u)]; c >= 0 {
			cs = append(cs, clusterPair{c, pi})
		}
	}
	// Strongest pair first; each cluster once, with its strongest pair.
	slices.SortStableFunc(cs, func(x, y clusterPair) int {
		sx, sy := e.pairs[x.pair].sim, e.pairs[y.pair].sim
		switch {
		case sx > sy:
			return -1
		case sx < sy:
			return 1
		}
		return x.cluster - y.cluster
	})
	out := cs[:0]
	for _, x := range cs {
		if len(out) == maxClusterTries {
			break
		}
		if !slices.ContainsFunc(out, func(y clusterPair) bool { return y.cluster == x.cluster }) {
			out = append(out, x)
		}
	}
	return out
}

// tryAttach adds sentence si (gid u) of article ai to cluster c when that
// makes article ai's member match the rest of the group clearly better.
// Cheap tests come first: most loners are tried against many groups.
func (e *engine) tryAttach(c int, via int32, ai, si, u int) bool {
	own, has := e.memberIn[clusterArticle{c, ai}]
	var parts []int // article ai's member of c: its sentence and any split parts
	if has {
		parts = e.partsIn(c, ai, own)
		if !e.adjacentTo(ai, si, parts) {
			return false
		}
	}
	if !has && !e.link[via] && e.neighbour(ai, si, si-1) < 0 && e.neighbour(ai, si, si+1) < 0 {
		return false
	}
	others := e.othersIn(c, ai)
	if e.headlineTakes(others, u) {
		return false
	}
	if !has {
		// The article has no member yet: u alone, or u with a free
		// neighbour, may be one.
		if e.linked([]int{u}, others) {
			e.add(c, u, false)
			return true
		}
		for _, nb := range []int{si - 1, si + 1} {
			v := e.neighbour(ai, si, nb)
			if v < 0 || e.headlineTakes(others, v) || !e.ownParagraphEvidence(ai, si, []int{v}, others) {
				continue
			}
			// Both tests must pass; the vote usually fails after half
			// the members, before the means score them all.
			m := e.mergeInOrder(u, v)
			if !e.linked([]int{m}, others) {
				continue
			}
			if e.meanSim(m, others)-max(e.meanSim(u, others), e.meanSim(v, others)) >= splitGain {
				e.add(c, u, false)
				e.add(c, v, true)
				return true
			}
		}
		return false
	}
	if !e.ownParagraphEvidence(ai, si, parts, others) {
		return false
	}
	parts = append(parts, u)
	slices.SortFunc(parts, func(x, y int) int { return int(e.sent[x] - e.sent[y]) })
	m := e.merged(parts...)
	if e.meanSim(m, others)-e.meanSim(own, others) >= splitGain {
		e.add(c, u, true)
		return true
	}
	return false
}

// mergeInOrder returns the id of two sentences of one article read as
// one, in their article's order.
func (e *engine) mergeInOrder(a, b int) int {
	if e.sent[b] < e.sent[a] {
		a, b = b, a
	}
	return e.merged(a, b)
}

// merged returns the id of the given sentences read as one, in the given
// order: ids from len(e.art) on are such merges (see reading). Each
// distinct merge is made once per comparison, from the sentences' own
// analyses, and is not added to the corpus: the same two neighbours are
// tried against many groups.
func (e *engine) merged(parts ...int) int {
	if e.plain {
		e.joined = append(e.joined, e.corpus.JoinText(parts...))
		return len(e.art) + len(e.joined) - 1
	}
	var buf [40]byte
	key := buf[:0]
	for _, p := range parts {
		key = binary.AppendUvarint(key, uint64(p))
	}
	if m, ok := e.merges[string(key)]; ok {
		return m
	}
	e.joined = append(e.joined, e.corpus.Join(parts...))
	m := len(e.art) + len(e.joined) - 1
	e.merges[string(key)] = m
	return m
}

// reading returns sentence or merge g for textsim.FeaturesOf.
func (e *engine) reading(g int) textsim.Reading {
	if g < len(e.art) {
		return e.corpus.Reading(g)
	}
	return e.joined[g-len(e.art)]
}

// features compares two sentences or merges.
func (e *engine) features(a, b int) textsim.Features {
	return textsim.FeaturesOf(e.reading(a), e.reading(b))
}

// neighbour returns the gid of sentence nb of article ai when it exists, is
// joinable with si (see joinable), and is in no group.
func (e *engine) neighbour(ai, si, nb int) int {
	sents := e.articles[ai].Sentences
	if nb < 0 || nb >= len(sents) {
		return -1
	}
	v := e.gids[ai][nb]
	if v < 0 || e.of[v] >= 0 {
		return -1
	}
	if !e.joinable(ai, si, nb) {
		return -1
	}
	return v
}

// joinable reports whether sentences si and sj of article ai may be read
// as one member: they are in one paragraph, or they are consecutive
// paragraphs of one sentence each in the body. A paragraph break otherwise
// ends what a sentence can continue; but pages that give every sentence a
// paragraph of its own (many news sites do) would then never split a fact
// over two sentences. A headline never joins anything.
func (e *engine) joinable(ai, si, sj int) bool {
	sents := e.articles[ai].Sentences
	a, b := sents[si], sents[sj]
	if a.Paragraph == b.Paragraph {
		return true
	}
	if d := a.Paragraph - b.Paragraph; d != 1 && d != -1 || a.Headline || b.Headline {
		return false
	}
	return e.alone(ai, si) && e.alone(ai, sj)
}

// alone reports whether sentence si is the only one of its paragraph.
func (e *engine) alone(ai, si int) bool {
	sents := e.articles[ai].Sentences
	p := sents[si].Paragraph
	return (si == 0 || sents[si-1].Paragraph != p) && (si+1 == len(sents) || sents[si+1].Paragraph != p)
}

// partsIn returns article ai's member of cluster c: own and the split parts
// of the same article. A cluster's extra parts come from every article, and
// only ai's may be read as sentences of ai.
func (e *engine) partsIn(c, ai, own int) []int {
	parts := []int{own}
	for _, g := range e.extra[c] {
		if int(e.art[g]) == ai {
			parts = append(parts, g)
		}
	}
	return parts
}

// othersIn returns cluster c's sentences from articles other than ai.
func (e *engine) othersIn(c, ai int) []int {
	var others []int
	for _, g := range probe(e.clusters[c]) {
		if int(e.art[g]) != ai {
			others = append(others, g)
		}
	}
	return others
}

// adjacentTo reports whether sentence si sits right before or after one of
// parts, which must all be sentences of article ai.
func (e *engine) adjacentTo(ai, si int, parts []int) bool {
	for _, g := range parts {
		if int(e.art[g]) != ai {
			continue
		}
		d := int(e.sent[g]) - si
		if d == 1 || d == -1 {
			return e.joinable(ai, si, int(e.sent[g]))
		}
	}
	return false
}

// add puts u in cluster c; split marks it as the extra part of its
// article's member rather than the member itself.
func (e *engine) add(c, u int, split bool) {
	e.of[u] = c
	if split {
		e.extra[c] = append(e.extra[c], u)
	} else {
		e.clusters[c] = append(e.clusters[c], u)
		e.memberIn[clusterArticle{c, int(e.art[u])}] = u
	}
}

// meanSim is x's mean similarity to others.
func (e *engine) meanSim(x int, others []int) float64 {
	if len(others) == 0 {
		return 0
	}
	var sum float64
	for _, o := range others {
		sum += e.score(x, o).Similarity
	}
	return sum / float64(len(others))
}

// maxProbe bounds how many members of a group a candidate for it is
// scored against: a vote or a mean over 16 evenly spaced members is as
// telling as one over 200, at a fraction of the cost.
const maxProbe = 16

func probe[T any](members []T) []T {
	if len(members) <= maxProbe {
		return members
	}
	out := make([]T, maxProbe)
	for i := range out {
		out[i] = members[i*len(members)/maxProbe]
	}
	return out
}

// pairSplits makes a group of a lone sentence x and two consecutive lone
// sentences of another article when the two together match x and neither
// alone does. Two signatures count: the pair is related by the model and
// clearly more similar than either half; or the halves each cover a
// distinct part of x, so that together they hold two fifths of x's content
// words and clearly more than either half holds alone. Across articles of
// two events (events.go), x must share a name with the half it matched:
// "He had been a deputy for less than 3 years when he was murdered" was
// covered by two sentences on the charges in another deputy's murder,
// and the rule for pairs across two events (the model's verdict, no
// conflicting name or figure) let it through: the model called the two
// related, and "three" matched "3". A sentence that names nobody cannot
// tell which of two look-alike events it is of.
func (e *engine) pairSplits() {
	for x := range e.art {
		if e.of[x] >= 0 || e.poor[x] {
			continue
		}
		bestCover, by, bv := 0.0, -1, -1
		for _, pi := range e.adj[x] {
			y := int(e.other(pi, x))
			if e.of[y] >= 0 || e.poor[y] || e.pairs[pi].cont < splitEvidence || !e.splitsAcross && e.eventsApart && e.apart(int32(x), int32(y)) && !e.sharesName(x, y) {
				continue
			}
			ay, sy := int(e.art[y]), int(e.sent[y])
			var fy textsim.Features // x with y alone, once needed
			scoredY := false
			for _, nb := range []int{sy - 1, sy + 1} {
				v := e.neighbour(ay, sy, nb)
				if v < 0 || e.headlineTakes([]int{x}, v) || e.headlineTakes([]int{x}, y) || !e.ownParagraphEvidence(ay, sy, []int{v}, []int{x}) {
					continue
				}
				m := e.mergeInOrder(y, v)
				// A split must be evidenced (below), and most merges tried
				// here are not: 79% on the 84 PolNeAR texts together. The
				// test walks the two word lists once, a fraction of what
				// the features cost, and decides nothing else.
				if !e.plain && !e.evidenced(x, m) {
					continue
				}
				e.splitsScored++
				f := e.features(x, m)
				s := e.model.Score(f)
				cover := f[textsim.FContainment]
				// Either signature needs a better cover than the best so
				// far, and the model's verdict or two fifths of x.
				if !e.plain && (cover <= bestCover || !e.model.IsRelated(s) && cover < splitTotal) {
					continue
				}
				if !scoredY {
					fy, scoredY = e.features(x, y), true
				}
				fv := e.features(x, v)
				sy, sv := e.model.Score(fy), e.model.Score(fv)
				alone := max(fy[textsim.FContainment], fv[textsim.FContainment])
				related := e.model.IsRelated(s) && s.Similarity-max(sy.Similarity, sv.Similarity) >= splitGain
				covers := cover >= splitTotal && cover-alone >= splitCover &&
					min(fy[textsim.FContainment], fv[textsim.FContainment]) >= splitCover && e.coverEvidenced(x, m)
				if (related || covers) && cover > bestCover && e.evidenced(x, m) {
					bestCover, by, bv = cover, y, v
				}
			}
		}
		if by >= 0 {
			e.clusters = append(e.clusters, nil)
			c := len(e.clusters) - 1
			e.add(c, x, false)
			e.add(c, by, false)
			e.add(c, bv, true)
		}
	}
}
