package compare

import (
	"flag"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/storydiff/storydiff/compare/align"
)

var refit = flag.Bool("refit", false, "refit the grouping thresholds on ECB+ by cross-validation over topics")

// groupingParams are the grouping thresholds fit on ECB+ (see align's
// mutualMass, leadMass and the constants of events.go); a mass of 1 turns
// a rule off.
type groupingParams struct {
	mutual, lead                                       float64
	eventLinks, eventLeadMass, leadCover, leadMajority float64
	apart                                              bool
	opening                                            int     // -1: none
	join                                               float64 // 0: never
	joinSize                                           int
	apartConflict                                      bool
	regroup                                            float64 // 0: off
	regroupApart                                       float64 // 0: 1 (off)
	eventConflict                                      float64 // 0: 1 (a conflicting link counts in full)
}

func (p groupingParams) options() Options {
	return Options{align: align.Options{MutualMass: p.mutual, LeadMass: p.lead,
		EventLinks: p.eventLinks, EventLeadMass: p.eventLeadMass, LeadCover: p.leadCover, LeadMajority: p.leadMajority,
		EventsApart: map[bool]int{true: 1, false: -1}[p.apart], OpeningParagraphs: p.opening,
		EventJoin: map[bool]float64{true: p.join, false: -1}[p.join > 0], EventJoinSize: max(1, p.joinSize), ApartConflict: map[bool]int{true: 1, false: -1}[p.apartConflict],
		RegroupShare:  map[bool]float64{true: p.regroup, false: -1}[p.regroup > 0],
		RegroupApart:  map[bool]float64{true: p.regroupApart, false: 1}[p.regroupApart > 0],
		EventConflict: map[bool]float64{true: p.eventConflict, false: 1}[p.eventConflict > 0]}}
}

func (p groupingParams) String() string {
	return fmt.Sprintf("mutualMass %.2f leadMass %.2f eventLinks %.2f eventLeadMass %.2f leadCover %.2f leadMajority %.2f eventsApart %v openingParagraphs %d eventJoin %.2f eventJoinSize %d apartConflict %v regroupShare %.2f regroupApart %.2f eventConflict %.2f",
		p.mutual, p.lead, p.eventLinks, p.eventLeadMass, p.leadCover, p.leadMajority, p.apart, p.opening, p.join, p.joinSize, p.apartConflict, p.regroup, p.regroupApart, p.eventConflict)
}

// The grid the thresholds are fit on, and the targets a setting must meet
// on the topics it is fit on: ECB+ precision and trap rate as in the
// issue, and the demo gold as TestDemoAlignmentAgainstGold,
// TestDemoLexicalTrapsStayApart and TestDemoUniqueSentencesStayAlone
// require it. Where even the strictest setting (both rules off: the
// engine before them) misses an ECB+ target on the training topics, a
// setting may not be clearly worse than it there.
//
// The rules for events (events.go) are fit on a grid of their own, with
// the two masses as shipped before them: with lower masses the fit gains
// a little ECB+ recall, but the groups on BASIL change enough that its
// divergent-framing F1 falls below what TestBasilFraming asserts (0.247
// cross-validated at mutualMass 0.30, leadMass 0.10). With the event rules
// off, the masses are fit as before.
var (
	mutualGrid       = []float64{0.25, 0.28, 0.30, 0.33, 0.36, 1}
	leadGrid         = []float64{0.05, 0.10, 0.15, 0.20, 0.25, 1}
	massesGrid       = [][2]float64{{0.33, 0.15}}
	eventLinksGrid   = []float64{1, 1.5, 2}
	eventLeadGrid    = []float64{0.05, 0.10, 0.15}
	leadCoverGrid    = []float64{0.1, 0.2, 0.3}
	leadMajorityGrid = []float64{0.34}
	apartGrid        = []bool{false, true}
	openingGrid      = []int{-1, 1}
	// Round 4: with eventsApart and openings, small events (a lone article,
	// or a pair) may join a larger one (eventJoin, eventJoinSize), and
	// across events a name or figure conflict holds even against the model
	// (apartConflict); the lead rules are then tried looser.
	joinGrid          = []float64{0, 0.5}
	joinSizeGrid      = []int{1, 2}
	apartConflictGrid = []bool{false, true}
	eventLinks4Grid   = []float64{1.25, 1.5, 2}
	leadMajority4Grid = []float64{0.25, 0.34}
	// Round 5: two groups of one event left apart may merge at a lower
	// share of linked pairs, a shared article's second sentence becoming a
	// related one (align's regroup.go); tried around round 4's setting.
	eventLinks5Grid = []float64{1.5, 2}
	leadCover5Grid  = []float64{0.1, 0.2}
	regroupGrid     = []float64{0.25, 0.34, 0.5}
	// Round 6: two groups that share nearly every article of the smaller
	// stay apart (align's regroupApart); 0 is round 5's rule (all).
	// The limit comes first, since of settings with the same figures the
	// fit keeps the first: on ECB+ since the floor of shared evidence it
	// changes no figure (in any fold, or on all topics) at the settings the
	// fit chooses, so the data cannot choose it, and
	// TestFactsNearlyEveryOutletTellsApartStayApart holds the phenomenon
	// it is for (ECB+ t12's ledes and escort sentences).
	regroupApartGrid = []float64{0.9, 0.85, 0.75, 0}
	// Round 6: a linked pair with a name or figure conflict counts less
	// towards two articles being one event (align's eventConflict; 0: in
	// full), at round 6's regroup setting and one more eventLinks.
	eventConflictGrid = []float64{0, 0.5, 0.75}
	eventLinks6Grid   = []float64{1.5, 1.75, 2}
	eventRulesOff     = groupingParams{eventLinks: 1.5, eventLeadMass: 1, leadCover: 1, leadMajority: 1, opening: -1}
	strictest         = withMasses(eventRulesOff, 1, 1)
)

