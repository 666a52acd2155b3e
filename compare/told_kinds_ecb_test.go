package compare

import (
	"cmp"
	"fmt"
	"slices"
	"testing"
)

// A "told differently?" names the claim's nearest counterpart in another
// article; the audits found it naming a wrong sentence most often when
// that counterpart was a fragment ("He added," at 0.98 to a sentence
// ending "he added"), another outlet's lede or headline (which shares the
// story's words with nearly every sentence), or, in stories of many
// articles, a sentence on a look-alike event of another day. These tests
// measure the hedges by those kinds on the gold and fit the fragment rule
// (toldMinContent).

// toldCand is one counterpart of a claim in another article.
type toldCand struct {
	sim           float64
	content       int  // its content words (contentStems)
	quoted        bool // its content words run in the claim's (quotedIn)
	quotes        bool // the claim's run in its
	lede          bool // a headline or lede
	named, judged bool // the gold pairs it with the claim's sentence; the gold annotates it
	trap          bool // of the other sub-topic (whole topics): a look-alike event
	sent          Sentence
}

// candidates fills c.own and c.cands from sentence si of article ai's
// Nearest (the counterparts nearestElsewhere chooses among), closest first
// (the earlier article on a tie, as nearestElsewhere picks), judged by
// judge.
func (c *toldClaim) candidates(r *Report, ai, si int, judge func(Nearest) (named, judged, trap bool)) {
	c.sent = r.Articles[ai].Sentences[si]
	own := contentRun(c.sent.Text)
	c.own = distinct(own)

	for _, n := range r.Articles[ai].Sentences[si].Nearest {
		if n.Article == ai || !r.alignableRef(n) {
			continue
		}
		o := r.Articles[n.Article].Sentences[n.Sentence]
		named, judged, trap := judge(n)
		c.cands = append(c.cands, toldCand{sim: n.Similarity, content: distinct(contentRun(o.Text)), quoted: quotedIn(contentRun(o.Text), own), quotes: quotedIn(own, contentRun(o.Text)),
			lede: o.Role == RoleHeadline || o.Role == RoleLede, named: named, judged: judged, trap: trap, sent: o})
	}
	slices.SortStableFunc(c.cands, func(x, y toldCand) int { return cmp.Compare(y.sim, x.sim) })
}

// at is the claim as the readers judge it when a sentence of at most k
// content words anchors no note unless quoted in the other (k < 0: any
// sentence does; anchorPair): its closest counterpart it may anchor one
// with, or none (sim 0).
func (c toldClaim) at(k int) toldClaim {
	c.sim, c.named, c.judged = 0, false, false
	if n, ok := c.counterpart(k); ok {
		c.sim, c.named, c.judged = n.sim, n.named, n.judged
	}
	return c
}

// counterpart is the candidate at(k) names; ok false when none. At the
// shipped k it is the shipped rule, anchorPair; at another (fitting
// toldMinContent) anchorPair's rule with k for toldMinContent.
func (c toldClaim) counterpart(k int) (toldCand, bool) {
	for _, n := range c.cands {
		if k == toldMinContent {
			if anchorPair(c.sent, n.sent) {
				return n, true
			}
			continue
		}
		if c.sent.Role.Alignable() && n.sent.Role.Alignable() && (c.own > k || n.quotes) && (n.content > k || n.quoted) {
			return n, true
		}
	}
	return toldCand{}, false
}

// atAll is at over a list.
func atAll(cs []toldClaim, k int) []toldClaim {
	out := make([]toldClaim, len(cs))
	for i, c := range cs {
		out[i] = c.at(k)
	}
	return out
}

// hedgeScore counts a bar's hedges and those naming a gold counterpart.
type hedgeScore struct{ hedged, named, told int }

func scoreHedges(cs []toldClaim, bar float64, k int) hedgeScore {
	var s hedgeScore
	for _, c := range cs {
		if c = c.at(k); c.sim >= bar {
			s.hedged++
			if c.named {
				s.named++
			}
			if c.told {
				s.told++
			}
		}
	}
	return s
}

func (s hedgeScore) String() string {
	return fmt.Sprintf("%d hedges, %d naming a gold counterpart (%.3f), %d of sentences told elsewhere (%.3f)",
		s.hedged, s.named, ratio(s.named, s.hedged), s.told, ratio(s.told, s.hedged))
}

func (s *hedgeScore) add(o hedgeScore) { s.hedged += o.hedged; s.named += o.named; s.told += o.told }

// fitContent returns the k of 0 to 6 whose hedges at bar name a gold
// counterpart most often net of those naming another (named less the
// rest), the lower on a tie (-1: no rule): a note sends the editor to its
// sentence, so one that names a wrong one costs what a right one gains.
func fitContent(cs []toldClaim, bar float64) int {
	best, bestNet := -1, 0
	for k := -1; k <= 6; k++ {
		s := scoreHedges(cs, bar, k)
		if net := 2*s.named - s.hedged; k < 0 || net > bestNet {
			best, bestNet = k, net
		}
	}
	return best
}

