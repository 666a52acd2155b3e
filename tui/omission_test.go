package tui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
)

// An update that adds one fact to a story: the original leaves that fact
// out, and the overview says so (it said "leaves out 0" and "every article
// carries every fact another does"); enter on it shows it in the panes.
func TestOverviewCountsTheOtherArticlesNewFact(t *testing.T) {
	original := "Port of Lindqvist signs Blue Line deal\n\n" +
		"The Port of Lindqvist signed a ten-year terminal contract with Blue Line Shipping on Monday.\n\n" +
		"Mayor Ana Vega said the contract would bring 400 jobs to the harbour district.\n\n" +
		"Dockworkers at the Lindqvist terminal will vote on the new shift rotas next week."
	update := "Port of Lindqvist signs Blue Line deal\n\n" +
		"The Port of Lindqvist signed a ten-year terminal contract with Blue Line Shipping on Monday.\n\n" +
		"Mayor Ana Vega said the contract would bring 400 jobs to the harbour district.\n\n" +
		"Dockworkers at the Lindqvist terminal will vote on the new shift rotas next week.\n\n" +
		"Environmental campaigners from Greenharbour filed an objection over dredging in the estuary."
	var docs []*ingest.Document
	for i, text := range []string{original, update} {
		d, err := ingest.Parse("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		d.Label = []string{"Original", "Update"}[i]
		docs = append(docs, d)
	}
	rep := compare.Compare(docs, compare.Options{})
	if rep.Articles[1].Summary.Unique != 1 || rep.Articles[0].Summary.Unique != 0 {
		t.Fatalf("unique sentences %d and %d, want 0 and 1 (the engine's grouping changed; pick other text)",
			rep.Articles[0].Summary.Unique, rep.Articles[1].Summary.Unique)
	}
	if left, facts := rep.FactsLeftOut(0); left != 1 || facts != len(rep.Groups)+1 {
		t.Errorf("the original leaves out %d of %d facts, want 1 of %d", left, facts, len(rep.Groups)+1)
	}
	m := press(newTestModel(t, rep, 120, 40), "o")
	v := ansi.Strip(m.View().Content)
	for _, want := range []string{"leaves out 1 of", "✗ Environmental campaigners from Greenharbour filed an objection over dredging in the estuary. · only in Update"} {
		if !strings.Contains(v, want) {
			t.Errorf("overview lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "every article carries every fact") || strings.Contains(v, "each article carries every fact") {
		t.Errorf("overview says no fact is left out:\n%s", v)
	}
	i := slices.IndexFunc(m.ov.plain, func(l string) bool { return strings.Contains(l, "✗ Environmental campaigners") })
	for m.ov.cursor < i {
		m = press(m, "j")
	}
	m = press(m, "enter")
	if m.mode != modePanes || m.cur < 0 || m.ix.items[m.cur].kind != kindUnique || !m.onScreen(m.curRow) {
		t.Errorf("enter on the omission: mode %d, item %d, row %d on screen %v", m.mode, m.cur, m.curRow, m.onScreen(m.curRow))
	}
}

// With six articles the overview lists under an article only the facts
// half or more of the others carry; its count covers all it leaves out. The
// heading and the article's line say which, or "leaves out 2 of 3 facts"
// over one listed fact reads as a count and a list that disagree (audit27,
// ECB+ t22).
func TestOmissionsSayWhichTheyList(t *testing.T) {
	lede := "Harbour officials in Lindqvist closed the north pier on Tuesday after a crane collapsed onto a cargo ship."
	wide := "Three dock workers were taken to Saint Brenna hospital with minor injuries, the port authority said."
	narrow := "The crane had passed a safety inspection by Ostmark Engineering only two weeks before the collapse."
	texts := [][]string{
		{lede, wide, narrow},
		{lede, wide, narrow},
		{lede, wide},
		{lede, wide},
		{lede, wide},
		{lede, "Ferry services to the islands will run from the south quay until further notice."},
	}
	var docs []*ingest.Document
	for i, paras := range texts {
		d, err := ingest.Parse("a.txt", []byte(strings.Join(paras, "\n\n")))
		if err != nil {
			t.Fatal(err)
		}
		d.Label = []string{"Courier", "Gazette", "Wire", "Herald", "Post", "Evening"}[i]
		docs = append(docs, d)
	}
	rep := compare.Compare(docs, compare.Options{})
	if left, facts := rep.FactsLeftOut(5); left != 2 || facts != 3 || len(rep.Articles[5].Summary.Omitted) != 1 {
		t.Fatalf("Evening leaves out %d of %d facts, %d of them listed; want 2 of 3, 1 (the engine's grouping changed; pick other text)",
			left, facts, len(rep.Articles[5].Summary.Omitted))
	}
	m := press(newTestModel(t, rep, 120, 60), "o")
	v := ansi.Strip(m.View().Content)
	for _, want := range []string{
		"Omissions: facts half or more of the others carry that an article leaves out",
		"Evening leaves out 2 of 3 facts, 1 carried by half or more of the others:",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("overview lacks %q:\n%s", want, v)
		}
	}
}

// On a narrow screen an omission whose fact is long is cut in the fact's
// text, so that the line still ends with which articles carry it (at 80
// columns "· only in Update" was cut off the end of a long sentence).
func TestOmissionKeepsWhereOnANarrowScreen(t *testing.T) {
	common := "Port of Lindqvist signs Blue Line deal\n\n" +
		"The Port of Lindqvist signed a ten-year terminal contract with Blue Line Shipping on Monday.\n\n" +
		"Mayor Ana Vega said the contract would bring 400 jobs to the harbour district."
	extra := "\n\nEnvironmental campaigners from Greenharbour filed an objection over dredging in the estuary on Tuesday evening."
	var docs []*ingest.Document
	for i, text := range []string{common, common + extra} {
		d, err := ingest.Parse("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		d.Label = []string{"Original", "Update"}[i]
		docs = append(docs, d)
	}
	rep := compare.Compare(docs, compare.Options{})
	if rep.Articles[1].Summary.Unique != 1 {
		t.Fatalf("the update has %d unique sentences, want 1 (the engine's grouping changed; pick other text)", rep.Articles[1].Summary.Unique)
	}
	for _, width := range []int{80, 100} {
		m := press(newTestModel(t, rep, width, 30), "o")
		i := slices.IndexFunc(m.ov.plain, func(l string) bool { return strings.Contains(l, "✗ Environmental") })
		if i < 0 {
			t.Fatalf("width %d: no omission line:\n%s", width, strings.Join(m.ov.plain, "\n"))
		}
		line := strings.TrimRight(m.ov.plain[i], " ")
		if !strings.HasSuffix(line, "… · only in Update") || ansi.StringWidth(line) > width {
			t.Errorf("width %d: omission line %q, want the fact cut and ending in \"… · only in Update\"", width, line)
		}
	}
}

// The overview's quotes by speaker cut a long quote in its words, so the
// line still says which articles have it (it lost "· unique · Update").
func TestQuoteLedgerKeepsWhereOnANarrowScreen(t *testing.T) {
	common := "Port of Lindqvist signs Blue Line deal\n\n" +
		"The Port of Lindqvist signed a ten-year terminal contract with Blue Line Shipping on Monday."
	extra := "\n\n\"We have waited eleven years for a contract like this one, and every family on the quay will feel it by the spring,\" said Mayor Ana Vega."
	var docs []*ingest.Document
	for i, text := range []string{common, common + extra} {
		d, err := ingest.Parse("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		d.Label = []string{"Original", "Update"}[i]
		docs = append(docs, d)
	}
	rep := compare.Compare(docs, compare.Options{})
	if len(rep.Quotes) != 1 || rep.Quotes[0].Speaker != "Ana Vega" {
		t.Fatalf("quotes %+v, want Ana Vega's one (the engine changed; pick other text)", rep.Quotes)
	}
	m := press(newTestModel(t, rep, 80, 30), "o")
	i := slices.IndexFunc(m.ov.plain, func(l string) bool { return strings.Contains(l, "Ana Vega: “We have") })
	if i < 0 {
		t.Fatalf("no quote line:\n%s", strings.Join(m.ov.plain, "\n"))
	}
	if line := strings.TrimRight(m.ov.plain[i], " "); !strings.HasSuffix(line, "…” · unique · Update") {
		t.Errorf("quote line %q, want the quote cut and ending in \"…” · unique · Update\"", line)
	}
}

// With long outlet labels at 80 columns the line still says where: the
// labels are cut to fit beside some of the fact (the labels took the whole
// line, the fact was left whole and the cut at the line's end lost them).
func TestOmissionKeepsLongLabelsOnANarrowScreen(t *testing.T) {
	common := "Port of Lindqvist signs Blue Line deal\n\n" +
		"The Port of Lindqvist signed a ten-year terminal contract with Blue Line Shipping on Monday.\n\n" +
		"Mayor Ana Vega said the contract would bring 400 jobs to the harbour district."
	extra := "\n\nEnvironmental campaigners from Greenharbour filed an objection over dredging in the estuary on Tuesday evening." +
		"\n\n\"We have waited eleven years for a contract like this one, and every family on the quay will feel it by the spring,\" said Mayor Ana Vega."
	labels := []string{"The Lindqvist Harbour Gazette Evening Edition Online", "The Greenharbour Coastal Weekly Politics and Business Desk"}
	var docs []*ingest.Document
	for i, text := range []string{common, common + extra} {
		d, err := ingest.Parse("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		d.Label = labels[i]
		docs = append(docs, d)
	}
	rep := compare.Compare(docs, compare.Options{})
	for _, width := range []int{64, 80, 160} {
		m := press(newTestModel(t, rep, width, 30), "o")
		// The count under the Omissions heading, before its first fact.
		head := slices.IndexFunc(m.ov.plain, func(l string) bool { return strings.HasPrefix(ansi.Strip(l), "Omissions:") })
		first := slices.IndexFunc(m.ov.plain, func(l string) bool { return strings.Contains(l, "✗") })
		if head < 0 || first < head || !slices.ContainsFunc(m.ov.plain[head:first], func(l string) bool { return countRE.MatchString(l) }) {
			t.Errorf("width %d: no whole count above the omissions:\n%s", width, strings.Join(m.ov.plain, "\n"))
		}
		for _, c := range []struct{ line, where string }{
			{"✗ Environmental", " · only in The Greenh"},
			{"Ana Vega: “We have", "” · unique · The Greenh"},
		} {
			i := slices.IndexFunc(m.ov.plain, func(l string) bool { return strings.Contains(l, c.line) })
			if i < 0 {
				t.Fatalf("width %d: no line %q:\n%s", width, c.line, strings.Join(m.ov.plain, "\n"))
			}
			line := strings.TrimRight(m.ov.plain[i], " ")
			if !strings.Contains(line, c.where) || strings.HasSuffix(line, c.where+"…") || ansi.StringWidth(line) > width {
				t.Errorf("width %d: line %q, want it to name %q within the width", width, line, c.where)
			}
		}
	}
}

var countRE = regexp.MustCompile(`leaves out \d+ of \d+ facts`)