func withMasses(p groupingParams, mutual, lead float64) groupingParams {
	p.mutual, p.lead = mutual, lead
	return p
}

const (
	fitPrecision = 0.85
	// fitTrap is the trap cap on the training topics before round 4: the
	// issue's 2% less a margin, or the strictest setting's rate where that
	// is higher. Held out, the rate then came out at 2.0% (round 3's
	// rules) and 2.7% (round 4's): a few topics carry most trap pairs, so
	// a margin of 0.2 points was too small.
	fitTrap = 0.018
	// Since round 4 the cap is chosen by a cross-validation within the
	// training topics (fitInnerFolds folds): the cap of fitCaps with the
	// highest held-out recall whose held-out trap rate is at most
	// fitHeldTrap.
	fitHeldTrap      = 0.02
	fitInnerFolds    = 4
	fitPrecisionLoss = 0.01
)

var fitCaps = []float64{0.008, 0.010, 0.012, 0.014, 0.016, 0.018}

// fitJunk caps the groups a setting forms among articles of different
// stories (crossStoryRuns: ECB+ topics and BASIL events, where every group
// is junk), per article pair: the ECB+ figures judge only annotated
// sentences and cannot see junk among the others, so without this cap the
// fit traded it for recall. Main before the floor of shared evidence
// formed 21 groups in 190 article pairs (0.11); with it, 6 (0.03).
const fitJunk = 0.05

// junkKinds are the cross-story runs the fit is held to; PolNeAR's texts
// are left out, since some of its articles of one week share a story.
var junkKinds = []string{"ecb pairs", "ecb triples", "basil triples"}

