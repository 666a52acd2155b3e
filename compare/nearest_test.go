package compare

import (
	"cmp"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// Nearest keeps the closest few counterparts, in article order: every
// other article when there are up to four, the nearestMax most similar
// beyond. Nothing else in the report changes.
func TestNearestKeepsTheClosestFew(t *testing.T) {
	t.Run("demo", func(t *testing.T) {
		names, _ := filepath.Glob(filepath.Join(demoDir, "*.txt"))
		var docs []*ingest.Document
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			d, err := ingest.Parse(name, data)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, d)
		}
		full, r := compareAll(docs, Options{}), Compare(docs, Options{})
		if !reflect.DeepEqual(r, full) {
			t.Errorf("the demo's %d articles: the report differs from the untrimmed one", len(docs))
		}
	})
	for _, n := range []int{4, 10} {
		docs := polnearTexts(t, n)
		full := compareAll(docs, Options{})
		r := Compare(docs, Options{})
		if !reflect.DeepEqual(r.Groups, full.Groups) || !reflect.DeepEqual(r.Quotes, full.Quotes) || !reflect.DeepEqual(r.Facts, full.Facts) {
			t.Fatalf("%d articles: trimming Nearest changed the groups, quotes or facts", n)
		}
		trimmed := 0
		for ai, a := range r.Articles {
			for si, s := range a.Sentences {
				all := full.Articles[ai].Sentences[si].Nearest
				// The quote ledger looks a counterpart up by its article.
				for k := 1; k < len(all); k++ {
					if all[k].Article <= all[k-1].Article {
						t.Errorf("sentence %d/%d: the full nearest list is not one per article in article order: %+v", ai, si, all)
						break
					}
				}
				if want := min(len(all), nearestMax); len(s.Nearest) != want {
					t.Fatalf("%d articles: sentence %d/%d keeps %d of %d nearest, want %d", n, ai, si, len(s.Nearest), len(all), want)
				}
				if !slices.IsSortedFunc(s.Nearest, func(x, y Nearest) int { return x.Article - y.Article }) {
					t.Errorf("sentence %d/%d: nearest not in article order: %+v", ai, si, s.Nearest)
				}
				for _, k := range s.Nearest {
					if !slices.Contains(all, k) {
						t.Fatalf("sentence %d/%d: %+v is not among its nearest", ai, si, k)
					}
				}
				// The inspector still finds every article's nearest.
				for bj := range r.Articles {
					want, wok := Nearest{}, false
					if i := slices.IndexFunc(all, func(d Nearest) bool { return d.Article == bj }); i >= 0 {
						want, wok = all[i], true
					}
					if got, ok := r.NearestIn(ai, si, bj); got != want || ok != wok {
						t.Fatalf("%d articles: NearestIn(%d, %d, %d) = %+v %v, want %+v %v", n, ai, si, bj, got, ok, want, wok)
					}
				}
				for _, d := range all {
					if !slices.Contains(s.Nearest, d) {
						trimmed++
						for _, k := range s.Nearest {
							if d.Similarity > k.Similarity {
								t.Errorf("sentence %d/%d: dropped %+v, kept the less similar %+v", ai, si, d, k)
							}
						}
					}
				}
			}
		}
		if (n <= nearestMax+1) != (trimmed == 0) {
			t.Errorf("%d articles: %d nearest entries dropped", n, trimmed)
		}
	}
}

// Omitted lists a group when at least half of the other articles carry
// it: with four articles, every group an article leaves out; with ten,
// not the facts two other outlets share.
func TestOmittedListsWhatMostOthersCarry(t *testing.T) {
	for _, n := range []int{4, 10} {
		r := Compare(polnearTexts(t, n), Options{})
		skipped := 0
		for ai, a := range r.Articles {
			for gi, g := range r.Groups {
				in := slices.ContainsFunc(g.Members, func(m Member) bool { return m.Article == ai })
				if a.Summary.Coverage[gi] != in {
					t.Fatalf("article %d, group %s: coverage %v, member %v", ai, g.ID, a.Summary.Coverage[gi], in)
				}
				want := !in && 2*len(g.Members) >= n-1
				if got := slices.Contains(a.Summary.Omitted, g.ID); got != want {
					t.Errorf("%d articles: article %d omits group %s (%d members): %v, want %v", n, ai, g.ID, len(g.Members), got, want)
				}
				if !in && !want {
					skipped++
				}
			}
		}
		if (n <= 5) != (skipped == 0) {
			t.Errorf("%d articles: %d small groups left out of Omitted", n, skipped)
		}
	}
}

// appendClosest picks what a stable sort by similarity, then a sort by
// article, picks, ties included, and leaves the full list as it was
// (NearestIn reads it).
func TestClosestIsTheSortedPick(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 2000 {
		n := make(NearestList, rng.IntN(12))
		for i := range n {
			n[i] = Nearest{Article: i + rng.IntN(2)*100, Sentence: rng.IntN(50), Similarity: float64(rng.IntN(6)) / 10}
		}
		want := slices.Clone(n)
		slices.SortStableFunc(want, func(x, y Nearest) int { return cmp.Compare(y.Similarity, x.Similarity) })
		want = want[:min(len(want), nearestMax)]
		slices.SortFunc(want, func(x, y Nearest) int { return cmp.Compare(x.Article, y.Article) })
		before := slices.Clone(n)
		if got := appendClosest(nil, n); !slices.Equal(got, want) {
			t.Fatalf("trial %d: appendClosest(%+v) = %+v, want %+v", trial, n, got, want)
		}
		if !slices.Equal(n, before) {
			t.Fatalf("trial %d: appendClosest changed the full list", trial)
		}
	}
}
