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
// decides. The full lists stay in the report, out of its JSON, for
// NearestIn: the inspector names a sentence's nearest in every article a
// reader asks about (ECB+ t24's fifteen articles: no nearest shown for 9
// of 11 without them), at no cost, since the trimmed lists used to hold
// the full lists' array alive anyway.
func trimNearest(r *Report) {
	long := 0
	for ai := range r.Articles {
		for _, s := range r.Articles[ai].Sentences {
			if len(s.Nearest) > nearestMax {
				long++
			}
		}
	}
	kept := make(NearestList, 0, long*nearestMax)
	r.nearestFull = make([][]NearestList, len(r.Articles))
	for ai := range r.Articles {
		ss := r.Articles[ai].Sentences
		full := make([]NearestList, len(ss))
		for si := range ss {
			n := ss[si].Nearest
			full[si] = n
			if len(n) > nearestMax {
				from := len(kept)
				kept = appendClosest(kept, n)
				ss[si].Nearest = kept[from:len(kept):len(kept)]
			}
		}
		r.nearestFull[ai] = full
	}
}

// trims reports whether trimNearest may shorten a list: with more articles
// than a sentence keeps nearest counterparts of.
func trims(r *Report) bool { return len(r.Articles) > nearestMax+1 }

// appendClosest appends to dst the nearestMax entries of n of highest
// similarity, the earlier in n on a tie (as a stable sort would pick
// them), in article order: a selection, not a sort of a copy, since with
// 84 articles every sentence has dozens. n is left as it is.
func appendClosest(dst, n NearestList) NearestList {
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
	from := len(dst)
	for _, i := range top[:k] {
		dst = append(dst, n[i])
	}
	slices.SortFunc(dst[from:], func(x, y Nearest) int { return cmp.Compare(x.Article, y.Article) })
	return dst
}

// NearestIn returns the sentence of article bj closest to sentence si of
// article ai, by the engine's similarity, whether or not the report's
// Nearest keeps it (it keeps the closest few articles'): a report made by
// Compare holds every article's; one read back from JSON only those its
// Nearest kept. ok is false when there is none (no word in common, or not
// kept).
func (r *Report) NearestIn(ai, si, bj int) (Nearest, bool) {
	if ai < 0 || ai >= len(r.Articles) || si < 0 || si >= len(r.Articles[ai].Sentences) {
		return Nearest{}, false
	}
	list := r.Articles[ai].Sentences[si].Nearest
	if ai < len(r.nearestFull) && si < len(r.nearestFull[ai]) {
		list = r.nearestFull[ai][si]
	}
	for _, n := range list {
		if n.Article == bj {
			return n, true
		}
	}
	return Nearest{}, false
}
