package compare

import (
	"fmt"
	"slices"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// The omission claims are measured on ECB+ in sets of the size an editor
// compares (two to five articles of one sub-topic, the sub-topic's
// articles taken in order). A claim "article A leaves out fact G" is false
// when A has a sentence that the gold marks coreferent with a sentence of
// G (a positive pair), and judged at all only when a sentence of G and one
// of A were annotated. "A shares no fact with the others" is false when A
// has a positive pair with another article of the set.

// omissionClaim is one claim and what decides whether it is hedged.
type omissionClaim struct {
	topic   int
	false   bool    // the gold says the article carries the fact
	strict  bool    // and one of its sentences has every event of one of the fact's sentences
	sim     float64 // similarity of the article's closest sentence to the fact; 0 when none
	offstor bool    // a "shares no fact" claim, not a "leaves out"
	named   bool    // the gold pairs the closest sentence with one of the fact's
}

// omissionSetSizes are the sizes of the sets the claims are measured in.
var omissionSetSizes = []int{2, 3, 4, 5}

// omissionClaims runs every set of every topic and lists the judged claims.
func omissionClaims(t *testing.T, topics []ecbTopic) []omissionClaim {
	var out []omissionClaim
	for ti, tp := range topics {
		positive := goldPairs(tp)
		for _, sub := range []string{"ecb", "ecbplus"} {
			arts := subtopicArticles(tp, sub)
			for _, k := range omissionSetSizes {
				for from := 0; from+k <= len(arts); from += k {
					out = append(out, setClaims(tp, ti, arts[from:from+k], positive)...)
				}
			}
		}
	}
	return out
}

// setClaims compares one set and judges its claims.
func setClaims(tp ecbTopic, ti int, set []int, positive map[[4]int]bool) []omissionClaim {
	docs := make([]*ingest.Document, len(set))
	for i, a := range set {
		docs[i] = tp.docs[a]
	}
	r := Compare(docs, Options{})
	annotated := func(ai, si int) bool {
		a := tp.Articles[set[ai]]
		p := r.Articles[ai].Sentences[si].Paragraph
		return p < len(a.Sentences) && a.Sentences[p].Annotated
	}
	// carries reports whether article ai has a sentence coreferent with one
	// of refs, and whether the claim can be judged at all.
	actions := func(ai, si int) []string {
		return tp.Articles[set[ai]].Sentences[r.Articles[ai].Sentences[si].Paragraph].Actions
	}
	// strictly reports whether a sentence of ai has every event of one of refs.
	strictly := func(ai int, refs []SentenceRef) bool {
		for _, ref := range refs {
			if !annotated(ref.Article, ref.Sentence) || len(actions(ref.Article, ref.Sentence)) == 0 {
				continue
			}
			for si := range r.Articles[ai].Sentences {
				if !annotated(ai, si) {
					continue
				}
				all := true
				for _, e := range actions(ref.Article, ref.Sentence) {
					all = all && slices.Contains(actions(ai, si), e)
				}
				if all {
					return true
				}
			}
		}
		return false
	}
	carries := func(ai int, refs []SentenceRef) (carried, judged bool) {
		anyA := false
		for si := range r.Articles[ai].Sentences {
			anyA = anyA || annotated(ai, si)
		}
		for _, ref := range refs {
			if !annotated(ref.Article, ref.Sentence) {
				continue
			}
			judged = anyA
			p := r.Articles[ref.Article].Sentences[ref.Sentence].Paragraph
			for si, s := range r.Articles[ai].Sentences {
				if annotated(ai, si) && positive[[4]int{set[ref.Article], p, set[ai], s.Paragraph}] {
					return true, true
				}
			}
		}
		return false, judged
	}
	claim := func(ai int, refs []SentenceRef, off bool) []omissionClaim {
		carried, judged := carries(ai, refs)
		if !judged {
			return nil
		}
		c := omissionClaim{topic: ti, false: carried, strict: carried && strictly(ai, refs), offstor: off}
		if n, ok := r.closestTo(ai, refs); ok {
			c.sim = n.Similarity
			c.named = annotated(ai, n.Sentence) && slices.ContainsFunc(refs, func(ref SentenceRef) bool {
				p := r.Articles[ref.Article].Sentences[ref.Sentence].Paragraph
				return annotated(ref.Article, ref.Sentence) && positive[[4]int{set[ref.Article], p, set[ai], r.Articles[ai].Sentences[n.Sentence].Paragraph}]
			})
		}
		return []omissionClaim{c}
	}
	var out []omissionClaim
	for ai := range r.Articles {
		for _, g := range r.Groups {
			if !slices.Contains(r.Articles[ai].Summary.Omitted, g.ID) {
				continue
			}
			out = append(out, claim(ai, groupRefs(g), false)...)
		}
		if r.UniqueIsOmission() {
			for bi, b := range r.Articles {
				if bi == ai {
					continue
				}
				for _, si := range b.Summary.Alone {
					out = append(out, claim(ai, []SentenceRef{{Article: bi, Sentence: si}}, false)...)
				}
			}
		}
	}
	none, _ := r.OffStory()
	for _, ai := range none {
		var refs []SentenceRef
		for bi, b := range r.Articles {
			if bi == ai {
				continue
			}
			for si, s := range b.Sentences {
				if s.Role.Alignable() {
					refs = append(refs, SentenceRef{Article: bi, Sentence: si})
				}
			}
		}
		out = append(out, claim(ai, refs, true)...)
	}
	return out
}

// claimScore counts the claims a bar leaves standing (similarity below it)
// and hedges.
type claimScore struct {
	kept, keptTrue, hedged, hedgedFalse, true_ int
	keptStrict, hedgedStrict                   int // false claims by the strict reading
	hedgedNamed                                int // hedges naming a sentence the gold pairs with one of the fact's
}

func scoreClaims(cs []omissionClaim, bar float64, keep func(omissionClaim) bool) claimScore {
	var s claimScore
	for _, c := range cs {
		if !keep(c) {
			continue
		}
		if !c.false {
			s.true_++
		}
		if c.sim >= bar {
			s.hedged++
			if c.false {
				s.hedgedFalse++
			}
			if c.strict {
				s.hedgedStrict++
			}
			if c.named {
				s.hedgedNamed++
			}
			continue
		}
		s.kept++
		if c.strict {
			s.keptStrict++
		}
		if !c.false {
			s.keptTrue++
		}
	}
	return s
}

func (s claimScore) precision() float64 { return ratio(s.keptTrue, s.kept) }
func (s claimScore) recall() float64    { return ratio(s.keptTrue, s.true_) }

// fbeta weighs precision twice as much as the true omissions kept (F0.5):
// a false "leaves out" misleads, a hedged true one still shows, hedged.
func (s claimScore) fbeta() float64 { return fHalf(s.precision(), s.recall()) }

func (s claimScore) String() string {
	return fmt.Sprintf("claims standing %d, true %d (precision %.3f), true omissions kept %d/%d (%.3f); hedged %d, of them false %d, naming a gold counterpart %d; strictly false: standing %d, hedged %d",
		s.kept, s.keptTrue, s.precision(), s.keptTrue, s.true_, s.recall(), s.hedged, s.hedgedFalse, s.hedgedNamed, s.keptStrict, s.hedgedStrict)
}

// mayCarryBars is the grid the bar is chosen from.
func mayCarryBars() []float64 {
	var bars []float64
	for b := 0.10; b <= 1.001; b += 0.025 {
		bars = append(bars, float64(int(b*1000+0.5))/1000)
	}
	return append(bars, 2) // 2: never hedge
}

// fitBar returns the bar of the grid with the best F0.5 on the claims (the
// higher bar, hedging less, on a tie).
func fitBar(cs []omissionClaim, keep func(omissionClaim) bool) float64 {
	best, bestF := 2.0, -1.0
	for _, b := range mayCarryBars() {
		if f := scoreClaims(cs, b, keep).fbeta(); f > bestF+1e-12 || f >= bestF-1e-12 && b > best {
			best, bestF = b, f
		}
	}
	return best
}

// fitStrictBar returns the lowest bar of the grid at which the hedges are
// right at least as often as wrong by the strict reading (one sentence of
// the article has every event of one of the fact's sentences), and at
// least minHedged of them; 2 (never hedge) when no bar is. A "may carry"
// undoes a "leaves out", so it must be right more often than not: the
// loose reading (same event, any detail) counts a lede on the robbery as
// carrying the group's $ figure, which the demo's fact-level gold shows
// is not what an editor reads "may carry" as.
func fitStrictBar(cs []omissionClaim, keep func(omissionClaim) bool) float64 {
	const minHedged = 5
	for _, b := range mayCarryBars() {
		s := scoreClaims(cs, b, keep)
		if s.hedged >= minHedged && 2*s.hedgedStrict >= s.hedged {
			return b
		}
	}
	return 2
}

// TestFitMayCarry measures how often "leaves out" and "shares no fact" are
// false on ECB+, logs the bar the strict reading alone would fit by 5-fold
// cross-validation over topics (r15's rule: none), and checks the shipped
// bar, toldMin (fitted for "only in one article", TestFitToldDifferently):
// the claims it leaves standing are no less precise, and its hedges are
// right more often than wrong, on ECB+ by the gold's coreference and on
// the demo by its fact-level gold, together (the demo alone has one
// hedge, wrong, on a pair its gold marks as a lexical trap: logged).
func TestFitMayCarry(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every ECB+ topic four times")
	}
	topics := loadECB(t)
	cs := omissionClaims(t, topics)
	leaves := func(c omissionClaim) bool { return !c.offstor }
	off := func(c omissionClaim) bool { return c.offstor }
	before := scoreClaims(cs, 2, leaves)
	t.Logf("leaves out, never hedged: %v", before)
	t.Logf("shares no fact, never hedged: %v", scoreClaims(cs, 2, off))
	var held claimScore
	for fold := range 5 {
		train, test := splitFold(cs, func(c omissionClaim) int { return c.topic }, fold)
		b := fitStrictBar(train, leaves)
		h := scoreClaims(test, b, leaves)
		t.Logf("strict reading, fold %d: bar %.3f; train %v; held out %v", fold, b, scoreClaims(train, b, leaves), h)
		held.kept += h.kept
		held.keptTrue += h.keptTrue
		held.hedged += h.hedged
		held.hedgedFalse += h.hedgedFalse
		held.true_ += h.true_
		held.keptStrict += h.keptStrict
		held.hedgedStrict += h.hedgedStrict
	}
	t.Logf("strict reading, held out: %v", held)
	t.Logf("F0.5 fit (r13e's, by the loose reading) on every topic: bar %.3f", fitBar(cs, leaves))
	t.Logf("strict reading, fit on every topic: bar %.3f", fitStrictBar(cs, leaves))
	s := scoreClaims(cs, mayCarryMin, leaves)
	t.Logf("leaves out at the shipped bar %.3f: %v", mayCarryMin, s)
	t.Logf("shares no fact at its bar %.3f (ClosestElsewhere): %v", offStoryCloseMin, scoreClaims(cs, offStoryCloseMin, off))
	if mayCarryMin != toldMin {
		t.Errorf("mayCarryMin is %.3f, toldMin %.3f", mayCarryMin, toldMin)
	}
	if s.precision() < before.precision() {
		t.Errorf("hedging at %.3f lowers the precision of the claims left standing: %.3f from %.3f", mayCarryMin, s.precision(), before.precision())
	}
	d := loadDemo(t)
	right, wrong, placed := demoMayCarry(t, d)
	t.Logf("demo: %d may carry right by the gold (%d at the right place), %d wrong; on its lexical traps: %q", right, placed, wrong, demoTraps(t, d))
	if 2*(s.hedgedFalse+right) < s.hedged+right+wrong {
		t.Errorf("at %.3f the hedges are right %d times of %d on ECB+ and the demo: more often wrong than right", mayCarryMin, s.hedgedFalse+right, s.hedged+right+wrong)
	}
}

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
	if c := r.carryLinks(ai, refs); len(c) > 0 {
		return c[0], true
	}
	return Nearest{}, false
}
