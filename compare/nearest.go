package compare

import (
	"cmp"
	"slices"
)

// nearestMax is how many other articles' best counterparts a sentence's
// Nearest keeps: the closest few, which is what a reader looks at (the
// inspector's "nearest" line for an article that lacks a fact, the pane
// the article view scrolls beside it). With up to four articles, as many
// as the interface shows side by side, that is every other article, as
// before; with 84 articles, keeping all of them made Nearest two thirds of
// the report and its size grow with the square of the number of articles.
const nearestMax = 3

// trimNearest keeps, in each sentence's Nearest, the nearestMax entries of
// highest similarity (ties to the earlier article), still in article
// order. It runs after the quote ledger and the fact checker have read the
// full lists, so it changes what the report says, not what the engine
// decides.
func trimNearest(r *Report) {
	for ai := range r.Articles {
		ss := r.Articles[ai].Sentences
		for si := range ss {
			n := ss[si].Nearest
			if len(n) <= nearestMax {
				continue
			}
			top := slices.Clone(n)
			slices.SortStableFunc(top, func(x, y Nearest) int { return cmp.Compare(y.Similarity, x.Similarity) })
			top = top[:nearestMax]
			slices.SortFunc(top, func(x, y Nearest) int { return cmp.Compare(x.Article, y.Article) })
			ss[si].Nearest = top
		}
	}
}
