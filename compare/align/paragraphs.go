package align

import (
	"strings"
	"unicode"
)

// ownParagraphEvidence reports whether sentence si (gid u) of article ai
// may be read as one member with parts (sentences of ai, one of them
// beside si) matching others. Within a paragraph it may. Across a paragraph break
// (joinable lets two paragraphs of one sentence each join) the later
// sentence must continue the earlier one (it opens with a personal
// pronoun: "She was 85.", "He was hit in the back, but survived."), or
// each must share evidence of its own with others (evidenceWords uncommon
// words with one of them). A break otherwise ends a fact: Fox's "he still
// plans to make an endorsement" (sharing only "candidate" with the NYT's
// "an awkward task: moderating a debate that only two candidates said they
// would attend") and, a paragraph later, "Though the Dec. 27 debate
// technically is sponsored by Newsmax…" were read as one member of that
// fact.
func (e *engine) ownParagraphEvidence(ai, si int, parts, others []int) bool {
	if e.evidenceWords <= 0 {
		return true
	}
	sents := e.articles[ai].Sentences
	u := e.gids[ai][si]
	for _, g := range parts {
		sg := int(e.sent[g])
		if d := sg - si; d != 1 && d != -1 || sents[sg].Paragraph == sents[si].Paragraph {
			continue // not u's neighbour, or in its paragraph
		}
		if later := max(si, sg); opensWithPronoun(sents[later].Text) {
			return true
		}
		return e.paragraphEvidenced(u, others) && e.paragraphEvidenced(g, others)
	}
	return true
}

// paragraphEvidenced reports whether sentence g shares evidenceWords
// uncommon words with one of others.
func (e *engine) paragraphEvidenced(g int, others []int) bool {
	for _, o := range others {
		if e.corpus.SharedEvidence(e.reading(g), e.reading(o), commonRank) >= e.evidenceWords {
			return true
		}
	}
	return false
}

// continuingPronouns open a sentence that goes on about the previous
// sentence's subject.
var continuingPronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "his": true, "her": true, "its": true, "their": true}

// opensWithPronoun reports whether text's first word, after any opening
// quotation marks, is one of continuingPronouns.
func opensWithPronoun(text string) bool {
	text = strings.TrimLeftFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	end := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(text)
	}
	return continuingPronouns[strings.ToLower(text[:end])]
}
