package align

import (
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

// TestBodySentencesSharingOnlyNamesAreTwoFacts: two outlets on a city's
// new harbour fee each mention the pilots' guild further down, one that it
// plans a radio campaign, the other that its spokesman did not answer.
// The two share the guild's name and nothing else, which makes them each
// other's best match and carries them past mutualMass; they tell two
// facts. The fee itself, told in other words, still groups.
func TestBodySentencesSharingOnlyNamesAreTwoFacts(t *testing.T) {
	arts := pipeArticles([]string{
		"Dunmore sets harbour fee|Dunmore's council voted on Tuesday to charge every cargo ship a harbour fee of $4,000 from March.|The fee would pay for dredging the eastern channel, the mayor said.|The Harbour Pilots Guild also plans to launch a radio campaign.",
		"Council backs $4,000 ship fee|Cargo ships calling at Dunmore will pay $4,000 each from March under a fee the council approved Tuesday.|Officials said the money would go to dredging the eastern channel.|A spokesman for the Harbour Pilots Guild did not immediately respond to requests for comment.",
	})
	run := func(namesOnlyLink bool) []Group {
		e := newEngine(arts, &textsim.Default)
		e.namesOnlyLink = namesOnlyLink
		return (&Alignment{e: e}).Groups()
	}
	guild := []Member{{0, []int{3}}, {1, []int{3}}}
	if !grouped(run(true), guild...) {
		t.Fatalf("the test no longer exercises the rule: without it, the guild's two sentences are not grouped either")
	}
	groups := run(false)
	if grouped(groups, guild...) {
		t.Errorf("the guild's campaign and its silence are one group:%s", describe(arts, groups))
	}
	if !grouped(groups, Member{0, []int{2}}, Member{1, []int{2}}) {
		t.Errorf("the dredging is not one group:%s", describe(arts, groups))
	}
}
