package review

import (
	"reflect"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// correctionReport is three articles: the deal sentence grouped across
// all three, and a unique sentence in the third.
func correctionReport() *compare.Report {
	art := func(label string, texts ...string) compare.Article {
		a := compare.Article{Label: label}
		for _, t := range texts {
			a.Sentences = append(a.Sentences, compare.Sentence{Text: t})
		}
		return a
	}
	return &compare.Report{
		Articles: []compare.Article{
			art("Herald", "The port signed a deal.", "It adds 400 jobs."),
			art("Wire", "The port and Blue Line signed a deal.", "Officials claimed 450 jobs."),
			art("Daily", "Blue Line signed with the port.", "Residents fear traffic."),
		},
		Groups: []compare.Group{{ID: "g1", Kind: compare.KindShared, Members: []compare.Member{
			{Article: 0, Sentences: []int{0}}, {Article: 1, Sentences: []int{0}}, {Article: 2, Sentences: []int{0}}}}},
	}
}

func TestApplyCorrections(t *testing.T) {
	rep := correctionReport()
	split := Correction{Kind: Split, Article: "Daily", Text: "Blue Line signed with the port.", OtherArticle: "Herald", Other: "The port signed a deal."}
	join := Correction{Kind: Join, Article: "Wire", Text: "Officials claimed 450 jobs.", OtherArticle: "Herald", Other: "It adds 400 jobs."}
	joinGroup := Correction{Kind: Join, Article: "Daily", Text: "Residents fear traffic.", OtherArticle: "Wire", Other: "The port and Blue Line signed a deal."}
	gone := Correction{Kind: Join, Article: "Daily", Text: "A sentence no longer there.", OtherArticle: "Wire", Other: "Officials claimed 450 jobs."}
	out, applied := Apply(rep, []Correction{split, join, joinGroup, gone})
	if want := []bool{true, true, true, false}; len(applied) != 4 || applied[0] != want[0] || applied[1] != want[1] || applied[2] != want[2] || applied[3] != want[3] {
		t.Errorf("applied %v, want %v", applied, want)
	}
	if len(rep.Groups) != 1 || len(rep.Groups[0].Members) != 3 {
		t.Fatal("Apply changed the report it was given")
	}
	g1 := out.Groups[0]
	members := map[int][]int{}
	for _, m := range g1.Members {
		members[m.Article] = m.Sentences
	}
	if len(members[2]) != 1 || members[2][0] != 1 || len(g1.Members) != 3 {
		t.Errorf("the deal group after split and join: %+v", g1.Members)
	}
	if g := out.Articles[2].Sentences[0].Group; g != nil {
		t.Errorf("the sentence split off still names group %s", *g)
	}
	if g := out.Articles[2].Sentences[1].Group; g == nil || *g != "g1" {
		t.Errorf("the sentence joined to g1 names %v", g)
	}
	if rep.Articles[2].Sentences[0].Group != nil {
		t.Error("Apply changed the given report's sentences")
	}
	if len(out.Groups) != 2 || out.Groups[1].Kind != compare.KindRelated || len(out.Groups[1].Members) != 2 {
		t.Fatalf("joining two lone sentences makes no new group: %+v", out.Groups)
	}
	if len(out.Groups[1].Diff) != 1 || out.Groups[1].Diff[0].From != 0 || out.Groups[1].Diff[0].To != 1 {
		t.Errorf("the new group's word diff: %+v", out.Groups[1].Diff)
	}
	// Splitting two of three leaves one: the group goes.
	out, _ = Apply(rep, []Correction{split, {Kind: Split, Article: "Wire", Text: "The port and Blue Line signed a deal.", OtherArticle: "Herald", Other: "The port signed a deal."}})
	if len(out.Groups) != 0 {
		t.Errorf("a group of one is kept: %+v", out.Groups)
	}
}

// Corrections are kept in the session file, and the same one twice
// withdraws it.
func TestCorrectionsInTheSession(t *testing.T) {
	rep := correctionReport()
	s := New(rep, nil)
	c := Correction{Kind: Split, Article: "Daily", Text: "Blue Line signed with the port.", OtherArticle: "Herald", Other: "The port signed a deal."}
	if !s.ToggleCorrection(c) || len(s.Corrections()) != 1 {
		t.Fatal("the correction is not recorded")
	}
	r := reloaded(t, s, rep)
	if got := r.Corrections(); len(got) != 1 || got[0] != c {
		t.Errorf("resumed corrections %+v", got)
	}
	if r.ToggleCorrection(c) || len(r.Corrections()) != 0 {
		t.Error("the same correction again does not withdraw it")
	}
}

// relatedReport is correctionReport with a second Daily sentence on the
// deal: a related sentence of g1.
func relatedReport() *compare.Report {
	rep := correctionReport()
	rep.Articles[2].Sentences = append(rep.Articles[2].Sentences, compare.Sentence{Text: "The port and Blue Line signed a deal today."})
	rep.Groups[0].Related = []compare.Member{{Article: 2, Sentences: []int{2}}}
	rep.Groups[0].Diff = []compare.Diff{{From: 0, To: 2, Ops: compare.WordDiff("The port signed a deal.", "Blue Line signed with the port.")}}
	for _, s := range [][2]int{{0, 0}, {1, 0}, {2, 0}, {2, 2}} {
		id := "g1"
		rep.Articles[s[0]].Sentences[s[1]].Group = &id
	}
	return rep
}

// checkContract fails when a group's related sentence is in an article
// with no member in the group, or a sentence is both a member and related
// (report contract 4), or a sentence names a group that does not hold it.
func checkContract(t *testing.T, rep *compare.Report) {
	t.Helper()
	holds := map[[2]int]string{}
	for _, g := range rep.Groups {
		in := map[int]bool{}
		for _, m := range g.Members {
			in[m.Article] = true
			for _, s := range m.Sentences {
				if h, ok := holds[[2]int{m.Article, s}]; ok {
					t.Errorf("article %d sentence %d is in %s and %s", m.Article, s, h, g.ID)
				}
				holds[[2]int{m.Article, s}] = g.ID
			}
		}
		for _, m := range g.Related {
			if !in[m.Article] {
				t.Errorf("group %s: related sentences %v of article %d, which has no member", g.ID, m.Sentences, m.Article)
			}
			for _, s := range m.Sentences {
				if h, ok := holds[[2]int{m.Article, s}]; ok {
					t.Errorf("article %d sentence %d is in %s and %s", m.Article, s, h, g.ID)
				}
				holds[[2]int{m.Article, s}] = g.ID
			}
		}
	}
	for a, art := range rep.Articles {
		for s, sen := range art.Sentences {
			h := holds[[2]int{a, s}]
			if (sen.Group == nil) != (h == "") || sen.Group != nil && *sen.Group != h {
				t.Errorf("article %d sentence %d names group %v, held by %q", a, s, sen.Group, h)
			}
		}
	}
}

// S on an article's member takes its related sentences out with it; J on a
// related sentence makes it the article's member in place of the old one,
// which becomes related. Both come back from the session file.
func TestCorrectionsKeepRelatedContract(t *testing.T) {
	rep := relatedReport()
	checkContract(t, rep)
	split := Correction{Kind: Split, Article: "Daily", Text: "Blue Line signed with the port.", OtherArticle: "Herald", Other: "The port signed a deal."}
	out, applied := Apply(rep, []Correction{split})
	if !applied[0] {
		t.Fatal("the split did not apply")
	}
	checkContract(t, out)
	if len(out.Groups[0].Related) != 0 {
		t.Errorf("the split article's related sentence stays in the group: %+v", out.Groups[0].Related)
	}

	promote := Correction{Kind: Join, Article: "Daily", Text: "The port and Blue Line signed a deal today.", OtherArticle: "Wire", Other: "The port and Blue Line signed a deal."}
	s := New(rep, nil)
	s.ToggleCorrection(promote)
	out, applied = Apply(rep, reloaded(t, s, rep).Corrections())
	if len(applied) != 1 || !applied[0] {
		t.Fatalf("the promotion did not apply from the session: %v", applied)
	}
	checkContract(t, out)
	g := out.Groups[0]
	var daily []int
	for _, m := range g.Members {
		if m.Article == 2 {
			daily = m.Sentences
		}
	}
	if len(daily) != 1 || daily[0] != 2 || len(g.Members) != 3 {
		t.Errorf("Daily's member after J on its related sentence: %v (members %+v)", daily, g.Members)
	}
	if len(g.Related) != 1 || g.Related[0].Article != 2 || len(g.Related[0].Sentences) != 1 || g.Related[0].Sentences[0] != 0 {
		t.Errorf("the old member is not related in its turn: %+v", g.Related)
	}
	if want := compare.WordDiff("The port signed a deal.", "The port and Blue Line signed a deal today."); len(g.Diff) != 1 || !reflect.DeepEqual(g.Diff[0].Ops, want) {
		t.Errorf("Herald→Daily word diff not made again: %+v", g.Diff)
	}
	// S on the old member, now related, takes it alone out.
	out, applied = Apply(rep, []Correction{promote, {Kind: Split, Article: "Daily", Text: "Blue Line signed with the port.", OtherArticle: "Herald", Other: "The port signed a deal."}})
	checkContract(t, out)
	if !applied[1] || len(out.Groups[0].Related) != 0 || len(out.Groups[0].Members) != 3 {
		t.Errorf("S on the old member after J: applied %v, group %+v", applied, out.Groups[0])
	}
	// Then S on the new member takes the article out, old member and all.
	out, _ = Apply(rep, []Correction{promote, {Kind: Split, Article: "Daily", Text: "The port and Blue Line signed a deal today.", OtherArticle: "Herald", Other: "The port signed a deal."}})
	checkContract(t, out)
	if rep.Groups[0].Related[0].Sentences[0] != 2 {
		t.Error("Apply changed the given report's related sentences")
	}
}

// S on a related sentence takes only it out of the group.
func TestSplitRelatedSentence(t *testing.T) {
	rep := relatedReport()
	split := Correction{Kind: Split, Article: "Daily", Text: "The port and Blue Line signed a deal today.", OtherArticle: "Herald", Other: "The port signed a deal."}
	out, applied := Apply(rep, []Correction{split})
	if !applied[0] {
		t.Fatal("the split of a related sentence did not apply")
	}
	checkContract(t, out)
	if len(out.Groups) != 1 || len(out.Groups[0].Members) != 3 || len(out.Groups[0].Related) != 0 || out.Articles[2].Sentences[2].Group != nil {
		t.Errorf("after S on Daily's related sentence: %+v", out.Groups)
	}
}

// TestCorrectionsKeepWithinContract: a group made by a join lists no
// sentence carried within another group as [] (never null in the JSON);
// and an article joined to a group it was carried within is a member, no
// longer listed as carrying it inside another group's sentence.
func TestCorrectionsKeepWithinContract(t *testing.T) {
	rep := correctionReport()
	rep.Groups[0].Members = rep.Groups[0].Members[:2] // Daily carries it only within its sentence 1
	rep.Groups[0].Within = []compare.Member{{Article: 2, Sentences: []int{1}}}
	joinDeal := Correction{Kind: Join, Article: "Daily", Text: "Blue Line signed with the port.", OtherArticle: "Herald", Other: "The port signed a deal."}
	joinNew := Correction{Kind: Join, Article: "Wire", Text: "Officials claimed 450 jobs.", OtherArticle: "Herald", Other: "It adds 400 jobs."}
	out, applied := Apply(rep, []Correction{joinDeal, joinNew})
	if !applied[0] || !applied[1] || len(out.Groups) != 2 {
		t.Fatalf("applied %v, groups %+v", applied, out.Groups)
	}
	if len(out.Groups[0].Within) != 0 {
		t.Errorf("Daily joined the deal group, yet is listed as carrying it within: %+v", out.Groups[0].Within)
	}
	if len(rep.Groups[0].Within) != 1 {
		t.Error("Apply changed the given report's within")
	}
	if out.Groups[1].Within == nil {
		t.Error("the joined group's within is nil: null in the JSON")
	}
}
