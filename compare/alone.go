package compare

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/textsim"
)

// restatedShare is how much of a sentence's content words (three or
// more) another, longer sentence of its article must hold for the
// sentence to be a restatement of it rather than a fact of its own: all
// of them for a sentence of the body ("Americans don't believe their
// leaders are listening" quoted again in full). Three of four was too
// little there: "Bishop Jenky has stood by his comments" is not told by
// "… asking them to rebuke Bishop Jenky's comments" (BASIL). A summary
// line (a headline or a list item, such as a "key points" bullet) needs
// only summaryShare: "• Alibaba plans to add 1m small businesses" against
// "Alibaba plans to create the new jobs by adding 1 million small and
// medium-sized US businesses" holds four of six (stems: add/ad; figures:
// 1m/1 million), "• Trump praised Ma after the meeting" against "… he was
// quick to praise Ma" three of four.
const (
	restatedShare = 1.0
	summaryShare  = 2.0 / 3
)

// aloneFacts returns the sentences of article a that are facts only it
// reports: alignable sentences in no group that do not restate another
// sentence of the same article. A sentence restates another when that one
// is in a group or is longer, and holds at least restatedShare of its
// content words (three or more; summaryShare for a headline or a list
// item): a summary box or a headline telling again
// what the body tells is the same fact, not a second one the other
// articles leave out.
//
// contained gives, for two sentences of the article (their indices), the
// textsim features FShortLen and FContainment (textsim.Corpus.Containment);
// nil makes aloneFacts analyse the article itself, as a report read back
// from JSON must. Compare passes the alignment's, which has analysed every
// sentence already: analysing them again cost a quarter of a two-article
// comparison.
func aloneFacts(a Article, contained func(si, ti int) (shortLen, containment float64, ok bool)) []int {
	out := []int{}
	var ids []int // corpus id of each sentence; -1 when not alignable
	var c *textsim.Corpus
	for si, s := range a.Sentences {
		if !s.Role.Alignable() || s.Group != nil {
			continue
		}
		if contained == nil {
			c = textsim.NewCorpus()
			ids = make([]int, len(a.Sentences))
			for ti, t := range a.Sentences {
				ids[ti] = -1
				if t.Role.Alignable() {
					ids[ti] = c.Add(t.Text)
				}
			}
			c.Freeze()
			contained = func(si, ti int) (float64, float64, bool) {
				if ids[si] < 0 || ids[ti] < 0 {
					return 0, 0, false
				}
				short, cont := c.Containment(ids[si], ids[ti])
				return short, cont, true
			}
		}
		restates, share := false, restatedShare
		if s.Role == RoleHeadline || isListItem(s.Text) {
			share = summaryShare
		}
		for ti, t := range a.Sentences {
			if ti == si || !t.Role.Alignable() {
				continue
			}
			if t.Group == nil && len(t.Text) <= len(s.Text) {
				continue // of two lone sentences, the longer one is the fact
			}
			if len(s.Text) > len(t.Text) {
				continue // the sentence must be the shorter one to be contained
			}
			short, cont, ok := contained(si, ti)
			if !ok {
				continue
			}
			// FShortLen is log(1+content words of the shorter side).
			if short >= threeWords && cont >= share-1e-9 {
				restates = true
				break
			}
		}
		if !restates {
			out = append(out, si)
		}
	}
	return out
}

// threeWords is FShortLen for three content words, less rounding.
var threeWords = math.Log1p(3) - 1e-9

// isListItem reports whether a sentence opens with a bullet glyph: a line
// of a list such as a "key points" box.
func isListItem(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return strings.ContainsRune("•◦▪▫■□●○‣⁃►▸➢✓✔", r)
}
