package align

import (
	"fmt"
	"slices"
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

// bridge is four outlets on one bridge collapse. The Ledger (1) tells in
// its lede what the Courier (0) tells in two paragraphs: the collapse
// that killed two drivers, and the span giving way at 7 a.m.; the other
// two tell only the collapse.
var bridge = []string{
	"Bridge collapses in Tarnow|A road bridge over the Dunajec river in Tarnow collapsed on Sunday, killing two drivers.|The 60-metre span gave way shortly after 7 a.m., police spokesman Jan Wilk said.|Rescue divers recovered both cars by the evening.",
	"Two dead as Tarnow bridge falls|The 60-metre span over the Dunajec gave way shortly after 7 a.m. on Sunday, killing two drivers, police spokesman Jan Wilk said.|Divers pulled both cars from the river.",
	"Tarnow bridge collapse kills two|Two drivers died when a road bridge over the Dunajec collapsed in Tarnow on Sunday.|The town's mayor declared a day of mourning.",
	"Deadly bridge collapse in southern Poland|A bridge in Tarnow collapsed on Sunday, killing two drivers, local media reported.|Engineers had inspected the bridge in May.",
}

// groupWith returns the group whose members hold sentence s of article a,
// or nil.
func groupWith(gs []Group, a, s int) *Group {
	for i, g := range gs {
		for _, m := range g.Members {
			if m.Article == a && slices.Contains(m.Sentences, s) {
				return &gs[i]
			}
		}
	}
	return nil
}

// TestAFactToldTwiceJoinsAsRelated: the first pass groups the Ledger's
// lede with the Courier's second paragraph (the span), apart from the
// other ledes, since the Courier's lede is already there. Regrouping puts
// the Ledger's lede with the other three, and the Courier's second
// paragraph becomes a related sentence of that group.
func TestAFactToldTwiceJoinsAsRelated(t *testing.T) {
	arts := pipeArticles(bridge)
	before := New(arts, Options{RegroupShare: -1}).Groups()
	if g := groupWith(before, 0, 1); g == nil || groupWith(before, 1, 1) == g {
		t.Fatalf("without regrouping the Ledger's lede should not group with the Courier's: %+v", before)
	}
	gs := New(arts, Options{RegroupShare: 0.34}).Groups()
	g := groupWith(gs, 0, 1)
	if g == nil {
		t.Fatalf("the Courier's lede is in no group: %+v", gs)
	}
	for a := range arts {
		if groupWith(gs, a, 1) != g {
			t.Errorf("article %d's lede is not in the ledes' group %+v", a, *g)
		}
	}
	if len(g.Related) != 1 || g.Related[0].Article != 0 || !slices.Equal(g.Related[0].Sentences, []int{2}) {
		t.Errorf("related %+v, want the Courier's second paragraph", g.Related)
	}
	if groupWith(gs, 0, 2) != nil {
		t.Errorf("the Courier's second paragraph is still a member of a group")
	}
}

// TestFactsEveryOutletTellsApartStayApart: when each outlet tells the two
// facts in two sentences, the two groups hold the same articles and stay
// two groups, however much they link.
func TestFactsEveryOutletTellsApartStayApart(t *testing.T) {
	arts := pipeArticles([]string{bridge[0], "Tarnow bridge falls|A road bridge in Tarnow collapsed on Sunday, killing two drivers, police said.|The 60-metre span gave way shortly after 7 a.m., police spokesman Jan Wilk said."})
	gs := New(arts, Options{RegroupShare: 0.01}).Groups()
	for _, g := range gs {
		if len(g.Related) > 0 {
			t.Errorf("group %+v has related sentences", g)
		}
	}
	if g := groupWith(gs, 0, 1); g == nil || g == groupWith(gs, 0, 2) || groupWith(gs, 1, 1) != g {
		t.Errorf("the collapse and the span should be two groups: %+v", gs)
	}
}

// TestHeadlineGroupsDoNotRegroup: a headline on the mayor's day of
// mourning groups with a news brief's sentence on it, apart from the
// three headlines on the collapse. The headline links to those three by
// the lead rules (they share "Tarnow"), half the pairs between the two
// groups; regrouping would put the mourning with the collapse, but two
// groups that both hold a headline merge by the lead rules alone.
func TestHeadlineGroupsDoNotRegroup(t *testing.T) {
	arts := pipeArticles([]string{
		"Tarnow mayor declares day of mourning|The mayor of Tarnow declared Monday a day of mourning for the two drivers who died on Sunday.|Flags will fly at half-mast.",
		"Two dead as Tarnow bridge falls|The 60-metre span over the Dunajec gave way shortly after 7 a.m. on Sunday, killing two drivers.|Divers pulled both cars from the river.",
		"Tarnow bridge collapse kills two|Two drivers died when a road bridge over the Dunajec collapsed in Tarnow on Sunday.|Engineers had inspected the bridge in May.",
		"Deadly bridge collapse in Tarnow|A bridge in Tarnow collapsed on Sunday, killing two drivers, local media reported.|Police closed the road.",
		"Poland news in brief|Storms hit the Baltic coast on Sunday.|Warsaw's airport reopened after a power cut.|Tarnow's mayor declared Monday a day of mourning.",
	})
	gs := New(arts, Options{RegroupShare: 0.34}).Groups()
	mourning, collapse := groupWith(gs, 0, 0), groupWith(gs, 1, 0)
	if mourning == nil || collapse == nil || mourning == collapse || groupWith(gs, 4, 3) != mourning {
		t.Errorf("the mourning headline should group with the brief's sentence, apart from the collapse headlines: %+v", gs)
	}
}

// TestRegroupKeepsTheCloserSentenceAsMember: when two groups merge and an
// outlet has a sentence in each, the member is the one that tells what
// the other outlets' sentences tell, not the one of the larger group. The
// first outlet's "spared the death penalty" sentence sits in the larger
// group (the judge's sentence of life in prison), its "six life terms plus
// 120 years" in the smaller, with the second outlet's near-twin of it.
// Merged, the near-twin pair is what an editor compares; the "spared"
// sentence is related.
func TestRegroupKeepsTheCloserSentenceAsMember(t *testing.T) {
	arts := pipeArticles([]string{
		"Kowal gets life|Marek Kowal was spared the death penalty by two jurors who held out for life in prison.|Kowal was sentenced on Friday to six life terms plus 120 years in prison for the Gdansk shootings.",
		"Gdansk gunman sentenced|A judge in Gdansk on Friday sentenced Marek Kowal to life in prison for the 2019 shootings.|Kowal was sentenced Friday to six life terms plus 120 years in prison for the shootings.",
		"Life for Gdansk gunman|A Gdansk judge sentenced Marek Kowal on Friday to life in prison for killing four people.",
	})
	e := newEngine(arts, &textsim.Default)
	e.scoreCandidates()
	e.of = make([]int, len(e.art))
	gid := map[[2]int]int{}
	for g := range e.art {
		e.of[g] = -1
		gid[[2]int{int(e.art[g]), int(e.sent[g])}] = g
	}
	spared, terms, twin := gid[[2]int{0, 1}], gid[[2]int{0, 2}], gid[[2]int{1, 2}]
	e.clusters = [][]int{nil, nil}
	for _, g := range []int{spared, gid[[2]int{1, 1}], gid[[2]int{2, 1}]} {
		e.add(0, g, false)
	}
	e.add(1, terms, false)
	e.add(1, twin, false)
	e.mergeDemote(0, 1)
	if !slices.Contains(e.clusters[0], terms) || slices.Contains(e.clusters[0], spared) {
		t.Errorf("members %v: want the first outlet's \"six life terms\" sentence (%d), not \"spared\" (%d)", e.clusters[0], terms, spared)
	}
	if !slices.Contains(e.related[0], spared) || e.of[spared] != 0 || e.of[terms] != 0 {
		t.Errorf("related %v: want the \"spared\" sentence (%d) related to the merged group", e.related[0], spared)
	}
	if len(e.clusters[0])+len(e.related[0]) != 5 || e.clusters[1] != nil {
		t.Errorf("merged members %v related %v, other cluster %v: every sentence once", e.clusters[0], e.related[0], e.clusters[1])
	}
}

// TestFactsNearlyEveryOutletTellsApartStayApart: eleven outlets; nine
// tell the collapse and the span giving way in two sentences, one tells
// only the collapse, one both in one sentence. The two groups share nine
// of the ten articles each has: the outlets tell the two facts apart, and
// the groups stay two (round 5's rule, which only needed one article of
// its own in the smaller group, merged them and made nine sentences of
// one fact related to the other: ECB+ t12's ledes and escort sentences).
func TestFactsNearlyEveryOutletTellsApartStayApart(t *testing.T) {
	collapse := []string{
		"A road bridge over the Dunajec river in Tarnow collapsed on Sunday, killing two drivers.",
		"A bridge over the Dunajec in Tarnow collapsed on Sunday, killing two drivers.",
		"Two drivers died when a road bridge over the Dunajec river in Tarnow collapsed on Sunday.",
	}
	span := []string{
		"The 60-metre span gave way shortly after 7 a.m., police spokesman Jan Wilk said.",
		"The 60-metre span gave way at about 7 a.m., said police spokesman Jan Wilk.",
		"Police spokesman Jan Wilk said the 60-metre span gave way shortly after 7 a.m.",
	}
	var texts []string
	for i := range 11 {
		text := fmt.Sprintf("Tarnow report %d", i+1)
		if i < 10 {
			text += "|" + collapse[i%3]
		}
		switch {
		case i == 10:
			text += "|The 60-metre span of the road bridge over the Dunajec river in Tarnow gave way shortly after 7 a.m. on Sunday, killing two drivers, police spokesman Jan Wilk said."
		case i > 0:
			text += "|" + span[i%3]
		}
		texts = append(texts, text)
	}
	arts := pipeArticles(texts)
	twoFacts := func(gs []Group) bool {
		c, s := groupWith(gs, 0, 1), groupWith(gs, 10, 1)
		return c != nil && s != nil && c != s && len(c.Members) == 10 && len(s.Members) == 10 && len(c.Related)+len(s.Related) == 0
	}
	if gs := New(arts, Options{RegroupShare: 0.01, RegroupApart: 1}).Groups(); twoFacts(gs) {
		t.Fatalf("the fixture does not test the limit: two groups without it: %+v", gs)
	}
	if gs := New(arts, Options{RegroupShare: 0.01}).Groups(); !twoFacts(gs) {
		t.Errorf("the collapse and the span should be two groups of ten: %+v", gs)
	}
}
