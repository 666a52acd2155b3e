package compare

import (
	"slices"

	"github.com/storydiff/storydiff/compare/align"
)

// A sentence is in one group only, so a lede that fuses several facts
// ("… received an estimated $1 million in damage from a fire that was
// deliberately set Friday night") is a member of one of them, and its
// article was said to "leave out" the others although it tells them in
// that very sentence. An article with no member in a group carries the
// group's fact within one of its sentences (Group.Within, as for a
// quotation printed whole: verbatim.go) when a member's sentence, of at
// least withinTerms content words and not a headline, has
// withinContainment of them in that sentence, the member being the
// shorter, and the two name no different people, places or figures
// (align's Conflict): "Damages to the church are estimated at $1
// million." inside the lede above, but not "The Saints placed rookie Chris
// Ivory on injured reserve" inside a sentence on another player. A
// headline's few words sit in many a sentence of the story. A sentence
// that only shares words with the fact is no such evidence: a reworded
// report ("Palin apologized" against "she was sorry") is left to the
// alignment. A word that most of a group's members (three or more) hold
// and few other sentences do ("apologized", "apology": one stem), found
// in a sentence grouped with another fact, was tried as that evidence: on
// the shared data it found 71 such sentences with the 300 commonest words
// left out, about 41 of them right (read by hand; "Kroon declined to say
// if the blaze was politically based" took the apology's "vice
// presidential", "news outlets" the group's "no outlets for their
// anger"), and 22 with the 3,000 commonest left out and no different
// names or figures than any member, 16 right, 5 wrong ("intentionally
// set" for "intent or motive", ".357 Magnum" for another sentence on the
// gun). Both wrong far more often than the rule below, so neither ships.
// The sentence is one grouped with another fact: a sentence in
// no group that holds a member's words is the alignment's to join, and the
// readers say of a sentence carrying a fact within that it is grouped with
// another. Read on the shared data at 0.8 (57 sentences, three of them
// wrong, such as a list of past Oscar hosts for "the next host … is Ellen
// DeGeneres"); at 0.7 a third more, and far more of them wrong. Nor does
// an article carry another event's news (otherEventsNews): that drops the
// Oscar list (twice) and two captures of pirates said to carry another
// week's capture, leaving 53.
const (
	withinTerms       = 4
	withinContainment = 0.8
	// withinProbes is how many of a member's rarest terms (in the other
	// article) name the sentences tried: one that holds four fifths of
	// the member's words holds one of them, while trying every sentence
	// of every article for every group grew with their product (three
	// 200 KB articles took twice as long). On the shared data the
	// sentences found are those of trying every one; three probes missed
	// three.
	withinProbes = 5
)

// carriedWithin adds to each group's Within the sentence of each article
// with no member, related sentence or Within there that holds a member's
// words (see above), the one that holds most of them.
func carriedWithin(r *Report, al *align.Alignment) {
	if al == nil {
		return
	}
	index := make([]postings, len(r.Articles)) // per article, built when needed
	grouped := groupedSentences(r)
	type probe struct {
		ref   SentenceRef
		terms []int32 // its content words' terms, as Containment counts them
	}
	var ps []probe
	var tried []int
	for gi := range r.Groups {
		g := &r.Groups[gi]
		ps = ps[:0]
		for ai := range r.Articles {
			if g.Carries(ai) || relatedIn(g.Related, ai) {
				continue
			}
			if len(ps) == 0 { // the group's members, once it has an article to try
				for _, m := range g.Members {
					for _, ms := range m.Sentences {
						terms := al.Terms(m.Article, ms)
						if r.Articles[m.Article].Sentences[ms].Role != RoleHeadline && len(terms) >= withinTerms {
							ps = append(ps, probe{SentenceRef{m.Article, ms}, terms})
						}
					}
				}
				if len(ps) == 0 {
					break
				}
			}
			if otherEventsNews(al, g, ai) {
				continue
			}
			if index[ai] == nil && len(r.Articles[ai].Sentences) > 0 {
				index[ai] = termIndex(al, ai, len(r.Articles[ai].Sentences))
			}
			best, bestShare := -1, 0.0
			for _, p := range ps {
				tried = probes(index[ai], p.terms, tried[:0])
				for _, si := range tried {
					if !grouped[ai][si] || len(al.Terms(ai, si)) < len(p.terms) {
						continue // grouped with another fact (see above); the member the shorter
					}
					// The member is the shorter (checked above, on the
					// counts Containment takes the shorter of), so share
					// is the part of its words inside the sentence.
					_, share, ok := al.Containment(p.ref.Article, p.ref.Sentence, ai, si)
					if !ok || share < withinContainment || share <= bestShare {
						continue
					}
					if al.Conflict(p.ref.Article, p.ref.Sentence, ai, si) {
						continue
					}
					best, bestShare = si, share
				}
			}
			if best >= 0 {
				g.Within = insertMember(g.Within, Member{Article: ai, Sentences: []int{best}})
			}
		}
	}
}

