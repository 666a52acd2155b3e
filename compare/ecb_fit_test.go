package compare

import (
	"flag"
	"testing"

	"github.com/storydiff/storydiff/compare/align"
)

var refit = flag.Bool("refit", false, "refit the grouping thresholds on ECB+ by cross-validation over topics")

// groupingParams are the grouping thresholds fit on ECB+ (see align's
// mutualMass and leadMass); 1 turns a rule off.
type groupingParams struct{ mutual, lead float64 }

func (p groupingParams) options() Options { return Options{mutualMass: p.mutual, leadMass: p.lead} }

// The grid the thresholds are fit on, and the targets a setting must meet
// on the topics it is fit on: ECB+ precision and trap rate as in the
// issue, and the demo gold as TestDemoAlignmentAgainstGold,
// TestDemoLexicalTrapsStayApart and TestDemoUniqueSentencesStayAlone
// require it. Where even the strictest setting (both rules off: the
// engine before them) misses an ECB+ target on the training topics, a
// setting may not be clearly worse than it there.
var (
	mutualGrid = []float64{0.25, 0.28, 0.30, 0.33, 0.36, 1}
	leadGrid   = []float64{0.05, 0.10, 0.15, 0.20, 0.25, 1}
	strictest  = groupingParams{1, 1}
)

const (
	fitPrecision     = 0.85
	fitTrap          = 0.018 // the 2%, less a margin for topics not fit on
	fitTrapGrowth    = 1.15
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
				grid = append(grid, groupingParams{m, l})
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
	fit := func(in func(i int) bool) (groupingParams, ecbFigures) {
		strict := sum(strictest, in)
		maxTrap := max(fitTrap, strict.trapRate()*fitTrapGrowth)
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
	const k = 5
	var held ecbFigures
	for fold := range k {
		p, f := fit(func(i int) bool { return i%k != fold })
		h := sum(p, func(i int) bool { return i%k == fold })
		t.Logf("fold %d: mutualMass %.2f leadMass %.2f; train %v; held out %v", fold, p.mutual, p.lead, f, h)
		held.add(h)
	}
	t.Logf("cross-validated over topics: %v", held)
	p, f := fit(func(int) bool { return true })
	t.Logf("fit on all topics: mutualMass %.2f leadMass %.2f; %v", p.mutual, p.lead, f)
	if p.mutual != align.MutualMass || p.lead != align.LeadMass {
		t.Errorf("the shipped mutualMass and leadMass are %.2f and %.2f; the fit gives %.2f and %.2f",
			align.MutualMass, align.LeadMass, p.mutual, p.lead)
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
