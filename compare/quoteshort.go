package compare

import (
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare/quote"
)

// maxShortQuote is the most words a quotation may have and still be
// related to another only where the two are aligned. The index relates
// quotations that share three words in a row, and a quotation of seven
// words or more keeps such a run through one changed word; a short one
// ("We will not accept it", "We will never accept it") may not.
const maxShortQuote = 6

// shortPairs returns the pairs of short quotations (see maxShortQuote),
// not already matched, that one speaker says in sentences of one group
// in two articles: an outlet's tidied "We won't accept it" is the same
// quotation, altered. By ascending index, in the groups' order.
func shortPairs(r *Report, qs []Quote, matched map[[2]int]bool) [][2]int {
	bySentence := map[SentenceRef][]int{}
	for i, q := range qs {
		if len(strings.Fields(quote.Normalize(q.Text))) <= maxShortQuote && q.Speaker != "" {
			ref := SentenceRef{q.Article, q.Sentence}
			bySentence[ref] = append(bySentence[ref], i)
		}
	}
	var out [][2]int
	seen := map[[2]int]bool{}
	for _, g := range r.Groups {
		var ids []int
		for _, m := range g.Members {
			for _, s := range m.Sentences {
				ids = append(ids, bySentence[SentenceRef{m.Article, s}]...)
			}
		}
		for x, i := range ids {
			for _, j := range ids[x+1:] {
				p := [2]int{min(i, j), max(i, j)}
				if qs[i].Article == qs[j].Article || matched[p] || seen[p] || !oneSpeaker(qs[i].Speaker, qs[j].Speaker) {
					continue
				}
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// maxShortQuoteWords is the most words a quotation may have and be
// short: the index relates a quotation to another only by three words in a
// row, or a shorter one by all its words to any that holds them (see
// quote.Index), so a short one is related to its speaker's longer words
// by wordsWithin and kept from anyone's same word by strayWords.
const maxShortQuoteWords = 2

// wordsWithin returns the pairs (short, long) of a quotation of one or two
// words, unmatched, and a longer quotation of another article that holds
// those words in a row and that the same speaker says: a headline's
// "Dead Wrong" is "dead wrong on the issue of marriage" cut short, and
// "hurtful" the apology's "how hurtful my words were". words are each
// quote's compared words (quote.Words). A speaker's word
// with no other quotation of theirs holding it stays unique; one already
// related to their own words elsewhere is left as it is.
func wordsWithin(qs []Quote, words [][]string) [][2]int {
	var out [][2]int
	same := map[[2]string]bool{} // oneSpeaker, by pair of speakers
	for i, q := range qs {
		if q.Speaker == "" || strings.Count(strings.TrimSpace(q.Text), " ") >= maxShortQuoteWords ||
			slices.ContainsFunc(q.Matches, func(m QuoteMatch) bool { return !m.OtherSpeaker }) {
			continue
		}
		short := words[i]
		if len(short) == 0 || len(short) > maxShortQuoteWords {
			continue
		}
		// In each other article, the longest quotation that holds the
		// words: the statement they are cut from, not each piece of it
		// the article also prints ("phony theology", and the sentence).
		holder := map[int]int{}
		for j, o := range qs {
			// The words before the speakers: comparing speakers costs
			// more, and most quotations do not hold the words.
			long := words[j]
			if o.Article == q.Article || len(long) <= len(short) || !containsRun(long, short) {
				continue
			}
			pair := [2]string{q.Speaker, o.Speaker}
			one, ok := same[pair]
			if !ok {
				one = oneSpeaker(q.Speaker, o.Speaker)
				same[pair] = one
			}
			if !one {
				continue
			}
			if h, ok := holder[o.Article]; !ok || len(long) > len(words[h]) {
				holder[o.Article] = j
			}
		}
		for _, j := range holder {
			out = append(out, [2]int{i, j})
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	return out
}

// containsRun reports whether run occurs in ws, word for word, in a row.
func containsRun(ws, run []string) bool {
	for k := 0; k+len(run) <= len(ws); k++ {
		if slices.Equal(ws[k:k+len(run)], run) {
			return true
		}
	}
	return false
}
