package memo

import (
	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// index finds a report's items by id, and a sentence's quotes and
// conflicting figures, in constant time. It is built once per memo: the
// writers look items up once per entry and per sentence, and a scan of the
// whole report each time made them quadratic (42 s for an HTML memo of
// 100,000 sentences).
type index struct {
	rep       *compare.Report
	groups    map[string]int    // group id → index in rep.Groups
	sentences map[string][2]int // unique sentence id → article, sentence; see sentence
	sentIDs   [][]string        // review.SentenceIDs, computed once; see sentenceIDs
	quotes    map[string]int    // quote id → index in rep.Quotes
	facts     map[string]int    // fact id → index in rep.Facts
	// Per sentence (article, sentence): the quotes on it and the mentions
	// of conflicting figures, in report order.
	sentQuotes    map[[2]int][]int
	sentConflicts map[[2]int][]compare.FactMention
}

func newIndex(rep *compare.Report) *index {
	ix := &index{
		rep:           rep,
		groups:        make(map[string]int, len(rep.Groups)),
		quotes:        make(map[string]int, len(rep.Quotes)),
		facts:         make(map[string]int, len(rep.Facts)),
		sentQuotes:    map[[2]int][]int{},
		sentConflicts: map[[2]int][]compare.FactMention{},
	}
	// The first item with an id wins, as the scans it replaces found it.
	for i, g := range rep.Groups {
		if _, dup := ix.groups[g.ID]; !dup {
			ix.groups[g.ID] = i
		}
	}
	for i, q := range rep.Quotes {
		if _, dup := ix.quotes[q.ID]; !dup {
			ix.quotes[q.ID] = i
		}
		k := [2]int{q.Article, q.Sentence}
		ix.sentQuotes[k] = append(ix.sentQuotes[k], i)
	}
	for i, f := range rep.Facts {
		if _, dup := ix.facts[f.ID]; !dup {
			ix.facts[f.ID] = i
		}
		if f.Status != compare.FactConflict {
			continue
		}
		for _, mn := range f.Mentions {
			k := [2]int{mn.Article, mn.Sentence}
			ix.sentConflicts[k] = append(ix.sentConflicts[k], mn)
		}
	}
	return ix
}

// sentenceIDs gives each unique sentence its review id, computed on first
// use: only marks refer to unique sentences, and hashing a million short
// sentences for a memo without a session cost memory the writer needed.
func (ix *index) sentenceIDs() [][]string {
	if ix.sentIDs == nil {
		ix.sentIDs = review.SentenceIDs(ix.rep)
	}
	return ix.sentIDs
}

// sentence finds a unique sentence by its review id.
func (ix *index) sentence(id string) ([2]int, bool) {
	if ix.sentences == nil {
		ix.sentences = map[string][2]int{}
		for a, ids := range ix.sentenceIDs() {
			for s, id := range ids {
				if _, dup := ix.sentences[id]; id != "" && !dup {
					ix.sentences[id] = [2]int{a, s}
				}
			}
		}
	}
	as, ok := ix.sentences[id]
	return as, ok
}
