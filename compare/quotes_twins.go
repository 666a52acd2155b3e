package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/quote"
)

// dropBesideTwin removes the matches that relate a quote, other than as
// identical, to a longer quotation of another article that also prints
// the quote word for word in a quotation of its own, from someone else
// than the longer one's speaker: the words are the twin's, and the longer
// quotation repeats them (a cover line, "The Queen of Rage", and a
// critic's "The 'Queen of Rage' is something you apply to wrestlers").
// Where one speaker says both (a phrase of a letter, and the letter) the
// match stands.
func dropBesideTwin(qs []Quote, byID map[string]int) {
	dropCloser(qs, byID, func(far QuoteMatch) bool {
		return far.Relation != string(quote.Identical)
	}, func(i, c, n int, own QuoteMatch) bool {
		return !own.OtherSpeaker && own.Relation == string(quote.Identical) &&
			GivesMore(qs[i], qs[n]) && differentSpeakers(qs[c].Speaker, qs[n].Speaker)
	})
}

// strayWords finds the identical matches of a quotation of one or two
// words from a named speaker to words no one or someone else says in
// another article, where that article gives the speaker a quotation
// holding the words: NOW's "sexist" in one outlet is O'Neill's "It's
// sexist" in another, not the "sexist" the other outlet quotes Palin
// calling a magazine cover. A quotation already related to its speaker's
// own there keeps its matches. It returns the matches to drop and the pairs
// to relate instead (by ascending index, the quotation of the speaker's
// words second), each once; drop lists each pair both ways, for dropPairs.
func strayWords(qs []Quote, byID map[string]int) (drop map[[2]int]bool, relate [][2]int) {
	var seen map[[2]int]bool
	for i, q := range qs {
		// Most quotations are longer: a count of spaces tells without
		// normalising them.
		if q.Speaker == "" || len(q.Matches) == 0 || strings.Count(strings.TrimSpace(q.Text), " ") > 2*maxShortQuoteWords {
			continue
		}
		words := strings.Fields(quote.Normalize(q.Text))
		if len(words) == 0 || len(words) > maxShortQuoteWords {
			continue
		}
		for _, m := range q.Matches {
			n, ok := byID[m.Quote]
			if !ok || m.Relation != string(quote.Identical) || qs[n].Speaker != "" && !m.OtherSpeaker {
				continue
			}
			for c := range qs {
				if c == n || qs[c].Article != qs[n].Article || !oneSpeaker(q.Speaker, qs[c].Speaker) ||
					!containsRun(strings.Fields(quote.Normalize(qs[c].Text)), words) {
					continue
				}
				if matchedTo(q, qs[c].ID) {
					// Related to the speaker's own already: the other
					// may be theirs too, unattributed ("anachronistic"
					// twice in one article).
					break
				}
				if drop == nil {
					drop = map[[2]int]bool{}
				}
				drop[[2]int{i, n}], drop[[2]int{n, i}] = true, true
				if p := [2]int{i, c}; !seen[p] {
					if seen == nil {
						seen = map[[2]int]bool{}
					}
					seen[p] = true
					relate = append(relate, p)
				}
				break
			}
		}
	}
	return drop, relate
}

func matchedTo(q Quote, id string) bool {
	return slices.ContainsFunc(q.Matches, func(m QuoteMatch) bool { return m.Quote == id })
}

// dropQuotedPhrase removes the matches that relate a quotation no one
// says, other than as identical, to a longer quotation that prints the
// same words in quotation marks of its own: the motto "In God We Trust",
// and Obama's "You've had legislation reaffirming that 'In God We Trust'
// is our motto." The speaker quotes the phrase; the longer quotation is no
// fuller rendering of it, and the phrase was not cut from it.
func dropQuotedPhrase(qs []Quote, byID map[string]int) {
	var drop map[[2]int]bool
	for i, q := range qs {
		if q.Speaker != "" || len(q.Matches) == 0 {
			continue
		}
		key := ""
		for _, m := range q.Matches {
			if m.Relation == string(quote.Identical) {
				continue
			}
			n, ok := byID[m.Quote]
			if !ok {
				continue
			}
			if key == "" {
				key = quote.Normalize(q.Text)
			}
			if key != "" && quotesPhrase(qs[n].Text, key) {
				if drop == nil {
					drop = map[[2]int]bool{}
				}
				drop[[2]int{i, n}], drop[[2]int{n, i}] = true, true
			}
		}
	}
	dropPairs(qs, byID, drop)
}

// quotesPhrase reports whether text holds, between quotation marks of its
// own, words that normalise to key: `reaffirming that 'In God We Trust'
// is`. An opening mark follows a space or a start; a closing one is not
// followed by a letter (not the apostrophe of "don't").
func quotesPhrase(text, key string) bool {
	for i, r := range text {
		if !strings.ContainsRune(`'‘"“`, r) || i > 0 && !strings.ContainsRune(" \t\n(—–-", lastRune(text[:i])) {
			continue
		}
		from := i + len(string(r))
		for j, c := range text[from:] {
			if !strings.ContainsRune(`'’"”`, c) {
				continue
			}
			end := from + j + len(string(c))
			if end < len(text) && isLetter(text[end:]) {
				continue
			}
			if quote.Normalize(text[from:from+j]) == key {
				return true
			}
			break
		}
	}
	return false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
