package review

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// MinSimilarity is how closely an item's text must match a mark's stored
// text for the mark to re-attach to it: a sentence with a word or two
// changed still matches; a different sentence on the same story does not.
const MinSimilarity = 0.6

// attach places stored marks on the items of a report: by id where the id
// is still there, else by content to the most similar unclaimed item of a
// compatible kind (strongest matches first), else as orphans.
func attach(marks []Mark, items []Item) (attached map[string]Mark, orphans []Mark, moved int) {
	attached = map[string]Mark{}
	byID := map[string]Item{}
	for _, it := range items {
		if _, dup := byID[it.ID]; !dup {
			byID[it.ID] = it
		}
	}
	var rest []Mark
	for _, m := range marks {
		if m.empty() {
			continue
		}
		if it, ok := byID[m.ID]; ok && family(it.Kind) == family(m.Kind) {
			if old, dup := attached[m.ID]; dup { // a hand-edited file: keep both
				m = merge(old, m)
			}
			attached[m.ID] = m
			continue
		}
		rest = append(rest, m)
	}
	type pair struct {
		mark, item int
		score      float64
	}
	var pairs []pair
	for mi, m := range rest {
		for ii, it := range items {
			if _, taken := attached[it.ID]; taken || family(it.Kind) != family(m.Kind) {
				continue
			}
			if sc := similarity(m.Texts, it.Texts); sc >= MinSimilarity {
				pairs = append(pairs, pair{mi, ii, sc})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return cmp.Compare(b.score, a.score) })
	done := make([]bool, len(rest))
	for _, p := range pairs {
		it := items[p.item]
		if _, taken := attached[it.ID]; taken || done[p.mark] {
			continue
		}
		m := rest[p.mark]
		m.ID, m.Kind, m.Texts, m.Excerpt = it.ID, it.Kind, it.Texts, it.Excerpt
		attached[it.ID] = m
		done[p.mark] = true
		moved++
	}
	for i, m := range rest {
		if !done[i] {
			orphans = append(orphans, m)
		}
	}
	return attached, orphans, moved
}

// family groups the kinds a mark may move between: a fact two outlets
// shared can become a sentence only one carries, and back.
func family(k Kind) Kind {
	if k == KindSentence {
		return KindGroup
	}
	return k
}

func merge(a, b Mark) Mark {
	a.Reviewed = a.Reviewed || b.Reviewed
	a.Flagged = a.Flagged || b.Flagged
	if b.Note != "" && b.Note != a.Note {
		a.Note = strings.TrimSpace(a.Note + "\n" + b.Note)
	}
	return a
}

// similarity compares two sets of texts: for each text, the best Dice
// coefficient over the other set's words, averaged both ways, so a group
// that lost or gained one member still matches well.
func similarity(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	wa, wb := wordSets(a), wordSets(b)
	return (bestMean(wa, wb) + bestMean(wb, wa)) / 2
}

func bestMean(xs, ys []map[string]bool) float64 {
	sum := 0.0
	for _, x := range xs {
		best := 0.0
		for _, y := range ys {
			best = max(best, dice(x, y))
		}
		sum += best
	}
	return sum / float64(len(xs))
}

func wordSets(texts []string) []map[string]bool {
	out := make([]map[string]bool, len(texts))
	for i, t := range texts {
		out[i] = map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
			out[i][w] = true
		}
	}
	return out
}

func dice(x, y map[string]bool) float64 {
	if len(x)+len(y) == 0 {
		return 0
	}
	n := 0
	for w := range x {
		if y[w] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(x)+len(y))
}
