package compare

import (
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare/quote"
)

// namedApart returns the pairs of full names ("mary cheney", "dick
// cheney") that one article gives to two speakers of one surname: two
// people, a family, though differentSpeakers, which reads the surname,
// takes them for one. Both orders are keys. A name given in one article
// only ("Liz Cheney" in one, "Elizabeth Cheney" in another) is no pair.
func namedApart(qs []Quote) map[[2]string]bool {
	names := map[int][]string{}
	for _, q := range qs {
		if n := fullName(q.Speaker); n != "" && !slices.Contains(names[q.Article], n) {
			names[q.Article] = append(names[q.Article], n)
		}
	}
	apart := map[[2]string]bool{}
	for _, ns := range names {
		for x, a := range ns {
			for _, b := range ns[x+1:] {
				fa, fb := strings.Fields(a), strings.Fields(b)
				if fa[len(fa)-1] == fb[len(fb)-1] && fa[0] != fb[0] {
					apart[[2]string{a, b}], apart[[2]string{b, a}] = true, true
				}
			}
		}
	}
	return apart
}

// fullName is a speaker's name in lower case when it is a plain name of
// two words or more ("Mary Cheney"), else "": one described by an office
// or by whose they are is not meant.
func fullName(speaker string) string {
	if quote.Describes(speaker) || quote.Described(speaker) || possessive(speaker) {
		return ""
	}
	f := speakerWords(speaker)
	if len(f) < 2 {
		return ""
	}
	return strings.Join(f, " ")
}

// dropEchoes removes the matches that relate a quote, other than as
// identical, to words another article gives to someone else, when that
// article also gives the quote to its own speaker, closer: the other
// speaker's words are their own remark, which the quote's speaker echoed
// ("freedom means freedom for everyone", said by the father and then by the
// daughter), not the quote cut short or given to the wrong person.
func dropEchoes(qs []Quote, byID map[string]int) {
	dropCloser(qs, byID, func(far QuoteMatch) bool {
		return far.OtherSpeaker && far.Relation != string(quote.Identical)
	}, func(_, _, _ int, own QuoteMatch) bool {
		return !own.OtherSpeaker && own.Relation == string(quote.Identical)
	})
}

// dropCloser removes, both ways, each match of a quote i to a quote n that
// far accepts when another of i's matches, a quote c in n's article,
// passes closer(i, c, n, that match): n's article renders i more closely
// in c, so the match to n relates the wrong quotation.
func dropCloser(qs []Quote, byID map[string]int, far func(QuoteMatch) bool, closer func(i, c, n int, m QuoteMatch) bool) {
	drop := map[[2]int]bool{}
	for i, q := range qs {
		for _, fm := range q.Matches {
			n, ok := byID[fm.Quote]
			if !ok || !far(fm) {
				continue
			}
			for _, cm := range q.Matches {
				c, ok := byID[cm.Quote]
				if ok && c != n && qs[c].Article == qs[n].Article && closer(i, c, n, cm) {
					drop[[2]int{i, n}], drop[[2]int{n, i}] = true, true
					break
				}
			}
		}
	}
	dropPairs(qs, byID, drop)
}

// dropPairs removes the matches between the quotes of each pair in drop
// (indexes into qs, listed both ways); byID maps a quote's ID to its index.
func dropPairs(qs []Quote, byID map[string]int, drop map[[2]int]bool) {
	if len(drop) == 0 {
		return
	}
	for i := range qs {
		qs[i].Matches = slices.DeleteFunc(qs[i].Matches, func(m QuoteMatch) bool {
			j, ok := byID[m.Quote]
			return ok && drop[[2]int{i, j}]
		})
	}
}

// dropSeparateRemarks removes the matches that relate a quote as altered
// to another article's quotation when that article renders the same words
// more closely in another quotation: the altered one is a separate remark
// (see quote.SeparateRemark), and the article did not change the quote.
func dropSeparateRemarks(qs []Quote, raw []quote.Quote, byID map[string]int) {
	dropCloser(qs, byID, func(near QuoteMatch) bool {
		return near.Relation == string(quote.Altered)
	}, func(i, c, n int, _ QuoteMatch) bool {
		return quote.SeparateRemark(raw[i], raw[c], raw[n])
	})
}

// dropRivalStatements removes the matches that relate a quote i as
// altered to another article's longer quotation n when i holds, word for
// word, a quotation c of a third article (i is c cut short, or identical
// to it) that n is not matched to: n and c are two statements that share a
// phrase ("the lines of communication remain open", in Sunday's statement
// and in Thursday's), and i renders c, not n.
func dropRivalStatements(qs []Quote, byID map[string]int) {
	drop := map[[2]int]bool{}
	for i, q := range qs {
		for _, fm := range q.Matches {
			n, ok := byID[fm.Quote]
			if !ok || fm.Relation != string(quote.Altered) {
				continue
			}
			for _, cm := range q.Matches {
				c, ok := byID[cm.Quote]
				if !ok || c == n || qs[c].Article == qs[n].Article || qs[c].Article == q.Article ||
					cm.Relation != string(quote.Truncated) && cm.Relation != string(quote.Identical) || matchedTo(qs[c], qs[n].ID) ||
					wordCount(q.Text) > wordCount(qs[c].Text) || wordCount(q.Text) >= wordCount(qs[n].Text) {
					continue // a quote cut from i, or i no shorter than n: i is no phrase of two statements
				}
				drop[[2]int{i, n}], drop[[2]int{n, i}] = true, true
				break
			}
		}
	}
	dropPairs(qs, byID, drop)
}

// wordCount is the number of words in s.
func wordCount(s string) int { return len(strings.Fields(s)) }
