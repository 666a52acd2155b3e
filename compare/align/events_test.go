package align

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

// pipeArticles makes one article of each text, its sentences split at
// "|": the first the headline, the first two the lead, one paragraph each.
func pipeArticles(texts []string) []Article {
	var arts []Article
	for _, text := range texts {
		var a Article
		for i, s := range strings.Split(text, "|") {
			a.Sentences = append(a.Sentences, Sentence{Text: s, Paragraph: i, Alignable: true, Headline: i == 0, Lead: i < 2})
		}
		arts = append(arts, a)
	}
	return arts
}

// eventsOf groups arts into events with the engine's settings changed by
// set: article -> its event.
func eventsOf(arts []Article, set func(*engine)) []int {
	e := newEngine(arts, &textsim.Default)
	set(e)
	e.scoreCandidates()
	e.cluster()
	return e.event
}

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
	arts := pipeArticles(texts)
	ev := eventsOf(arts, func(*engine) {})
	if ev[0] != ev[1] || ev[2] != ev[3] || ev[0] == ev[2] || ev[4] == ev[0] || ev[4] == ev[2] {
		t.Errorf("events %v, want articles 0 and 1 in one, 2 and 3 in another, 4 alone", ev)
	}
}

// TestAnArticleAloneJoinsItsEvent: a third, short article on Quill's stay
// links once to each of the two others, too little to reach eventLinks
// with both, yet it is no look-alike event: it joins Quill's event, and
// the articles on Voss stay an event of their own.
func TestAnArticleAloneJoinsItsEvent(t *testing.T) {
	texts := []string{
		"Mara Quill checks into Lakeview clinic|The singer was admitted on Friday, her manager Tom Reyes said.|Quill cancelled three concerts in Denver last week.|Reyes asked fans to respect her privacy.",
		"Pop star Quill seeks treatment|Mara Quill was admitted to the Lakeview clinic on Friday, manager Tom Reyes said.|The singer had cancelled three concerts in Denver last week.|Reyes asked fans to respect her privacy.",
		"Quill in hospital|Fans gathered outside the Lakeview clinic where Mara Quill is staying.|Her label declined to comment on the tour.",
		"Lena Voss checks into Pinegrove clinic|Voss, 41, will spend a month at a clinic in Pinegrove, her agent Sam Ortiz said on Tuesday.|She had pulled out of two shows in Austin.",
		"Rock veteran Voss quits tour|Lena Voss is being treated in Pinegrove, agent Sam Ortiz said Tuesday.|The 41-year-old dropped two Austin shows this month.",
	}
	arts := pipeArticles(texts)
	events := func(join float64) []int {
		return eventsOf(arts, func(e *engine) { e.eventJoin = join })
	}
	if ev := events(eventJoin); ev[2] != ev[0] || ev[0] != ev[1] || ev[3] != ev[4] || ev[3] == ev[0] {
		t.Errorf("events %v, want articles 0, 1 and 2 in one, 3 and 4 in another", ev)
	}
	// Without the rule the short article is alone: the case needs it.
	if ev := events(0); ev[2] == ev[0] {
		t.Errorf("without eventJoin the short article is in Quill's event (%v); the case tests nothing", ev)
	}
}

// TestAPairOfArticlesJoinsItsEvent: two articles on a vigil outside
// Quill's clinic link to each other and too little to the three on her
// admission to reach eventLinks, yet they are the same story: the pair
// joins the larger event, and the articles on Voss stay apart. The vigil
// articles tell one admission fact between them, not two: with the second
// vigil article also retelling the cancelled concerts, the pair reached
// eventLinks on its own once conflicting links counted in full
// (eventConflict 1), and the case no longer needed eventJoinSize.
func TestAPairOfArticlesJoinsItsEvent(t *testing.T) {
	texts := []string{
		"Mara Quill checks into Lakeview clinic|The singer was admitted on Friday, her manager Tom Reyes said.|Quill cancelled three concerts in Denver last week.|Reyes asked fans to respect her privacy.",
		"Pop star Quill seeks treatment|Mara Quill was admitted to the Lakeview clinic on Friday, manager Tom Reyes said.|The singer had cancelled three concerts in Denver last week.|Reyes asked fans to respect her privacy.",
		"Quill admitted to clinic|Manager Tom Reyes said Mara Quill was admitted to the Lakeview clinic on Friday.|Three Denver concerts were cancelled last week.|Fans were asked to respect her privacy.",
		"Fans hold vigil for Quill|Dozens of fans sang outside the Lakeview clinic on Saturday night.|Some had driven from Boulder with candles and homemade banners.|Mara Quill was admitted to the clinic on Friday.",
		"Vigil outside Lakeview|Fans with candles and banners sang outside the clinic on Saturday night, some after driving from Boulder.|The singer's label declined to comment.",
		"Lena Voss checks into Pinegrove clinic|Voss, 41, will spend a month at a clinic in Pinegrove, her agent Sam Ortiz said on Tuesday.|She had pulled out of two shows in Austin.",
		"Rock veteran Voss quits tour|Lena Voss is being treated in Pinegrove, agent Sam Ortiz said Tuesday.|The 41-year-old dropped two Austin shows this month.",
	}
	arts := pipeArticles(texts)
	events := func(size int) []int {
		return eventsOf(arts, func(e *engine) { e.joinSize = size })
	}
	if ev := events(eventJoinSize); ev[3] != ev[0] || ev[4] != ev[0] || ev[5] != ev[6] || ev[5] == ev[0] {
		t.Errorf("events %v, want articles 0 to 4 in one, 5 and 6 in another", ev)
	}
	// With only lone articles joining, the pair stays apart: the case needs it.
	if ev := events(1); ev[3] == ev[0] {
		t.Errorf("with eventJoinSize 1 the vigil pair is in Quill's event (%v); the case tests nothing", ev)
	}
}

