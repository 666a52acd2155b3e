package align

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

// groupsWith aligns arts with the engine's settings changed by set.
func groupsWith(arts []Article, set func(*engine)) []Group {
	e := newEngine(arts, &textsim.Default)
	set(e)
	return (&Alignment{e: e}).Groups()
}

func describe(arts []Article, gs []Group) string {
	var b strings.Builder
	for _, g := range gs {
		fmt.Fprintf(&b, "\n  group:")
		for _, m := range g.Members {
			for _, s := range m.Sentences {
				fmt.Fprintf(&b, " [%d] %q", m.Article, arts[m.Article].Sentences[s].Text)
			}
		}
	}
	return b.String()
}

// TestDifferentStoriesFormNoGroups: two articles on different stories share
// words by chance: "police", "hurt", "said", a common noun. Every group
// they form would be junk.
func TestDifferentStoriesFormNoGroups(t *testing.T) {
	arts := pipeArticles([]string{
		"Fire destroys furniture warehouse in Leeds|A furniture warehouse in Leeds was destroyed by fire on Sunday night.|\"No one was hurt,\" a fire service spokesman said.|Police said the cause of the fire was not yet known.|The owner said the business would reopen in the spring.",
		"Council approves new city budget|The city council approved its budget on Monday after a long debate.|\"They cuffed him and he said the cuffs hurt,\" one witness said of an arrest outside the hall.|Police will receive more money under the plan, the council said.|Opponents said the business rates would rise in the spring.",
	})
	if gs := groupsWith(arts, func(*engine) {}); len(gs) > 0 {
		t.Errorf("%d groups between two stories:%s", len(gs), describe(arts, gs))
	}
	if gs := groupsWith(arts, func(e *engine) { e.evidenceWords = 0 }); len(gs) == 0 {
		t.Errorf("without the floor of shared evidence no group forms either: the case tests nothing")
	}
}

// TestLedesLinkOnOneRareWord: two ledes of one event, each in its own
// words, share one word that is not common (the store's name). A lead
// sums up the story in few words: that is evidence enough between leads,
// not between body sentences.
func TestLedesLinkOnOneRareWord(t *testing.T) {
	arts := pipeArticles([]string{
		"Blaze guts Kelworth supermarket|A Kelworth supermarket in Surrey has been destroyed in a fire.|More than 50 firefighters tackled the blaze, which broke out on the roof at about 9pm.|The alarm was raised after a CCTV operator noticed smoke coming from the roof.|A statement from Kelworth said the store would be rebuilt.",
		"Kelworth store in ruins after fire|A Kelworth outlet was reduced to ruins overnight.|More than 50 firefighters with ten engines fought the blaze on the roof of the store.|The alarm was raised after a CCTV operator noticed smoke coming from the roof.|A statement from Kelworth said the building would be rebuilt.",
	})
	// grouped counts the ledes grouped with a lead (headline or lede) of
	// the other article.
	grouped := func(gs []Group) (n int) {
		for _, g := range gs {
			leads := len(g.Members) == 2
			for _, m := range g.Members {
				leads = leads && m.Sentences[0] < 2
			}
			if !leads {
				continue
			}
			for _, m := range g.Members {
				if m.Sentences[0] == 1 {
					n++
				}
			}
		}
		return n
	}
	if gs := groupsWith(arts, func(*engine) {}); grouped(gs) < 2 {
		t.Errorf("the ledes are not both grouped with a lead of the other article:%s", describe(arts, gs))
	}
	if gs := groupsWith(arts, func(e *engine) { e.leadEvidence = 2 }); grouped(gs) == 2 {
		t.Errorf("with two words needed between leads too both ledes still group: the case tests nothing")
	}
}

// TestHeadlineDoesNotTakeBodyOfHeadlessArticle (review r9 item 3): an
// article without a headline tells in its second paragraph the detail
// another article tells in its body; the other's headline shares that
// sentence's words, but its counterpart is the other article's sentence,
// and the headline goes with the lede.
func TestHeadlineDoesNotTakeBodyOfHeadlessArticle(t *testing.T) {
	arts := pipeArticles([]string{
		"Kelworth fire: Banstead store destroyed|A Kelworth supermarket in Surrey has been destroyed in a fire.|People living near the store on High Street in Banstead were made to leave their homes.|More than 50 firefighters tackled the blaze, which broke out on the roof of the supermarket at about 9pm.",
		"A Kelworth store was reduced to ruins after a blaze treated by police as suspicious.|More than 50 firefighters with 10 fire engines fought the blaze which virtually destroyed the store in Banstead, Surrey.|Nobody was injured.",
	})
	arts[1].Sentences[0].Headline = false // no headline: the first sentence is the lede
	arts[1].Sentences[1].Lead = false
	// withHeadline reports whether the headline's group holds the
	// headless article's body sentence.
	withHeadline := func(gs []Group) bool {
		for _, g := range gs {
			if len(g.Members) == 2 && g.Members[0].Sentences[0] == 0 && slices.Contains(g.Members[1].Sentences, 1) {
				return true
			}
		}
		return false
	}
	if gs := groupsWith(arts, func(*engine) {}); withHeadline(gs) {
		t.Errorf("the headline took the headless article's body sentence:%s", describe(arts, gs))
	}
	if gs := groupsWith(arts, func(e *engine) { e.evidenceWords = 0 }); !withHeadline(gs) {
		t.Errorf("without the rule the headline does not take the body sentence either: the case tests nothing:%s", describe(arts, gs))
	}
}
