package tui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/storydiff/storydiff/compare"
)

// withinReport compares three invented articles: the Gazette prints the
// mayor's three remarks as one sentence (¶3), which the alignment groups
// with the Courier's first remark; the Courier and the Post print her last
// remark apart, so the Gazette carries that group's words within its ¶3
// (Group.Within) and has no member in it.
func withinReport(t *testing.T) (rep *compare.Report, gi, gazette, s int) {
	t.Helper()
	dir := t.TempDir()
	files := []struct{ name, text string }{
		{"gazette.txt", "Brandt pledges new north pier for Calloway harbour\n\n" +
			"Calloway mayor Odile Brandt promised on Tuesday to rebuild the storm-wrecked north pier before the winter gales return.\n\n" +
			`"I will not let this harbour lose another season to the sea. We will rebuild the north pier before winter, stone by stone. And we will pay for it without a single new tax on the fishing fleet," Brandt told reporters on the quay.` + "\n"},
		{"courier.txt", "Calloway to rebuild its storm-wrecked pier\n\n" +
			"Mayor Odile Brandt said on Tuesday that the town would rebuild the north pier, which the March storm destroyed.\n\n" +
			`"I will not let this harbour lose another season to the sea," Brandt said. "We will rebuild the north pier before winter, stone by stone."` + "\n\n" +
			"Engineers from the county council put the cost of the work at four million euros.\n\n" +
			`"And we will pay for it without a single new tax on the fishing fleet," she added.` + "\n"},
		{"post.txt", "Mayor vows pier rebuild, no new tax\n\n" +
			"The mayor of Calloway has vowed to rebuild the harbour's north pier within the year.\n\n" +
			`Brandt was blunt: "We will rebuild the north pier before winter, stone by stone. And we will pay for it without a single new tax on the fishing fleet."` + "\n"},
	}
	var paths []string
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, []byte(f.text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	rep = compareFiles(t, paths...)
	gi = slices.IndexFunc(rep.Groups, func(g compare.Group) bool {
		return len(g.Within) > 0 && !slices.ContainsFunc(g.Members, func(m compare.Member) bool { return m.Article == 0 })
	})
	if gi < 0 {
		t.Fatal("no group that the Gazette carries within another fact: the fixture no longer shows the case")
	}
	g := rep.Groups[gi]
	w := g.Within[slices.IndexFunc(g.Within, func(m compare.Member) bool { return m.Article == 0 })]
	if !strings.HasPrefix(rep.Articles[0].Sentences[w.Sentences[0]].Text, `"I will not let this harbour`) {
		t.Fatalf("the Gazette carries group %s within %q, not its ¶3", g.ID, rep.Articles[0].Sentences[w.Sentences[0]].Text)
	}
	return rep, gi, 0, w.Sentences[0]
}

// An outlet that prints a fact's words in a sentence grouped with another
// fact carries it (review-r18, after issue-r18f): the inspector says so
// and where, never "nothing aligned with this fact", and enter goes there as it goes
// to a nearest sentence; there, the sentence's own fact names the one whose
// words it also carries.
func TestInspectorSaysWhereAFactIsCarriedWithin(t *testing.T) {
	rep, gi, gazette, s := withinReport(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		m := newTestModel(t, rep, size[0], size[1])
		m = goTo(m, m.ix.groupItem(gi))
		m = m.openInspector()
		all := ansi.Strip(strings.Join(m.insp.lines, "\n"))
		plain := strings.Join(strings.Fields(all), " ")
		if strings.Contains(plain, "gazette.txt · nothing aligned with this fact") {
			t.Errorf("%dx%d: the inspector says the Gazette does not carry the fact whose words its ¶3 prints:\n%s", size[0], size[1], all)
		}
		if !strings.Contains(plain, "gazette.txt · carries its words within ¶3 a sentence in another fact") {
			t.Errorf("%dx%d: the inspector does not say the Gazette carries the fact within its ¶3:\n%s", size[0], size[1], all)
		}
		if !strings.Contains(plain, "2 of 3 articles (+1 carrying its words within another fact)") {
			t.Errorf("%dx%d: the heading counts only the members:\n%s", size[0], size[1], all)
		}
		if !strings.Contains(plain, "enter: go there") {
			t.Errorf("%dx%d: the inspector does not say enter goes to the Gazette's ¶3:\n%s", size[0], size[1], all)
		}
		m = press(m, "enter")
		if want := m.ix.rowOf(gazette, s); m.mode != modeInspector || m.insp.row != want {
			t.Errorf("%dx%d: enter: mode %v, row %d; want the inspector on the Gazette's ¶3 (row %d)", size[0], size[1], m.mode, m.insp.row, want)
		}
		if !strings.Contains(m.note, "went to gazette.txt's ¶3, which carries the fact's words") {
			t.Errorf("%dx%d: enter's note: %q", size[0], size[1], m.note)
		}
		// And back: the Gazette's ¶3, in its own fact, names the fact whose
		// words it also carries.
		back := strings.Join(strings.Fields(ansi.Strip(strings.Join(m.insp.lines, "\n"))), " ")
		if want := "also carries the words of another fact (" + string(rep.Groups[gi].Kind) + ", with courier.txt ¶5, post.txt ¶3)"; !strings.Contains(back, want) {
			t.Errorf("%dx%d: the Gazette's ¶3 does not say %q:\n%s", size[0], size[1], want, back)
		}
	}
}

// The overview's coverage matrix and omissions list facts most widely
// carried first: a fact one outlet carries within another fact's sentence
// (Group.Within) counts that outlet, as its mark in the matrix does, so a
// headline fact all three carry comes before a later one all three have
// as members.
func TestProminenceCountsAFactCarriedWithin(t *testing.T) {
	body := func(n int) []compare.Sentence {
		out := []compare.Sentence{{Role: compare.RoleHeadline}}
		for i := 1; i < n; i++ {
			out = append(out, compare.Sentence{Role: compare.RoleBody, Paragraph: i})
		}
		return out
	}
	rep := &compare.Report{Articles: []compare.Article{{Label: "a", Sentences: body(5)}, {Label: "b", Sentences: body(5)}, {Label: "c", Sentences: body(5)}}}
	rep.Groups = []compare.Group{
		{ID: "later", Kind: compare.KindShared, Members: []compare.Member{{Article: 0, Sentences: []int{4}}, {Article: 1, Sentences: []int{4}}, {Article: 2, Sentences: []int{4}}}},
		{ID: "headline", Kind: compare.KindRelated, Members: []compare.Member{{Article: 0, Sentences: []int{0}}, {Article: 1, Sentences: []int{0}}},
			Within: []compare.Member{{Article: 2, Sentences: []int{4}}}},
	}
	if got := prominence(rep); !slices.Equal(got, []int{1, 0}) {
		t.Errorf("prominence %v: want the headline fact, carried by all three, before the later one", got)
	}
}