// TestFitGrouping fits the grouping thresholds by 5-fold cross-validation
// over the ECB+ topics: on four fifths of the topics, the setting with the
// highest recall that meets the targets there, under a trap cap itself
// chosen by cross-validation within those topics; it is scored on the
// other fifth. It prints the held-out figures (also under round 3's grid
// and cap, for comparison) and the setting fit on all topics, which must
// be the shipped one. Every topic is scored once per setting (about 14
// minutes on two busy cores); the folds only add the figures up.
func TestFitGrouping(t *testing.T) {
	if !*refit {
		t.Skip("slow: run with -refit")
	}
	topics := loadECB(t)
	var grid []groupingParams
	for _, m := range mutualGrid {
		for _, l := range leadGrid {
			if l <= m || m == 1 {
				grid = append(grid, withMasses(eventRulesOff, m, l))
			}
		}
	}
	for _, ml := range massesGrid {
		for _, ev := range eventLinksGrid {
			for _, em := range eventLeadGrid {
				for _, c := range leadCoverGrid {
					for _, mj := range leadMajorityGrid {
						for _, ap := range apartGrid {
							for _, op := range openingGrid {
								grid = append(grid, groupingParams{ml[0], ml[1], ev, em, c, mj, ap, op, 0, 1, false, 0, 0, 0})
							}
						}
					}
				}
			}
		}
	}
	for _, ml := range massesGrid {
		for _, ev := range eventLinks4Grid {
			for _, em := range eventLeadGrid {
				for _, c := range leadCoverGrid {
					for _, mj := range leadMajority4Grid {
						for _, j := range joinGrid {
							for _, js := range joinSizeGrid {
								if j == 0 && js > 1 {
									continue // joinSize only matters when joining
								}
								for _, ac := range apartConflictGrid {
									grid = append(grid, groupingParams{ml[0], ml[1], ev, em, c, mj, true, 1, j, js, ac, 0, 0, 0})
								}
							}
						}
					}
				}
			}
		}
	}
	for _, ml := range massesGrid {
		for _, ev := range eventLinks5Grid {
			for _, em := range eventLeadGrid {
				for _, c := range leadCover5Grid {
					for _, mj := range leadMajority4Grid {
						for _, rg := range regroupGrid {
							for _, ra := range regroupApartGrid {
								grid = append(grid, groupingParams{ml[0], ml[1], ev, em, c, mj, true, 1, 0.5, 2, true, rg, ra, 0})
							}
						}
					}
				}
			}
		}
	}
	for _, ml := range massesGrid {
		for _, ev := range eventLinks6Grid {
			for _, em := range eventLeadGrid {
				for _, mj := range leadMajority4Grid {
					for _, ec := range eventConflictGrid {
						grid = append(grid, groupingParams{ml[0], ml[1], ev, em, 0.1, mj, true, 1, 0.5, 2, true, 0.34, 0.9, ec})
					}
				}
			}
		}
	}
	seen := map[groupingParams]bool{}
	grid = slices.DeleteFunc(grid, func(p groupingParams) bool {
		dup := seen[p]
		seen[p] = true
		return dup
	})
	t.Logf("%d settings", len(grid))
	cross := crossStoryRuns(t, topics)
	junkOf := map[groupingParams]junkFigures{}
	junk := func(p groupingParams) junkFigures {
		f, ok := junkOf[p]
		if !ok {
			for _, k := range junkKinds {
				f.add(scoreJunk(cross[k], p.options(), nil))
			}
			junkOf[p] = f
		}
		return f
	}
	// Every topic scored once per setting; the folds only add them up.
	perTopic := map[groupingParams][]ecbFigures{}
	demoOK := map[groupingParams]bool{}
	for _, p := range grid {
		demoOK[p] = demoRight(t, p.options())
		for _, tp := range topics {
			perTopic[p] = append(perTopic[p], scoreTopic(tp, p.options()))
		}
	}
	sum := func(p groupingParams, in []int) ecbFigures {
		var f ecbFigures
		for _, i := range in {
			f.add(perTopic[p][i])
		}
		return f
	}
	// fit returns, on the topics in, the setting of grid with the highest
	// recall whose trap rate is at most maxTrap, whose precision is not
	// clearly below the target (or the strictest setting's) and that keeps
	// the demo gold right.
	fit := func(grid []groupingParams, in []int, maxTrap float64) (groupingParams, ecbFigures) {
		strict := sum(strictest, in)
		minPrecision := min(fitPrecision, strict.precision()-fitPrecisionLoss)
		best, bestF := strictest, strict
		for _, p := range grid {
			f := sum(p, in)
			ok := demoOK[p] && f.precision() >= minPrecision && f.trapRate() <= maxTrap && f.failed == 0
			// The cross-story runs are scored only for a setting that
			// would be chosen otherwise.
			if ok && f.recallRate() > bestF.recallRate() && junk(p).perPair() <= fitJunk {
				best, bestF = p, f
			}
		}
		return best, bestF
	}
	// split gives the k-fold split of in by position.
	split := func(in []int, k, fold int) (train, test []int) {
		for j, i := range in {
			if j%k == fold {
				test = append(test, i)
			} else {
				train = append(train, i)
			}
		}
		return train, test
	}
	// nestedCap chooses the trap cap for fitting on the topics in by a
	// cross-validation within them. Of the caps whose held-out trap rate
	// stays within the 2% and precision at 0.85, it takes the
	// loosest whose held-out recall is within one standard error of the
	// highest (heldOutTie): a stricter cap only constrains the fit, and
	// where the inner folds cannot tell the caps apart by recall it buys
	// nothing they can measure. Choosing the highest recall outright let
	// one pair decide: on fold 0's topics caps 0.008 and 0.010 matched 1755
	// held-out pairs, the looser caps 1754, and the strict cap then made
	// the fit leave eventLinks 1.5 (training traps 0.83%) for 1.75 at the
	// same training recall, whose held-out recall is 0.539 against 0.622.
	nestedCap := func(grid []groupingParams) func(in []int) float64 {
		return func(in []int) float64 {
			type result struct {
				held    ecbFigures
				matched map[int]int // held-out matched pairs per topic
			}
			ok := map[float64]result{}
			best := -1.0
			for _, c := range fitCaps {
				r := result{matched: map[int]int{}}
				for fold := range fitInnerFolds {
					train, test := split(in, fitInnerFolds, fold)
					p, _ := fit(grid, train, c)
					r.held.add(sum(p, test))
					for _, i := range test {
						r.matched[i] = perTopic[p][i].matched
					}
				}
				if r.held.trapRate() <= fitHeldTrap && r.held.precision() >= fitPrecision {
					ok[c] = r
					if best < 0 || r.held.recallRate() > ok[best].held.recallRate() {
						best = c
					}
				}
			}
			if best < 0 {
				return fitCaps[0]
			}
			chosen := best
			for _, c := range fitCaps {
				if r, found := ok[c]; found && c > chosen && heldOutTie(in, ok[best].matched, r.matched) {
					chosen = c
				}
			}
			return chosen
		}
	}
	// round3Cap is the rule before round 4: 1.8%, or the strictest
	// setting's trap rate where that is higher.
	round3Cap := func(in []int) float64 { return max(fitTrap, sum(strictest, in).trapRate()) }
	all := make([]int, len(topics))
	for i := range all {
		all[i] = i
	}
	evaluate := func(name string, grid []groupingParams, capOf func(in []int) float64) groupingParams {
		var held ecbFigures
		for fold := range 5 {
			train, test := split(all, 5, fold)
			c := capOf(train)
			p, f := fit(grid, train, c)
			h := sum(p, test)
			t.Logf("%s, fold %d: trap cap %.3f, %v; train %v; held out %v", name, fold, c, p, f, h)
			held.add(h)
		}
		t.Logf("%s, cross-validated over topics: %v", name, held)
		c := capOf(all)
		p, f := fit(grid, all, c)
		t.Logf("%s, fit on all topics (trap cap %.3f): %v; %v; cross-story %v", name, c, p, f, junk(p))
		return p
	}
	round3 := slices.DeleteFunc(slices.Clone(grid), func(p groupingParams) bool {
		return p.join > 0 || p.apartConflict || p.leadMajority != 0.34 && p.leadMajority != 1 || p.eventLinks == 1.25
	})
	evaluate("round 3's grid and cap", round3, round3Cap)
	evaluate("round 3's grid, nested cap", round3, nestedCap(round3))
	evaluate("full grid, round 3's cap", grid, round3Cap)
	p := evaluate("full grid, nested cap (shipped)", grid, nestedCap(grid))
	opening := align.OpeningParagraphs
	if opening == 0 {
		opening = -1
	}
	regroupApart := align.RegroupApart
	if regroupApart >= 1 {
		regroupApart = 0
	}
	eventConflict := float64(align.EventConflict)
	if eventConflict >= 1 {
		eventConflict = 0
	}
	shipped := groupingParams{align.MutualMass, align.LeadMass, align.EventLinks, align.EventLeadMass, align.LeadCover, align.LeadMajority, align.EventsApart, opening, align.EventJoin, align.EventJoinSize, align.ApartConflict, align.RegroupShare, regroupApart, eventConflict}
	if p != shipped {
		t.Errorf("the shipped thresholds are %v; the fit gives %v", shipped, p)
	}
}

