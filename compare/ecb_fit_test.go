package compare

import (
	"flag"
	"testing"

	"github.com/storydiff/storydiff/compare/align"
)

var refit = flag.Bool("refit", false, "refit the grouping thresholds on ECB+ by cross-validation over topics")

// The grid mutualMass is fit on, strictest last (at 1 the rule never
// fires: the engine before it), and the targets a value must meet on the
// topics it is fit on: ECB+ precision and trap rate as in the issue, and
// the demo gold as TestDemoAlignmentAgainstGold,
// TestDemoLexicalTrapsStayApart and TestDemoUniqueSentencesStayAlone
// require it.
var mutualMassGrid = []float64{0.22, 0.25, 0.28, 0.30, 0.33, 0.36, 0.40, 1}

const (
	fitPrecision     = 0.85
	fitTrap          = 0.02
	fitTrapGrowth    = 1.15
	fitPrecisionLoss = 0.01
)

// TestFitMutualMass fits mutualMass by 5-fold cross-validation over the
// ECB+ topics: on four fifths of the topics, the value with the highest
// recall that meets the targets there and keeps the demo gold right; it is
// scored on the other fifth. It prints the held-out figures and the value
// fit on all topics, which must be the shipped constant.
func TestFitMutualMass(t *testing.T) {
	if !*refit {
		t.Skip("slow: run with -refit")
	}
	topics := loadECB(t)
	demoOK := map[float64]bool{}
	for _, v := range mutualMassGrid {
		demoOK[v] = demoRight(t, Options{mutualMass: v})
	}
	fit := func(train []ecbTopic) (float64, ecbFigures) {
		figs := make([]ecbFigures, len(mutualMassGrid))
		for i, v := range mutualMassGrid {
			for _, tp := range train {
				figs[i].add(scoreTopic(tp, Options{mutualMass: v}))
			}
		}
		// Where even the strictest value misses a target, a value may not
		// be clearly worse than it there.
		strict := figs[len(figs)-1]
		maxTrap := max(fitTrap, strict.trapRate()*fitTrapGrowth)
		minPrecision := min(fitPrecision, strict.precision()-fitPrecisionLoss)
		best, bestF := 0.0, ecbFigures{}
		for i, v := range mutualMassGrid {
			f := figs[i]
			ok := demoOK[v] && f.precision() >= minPrecision && f.trapRate() <= maxTrap && f.failed == 0
			if testing.Verbose() {
				t.Logf("  %d topics, mutualMass %.2f (demo right %v): %v", len(train), v, demoOK[v], f)
			}
			if ok && (best == 0 || f.recallRate() > bestF.recallRate()) {
				best, bestF = v, f
			}
		}
		return best, bestF
	}
	const k = 5
	var held ecbFigures
	for fold := range k {
		var train, test []ecbTopic
		for i, tp := range topics {
			if i%k == fold {
				test = append(test, tp)
			} else {
				train = append(train, tp)
			}
		}
		v, f := fit(train)
		if v == 0 {
			t.Fatalf("fold %d: no value meets the targets on the training topics", fold)
		}
		var h ecbFigures
		for _, tp := range test {
			h.add(scoreTopic(tp, Options{mutualMass: v}))
		}
		t.Logf("fold %d: mutualMass %.2f; train %v; held out %v", fold, v, f, h)
		held.add(h)
	}
	t.Logf("cross-validated over topics: %v", held)
	v, f := fit(topics)
	t.Logf("fit on all topics: mutualMass %.2f; %v", v, f)
	if v != align.MutualMass {
		t.Errorf("the shipped mutualMass is %.2f; the fit gives %.2f", align.MutualMass, v)
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
