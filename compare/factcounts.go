package compare

import (
	"slices"

	"github.com/storydiff/storydiff/compare/fact"
)

// Figures are compared within a scope: a group, or a lone sentence and
// its mutual best counterpart. Outlets tell who did a thing in sentences
// that group with different facts ("Four armed robbers ... made off with
// $137-million" beside the sum; "The four robbers, two of whom were
// disguised as women, stole ..." beside the disguise), so the same count
// of the same people was two facts, one of them "only in" its outlet.
// joinCounts makes one fact of them: a count that is its article's alone
// joins another article's count of the same noun when the figures agree
// (never in conflict: two scopes may count two things), and one of that
// fact's counts gives the same number ("four", "as many as four") in a
// near counterpart (one sentence lists the other among its nearest, at
// factNearSim or more) whose clause names the same event. It joins the
// fact whose sentence is most like its own: an outlet's "four robbers"
// of another raid that day is less like it than the same raid's.

// joinCounts merges each unique count of a named thing into a fact of the
// same noun from other articles that it agrees with (shared, else
// compatible, with every mention of that noun in the fact), told in a
// near sentence of the same event. ms are the placed mentions the facts
// were made of. The facts merged in are removed.
func joinCounts(r *Report, fs []Fact, ms []mentionAt) []Fact {
	at := make(map[[2]int]mentionAt, len(ms))
	for _, m := range ms {
		if m.Kind == "count" {
			at[[2]int{m.article, m.Start}] = m
		}
	}
	orig := func(fm FactMention) (mentionAt, bool) {
		m, ok := at[[2]int{fm.Article, fm.Start}]
		return m, ok && m.sentence == fm.Sentence
	}
	byUnit := map[string][]int{} // facts with a count of each noun
	for j, g := range fs {
		if g.Kind != "count" {
			continue
		}
		for k, fm := range g.Mentions {
			if k == 0 || fm.Unit != g.Mentions[k-1].Unit {
				byUnit[fm.Unit] = append(byUnit[fm.Unit], j)
			}
		}
	}
	events := newEventWords(r)
	gone := map[int]bool{}
	budget := maxLinkComparisons
	for i, f := range fs {
		if f.Kind != "count" || f.Status != FactUnique || len(f.Mentions) != 1 {
			continue
		}
		m, ok := orig(f.Mentions[0])
		if !ok || !joinableCount(m.Mention) {
			continue
		}
		best, bestRank, bestSim := -1, 2, 0.0
		for x, j := range byUnit[m.Unit] {
			g := fs[j]
			if x > 0 && j == byUnit[m.Unit][x-1] || j == i || gone[j] || hasArticle(g, m.article) {
				continue
			}
			if budget -= len(g.Mentions); budget < 0 {
				break // past the bound the rest stay apart (see maxLinkComparisons)
			}
			if rank, sim, ok := countAgrees(r, g, m, orig, events); ok && (sim > bestSim || sim == bestSim && rank < bestRank) {
				best, bestRank, bestSim = j, rank, sim
			}
		}
		if best < 0 {
			continue
		}
		g := &fs[best]
		g.Mentions = append(g.Mentions, f.Mentions[0])
		slices.SortStableFunc(g.Mentions, func(a, b FactMention) int { return a.Article - b.Article })
		g.Status = worse(g.Status, []string{FactShared, FactCompatible}[bestRank])
		gone[i] = true
	}
	return withoutMerged(fs, gone)
}

// joinableCount reports whether m is a plain count of a named thing: not
// a length of time or a measure, a part ("three other rifles"), a size
// ("a three-game streak"), a total of two nouns, a place's population or
// a vague amount ("several", "a few": these recur across a story).
func joinableCount(m fact.Mention) bool {
	return m.Kind == "count" && m.Unit != "" && !fact.IsLength(m) && !m.Other && !m.Attributive &&
		m.Also == "" && m.Of == "" && m.Unit != "time" && !fact.IsMeasure(m.Unit) && !fact.IsVague(m)
}

// countAgrees reports how m agrees with fact g (0 shared, 1 compatible):
// g has a count of m's noun, every such count agrees with m and is of
// the same scope (both counts over a period or neither) and the same
// sort (a difference or a part of a series only with one told with the
// same word: "five rounds sooner" is no fight of five rounds, "the first
// two games" no two games of a season, "their last 10 games" the same
// stretch as "their last 10 games"), and one of them
// is told in a sentence near m's, of the same event.
func countAgrees(r *Report, g Fact, m mentionAt, orig func(FactMention) (mentionAt, bool), events *eventWords) (int, float64, bool) {
	rank, near := -1, 0.0
	for _, fm := range g.Mentions {
		if fm.Unit != m.Unit {
			continue
		}
		o, ok := orig(fm)
		if !ok || !joinableCount(o.Mention) || o.Fate != m.Fate || o.Compared != m.Compared || events.cumulative(o) != events.cumulative(m) {
			return 0, 0, false
		}
		st, ok := fact.CompareMentions(o.Mention, m.Mention)
		if !ok || st == fact.Conflict {
			return 0, 0, false
		}
		rank = max(rank, statusRank(st))
		if sim := nearSimilarity(r, o, m); sim > near && o.Value == m.Value && events.same(o, m) {
			near = sim
		}
	}
	return rank, near, rank >= 0 && near > 0
}

// nearSimilarity is the similarity of a's and b's sentences when one
// lists the other among its nearest counterparts at factNearSim or more,
// else 0.
func nearSimilarity(r *Report, a, b mentionAt) float64 {
	sim := 0.0
	lists := func(from, to mentionAt) {
		for _, n := range r.Articles[from.article].Sentences[from.sentence].Nearest {
			if n.Article == to.article && n.Sentence == to.sentence && n.Similarity >= factNearSim {
				sim = max(sim, n.Similarity)
			}
		}
	}
	lists(a, b)
	lists(b, a)
	return sim
}
