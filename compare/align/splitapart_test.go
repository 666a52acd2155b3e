package align

import (
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

// TestSplitsDoNotJoinTwoEvents: two articles on one singer's stay in a
// clinic and two on another singer's are two events. A sentence of the
// first event that names nobody ("She collapsed on stage less than a
// year after the label renewed her contract") is covered by two
// consecutive sentences of the other event, one on the collapse, one on
// the label; they tell the other singer's facts.
func TestSplitsDoNotJoinTwoEvents(t *testing.T) {
	arts := pipeArticles([]string{
		"Mara Quill checks into Lakeview clinic|The singer was admitted on Friday, her manager Tom Reyes said.|Quill cancelled three concerts in Denver last week.|She collapsed on stage less than a year after the label renewed her contract.",
		"Pop star Quill seeks treatment|Mara Quill was admitted to the Lakeview clinic on Friday, manager Tom Reyes said.|The singer had cancelled three concerts in Denver last week.",
		"Lena Voss checks into Pinegrove clinic|Voss, 41, will spend a month at a clinic in Pinegrove, her agent Sam Ortiz said on Tuesday.|She had pulled out of two shows in Austin.",
		"Rock veteran Voss quits tour|Lena Voss is being treated in Pinegrove, agent Sam Ortiz said Tuesday.|The 41-year-old dropped two Austin shows this month.|Voss collapsed on stage in Austin during the second song.|Her label, Greyfield Records, renewed her contract in 1998.",
	})
	run := func(across bool) []Group {
		e := newEngine(arts, &textsim.Default)
		e.splitsAcross = across
		return (&Alignment{e: e}).Groups()
	}
	mixed := func(groups []Group) bool {
		for _, g := range groups {
			quill, voss := false, false
			for _, m := range g.Members {
				quill = quill || m.Article < 2
				voss = voss || m.Article >= 2
			}
			if quill && voss {
				return true
			}
		}
		return false
	}
	if !mixed(run(true)) {
		t.Fatalf("the test no longer exercises the rule: without it, no group mixes the two events either:%s", describe(arts, run(true)))
	}
	if groups := run(false); mixed(groups) {
		t.Errorf("a group mixes the two events:%s", describe(arts, groups))
	}
}