// otherEventsNews reports whether group g tells the news of another
// event than article ai's: a member opens its article (align's Opens:
// where an outlet tells its event's news) and every member's article
// reports another event than ai's (align's Apart). Look-alike events are
// told in the same words (pirates "apprehended" in the Gulf of Aden one
// week and the next), so an article of one holds the other's news without
// carrying it; background both tell ("the reviews have been blamed by
// developers for delays") is no event's news.
func otherEventsNews(al *align.Alignment, g *Group, ai int) bool {
	opens := false
	for _, m := range g.Members {
		if !al.Apart(m.Article, ai) {
			return false
		}
		for _, si := range m.Sentences {
			opens = opens || al.Opens(m.Article, si)
		}
	}
	return opens
}

// groupedSentences marks, per article, the sentences in a group as a
// member or a related sentence.
func groupedSentences(r *Report) [][]bool {
	out := make([][]bool, len(r.Articles))
	for ai, a := range r.Articles {
		out[ai] = make([]bool, len(a.Sentences))
	}
	for _, g := range r.Groups {
		for _, ms := range [][]Member{g.Members, g.Related} {
			for _, m := range ms {
				for _, si := range m.Sentences {
					out[m.Article][si] = true
				}
			}
		}
	}
	return out
}

// postings lists an article's sentences by content-word term: each entry
// is a term in the high 32 bits and a sentence in the low, ascending, so
// that a term's sentences are one run (one slice, not a map of lists: it
// is built for every article).
type postings []uint64

// termIndex returns the postings of an article's sentences (of n).
func termIndex(al *align.Alignment, ai, n int) postings {
	size := 0
	for si := 0; si < n; si++ {
		size += len(al.Terms(ai, si))
	}
	ix := make(postings, 0, size)
	for si := 0; si < n; si++ {
		for _, t := range al.Terms(ai, si) { // each term once: Terms is a set
			ix = append(ix, uint64(uint32(t))<<32|uint64(si))
		}
	}
	slices.Sort(ix)
	return ix
}

// of returns the run of term t's entries.
func (ix postings) of(t int32) postings {
	lo, _ := slices.BinarySearch(ix, uint64(uint32(t))<<32)
	hi := lo
	for hi < len(ix) && ix[hi]>>32 == uint64(uint32(t)) {
		hi++
	}
	return ix[lo:hi]
}

// probes appends to dst, ascending and once each, the sentences of ix
// that hold one of terms' withinProbes rarest there (fewest sentences).
func probes(ix postings, terms []int32, dst []int) []int {
	var rare [withinProbes]postings // the withinProbes shortest runs so far
	n := 0
	for _, t := range terms {
		l := ix.of(t)
		if len(l) == 0 {
			continue
		}
		if n < withinProbes {
			rare[n] = l
			n++
			continue
		}
		longest := 0
		for i := 1; i < n; i++ {
			if len(rare[i]) > len(rare[longest]) {
				longest = i
			}
		}
		if len(l) < len(rare[longest]) {
			rare[longest] = l
		}
	}
	for _, l := range rare[:n] {
		for _, e := range l {
			dst = append(dst, int(uint32(e)))
		}
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

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