// heldOutTie reports whether two settings' held-out matched pairs over the
// topics in (best's and other's, per topic) differ by no more than one
// standard error of their paired difference, summed over the topics: the
// "one standard error" rule of model selection (Hastie, Tibshirani and
// Friedman, The Elements of Statistical Learning, 7.10).
func heldOutTie(in []int, best, other map[int]int) bool {
	if len(in) < 2 {
		return false
	}
	var total float64
	for _, i := range in {
		total += float64(best[i] - other[i])
	}
	mean := total / float64(len(in))
	var ss float64
	for _, i := range in {
		d := float64(best[i]-other[i]) - mean
		ss += d * d
	}
	// A difference of one pair in one topic is exactly one standard
	// error, whatever the number of topics: the margin keeps rounding from
	// deciding it.
	return total <= math.Sqrt(ss/float64(len(in)-1)*float64(len(in)))+1e-9
}

// demoRight reports whether the demo gold holds as the gold tests require.
func demoRight(t *testing.T, opt Options) bool {
	d := loadDemoWith(t, opt)
	gold, pred := d.goldPairs(t), d.predictedPairs()
	hit := 0
	for p := range gold {
		if _, ok := pred[p]; ok {
			hit++
		}
	}
	apart := 0
	for _, na := range d.gold.NotAligned {
		a1, s1 := d.sentence(t, na.A.Article, na.A.Text)
		a2, s2 := d.sentence(t, na.B.Article, na.B.Text)
		if g := groupOf(d.report, a1, s1); g == "" || g != groupOf(d.report, a2, s2) {
			apart++
		}
	}
	alone := 0
	for _, u := range d.gold.Unique {
		if a, s := d.sentence(t, u.Article, u.Text); groupOf(d.report, a, s) == "" {
			alone++
		}
	}
	p, r := float64(hit)/float64(max(1, len(pred))), float64(hit)/float64(max(1, len(gold)))
	return p >= 0.85 && r >= 0.6 && float64(apart) >= 0.85*float64(len(d.gold.NotAligned)) &&
		float64(alone) >= 0.85*float64(len(d.gold.Unique))
}
