package quote

import (
	"slices"
	"strings"
)

// Two bars beside relate's word alignment: a sentence two cuts of one
// statement share with a word swapped (altered though the quotations are
// too unlike as wholes), and a short quotation that shares with another
// only a common phrase or a name (not altered though the words align).

// swappedSentence reports whether a sentence of a, minSentence words or
// more, stands in a sentence of b word for word but for one word in its
// middle, its first two and last words the same.
func swappedSentence(a, b []string) bool {
	for _, s := range a {
		sw := strings.Fields(s)
		if len(sw) < minSentence {
			continue
		}
		for _, t := range b {
			tw := strings.Fields(t)
			for k := 0; k+len(sw) <= len(tw); k++ {
				if oneWordSwapped(sw, tw[k:k+len(sw)]) {
					return true
				}
			}
		}
	}
	return false
}

// oneWordSwapped reports whether a and b, of one length, differ in one
// word only, not among the first two or the last.
func oneWordSwapped(a, b []string) bool {
	diff := -1
	for i := range a {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	return diff >= 2 && diff < len(a)-1
}

// maxShortAltered is the most words a quotation may have and still be
// short: one remark, whose alteration must keep most of its words that
// carry meaning.
const maxShortAltered = 8

// commonPhraseOnly reports whether short, a quotation of maxShortAltered
// words or fewer, shares with stretch, the part of a longer one its words
// align with, a common phrase rather than its meaning: fewer than 60% of
// its content words. "There's a lot of anger here" is no alteration of
// "there's a lot of crime in the neighborhood", nor "wholly inappropriate
// use of the Endangered Species Act" of "weaken the scientific foundation
// of the Endangered Species Act"; "a spot at the bar" is of "not a spot at
// a bar".
func commonPhraseOnly(short, stretch []string) bool {
	if len(short) > maxShortAltered {
		return false
	}
	content, kept := 0, 0
	for _, w := range short {
		if base, _, _ := strings.Cut(w, "'"); functionWords.has(w) || functionWords.has(base) || strings.HasSuffix(w, "n't") || len(w) < 2 {
			continue // "there's" is "there", "won't" "not"
		}
		content++
		if slices.Contains(stretch, w) {
			kept++
		}
	}
	return content > 0 && float64(kept) < 0.6*float64(content)
}
