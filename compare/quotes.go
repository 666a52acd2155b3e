package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"

	"github.com/storydiff/storydiff/compare/quote"
)

// quoteIndex is the quote ledger before its matches are judged: every
// direct quote of every article, the extractor's quotes beside them, and
// the pairs of different articles a shingle index relates. It needs the
// articles' sentences only, so alignment can read it (verbatimLinks).
type quoteIndex struct {
	out     []Quote
	raw     []quote.Quote
	matches []quote.Match
	words   [][]string // each quote's compared words, as the index made them
}

// indexQuotes lists the quotes found in each article and relates them.
func indexQuotes(r *Report, found [][]quote.Quote) quoteIndex {
	out := []Quote{} // never null in the report
	ix := quote.NewIndex()
	var raw []quote.Quote
	var words [][]string
	seen := map[string]int{}
	for ai, qs := range found {
		a := r.Articles[ai]
		for _, q := range qs {
			si := sentenceAt(a.Sentences, q.Start)
			if si < 0 {
				continue
			}
			id := quoteID(a.Label, q.Text)
			if seen[id]++; seen[id] > 1 {
				id = fmt.Sprintf("%s-%d", id, seen[id])
			}
			out = append(out, Quote{
				ID: id, Article: ai, Sentence: si, Start: q.Start, End: q.End, Text: q.Text,
				Speaker: q.Speaker, Role: q.Role, Partial: q.Partial, Status: "unique",
				Matches: []QuoteMatch{}, ParaphrasedIn: []SentenceRef{},
			})
			raw = append(raw, q)
			words = append(words, ix.Words(ix.Add(ai, q)))
		}
	}
	unifySpeakerNames(out) // "Ben Jealous" and "Benjamin Todd Jealous": one person (speakernames.go)
	return quoteIndex{out: out, raw: raw, matches: ix.Matches(), words: words}
}

// quotes builds the quote ledger: every direct quote of every article with
// its speaker, matched across articles (the index's pairs, and short
// quotations of one speaker in one group). A quote is shared when another
// article has the same words from the same speaker, variant when another
// renders it differently (or gives it to someone else), unique otherwise.
func quotes(r *Report, qi quoteIndex) []Quote {
	out, raw := qi.out, qi.raw
	apart := namedApart(out)
	match := func(ia, ib int, rel quote.Relation) {
		a, b := &out[ia], &out[ib]
		other := differentSpeakers(a.Speaker, b.Speaker) || apart[[2]string{fullName(a.Speaker), fullName(b.Speaker)}]
		var ab, ba []DiffOp
		if rel != quote.Identical {
			ab, ba = numbersEqual(WordDiff(a.Text, b.Text)), numbersEqual(WordDiff(b.Text, a.Text))
			if rel == quote.Altered && allEqual(ab) {
				// The same words in another typography or spelling
				// ("prioritised", ‘…’): a house style, not a misquote.
				rel, ab, ba = quote.Identical, nil, nil
			}
		}
		a.Matches = append(a.Matches, QuoteMatch{Quote: b.ID, Relation: string(rel), OtherSpeaker: other, Diff: ab})
		b.Matches = append(b.Matches, QuoteMatch{Quote: a.ID, Relation: string(rel), OtherSpeaker: other, Diff: ba})
	}
	matched := map[[2]int]bool{}
	for _, m := range qi.matches {
		matched[[2]int{m.A, m.B}] = true
		match(m.A, m.B, m.Relation)
	}
	for _, p := range shortPairs(r, out, matched) {
		if rel, _ := quote.Relate(raw[p[0]], raw[p[1]]); rel != quote.NoMatch {
			match(p[0], p[1], rel)
		}
	}
	byID := make(map[string]int, len(out)) // the passes below change matches, never IDs or order
	for i, q := range out {
		byID[q.ID] = i
	}
	drop, own := strayWords(out, byID)
	dropPairs(out, byID, drop)
	for _, p := range own {
		rel := quote.Truncated
		if quote.Normalize(out[p[0]].Text) == quote.Normalize(out[p[1]].Text) {
			rel = quote.Identical
		}
		match(p[0], p[1], rel)
	}
	markSpliced(out)
	dropSeparateRemarks(out, raw, byID)
	dropRivalStatements(out, byID)
	markSplit(out, byID)
	dropEchoes(out, byID)
	dropBesideTwin(out, byID)
	for _, p := range wordsWithin(out, qi.words) {
		match(p[0], p[1], quote.Truncated)
	}
	dropQuotedPhrase(out, byID)
	speakerFromOutlets(out, byID)
	for i := range out {
		q := &out[i]
		for _, m := range q.Matches {
			switch {
			case m.Relation == string(quote.Identical) && !m.OtherSpeaker:
				q.Status = "shared"
			case q.Status == "unique":
				q.Status = "variant"
			}
		}
	}
	assignParaphrases(r, out, raw)
	return out
}

// quoteID derives a quote's id from its article's label and its words, so
// it survives re-running and edits elsewhere in the article.
func quoteID(label, text string) string {
	h := sha256.Sum256([]byte(label + "\x00" + normalizeText(text)))
	return "q" + hex.EncodeToString(h[:])[:10]
}

// sentenceAt returns the index of the sentence holding byte offset pos, or -1.
func sentenceAt(sents []Sentence, pos int) int {
	i, _ := slices.BinarySearchFunc(sents, pos, func(s Sentence, p int) int {
		switch {
		case s.End <= p:
			return -1
		case s.Start > p:
			return 1
		}
		return 0
	})
	if i < len(sents) && sents[i].Start <= pos && pos < sents[i].End {
		return i
	}
	return -1
}

// setRelation records (or corrects) q's match with the quote other.
func setRelation(q *Quote, other, rel string, otherSpeaker bool, from, to string) {
	for k := range q.Matches {
		if q.Matches[k].Quote == other {
			q.Matches[k].Relation = rel
			return
		}
	}
	q.Matches = append(q.Matches, QuoteMatch{Quote: other, Relation: rel, OtherSpeaker: otherSpeaker, Diff: WordDiff(from, to)})
}

// GivesMore reports, for two quotes that render one quotation, whether o
// gives more of its words than q: of a truncated pair, the one that is not
// cut short.
func GivesMore(q, o Quote) bool {
	return quote.Length(o.Text) > quote.Length(q.Text)
}

// Truncation says which of two truncated renderings of a quotation cut it
// short, naming o's article who: "NYT cuts it short" when o gives fewer of
// the words than q, "NYT gives more" when o gives more. "truncated" alone
// does not say, and readers took it to fall on the article named.
func Truncation(q, o Quote, who string) string {
	if GivesMore(q, o) {
		return who + " gives more"
	}
	return who + " cuts it short"
}

// SplitRelation describes a split match (QuoteMatch.Split n > 0) between
// q and o: "identical, split over 3 quotations" when o is one of the
// pieces, "identical, split here over 3 quotations" when q is. The
// article that breaks a quotation with "she continued" prints it in full,
// and says nothing short of that.
func SplitRelation(q, o Quote, n int) string {
	if GivesMore(q, o) {
		return fmt.Sprintf("identical, split here over %d quotations", n)
	}
	return fmt.Sprintf("identical, split over %d quotations", n)
}
