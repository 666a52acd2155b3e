package align

// Corroborated loners.
//
// In a comparison of many articles, an outlet that words a fact its own
// way links to no other outlet's sentence of it: the pair reaches
// neither the model's verdict nor the shares a mutual best match needs
// (cluster.go), and the fact is shown as told only there, beside the group
// of every other outlet that tells it (on ECB+, sentences each other's
// nearest at 0.4 to 0.6). One such pair is weak evidence; several are
// not: a sentence left alone whose best match in corrobMin other articles
// or more is each time that article's member of one group, and is each of
// those members' best match in its own article (mutual), shares with each
// the floor of shared evidence (evidence.go), and quotes someone exactly
// when that member does, joins that group as its article's member,
// provided its article has none there, the articles report one event, and
// it quotes no other person than the group's members do (speakers.go).
// A narrated sentence and a quotation are two facts however alike their
// words: reading the pass's joins on ECB+ by hand, most of its wrong ones
// were a remark joining a group of one person's quoted words ("When
// celebrating the movie industry you've got to be lavish" to "Hugh is the
// ideal choice to host a celebration of the year's movies") or a quotation
// joining narration; without them ECB+'s figures are the same. Outlets that each reword a fact do not all
// pick the same group by chance; the group most of them pick wins (the
// lowest on a tie).
//
// corrobMin is fit on the shared ECB+ topics by cross-validation over
// topics (of 3, 4 and 5, and of a further share of the group's articles
// the matches must reach, of 0, 0.15, 0.25, 0.34 and 0.5: four folds of
// five pick 3 and no share, the fit on all topics too). Two is not tried:
// in a comparison of three articles it joins a loner on two pairs alone,
// and on BASIL's triples it lowered the divergent-framing F1 (0.395 to
// 0.370 cross-validated) and the demo gold's precision (0.89 to 0.86). At
// three the pass changes nothing in a comparison of three articles.
const corrobMin = 3

// CorrobMin is the shipped corrobMin, for the tests that measure it.
const CorrobMin = corrobMin

// joinCorroborated runs the pass over the sentences left alone, in
// order; a sentence that joins takes part in the judgement of the group
// (Similarity, Shared) like any member.
func (e *engine) joinCorroborated() {
	if e.corrobMin <= 0 {
		return
	}
	votes := map[int]int{}
	for u := range e.art {
		if e.of[u] >= 0 || e.poor[u] {
			continue
		}
		ai := int(e.art[u])
		clear(votes)
		for _, pi := range e.best[u] {
			o := int(e.other(pi, u))
			c := e.of[o]
			if c < 0 || e.memberIn[clusterArticle{c, int(e.art[o])}] != o {
				continue // alone, or a related sentence
			}
			if _, has := e.memberIn[clusterArticle{c, ai}]; has {
				continue
			}
			if !e.mutual(pi) || !e.sameEvent(int32(u), int32(o)) || !e.evidenced(u, o) || e.quotes(u) != e.quotes(o) {
				continue
			}
			votes[c]++
		}
		best, n := -1, 0
		for c, v := range votes {
			if v > n || v == n && c < best {
				best, n = c, v
			}
		}
		if n < e.corrobMin || e.otherSpeaker(u, best) {
			continue
		}
		e.add(best, u, false)
	}
}

// quotes reports whether sentence g quotes someone, as Speakers says.
func (e *engine) quotes(g int) bool { return e.speakerOf(g).Name != "" }
