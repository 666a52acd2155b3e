package quote

import (
	"hash/fnv"
	"sort"
)

// Index finds related quotations across many articles without comparing
// every pair: each quotation is indexed by its word 3-grams (shingles), and
// only quotations of different articles that share one are related. A
// quotation shorter than three words is indexed by all its words, so it
// matches only its identical twins.
type Index struct {
	quotes   []indexed
	shingles map[uint64][]int
}

type indexed struct {
	article int
	form
}

// Match is a pair of related quotations of different articles, by the ids
// Add returned (A < B).
type Match struct {
	A, B     int
	Relation Relation
	Score    float64
}

// maxBucket bounds how many quotations one shingle may pair up: a 3-gram in
// more quotations than this is a stock phrase, and related quotations
// share rarer ones too.
const maxBucket = 64

// NewIndex returns an empty index.
func NewIndex() *Index { return &Index{shingles: make(map[uint64][]int)} }

// Add indexes q, quoted in the given article, and returns its id.
func (x *Index) Add(article int, q Quote) int {
	id := len(x.quotes)
	f := newForm(q.Text)
	x.quotes = append(x.quotes, indexed{article: article, form: f})
	w := flatten(f.segs)
	n := minShared
	if len(w) < n {
		n = len(w)
	}
	seen := make(map[uint64]bool)
	for i := 0; n > 0 && i+n <= len(w); i++ {
		h := shingle(w[i : i+n])
		if !seen[h] {
			seen[h] = true
			x.shingles[h] = append(x.shingles[h], id)
		}
	}
	return id
}

// Words returns the compared words (see Words) of the quotation Add gave
// id, made when it was added.
func (x *Index) Words(id int) []string { return flatten(x.quotes[id].segs) }

func shingle(ws []string) uint64 {
	h := fnv.New64a()
	for _, w := range ws {
		h.Write([]byte(w))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// Matches relates every candidate pair and returns the related ones,
// ordered by A then B.
func (x *Index) Matches() []Match {
	pairs := make(map[[2]int]bool)
	for _, ids := range x.shingles {
		if len(ids) > maxBucket {
			continue
		}
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				if x.quotes[a].article != x.quotes[b].article {
					pairs[[2]int{a, b}] = true
				}
			}
		}
	}
	keys := make([][2]int, 0, len(pairs))
	for p := range pairs {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	var out []Match
	for _, p := range keys {
		rel, score := x.quotes[p[0]].relate(x.quotes[p[1]].form)
		if rel != NoMatch {
			out = append(out, Match{A: p[0], B: p[1], Relation: rel, Score: score})
		}
	}
	return out
}
