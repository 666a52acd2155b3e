package compare

import (
	"slices"

	"github.com/storydiff/storydiff/compare/textsim"
)

// A reworded report of a fact often scores under toldMin against the
// fact's sentence ("Etheridge grabs the reporter's wrist and continually
// asks him to identify himself" against "… repeatedly asking the young man
// to identify himself", 0.40; "Justice Anthony M. Kennedy said the theory
// … was internally inconsistent" against "Justice Anthony Kennedy … said
// he was troubled by what he called an inconsistency", 0.47), and the
// article was said to leave the fact out: on a seeded sample of 40 plain
// "leaves out" claims over BASIL, 12 were false, 7 of them told reworded
// in a sentence the report scored 0.40 to 0.50. Below toldMin similarity
// alone names the same fact only about half the time (see toldMin); a
// close sentence that also holds words of the fact's sentence that its own
// article hardly uses and English news seldom does ("identify", "himself";
// "inconsistent") tells that fact far more often. Read over every BASIL
// event, the 28 such sentences named the fact 22 times; the 6 wrong shared
// a person's name and an office ("Jon Bruning" on another of his
// statements) or a topic's words ("tax-exempt status"). With the 300
// commonest words barred instead of 1,000, 51 sentences, 32 right; with
// either half of the events as the other's check, 1,000 was the more
// precise (16 of 19 and 6 of 9, against 24 of 32 and 8 of 18). Held out,
// on ECB+ (two to five articles of a sub-topic, as TestFitMayCarry sets
// them) it hedges 101 claims, 90 of them false by the gold, its sentence a
// gold counterpart of the fact's in 45; on the demo it hedges two true
// omissions, on a sentence sharing a union's name or "container" and
// "handles" with the fact. So such a sentence, too, makes "leaves out" a
// "may carry it there".
const (
	// rareCloseMin is the similarity from which a close sentence holding
	// the fact's rare words is offered.
	rareCloseMin = 0.40
	// rareShared is how many distinct stems the two sentences must share
	// that are rare in the article that may carry the fact: in at most
	// rareIn of its sentences (a name the whole article is about,
	// "Nebraska" in a story on Nebraska's lawsuit, is no evidence), and
	// not among English news's rareCommonRank commonest words ("across",
	// "statement", "campaign"), however seldom the article uses them.
	rareShared     = 2
	rareIn         = 2
	rareCommonRank = 1000
)

// mayCarryRare lists the groups article ai is not in, and that have no
// Carry in have, for which ai has a sentence from rareCloseMin to
// mayCarryMin close to one of the group's sentences that shares rareShared
// stems rare in ai with it (see above), closest first, at most
// mayCarryShown.
func mayCarryRare(r *Report, ai int, have []Carry) []Carry {
	if rareCloseMin >= mayCarryMin {
		return nil
	}
	var out []Carry
	var df map[string]int // stem → ai's sentences holding it, built when needed
	back := r.backIndex(ai)
	var links, kept []Nearest
	for _, g := range r.Groups {
		if g.Carries(ai) || slices.ContainsFunc(have, func(c Carry) bool { return c.Group == g.ID }) {
			continue
		}
		kept = kept[:0]
		for _, ref := range groupRefs(g) {
			links = r.appendLinks(links[:0], ai, ref, back, rareCloseMin)
			for _, n := range links {
				if n.Similarity >= mayCarryMin {
					continue // the similarity alone would have said so
				}
				if df == nil {
					df = stemSentences(r.Articles[ai])
				}
				if sharedRare(r.Articles[ref.Article].Sentences[ref.Sentence].Text, r.Articles[ai].Sentences[n.Sentence].Text, df) >= rareShared {
					kept = append(kept, n)
				}
			}
		}
		if near := mayCarryAt(byCloseness(kept), rareCloseMin); near != nil {
			out = append(out, Carry{Group: g.ID, Near: slices.Clone(near)})
		}
	}
	return out
}

// stemSentences counts, for each content stem (contentRun), the alignable
// sentences of a that hold it.
func stemSentences(a Article) map[string]int {
	df := map[string]int{}
	for _, s := range a.Sentences {
		if !s.Role.Alignable() {
			continue
		}
		run := contentRun(s.Text)
		for i, w := range run {
			if !slices.Contains(run[:i], w) {
				df[w]++
			}
		}
	}
	return df
}

// sharedRare counts the distinct content stems fact and own share that
// df (own's article's) finds in at most rareIn sentences and that are not
// among the rareCommonRank commonest words.
func sharedRare(fact, own string, df map[string]int) int {
	x, y := contentRun(fact), contentRun(own)
	n := 0
	for i, w := range x {
		if !slices.Contains(x[:i], w) && slices.Contains(y, w) && df[w] <= rareIn && !textsim.Common(w, rareCommonRank) {
			n++
		}
	}
	return n
}
