package align

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

// TestEventsFollowTheArticlesLinks: two articles on one singer's stay in a
// clinic and two on another singer's form two events; one article alone
// is its own.
func TestEventsFollowTheArticlesLinks(t *testing.T) {
	texts := []string{
		"Mara Quill checks into Lakeview clinic|The singer was admitted on Friday, her manager Tom Reyes said.|Quill cancelled three concerts in Denver last week.",
		"Pop star Quill seeks treatment|Mara Quill was admitted to the Lakeview clinic on Friday, manager Tom Reyes said.|The singer had cancelled three concerts in Denver last week.",
		"Lena Voss checks into Pinegrove clinic|Voss, 41, will spend a month at a clinic in Pinegrove, her agent Sam Ortiz said on Tuesday.|She had pulled out of two shows in Austin.",
		"Rock veteran Voss quits tour|Lena Voss is being treated in Pinegrove, agent Sam Ortiz said Tuesday.|The 41-year-old dropped two Austin shows this month.",
		"Harbor board approves lease|The port board voted 7-2 on Tuesday to approve the lease.",
	}
	var arts []Article
	for _, text := range texts {
		var a Article
		for i, s := range strings.Split(text, "|") {
			a.Sentences = append(a.Sentences, Sentence{Text: s, Paragraph: i, Alignable: true, Headline: i == 0, Lead: i < 2})
		}
		arts = append(arts, a)
	}
	e := newEngine(arts, &textsim.Default)
	e.scoreCandidates()
	e.cluster()
	ev := e.event
	if ev[0] != ev[1] || ev[2] != ev[3] || ev[0] == ev[2] || ev[4] == ev[0] || ev[4] == ev[2] {
		t.Errorf("events %v, want articles 0 and 1 in one, 2 and 3 in another, 4 alone", ev)
	}
}