// TestLookAlikeEventsLinkedByConflictsStayApart: two articles on a quake
// in Chile and two on a quake in Peru, told in the same words. Across the
// two quakes the headlines, ledes and tolls link (the model reads them as
// one fact), but each such link names another place or states other
// figures; within each quake the articles also share a fact of their own.
// Counted in full, the cross links make the four articles one event, and
// the lead rules then group each quake's sentences with the other's;
// counted at 0.75 they stay two events and no group mixes them. The fit
// on ECB+ ships 1 (see eventConflict); this keeps the knob it chooses
// with honest.
func TestLookAlikeEventsLinkedByConflictsStayApart(t *testing.T) {
	texts := []string{
		"Magnitude 6.1 earthquake strikes northern Chile|The quake hit near Antofagasta at 3:40 a.m. on Monday, the US Geological Survey said.|Two people were killed and 40 homes collapsed in Antofagasta, officials said.|President Boric flew north to visit the damaged port.",
		"Deadly quake shakes Chile's north|A magnitude 6.1 earthquake struck near Antofagasta early Monday, the US Geological Survey said.|Officials in Antofagasta said two people died and 40 homes collapsed.|Boric flew to the damaged port on Monday afternoon.",
		"Peru quake kills five in Arequipa|The quake hit near Arequipa at 10:15 p.m. on Thursday, the US Geological Survey said.|Five people were killed and 120 homes collapsed in Arequipa, officials said.|Schools across the region will stay shut until the engineers finish their checks.",
		"Deadly quake shakes Peru's south|A magnitude 6.4 earthquake struck near Arequipa late Thursday, the US Geological Survey said.|Officials in Arequipa said five people died and 120 homes collapsed.|Regional schools stay closed until engineers have checked every building.",
	}
	arts := pipeArticles(texts)
	// mixed counts the groups holding a sentence of each quake; grouped
	// the groups holding both articles of one quake.
	count := func(opt Options) (mixed, grouped int) {
		for _, g := range New(arts, opt).Groups() {
			chile, peru := 0, 0
			for _, m := range g.Members {
				if m.Article < 2 {
					chile++
				} else {
					peru++
				}
			}
			if chile > 0 && peru > 0 {
				mixed++
			}
			if chile == 2 || peru == 2 {
				grouped++
			}
		}
		return mixed, grouped
	}
	if mixed, grouped := count(Options{EventConflict: 0.75}); mixed > 0 || grouped < 6 {
		t.Errorf("%d groups mix the two quakes, %d hold both articles of one (want 0 and at least 6: headline, lede, toll, last fact)", mixed, grouped)
	}
	// Counted in full, the conflicting links make one event: the case needs
	// the rule (and, since the floor of shared evidence keeps the two
	// quakes' leads apart too, needs it without the floor).
	if mixed, _ := count(Options{EventConflict: 1, EvidenceWords: -1}); mixed == 0 {
		t.Errorf("with conflicting links counted in full no group mixes the quakes; the case tests nothing")
	}
	if ev := eventsOf(arts, func(e *engine) { e.eventConflict = 0.75 }); ev[0] != ev[1] || ev[2] != ev[3] || ev[0] == ev[2] {
		t.Errorf("events %v, want articles 0 and 1 in one, 2 and 3 in another", ev)
	}
}
