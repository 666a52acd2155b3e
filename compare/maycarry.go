package compare

// Whether an article leaves a fact out is judged by the alignment: it is
// not in the fact's group. The alignment misses many same-event pairs on
// real coverage (reworded facts, a headline kept apart, a sentence put in
// another group), and "leaves out" is a strong statement an editor acts
// on. So where the article has a sentence close to the fact, the report's
// readers say it may carry the fact there rather than that it leaves it
// out. The bar is fitted on ECB+ by cross-validation over topics
// (TestFitMayCarry): the precision of the omission claims left standing
// against how many true omissions they keep.

// mayCarryMin is the similarity from which an article's closest sentence
// to a fact makes "leaves out" a "may carry it there".
const mayCarryMin = 0.375

// closestTo returns article ai's sentence closest to any of the sentences
// refs (of other articles), by the sentences' Nearest lists read both
// ways: a ref's nearest sentence in ai, and a sentence of ai whose nearest
// is a ref. ok is false when no sentence of ai is any ref's counterpart.
// With more than four articles Nearest keeps only the closest three, so
// it may miss a counterpart.
func (r *Report) closestTo(ai int, refs []SentenceRef) (best Nearest, ok bool) {
	if ai < 0 || ai >= len(r.Articles) {
		return Nearest{}, false
	}
	consider := func(si int, sim float64) {
		if si < 0 || si >= len(r.Articles[ai].Sentences) || !r.Articles[ai].Sentences[si].Role.Alignable() {
			return
		}
		if !ok || sim > best.Similarity || sim == best.Similarity && si < best.Sentence {
			best, ok = Nearest{Article: ai, Sentence: si, Similarity: sim}, true
		}
	}
	isRef := map[SentenceRef]bool{}
	for _, ref := range refs {
		if ref.Article == ai || ref.Article < 0 || ref.Article >= len(r.Articles) {
			continue
		}
		ss := r.Articles[ref.Article].Sentences
		if ref.Sentence < 0 || ref.Sentence >= len(ss) {
			continue
		}
		isRef[ref] = true
		for _, n := range ss[ref.Sentence].Nearest {
			if n.Article == ai {
				consider(n.Sentence, n.Similarity)
			}
		}
	}
	for si, s := range r.Articles[ai].Sentences {
		for _, n := range s.Nearest {
			if isRef[SentenceRef{Article: n.Article, Sentence: n.Sentence}] {
				consider(si, n.Similarity)
			}
		}
	}
	return best, ok
}

// groupRefs lists the sentences of a group, members and related.
func groupRefs(g Group) []SentenceRef {
	var refs []SentenceRef
	for _, ms := range [][]Member{g.Members, g.Related} {
		for _, m := range ms {
			for _, si := range m.Sentences {
				refs = append(refs, SentenceRef{Article: m.Article, Sentence: si})
			}
		}
	}
	return refs
}

// MayCarry reports whether article ai, which is not in group g, has a
// sentence close enough to the group's fact (mayCarryMin) that it may
// report it there, missed by the alignment; near is that sentence
// (Article is ai) and its similarity. Readers say "may carry this in ¶N"
// for such a group rather than "leaves out".
func (r *Report) MayCarry(ai int, g Group) (near Nearest, ok bool) {
	near, ok = r.closestTo(ai, groupRefs(g))
	return near, ok && near.Similarity >= mayCarryMin
}

// MayCarrySentence is MayCarry for a fact only one other article reports:
// sentence si of article bi, in no group.
func (r *Report) MayCarrySentence(ai, bi, si int) (near Nearest, ok bool) {
	near, ok = r.closestTo(ai, []SentenceRef{{Article: bi, Sentence: si}})
	return near, ok && near.Similarity >= mayCarryMin
}
