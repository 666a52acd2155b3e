package align

import (
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

// briefArticles makes one brief of each text: an article of one sentence,
// its lede.
func briefArticles(texts []string) []Article {
	arts := make([]Article, len(texts))
	for i, text := range texts {
		arts[i].Sentences = []Sentence{{Text: text, Alignable: true, Lead: true}}
	}
	return arts
}

// Five briefs on one cold-case arrest: three describe the suspect, two
// name him and his charges; one of the first names him too.
var oppBriefs = []string{
	"Marlow police on Tuesday arrested Dennis Opp, 58, in the 1988 killing of two night clerks at the Bayview Motel.",
	"A former handyman has been charged in the 1988 slayings of two night clerks at a motel in Marlow.",
	"A onetime handyman has been charged in the 1988 killings of two night clerks at the Bayview Motel, Marlow police said.",
	"Police Chief Ana Petrel announced that Dennis Opp, 58, was arrested at 9:40 a.m. and charged with two counts of first-degree murder.",
	"This morning, 35 years later, Marlow police arrested and charged Dennis Opp, age 58, with two counts of first-degree murder.",
}

// briefGroups aligns the briefs with the engine's settings changed by set
// and returns, per group, its members' articles.
func briefGroups(texts []string, set func(*engine)) [][]int {
	e := newEngine(briefArticles(texts), &textsim.Default)
	set(e)
	var out [][]int
	for _, g := range (&Alignment{e: e}).Groups() {
		var arts []int
		for _, m := range g.Members {
			arts = append(arts, m.Article)
		}
		out = append(out, arts)
	}
	return out
}

// TestBriefsOfOneEventGroupTogether: briefs can link once each, never the
// eventLinks a pair of articles needs to be one event, so each was an
// event of its own and the outlets that name the suspect stayed a group
// apart from those that describe him. As one event (briefEvents) the
// leads' rules join them.
func TestBriefsOfOneEventGroupTogether(t *testing.T) {
	if g := briefGroups(oppBriefs, func(*engine) {}); len(g) != 1 || len(g[0]) != len(oppBriefs) {
		t.Errorf("groups %v, want one of all five briefs", g)
	}
	if g := briefGroups(oppBriefs, func(e *engine) { e.briefEvents = false }); len(g) == 1 && len(g[0]) == len(oppBriefs) {
		t.Errorf("without briefEvents the briefs are one group (%v); the case tests nothing", g)
	}
}

// TestBriefsOfLookAlikeEventsStayApart: three briefs on another cold-case
// arrest, told in the same formula ("charged with two counts of
// first-degree murder"), stay apart from the first: their links to it
// share no name, and count as any link.
func TestBriefsOfLookAlikeEventsStayApart(t *testing.T) {
	texts := append([]string{
		"Kessel police on Friday arrested Alma Rook, 71, in the 1979 killing of two gas station attendants on Route 9.",
		"A retired bookkeeper has been charged in the 1979 slayings of two gas station attendants in Kessel.",
		"Police Chief Owen Mabry announced that Alma Rook, 71, was arrested at 7:15 a.m. and charged with two counts of first-degree murder.",
	}, oppBriefs...)
	mixed := func(set func(*engine)) (mixed, whole int) {
		for _, g := range briefGroups(texts, set) {
			rook, opp := 0, 0
			for _, a := range g {
				if a < 3 {
					rook++
				} else {
					opp++
				}
			}
			if rook > 0 && opp > 0 {
				mixed++
			}
			if rook == 3 || opp == len(oppBriefs) {
				whole++
			}
		}
		return mixed, whole
	}
	if m, w := mixed(func(*engine) {}); m > 0 || w != 2 {
		t.Errorf("%d groups mix the two arrests, %d hold all of one (want 0 and 2)", m, w)
	}
	// Counting up links that share no name, the formula makes the Rook
	// briefs and Opp's named ones one event: the case needs the name.
	if m, _ := mixed(func(e *engine) { e.briefUnnamed = true }); m == 0 {
		t.Errorf("with unnamed links counted up no group mixes the arrests; the case tests nothing")
	}
}
