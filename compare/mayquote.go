package compare

import "slices"

// An article that quotes the words a fact's sentence quotes tells that
// fact at least in part, however little the rest of its sentence looks
// like the fact's: "Rep. Michele Bachmann has declined to get into the
// scrum with Newsweek over its cover story … called “The Queen of Rage,”"
// against "The headline advertising the magazine's story reads, “THE
// QUEEN OF RAGE.”" (0.45), or "… said that Mr. Grimm “asserts his
// innocence” and that the investigation was “a politically driven
// vendetta”" against the lawyer's statement quoted whole. The quote
// ledger (Quote.Matches) pairs such quotations; a quotation spans
// sentences, so the pair counts for the fact's sentence only where the
// other quotation's words are the ones that sentence quotes: at least
// quoteCarryWords of its content stems (a one-word quotation, "hurtful",
// names no fact), and at least half of the smaller side's. On BASIL the
// rule hedges 4 plain "leaves out" claims: 3 told there, and one
// ("Needless to say, the war in Afghanistan was not “a war of Obama's
// choosing.”", against the remark it walked back) not.
const quoteCarryWords = 2

// mayCarryQuoted lists the groups article ai is not in, and that have no
// Carry in have, one of whose sentences quotes words that a quotation of
// ai also gives (see above), naming ai's sentence where that quotation
// opens, at the similarity the two sentences' nearest lists give them (0
// when they give none).
func mayCarryQuoted(r *Report, ai int, have []Carry, runs *stemRuns) []Carry {
	var out []Carry
	for _, g := range r.Groups {
		if g.Carries(ai) || slices.ContainsFunc(have, func(c Carry) bool { return c.Group == g.ID }) {
			continue
		}
		var near []Nearest
		for _, ref := range groupRefs(g) {
			a := r.Articles[ref.Article]
			s := a.Sentences[ref.Sentence]
			for _, q := range r.Quotes {
				from, to := max(q.Start, s.Start), min(q.End, s.End)
				if q.Article != ref.Article || from >= to || to > len(a.Text) || len(q.Matches) == 0 {
					continue
				}
				var quoted []string // the words s quotes, stemmed when a match asks
				for _, m := range q.Matches {
					oi, ok := runs.quoteIndex(m.Quote)
					if !ok {
						continue
					}
					o := r.Quotes[oi]
					if o.Article != ai || o.Sentence < 0 || o.Sentence >= len(r.Articles[ai].Sentences) || !r.Articles[ai].Sentences[o.Sentence].Role.Alignable() {
						continue
					}
					if quoted == nil {
						quoted = contentRun(a.Text[from:to])
					}
					if !quotesSame(quoted, runs.quoteRun(oi)) {
						continue
					}
					near = append(near, Nearest{Article: ai, Sentence: o.Sentence, Similarity: r.pairSimilarity(ref, SentenceRef{Article: ai, Sentence: o.Sentence})})
				}
			}
		}
		if near = byCloseness(near); len(near) > 0 {
			out = append(out, Carry{Group: g.ID, Near: slices.Clone(near[:min(len(near), mayCarryShown)])})
		}
	}
	return out
}

// quotesSame reports whether the content stems x (of a fact's sentence's
// quoted words) and y (of another article's quotation) share at least
// quoteCarryWords distinct stems and half of the smaller side's.
func quotesSame(x, y []string) bool {
	n := 0
	for i, w := range y {
		if !slices.Contains(y[:i], w) && slices.Contains(x, w) {
			n++
		}
	}
	return n >= quoteCarryWords && 2*n >= min(distinct(x), distinct(y))
}

// pairSimilarity is the similarity the nearest lists of sentences a and b
// give them, either way; 0 when neither names the other.
func (r *Report) pairSimilarity(a, b SentenceRef) float64 {
	best := 0.0
	for _, p := range [][2]SentenceRef{{a, b}, {b, a}} {
		for _, n := range r.Articles[p[0].Article].Sentences[p[0].Sentence].Nearest {
			if n.Article == p[1].Article && n.Sentence == p[1].Sentence {
				best = max(best, n.Similarity)
			}
		}
	}
	return best
}
