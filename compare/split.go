package compare

import "slices"

// attachSplits is the one-to-many pass: each sentence still alone is tried
// as the second half of a member of a group its best matches belong to.
func (e *engine) attachSplits() {
	for ai := range e.articles {
		for si, u := range e.gids[ai] {
			if u < 0 || e.of[u] >= 0 {
				continue
			}
			for _, c := range e.candidateClusters(u) {
				if e.tryAttach(c, ai, si, u) {
					break
				}
			}
		}
	}
}

// candidateClusters lists, in ascending order, the clusters of u's best
// matches in the other articles.
func (e *engine) candidateClusters(u int) []int {
	var cs []int
	for _, pi := range e.best[u] {
		if c := e.of[e.other(pi, u)]; c >= 0 && !slices.Contains(cs, c) {
			cs = append(cs, c)
		}
	}
	slices.Sort(cs)
	return cs
}

// tryAttach adds sentence si (gid u) of article ai to cluster c when that
// makes article ai's member match the rest of the group clearly better.
func (e *engine) tryAttach(c, ai, si, u int) bool {
	var others []int
	own := -1
	for _, g := range e.clusters[c] {
		if int(e.art[g]) == ai {
			own = g
		} else {
			others = append(others, g)
		}
	}
	if own < 0 {
		// The article has no member yet: u alone, or u with a free
		// neighbour, may be one.
		if e.linked([]int{u}, others) {
			e.add(c, u, false)
			return true
		}
		for _, nb := range []int{si - 1, si + 1} {
			v := e.neighbour(ai, si, nb)
			if v < 0 {
				continue
			}
			pair := []int{u, v}
			if nb < si {
				pair = []int{v, u}
			}
			m := e.corpus.Merge(pair...)
			gain := e.meanSim(m, others) - max(e.meanSim(u, others), e.meanSim(v, others))
			if gain >= splitGain && e.linked([]int{m}, others) {
				e.add(c, u, false)
				e.add(c, v, true)
				return true
			}
		}
		return false
	}
	parts := append(slices.Clone(e.extra[c]), own)
	if !e.adjacentTo(ai, si, parts) {
		return false
	}
	parts = append(parts, u)
	slices.SortFunc(parts, func(x, y int) int { return int(e.sent[x] - e.sent[y]) })
	m := e.corpus.Merge(parts...)
	if e.meanSim(m, others)-e.meanSim(own, others) >= splitGain {
		e.add(c, u, true)
		return true
	}
	return false
}

// neighbour returns the gid of sentence nb of article ai when it exists, is
// in the same or the next paragraph as si, and is in no group.
func (e *engine) neighbour(ai, si, nb int) int {
	sents := e.articles[ai].Sentences
	if nb < 0 || nb >= len(sents) {
		return -1
	}
	v := e.gids[ai][nb]
	if v < 0 || e.of[v] >= 0 {
		return -1
	}
	if d := sents[nb].Paragraph - sents[si].Paragraph; d > 1 || d < -1 {
		return -1
	}
	return v
}

// adjacentTo reports whether sentence si sits right before or after one of parts.
func (e *engine) adjacentTo(ai, si int, parts []int) bool {
	for _, g := range parts {
		d := int(e.sent[g]) - si
		if d == 1 || d == -1 {
			return e.neighbourOK(ai, si, int(e.sent[g]))
		}
	}
	return false
}

func (e *engine) neighbourOK(ai, si, sj int) bool {
	sents := e.articles[ai].Sentences
	d := sents[si].Paragraph - sents[sj].Paragraph
	return d <= 1 && d >= -1
}

// add puts u in cluster c; split marks it as the extra part of its
// article's member rather than the member itself.
func (e *engine) add(c, u int, split bool) {
	e.of[u] = c
	if split {
		e.extra[c] = append(e.extra[c], u)
	} else {
		e.clusters[c] = append(e.clusters[c], u)
	}
}

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
