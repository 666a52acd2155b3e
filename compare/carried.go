package compare

import (
	"math"
	"slices"
	"strings"
	"unicode"

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
// alignment. Read on the shared data at 0.8 (60 sentences, about one in
// twelve wrong, such as a list of past Oscar hosts for "the next host … is
// Ellen DeGeneres"); at 0.7 a third more, and far more of them wrong.
const (
	withinTerms       = 4
	withinContainment = 0.8
	// withinProbes is how many of a member's rarest words (in the other
	// article) name the sentences tried: one that holds four fifths of
	// the member's words holds one of them, while trying every sentence
	// of every article for every group grew with their product (three
	// 200 KB articles took twice as long). On the shared data the
	// sentences found are those of trying every one; three probes missed
	// three of 60.
	withinProbes = 5
)

// carriedWithin adds to each group's Within the sentence of each article
// with no member, related sentence or Within there that holds a member's
// words (see above), the one that holds most of them.
func carriedWithin(r *Report, al *align.Alignment) {
	if al == nil {
		return
	}
	index := make([]map[string][]int, len(r.Articles)) // per article: word -> its sentences, built when needed
	type probe struct {
		ref   SentenceRef
		terms int      // its content words, as Containment counts them
		words []string // its words, for the index
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
						s := r.Articles[m.Article].Sentences[ms]
						if own := termsOf(al, m.Article, ms); s.Role != RoleHeadline && own >= withinTerms {
							ps = append(ps, probe{SentenceRef{m.Article, ms}, own, sentenceWords(s.Text, nil)})
						}
					}
				}
				if len(ps) == 0 {
					break
				}
			}
			if index[ai] == nil {
				index[ai] = wordIndex(r.Articles[ai])
			}
			best, bestShare := -1, 0.0
			for _, p := range ps {
				tried = probes(index[ai], p.words, tried[:0])
				for _, si := range tried {
					shortLen, share, ok := al.Containment(p.ref.Article, p.ref.Sentence, ai, si)
					if !ok || share < withinContainment || share <= bestShare || terms(shortLen) != p.terms {
						continue // the member must be the shorter: its words all inside
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

// wordIndex maps each word of an article's alignable sentences to those
// sentences, ascending.
func wordIndex(a Article) map[string][]int {
	ix := map[string][]int{}
	var ws []string
	for si, s := range a.Sentences {
		if !s.Role.Alignable() {
			continue
		}
		ws = sentenceWords(s.Text, ws[:0])
		for _, w := range ws {
			if l := ix[w]; len(l) == 0 || l[len(l)-1] != si {
				ix[w] = append(l, si)
			}
		}
	}
	return ix
}

// sentenceWords appends the lower-cased words of text, of three letters or
// digits or more, to dst.
func sentenceWords(text string, dst []string) []string {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 3 {
			dst = append(dst, w)
		}
	}
	return dst
}

// probes appends to dst, ascending and once each, the sentences of ix
// that hold one of words' withinProbes rarest there (fewest sentences).
func probes(ix map[string][]int, words []string, dst []int) []int {
	slices.SortFunc(words, func(x, y string) int {
		if d := len(ix[x]) - len(ix[y]); d != 0 {
			return d
		}
		return strings.Compare(x, y)
	})
	n := 0
	for i, w := range words {
		if n == withinProbes {
			break
		}
		if len(ix[w]) == 0 || i > 0 && w == words[i-1] {
			continue
		}
		dst = append(dst, ix[w]...)
		n++
	}
	slices.Sort(dst)
	return slices.Compact(dst)
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
