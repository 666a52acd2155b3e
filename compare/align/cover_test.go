package align

import "testing"

// TestShortSentenceIsNotCoveredByChance: a short sentence of one article
// shares two uncommon words of the story ("Academy", "Dunmore") with two
// neighbouring sentences of another that tell something else (the
// producers' plans). Found by coverage alone, the three made a group.
func TestShortSentenceIsNotCoveredByChance(t *testing.T) {
	arts := pipeArticles([]string{
		"Dunmore to host the Oscars|Rory Dunmore will host the Oscars in February, the Academy said on Friday.|The ceremony will be broadcast on Feb. 22.|\"I am very grateful to the Academy for giving me this opportunity.\"",
		"Academy picks Dunmore as Oscars host|The Academy has chosen the Australian actor Rory Dunmore to host this year's Oscars.|The producers, who recently made the musical \"Starlight,\" are trying to energize the telecast by making the ceremony more of a party, not just for the few films Academy voters select.|\"We are still at an early stage about what Dunmore wants to do, but his theatrical talent does give us reason to stage one musical number,\" a producer said.|Dunmore has never been nominated for an Oscar.",
	})
	// The producer's two sentences are one paragraph: only then may they
	// be read as one member at all.
	arts[1].Sentences[3].Paragraph = arts[1].Sentences[2].Paragraph
	short := [2]int{0, 3} // "I am very grateful to the Academy…"
	grouped := func(gs []Group) bool {
		for _, g := range gs {
			for _, m := range g.Members {
				for _, s := range m.Sentences {
					if m.Article == short[0] && s == short[1] {
						return true
					}
				}
			}
		}
		return false
	}
	if gs := groupsWith(arts, func(*engine) {}); grouped(gs) {
		t.Errorf("the short sentence is grouped:%s", describe(arts, gs))
	}
	if gs := groupsWith(arts, func(e *engine) { e.coverEvidence = 1 }); !grouped(gs) {
		t.Errorf("without the rule the short sentence is not grouped either: the case tests nothing%s", describe(arts, gs))
	}
}