// wholeToldClaims runs each whole topic (both sub-topics: look-alike
// events, as an editor loading a day's coverage of two fires would) and
// judges the counterpart each annotated sentence in no group would name:
// named when the gold pairs the two, a counterpart of the other
// sub-topic (a trap) judged and wrong; told when the gold pairs the
// sentence with one of another article. These claims judge the hedges
// only: the "only in" claims are judged sub-topic by sub-topic.
func wholeToldClaims(topics []ecbTopic) (cs []toldClaim) {
	for ti, tp := range topics {
		positive := goldPairs(tp)
		arts := make([]int, len(tp.Articles))
		for i := range arts {
			arts[i] = i
		}
		r := compareECB(tp, arts)
		if r == nil {
			continue
		}
		for ai, a := range r.Articles {
			gold := tp.Articles[ai].Sentences
			seen := map[int]bool{}
			for si, s := range a.Sentences {
				p := s.Paragraph
				if !s.Role.Alignable() || s.Group != nil || p >= len(gold) || !gold[p].Annotated || seen[p] {
					continue
				}
				seen[p] = true
				c := toldClaim{topic: ti}
				c.candidates(r, ai, si, func(n Nearest) (named, judged, trap bool) {
					np := r.Articles[n.Article].Sentences[n.Sentence].Paragraph
					ng := tp.Articles[n.Article].Sentences
					if tp.Articles[n.Article].Subtopic != tp.Articles[ai].Subtopic {
						return false, true, true
					}
					return positive[[4]int{ai, p, n.Article, np}], np < len(ng) && ng[np].Annotated, false
				})
				for _, q := range tp.Positive {
					c.told = c.told || q[0] == ai && q[1] == p && q[2] != ai || q[2] == ai && q[3] == p && q[0] != ai
				}
				cs = append(cs, c.at(toldMinContent))
			}
		}
	}
	return cs
}

// toldKinds logs a set's hedges at bar, with no fragment rule, by the kind
// of counterpart they name.
func toldKinds(t *testing.T, name string, cs []toldClaim, bar float64) {
	kinds := []string{"a side of 2 content words or fewer", "a side of 3 or 4", "a headline or lede", "a body sentence"}
	var by [4]hedgeScore
	judged, traps := [4]int{}, 0
	for _, c := range cs {
		n, ok := c.counterpart(-1)
		if !ok || n.sim < bar {
			continue
		}
		k := 3
		switch m := min(c.own, n.content); {
		case m <= 2:
			k = 0
		case m <= 4:
			k = 1
		case n.lede:
			k = 2
		}
		by[k].add(scoreHedges([]toldClaim{c}, bar, -1))
		if n.judged {
			judged[k]++
		}
		if n.trap {
			traps++
		}
	}
	t.Logf("%s: %d of the hedges name a look-alike event's sentence (the other sub-topic)", name, traps)
	for i, k := range kinds {
		t.Logf("%s, naming %s: %v (%d judged by the gold)", name, k, by[i], judged[i])
	}
}

// TestFitToldFragments measures the "told differently?" hedges at toldMin
// by the kind of counterpart they name, on ECB+ (each sub-topic, and each
// whole topic, where the look-alike event of the other sub-topic is a
// trap) and the demo, and fits toldMinContent by 5-fold cross-validation
// over topics (the demo one topic more): the hedges held out must name a
// gold counterpart more often than without the rule.
func TestFitToldFragments(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every ECB+ sub-topic and topic")
	}
	topics := loadECB(t)
	sub, _ := toldClaims(topics)
	whole := wholeToldClaims(topics)
	demo, _ := demoToldClaims(t)
	for i := range demo {
		demo[i].topic = len(topics)
	}
	for _, s := range []struct {
		name string
		cs   []toldClaim
	}{{"ECB+ sub-topics", sub}, {"ECB+ whole topics", whole}, {"demo", demo}} {
		toldKinds(t, s.name, s.cs, toldMin)
		for k := -1; k <= 6; k++ {
			t.Logf("%s, fragments of %d content words or fewer: %v", s.name, k, scoreHedges(s.cs, toldMin, k))
		}
	}
	all := slices.Concat(sub, whole, demo)
	var before, after hedgeScore
	for fold := range 5 {
		train, test := splitFold(all, func(c toldClaim) int { return c.topic }, fold)
		k := fitContent(train, toldMin)
		b, a := scoreHedges(test, toldMin, -1), scoreHedges(test, toldMin, k)
		t.Logf("fold %d: k %d; held out, no rule: %v; with it: %v", fold, k, b, a)
		before.add(b)
		after.add(a)
	}
	t.Logf("held out: no rule %v; fitted %v", before, after)
	if k := fitContent(all, toldMin); k != toldMinContent {
		t.Errorf("toldMinContent is %d, the fit on every topic %d", toldMinContent, k)
	}
	if ratio(after.named, after.hedged) <= ratio(before.named, before.hedged) {
		t.Errorf("held out, the fragment rule's hedges name a gold counterpart %d of %d times, without it %d of %d",
			after.named, after.hedged, before.named, before.hedged)
	}
}
