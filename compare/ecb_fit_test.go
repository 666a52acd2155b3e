package compare

import (
	"flag"
	"fmt"
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
	opening                                            int // -1: none
}

func (p groupingParams) options() Options {
	return Options{align: align.Options{MutualMass: p.mutual, LeadMass: p.lead,
		EventLinks: p.eventLinks, EventLeadMass: p.eventLeadMass, LeadCover: p.leadCover, LeadMajority: p.leadMajority,
		EventsApart: map[bool]int{true: 1, false: -1}[p.apart], OpeningParagraphs: p.opening}}
}

func (p groupingParams) String() string {
	return fmt.Sprintf("mutualMass %.2f leadMass %.2f eventLinks %.1f eventLeadMass %.2f leadCover %.2f leadMajority %.2f eventsApart %v openingParagraphs %d",
		p.mutual, p.lead, p.eventLinks, p.eventLeadMass, p.leadCover, p.leadMajority, p.apart, p.opening)
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
	eventRulesOff    = groupingParams{eventLinks: 1.5, eventLeadMass: 1, leadCover: 1, leadMajority: 1, opening: -1}
	strictest        = withMasses(eventRulesOff, 1, 1)
)

func withMasses(p groupingParams, mutual, lead float64) groupingParams {
	p.mutual, p.lead = mutual, lead
	return p
}

const (
	fitPrecision = 0.85
	fitTrap      = 0.018 // the 2%, less a margin for topics not fit on
	// fitTrapGrowth lets a setting's trap rate on the training topics
	// exceed fitTrap up to this multiple of the strictest setting's. At
	// 1.15 (before round 3) the event rules were fit to the limit and
	// held-out traps rose to 2.1%; at 1 they stay at 2.0%, for recall
	// 0.44 held out against 0.47. The test
	// prints the held-out figures of 1.15, 1 and 0 (fitTrap alone).
	fitTrapGrowth    = 1.0
	fitPrecisionLoss = 0.01
)

// TestFitGrouping fits mutualMass and leadMass by 5-fold cross-validation
// over the ECB+ topics: on four fifths of the topics, the setting with the
// highest recall that meets the targets there; it is scored on the other
// fifth. It prints the held-out figures and the setting fit on all topics,
// which must be the shipped one.
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
								grid = append(grid, groupingParams{ml[0], ml[1], ev, em, c, mj, ap, op})
							}
						}
					}
				}
			}
		}
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
	sum := func(p groupingParams, in func(i int) bool) ecbFigures {
		var f ecbFigures
		for i, g := range perTopic[p] {
			if in(i) {
				f.add(g)
			}
		}
		return f
	}
	fitWith := func(in func(i int) bool, growth float64) (groupingParams, ecbFigures) {
		strict := sum(strictest, in)
		maxTrap := max(fitTrap, strict.trapRate()*growth)
		minPrecision := min(fitPrecision, strict.precision()-fitPrecisionLoss)
		best, bestF := strictest, strict
		for _, p := range grid {
			f := sum(p, in)
			ok := demoOK[p] && f.precision() >= minPrecision && f.trapRate() <= maxTrap && f.failed == 0
			if ok && f.recallRate() > bestF.recallRate() {
				best, bestF = p, f
			}
		}
		return best, bestF
	}
	fit := func(in func(i int) bool) (groupingParams, ecbFigures) { return fitWith(in, fitTrapGrowth) }
	const k = 5
	for _, growth := range []float64{1.15, fitTrapGrowth, 0} {
		var held ecbFigures
		for fold := range k {
			p, f := fitWith(func(i int) bool { return i%k != fold }, growth)
			h := sum(p, func(i int) bool { return i%k == fold })
			t.Logf("trap growth %.2f, fold %d: %v; train %v; held out %v", growth, fold, p, f, h)
			held.add(h)
		}
		t.Logf("trap growth %.2f, cross-validated over topics: %v", growth, held)
		p, f := fitWith(func(int) bool { return true }, growth)
		t.Logf("trap growth %.2f, fit on all topics: %v; %v", growth, p, f)
	}
	p, f := fit(func(int) bool { return true })
	t.Logf("fit on all topics: %v; %v", p, f)
	opening := align.OpeningParagraphs
	if opening == 0 {
		opening = -1
	}
	shipped := groupingParams{align.MutualMass, align.LeadMass, align.EventLinks, align.EventLeadMass, align.LeadCover, align.LeadMajority, align.EventsApart, opening}
	if p != shipped {
		t.Errorf("the shipped thresholds are %v; the fit gives %v", shipped, p)
	}
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
