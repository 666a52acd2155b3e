package compare

import (
	"math"

	"github.com/storydiff/storydiff/compare/align"
)

// A sentence is in one group only, so a lede that fuses several facts
// ("… received an estimated $1 million in damage from a fire that was
// deliberately set Friday night") is a member of one of them, and its
// article was said to "leave out" the others although it tells them in
// that very sentence. An article with no member in a group carries the
// group's fact within one of its sentences (Group.Within, as for a
// quotation printed whole: verbatim.go) when a member's sentence, of at
// least withinTerms content words, has withinContainment of them in that
// sentence, the member being the shorter: "Damages to the church are
// estimated at $1 million." inside the lede above. A sentence that only
// shares words with the fact is no such evidence: a reworded report
// ("Palin apologized" against "she was sorry") is left to the alignment,
// and two facts that share a few names and a place (the look-alike that
// the demo's gold calls a lexical trap) do not reach the share.
const (
	withinTerms       = 4
	withinContainment = 0.8
)

// carriedWithin adds to each group's Within the sentence of each article
// with no member, related sentence or Within there that holds a member's
// words (see above), the one that holds most of them.
func carriedWithin(r *Report, al *align.Alignment) {
	if al == nil {
		return
	}
	for gi := range r.Groups {
		g := &r.Groups[gi]
		for ai, a := range r.Articles {
			if g.Carries(ai) || relatedIn(g.Related, ai) {
				continue
			}
			best, bestShare := -1, 0.0
			for _, m := range g.Members {
				for _, ms := range m.Sentences {
					if r.Articles[m.Article].Sentences[ms].Role == RoleHeadline {
						continue // a headline's few words sit in many a sentence of the story
					}
					own := termsOf(al, m.Article, ms)
					if own < withinTerms {
						continue
					}
					for si, s := range a.Sentences {
						if !s.Role.Alignable() {
							continue
						}
						shortLen, share, ok := al.Containment(m.Article, ms, ai, si)
						if !ok || share < withinContainment || share <= bestShare || terms(shortLen) != own {
							continue // the member must be the shorter: its words all inside
						}
						if al.Conflict(m.Article, ms, ai, si) {
							continue // another player placed on injured reserve
						}
						best, bestShare = si, share
					}
				}
			}
			if best >= 0 {
				g.Within = insertMember(g.Within, Member{Article: ai, Sentences: []int{best}})
			}
		}
	}
}

// termsOf is how many content words sentence s of article ai has, as
// Containment counts them (its shorter side, against itself).
func termsOf(al *align.Alignment, ai, s int) int {
	shortLen, _, ok := al.Containment(ai, s, ai, s)
	if !ok {
		return 0
	}
	return terms(shortLen)
}

// terms undoes Containment's log1p of the shorter sentence's word count.
func terms(shortLen float64) int { return int(math.Round(math.Expm1(shortLen))) }

func relatedIn(ms []Member, ai int) bool {
	for _, m := range ms {
		if m.Article == ai {
			return true
		}
	}
	return false
}

// insertMember adds m to ms, kept ordered by article.
func insertMember(ms []Member, m Member) []Member {
	i := 0
	for i < len(ms) && ms[i].Article < m.Article {
		i++
	}
	ms = append(ms, Member{})
	copy(ms[i+1:], ms[i:])
	ms[i] = m
	return ms
}
