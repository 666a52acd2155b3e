package textsim

// Containment returns what Features(a, b) gives as FShortLen and
// FContainment, bit for bit, without computing the other features: one
// merge of the two word lists that only counts. A caller that asks
// whether the shorter sentence is contained in the longer (a summary
// restating a fact of its article) needs no more, and pays a fraction of
// the features' cost. Ids out of range give zeros. It allocates nothing.
func (c *Corpus) Containment(a, b int) (shortLen, containment float64) {
	if a < 0 || b < 0 || a >= len(c.sents) || b >= len(c.sents) {
		return 0, 0
	}
	return contained(&c.sents[a], &c.sents[b])
}

// contained is the part of features that FShortLen and FContainment read:
// the content words matched (matchWords' lane sums) and the figures that
// agree in other words (numbersAgreement).
func contained(sa, sb *sentence) (shortLen, containment float64) {
	var countsA, countsB uint64
	ka, kb := sa.keys, sb.keys
	wa, wb := sa.words[:len(ka)], sb.words[:len(kb)]
	i, j := 0, 0
	for i < len(ka) && j < len(kb) {
		x, y := ka[i], kb[j]
		if x == y {
			countsA += wa[i].counts
			countsB += wb[j].counts
		}
		i += b2i(x <= y)
		j += b2i(y <= x)
	}
	_, _, rewritten := numbersAgreement(sa.nums, sb.nums)
	content := min(lane(countsA, laneContent), lane(countsB, laneContent))
	content = min(content+rewritten, len(sa.terms), len(sb.terms))
	na, nb := len(sa.terms), len(sb.terms)
	if na > 0 && nb > 0 {
		containment = float64(content) / float64(min(na, nb))
	}
	return log1p(min(na, nb)), containment
}
