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
			if n := ss[si].Nearest; len(n) > nearestMax {
				ss[si].Nearest = closest(n)
			}
		}
	}
}

// trims reports whether trimNearest may shorten a list: with more articles
// than a sentence keeps nearest counterparts of.
func trims(r *Report) bool { return len(r.Articles) > nearestMax+1 }

// closest returns the nearestMax entries of n of highest similarity, the
// earlier in n on a tie (as a stable sort would pick them), in article
// order. It reuses n's array: a selection, not a sort of a copy, since
// with 84 articles every sentence has dozens.
func closest(n NearestList) NearestList {
	var top [nearestMax]int // indexes into n, best first
	k := 0
	for i := range n {
		j := k
		for j > 0 && n[i].Similarity > n[top[j-1]].Similarity {
			j--
		}
		if j >= nearestMax {
			continue
		}
		if k < nearestMax {
			k++
		}
		copy(top[j+1:k], top[j:k-1])
		top[j] = i
	}
	var picked [nearestMax]Nearest
	for j, i := range top[:k] {
		picked[j] = n[i]
	}
	out := n[:k:k]
	copy(out, picked[:k])
	slices.SortFunc(out, func(x, y Nearest) int { return cmp.Compare(x.Article, y.Article) })
	return out
}
