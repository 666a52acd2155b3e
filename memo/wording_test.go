package memo

import (
	"bytes"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
)

// A republished wire story: the memo lists what the republisher changed
// in the wording of the facts both carry (a figure in words, a sharper
// adjective, a word added), each with a few words around it, and not what
// only its typography or spelling changed.
func TestMemoListsWordingChanges(t *testing.T) {
	wire, err := ingest.Parse("wire.txt", []byte("Ma promises Trump 1 million jobs\n\n"+
		"Alibaba founder Jack Ma told President-elect Donald Trump on Monday that his company plans to create 1 million new jobs in the United States.\n\n"+
		"Trump has called for high tariffs on trade with China during his campaign for the presidency.\n\n"+
		"\"Jack and I are going to do some great things,\" Trump told reporters after the meeting at his Manhattan tower.\n\n"+
		"The company's shares rose in early trading in New York on Tuesday after the talks.\n"))
	if err != nil {
		t.Fatal(err)
	}
	paper, err := ingest.Parse("paper.txt", []byte("Ma promises Trump one million jobs\n\n"+
		"Alibaba founder Jack Ma told President-elect Donald Trump on Monday that his company plans to create one million new jobs in the United States.\n\n"+
		"Trump has repeatedly called for punitive tariffs on trade with China during his campaign for the presidency.\n\n"+
		"“Jack and I are going to do some great things,” Trump told reporters after the meeting at his Manhattan\u00a0tower.\n\n"+
		"The company’s shares rose in early trading in New York on Tuesday after the talks.\n"))
	if err != nil {
		t.Fatal(err)
	}
	wire.Label, paper.Label = "Wire", "Paper"
	rep := compare.Compare([]*ingest.Document{wire, paper}, compare.Options{})
	if len(rep.Groups) < 4 {
		t.Fatalf("%d groups; the articles are one story told alike", len(rep.Groups))
	}
	m := Build(rep, nil, "")
	var md bytes.Buffer
	if err := m.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	got := md.String()
	i := strings.Index(got, "## Wording changes (3)")
	if i < 0 {
		t.Fatalf("no section of 3 wording changes:\n%s", got)
	}
	section := got[i:]
	section = section[:strings.Index(section, "\n## ")]
	for _, want := range []string{
		"**Paper** (headline) against **Wire**: Ma promises Trump[- 1-]{+ one+} million jobs",
		"plans to create[- 1-]{+ one+} million new jobs …",
		"Trump has{+ repeatedly+} called for[- high-]{+ punitive+} tariffs on trade …",
	} {
		if !strings.Contains(section, want) {
			t.Errorf("the section lacks %q:\n%s", want, section)
		}
	}
	for _, not := range []string{"great things", "shares rose"} {
		if strings.Contains(section, not) {
			t.Errorf("the section lists a change of typography only (%q):\n%s", not, section)
		}
	}
	var html bytes.Buffer
	if err := m.HTML(&html); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html.String(), "<h2>Wording changes (3)</h2>") || !strings.Contains(html.String(), "called for<del> high</del><ins> punitive</ins> tariffs") {
		t.Errorf("the HTML memo lacks the wording changes")
	}
}

func TestCompactOps(t *testing.T) {
	ops := []compare.DiffOp{
		{Op: compare.OpEqual, Text: "One two three four five"},
		{Op: compare.OpDelete, Text: " six"},
		{Op: compare.OpInsert, Text: " 6"},
		{Op: compare.OpEqual, Text: " seven eight nine ten eleven twelve thirteen fourteen"},
		{Op: compare.OpInsert, Text: " new"},
		{Op: compare.OpEqual, Text: " a b c"},
	}
	if got := compare.DiffNotation(compactOps(ops, 3), nil); got != "… three four five[- six-]{+ 6+} seven eight nine … twelve thirteen fourteen{+ new+} a b c" {
		t.Errorf("got %s", got)
	}
}

// Two outlets writing the same story independently: the memo's wording
// changes are the shared facts each words otherwise, not the rewrites of
// sentences that only overlap (a related group tells different facts).
func TestWordingChangesListSharedFactsOnly(t *testing.T) {
	a, err := ingest.Parse("a.txt", []byte("Harbor council approves new ferry terminal\n\n"+
		"The Carrow Harbor council on Tuesday approved a $40 million ferry terminal at the old fish market.\n\n"+
		"Councillor Ines Varga said the vote ended two years of argument over the waterfront.\n\n"+
		"Construction is due to start in March and should take three years.\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := ingest.Parse("b.txt", []byte("Council backs Carrow ferry plan\n\n"+
		"The Carrow Harbor council on Tuesday approved a $40 million ferry terminal at the former fish market.\n\n"+
		"Councillor Ines Varga, who voted against an earlier plan, said the vote ended two years of argument and warned that residents would fight the new road layout around the market.\n\n"+
		"Work on the terminal starts in March, and the council expects the building to open in three years.\n"))
	if err != nil {
		t.Fatal(err)
	}
	rep := compare.Compare([]*ingest.Document{a, b}, compare.Options{})
	related := 0
	for _, g := range rep.Groups {
		if g.Kind == compare.KindRelated && len(g.Diff) > 0 && changed(g.Diff[0].Ops) {
			related++
		}
	}
	if related == 0 {
		t.Fatalf("no related group with a diff; the test needs one")
	}
	var md bytes.Buffer
	if err := Build(rep, nil, "").Markdown(&md); err != nil {
		t.Fatal(err)
	}
	section := md.String()
	i := strings.Index(section, "## Wording changes (1)")
	if i < 0 {
		t.Fatalf("not one wording change (the lede):\n%s", section)
	}
	section = section[i:]
	section = section[:strings.Index(section, "\n## ")]
	if !strings.Contains(section, "the[- old-]{+ former+} fish market") {
		t.Errorf("the shared lede's change is not listed:\n%s", section)
	}
}
