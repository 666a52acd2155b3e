package compare

import (
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare/align"
	"github.com/storydiff/storydiff/compare/quote"
)

// A quotation the ledger matches across articles is evidence that the
// sentences holding it carry the same fact; alignment acts on it (see
// align's verbatim.go), so that the report never calls a sentence "only in
// one article", or an article one that "leaves out" a fact, while its own
// quote ledger pairs the words.
//
// The evidence is judged per sentence, since a quotation may run over
// several sentences of which only some are printed elsewhere: sentence S
// of one article carries sentence T of another when the quoted words of
// the two share verbatimRun words in a row and, in order, at least
// verbatimShare of T's words. A few words in common ("we've got a") are a
// phrase, not a quotation; and a long sentence whose small part is a
// quotation printed elsewhere reports more than that quotation.
const (
	verbatimRun   = 4
	verbatimShare = 0.5
)

// verbatimLinks returns the sentence pairs that print a quotation of the
// index's matched pairs nearly word for word (see above), each pair once
// per direction that holds, ordered.
func verbatimLinks(r *Report, qi quoteIndex) []align.Link {
	var out []align.Link
	counts := map[SentenceRef]int{} // sentence -> its normalised words
	wordsIn := func(ai, si int) int {
		ref := SentenceRef{ai, si}
		n, ok := counts[ref]
		if !ok {
			n = len(strings.Fields(quote.Normalize(r.Articles[ai].Sentences[si].Text)))
			counts[ref] = n
		}
		return n
	}
	type clip struct {
		sentence int
		words    []string
	}
	clips := map[int][]clip{} // quote -> its words in each sentence it runs over
	clipsOf := func(qx int) []clip {
		c, ok := clips[qx]
		if !ok {
			q := qi.out[qx]
			a := r.Articles[q.Article]
			for _, si := range quoteSentences(a, q) {
				if w := clipWords(a, q, si); len(w) >= verbatimRun {
					c = append(c, clip{si, w})
				}
			}
			clips[qx] = c
		}
		return c
	}
	var lcs commonBuf
	for _, m := range qi.matches {
		a, b := qi.out[m.A], qi.out[m.B]
		for _, ca := range clipsOf(m.A) {
			for _, cb := range clipsOf(m.B) {
				// At most min(len) words are common: skip what cannot pass.
				most := float64(min(len(ca.words), len(cb.words)))
				aCarries := most >= verbatimShare*float64(wordsIn(b.Article, cb.sentence))
				bCarries := most >= verbatimShare*float64(wordsIn(a.Article, ca.sentence))
				if !aCarries && !bCarries {
					continue
				}
				common, run := lcs.common(ca.words, cb.words)
				if run < verbatimRun {
					continue
				}
				if aCarries && float64(common) >= verbatimShare*float64(wordsIn(b.Article, cb.sentence)) {
					out = append(out, align.Link{A: a.Article, S: ca.sentence, B: b.Article, T: cb.sentence})
				}
				if bCarries && float64(common) >= verbatimShare*float64(wordsIn(a.Article, ca.sentence)) {
					out = append(out, align.Link{A: b.Article, S: cb.sentence, B: a.Article, T: ca.sentence})
				}
			}
		}
	}
	slices.SortFunc(out, func(x, y align.Link) int {
		for _, d := range [...]int{x.A - y.A, x.S - y.S, x.B - y.B, x.T - y.T} {
			if d != 0 {
				return d
			}
		}
		return 0
	})
	return slices.Compact(out)
}

// quoteSentences returns the alignable sentences quote q runs over.
func quoteSentences(a Article, q Quote) []int {
	var out []int
	for si := q.Sentence; si < len(a.Sentences) && a.Sentences[si].Start < q.End; si++ {
		if a.Sentences[si].Role.Alignable() {
			out = append(out, si)
		}
	}
	return out
}

// clipWords returns the normalised words of quote q inside sentence si.
func clipWords(a Article, q Quote, si int) []string {
	s := a.Sentences[si]
	from, to := max(q.Start, s.Start), min(q.End, s.End)
	if from >= to {
		return nil
	}
	return strings.Fields(quote.Normalize(a.Text[from:to]))
}

// commonBuf holds the rows commonWords reuses.
type commonBuf struct{ rows [4][]int }

// common returns how many words a and b share in order (their longest
// common subsequence) and the longest run of words they share.
func (c *commonBuf) common(a, b []string) (common, run int) {
	for i := range c.rows {
		c.rows[i] = slices.Grow(c.rows[i][:0], len(b)+1)[:len(b)+1]
		clear(c.rows[i])
	}
	prevL, curL, prevR, curR := c.rows[0], c.rows[1], c.rows[2], c.rows[3]
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				curL[j+1] = prevL[j] + 1
				curR[j+1] = prevR[j] + 1
				run = max(run, curR[j+1])
			} else {
				curL[j+1] = max(prevL[j+1], curL[j])
				curR[j+1] = 0
			}
		}
		prevL, curL = curL, prevL
		prevR, curR = curR, prevR
	}
	return prevL[len(b)], run
}
