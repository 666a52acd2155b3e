package compare

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/compare/internal/evaldata"
	"github.com/storydiff/storydiff/compare/textsim"
)

// These tests measure the whole engine on real annotated data, each pair
// run as two one-sentence articles, with the model fit by 10-fold
// cross-validation: every pair is judged by a model that never saw it.

const folds = 10

var evalDir = filepath.Join(sharedDir, "eval")

func pairDocs(a, b string) []*ingest.Document {
	doc := func(label, s string) *ingest.Document {
		return &ingest.Document{Label: label, Format: "text", Paragraphs: []ingest.Paragraph{{Text: s, Kind: ingest.KindParagraph}}}
	}
	return []*ingest.Document{doc("a", a), doc("b", b)}
}

// pairFeatures scores a pair as the engine sees it: a corpus of just the two.
func pairFeatures(a, b string) textsim.Features {
	c := textsim.NewCorpus()
	i, j := c.Add(a), c.Add(b)
	c.Freeze()
	return c.Features(i, j)
}

type evalSets struct {
	msrp         []evaldata.Pair
	msrpX        []textsim.Features
	msrpY        []bool
	sts          []evaldata.Graded
	stsX         []textsim.Features
	stsY         []float64
	stsTrainSize int
}

func loadEval(t *testing.T) *evalSets {
	t.Helper()
	msrp, err := evaldata.MSRP(evalDir)
	if err != nil {
		t.Skipf("evaluation data not available (%v): run with ../shared beside the repository", err)
	}
	train, err := evaldata.STS(evalDir, "stsb-news-train.tsv")
	if err != nil {
		t.Skipf("STS data not available: %v", err)
	}
	dev, err := evaldata.STS(evalDir, "stsb-news-dev.tsv")
	if err != nil {
		t.Skipf("STS data not available: %v", err)
	}
	e := &evalSets{msrp: msrp, sts: append(train, dev...), stsTrainSize: len(train)}
	for _, p := range msrp {
		e.msrpX = append(e.msrpX, pairFeatures(p.A, p.B))
		e.msrpY = append(e.msrpY, p.Paraphrase)
	}
	for _, p := range e.sts {
		e.stsX = append(e.stsX, pairFeatures(p.A, p.B))
		e.stsY = append(e.stsY, p.Score/5)
	}
	return e
}

func TestMSRPParaphraseIsASharedGroup(t *testing.T) {
	e := loadEval(t)
	fold := evaldata.Folds(len(e.msrp), folds)
	var tp, fp, tn, fn int
	for k := 0; k < folds; k++ {
		var x []textsim.Features
		var y []bool
		for i := range e.msrp {
			if fold[i] != k {
				x, y = append(x, e.msrpX[i]), append(y, e.msrpY[i])
			}
		}
		m := textsim.FitModel(x, y, e.stsX, e.stsY)
		for i, p := range e.msrp {
			if fold[i] != k {
				continue
			}
			r := Compare(pairDocs(p.A, p.B), Options{Model: &m})
			shared := false
			for _, g := range r.Groups {
				shared = shared || g.Kind == KindShared
			}
			switch {
			case shared && p.Paraphrase:
				tp++
			case shared:
				fp++
			case p.Paraphrase:
				fn++
			default:
				tn++
			}
		}
	}
	acc := float64(tp+tn) / float64(tp+tn+fp+fn)
	f1 := 2 * float64(tp) / float64(2*tp+fp+fn)
	t.Logf("MSRP train, %d pairs, %d-fold CV through Compare: accuracy %.3f, F1 %.3f (tp %d fp %d tn %d fn %d)", len(e.msrp), folds, acc, f1, tp, fp, tn, fn)
	if acc < 0.75 || f1 < 0.83 {
		t.Errorf("accuracy %.3f, F1 %.3f; targets 0.75 and 0.83", acc, f1)
	}
}

func TestSTSNewsSimilarityCorrelates(t *testing.T) {
	e := loadEval(t)
	fold := evaldata.Folds(len(e.sts), folds)
	pred := make([]float64, len(e.sts))
	for k := 0; k < folds; k++ {
		var x []textsim.Features
		var y []float64
		for i := range e.sts {
			if fold[i] != k {
				x, y = append(x, e.stsX[i]), append(y, e.stsY[i])
			}
		}
		m := textsim.FitModel(e.msrpX, e.msrpY, x, y)
		for i, p := range e.sts {
			if fold[i] == k {
				pred[i] = bestSimilarity(Compare(pairDocs(p.A, p.B), Options{Model: &m}))
			}
		}
	}
	gold := make([]float64, len(e.sts))
	for i, p := range e.sts {
		gold[i] = p.Score
	}
	r := pearson(pred, gold)
	t.Logf("STS news (train+dev), %d pairs, %d-fold CV through Compare: Pearson r %.3f", len(e.sts), folds, r)
	if r < 0.78 {
		t.Errorf("Pearson r %.3f; target 0.78", r)
	}
}

// bestSimilarity is the highest similarity between any sentence of the
// first article and the second.
func bestSimilarity(r *Report) float64 {
	best := 0.0
	for _, s := range r.Articles[0].Sentences {
		for _, n := range s.Nearest {
			best = math.Max(best, n.Similarity)
		}
	}
	return best
}

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	var sx, sy, sxx, syy, sxy float64
	for i := range x {
		sx, sy = sx+x[i], sy+y[i]
		sxx, syy, sxy = sxx+x[i]*x[i], syy+y[i]*y[i], sxy+x[i]*y[i]
	}
	return (n*sxy - sx*sy) / math.Sqrt((n*sxx-sx*sx)*(n*syy-sy*sy))
}
