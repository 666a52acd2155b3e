package compare

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/compare/internal/evaldata"
)

// The ECB+ evaluation runs the engine on real coverage: each sub-topic's
// articles (one event, reported by many outlets) together for precision
// and recall, and each whole topic (two look-alike events) for the rate of
// trap pairs wrongly aligned. A pair is aligned when the two sentences
// share a group.

// ecbFigures are the counts behind the figures.
type ecbFigures struct {
	tp, fp          int // positive and negative pairs aligned
	matched, recall int // recall: aligned and possible, per article pair at most a one-to-one matching
	traps, wrong    int // trap pairs, and those aligned
	runs, failed    int
}

func (f *ecbFigures) add(g ecbFigures) {
	f.tp += g.tp
	f.fp += g.fp
	f.matched += g.matched
	f.recall += g.recall
	f.traps += g.traps
	f.wrong += g.wrong
	f.runs += g.runs
	f.failed += g.failed
}

func (f ecbFigures) precision() float64  { return ratio(f.tp, f.tp+f.fp) }
func (f ecbFigures) recallRate() float64 { return ratio(f.matched, f.recall) }
func (f ecbFigures) trapRate() float64   { return ratio(f.wrong, f.traps) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (f ecbFigures) String() string {
	return fmt.Sprintf("precision %.3f (%d/%d), recall %.3f (%d/%d), trap pairs aligned %.4f (%d/%d), runs failed %d/%d",
		f.precision(), f.tp, f.tp+f.fp, f.recallRate(), f.matched, f.recall, f.trapRate(), f.wrong, f.traps, f.failed, f.runs)
}

// ecbTopic is a topic with its articles read through ingest, as a user's
// files would be.
type ecbTopic struct {
	evaldata.ECBTopic
	docs []*ingest.Document
}

func loadECB(t testing.TB) []ecbTopic {
	t.Helper()
	topics, err := evaldata.ECB(evalDir)
	if err != nil {
		t.Skipf("ECB+ data not available (%v): run with ../shared beside the repository", err)
	}
	out := make([]ecbTopic, len(topics))
	for i, tp := range topics {
		out[i].ECBTopic = tp
		for _, a := range tp.Articles {
			path := filepath.Join(tp.Dir, a.File)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := ingest.Parse(path, data)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if len(d.Paragraphs) != len(a.Sentences) {
				t.Fatalf("%s: %d paragraphs, gold has %d sentences", path, len(d.Paragraphs), len(a.Sentences))
			}
			d.Label = a.File
			out[i].docs = append(out[i].docs, d)
		}
	}
	return out
}

// scoreTopic runs the topic's two sub-topics and the whole topic.
func scoreTopic(tp ecbTopic, opt Options) ecbFigures {
	var f ecbFigures
	for _, sub := range []string{"ecb", "ecbplus"} {
		var arts []int
		for i, a := range tp.Articles {
			if a.Subtopic == sub {
				arts = append(arts, i)
			}
		}
		together, ok := runECB(tp, arts, opt)
		f.runs++
		if !ok {
			f.failed++
			continue
		}
		byArticles := map[[2]int][][2]int{} // positive pairs per article pair
		aligned := map[[2]int][][2]int{}
		for _, p := range tp.Positive {
			if tp.Articles[p[0]].Subtopic != sub {
				continue
			}
			k := [2]int{p[0], p[2]}
			byArticles[k] = append(byArticles[k], [2]int{p[1], p[3]})
			if together(p) {
				f.tp++
				aligned[k] = append(aligned[k], [2]int{p[1], p[3]})
			}
		}
		for _, p := range tp.Negative {
			if tp.Articles[p[0]].Subtopic == sub && together(p) {
				f.fp++
			}
		}
		for k, pairs := range byArticles {
			f.recall += maxMatching(pairs)
			f.matched += maxMatching(aligned[k])
		}
	}
	all := make([]int, len(tp.Articles))
	for i := range all {
		all[i] = i
	}
	together, ok := runECB(tp, all, opt)
	f.runs++
	if !ok {
		f.failed++
		return f
	}
	for _, p := range tp.Trap {
		f.traps++
		if together(p) {
			f.wrong++
		}
	}
	return f
}

// runECB compares the given articles of a topic and returns whether a gold
// pair (topic article and sentence indexes) shares a group. ok is false
// when the comparison panicked.
func runECB(tp ecbTopic, arts []int, opt Options) (together func(p [4]int) bool, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	docs := make([]*ingest.Document, len(arts))
	runIndex := map[int]int{}
	for i, a := range arts {
		docs[i] = tp.docs[a]
		runIndex[a] = i
	}
	r := Compare(docs, opt)
	// groups[article in run][paragraph] = the groups its sentences are in
	groups := make([]map[int][]string, len(arts))
	for ai, a := range r.Articles {
		groups[ai] = map[int][]string{}
		for _, s := range a.Sentences {
			if s.Group != nil {
				groups[ai][s.Paragraph] = append(groups[ai][s.Paragraph], *s.Group)
			}
		}
	}
	return func(p [4]int) bool {
		a, okA := runIndex[p[0]]
		b, okB := runIndex[p[2]]
		if !okA || !okB {
			return false
		}
		for _, x := range groups[a][p[1]] {
			for _, y := range groups[b][p[3]] {
				if x == y {
					return true
				}
			}
		}
		return false
	}, true
}

// maxMatching returns the size of a maximum one-to-one matching of the
// pairs (left, right), by augmenting paths: a sentence joins one group, so
// an article pair can align at most this many of its positive pairs.
func maxMatching(pairs [][2]int) int {
	adj := map[int][]int{}
	for _, p := range pairs {
		adj[p[0]] = append(adj[p[0]], p[1])
	}
	match := map[int]int{} // right -> left
	var try func(l int, seen map[int]bool) bool
	try = func(l int, seen map[int]bool) bool {
		for _, r := range adj[l] {
			if seen[r] {
				continue
			}
			seen[r] = true
			if m, taken := match[r]; !taken || try(m, seen) {
				match[r] = l
				return true
			}
		}
		return false
	}
	n := 0
	for l := range adj {
		if try(l, map[int]bool{}) {
			n++
		}
	}
	return n
}

var errECBFailed = errors.New("a comparison failed")

// TestECBAlignment measures the shipped engine on the shared ECB+ topics.
func TestECBAlignment(t *testing.T) {
	topics := loadECB(t)
	var total ecbFigures
	for _, tp := range topics {
		f := scoreTopic(tp, Options{})
		t.Logf("%s: %v", tp.Name, f)
		total.add(f)
	}
	t.Logf("ECB+ %d topics: %v", len(topics), total)
	if total.failed > 0 {
		t.Errorf("%v: %d of %d runs", errECBFailed, total.failed, total.runs)
	}
	// What the engine reaches today, less a small margin, so that a
	// regression fails. The targets (recall 0.60 at precision 0.85
	// and a trap rate of 2%) are not met yet.
	if p, r, tr := total.precision(), total.recallRate(), total.trapRate(); p < ecbMinPrecision || r < ecbMinRecall || tr > ecbMaxTrap {
		t.Errorf("precision %.3f (want ≥ %.2f), recall %.3f (want ≥ %.2f), trap pairs aligned %.4f (want ≤ %.3f)",
			p, ecbMinPrecision, r, ecbMinRecall, tr, ecbMaxTrap)
	}
}

const (
	ecbMinPrecision = 0.85
	ecbMinRecall    = 0.59
	ecbMaxTrap      = 0.012
)
