package compare

import (
	"testing"

	"github.com/storydiff/storydiff/compare/fact"
	"github.com/storydiff/storydiff/compare/ingest"
)

// A named person's age told in two outlets' sentences of different facts
// (one outlet's charge, the other's arrest) is one fact of her age, shared.
func TestNamedAgeJoinsAcrossFacts(t *testing.T) {
	compareAges := func(a, b string, dates ...string) *Report {
		var docs []*ingest.Document
		for i, text := range []string{a, b} {
			d, err := ingest.Parse("a.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			d.Label = []string{"Courier", "Gazette"}[i]
			if len(dates) == 2 {
				d.Date = dates[i]
			}
			docs = append(docs, d)
		}
		return Compare(docs, Options{})
	}
	ages := func(r *Report) (facts, mentions int) {
		var groups []*string
		for _, f := range r.Facts {
			if f.Kind == "count" && len(f.Mentions) > 0 && f.Mentions[0].Unit == "year" {
				facts++
				mentions += len(f.Mentions)
				for _, m := range f.Mentions {
					groups = append(groups, r.Articles[m.Article].Sentences[m.Sentence].Group)
				}
			}
		}
		if len(groups) == 2 && groups[0] != nil && groups[1] != nil && *groups[0] == *groups[1] {
			t.Fatalf("the two ages' sentences are one group (%s); pick other text", *groups[0])
		}
		return facts, mentions
	}
	r := compareAges(
		"Bakery killings\n\nSixty-year-old Ann Tarrow is now accused of murdering two clerks at a Dunmore bakery in 1971.\n\nThe shop reopened under new owners in 1980.",
		"Arrest in bakery case\n\nTwo clerks were murdered at a Dunmore bakery in 1971, and the case went cold for decades.\n\nA neighbour called detectives on Friday, and Ann Tarrow, 60, was taken from her flat in handcuffs.")
	if f, m := ages(r); f != 1 || m != 2 {
		t.Errorf("Tarrow's age: %d facts of %d mentions, want one fact of both outlets' mentions", f, m)
	}
	for _, f := range r.Facts {
		if f.Kind == "count" && len(f.Mentions) == 2 && f.Status != FactShared {
			t.Errorf("Tarrow's age is %s, want shared", f.Status)
		}
	}
	// Told as 60 and 61: a conflict between articles of one week; two
	// facts when a date is not known or the articles are years apart (an
	// age at the arrest and at the verdict).
	courier := "Bakery killings\n\nSixty-year-old Ann Tarrow is now accused of murdering two clerks at a Dunmore bakery in 1971.\n\nThe shop reopened under new owners in 1980."
	gazette := "Arrest in bakery case\n\nTwo clerks were murdered at a Dunmore bakery in 1971, and the case went cold for decades.\n\nA neighbour called detectives on Friday, and Ann Tarrow, 61, was taken from her flat in handcuffs."
	for _, c := range []struct {
		dates       []string
		facts       int
		want, which string
	}{
		{[]string{"2026-03-06", "2026-03-07"}, 1, FactConflict, "a day apart"},
		{nil, 2, FactUnique, "undated"},
		{[]string{"2024-03-06", "2026-03-07"}, 2, FactUnique, "two years apart"},
	} {
		r := compareAges(courier, gazette, c.dates...)
		if f, _ := ages(r); f != c.facts {
			t.Errorf("%s: Tarrow's ages make %d facts, want %d", c.which, f, c.facts)
		}
		for _, f := range r.Facts {
			if f.Kind == "count" && len(f.Mentions) > 0 && f.Mentions[0].Unit == "year" && f.Status != c.want {
				t.Errorf("%s: Tarrow's age is %s, want %s", c.which, f.Status, c.want)
			}
		}
	}
}

// Two people of one surname make it nobody's in particular; one person
// named fuller and shorter is one.
func TestSurnamesOfTwo(t *testing.T) {
	name := func(unit string) mentionAt { return mentionAt{Mention: fact.Mention{Kind: "person", Unit: unit}} }
	got := surnamesOfTwo([]mentionAt{
		name("Ann Marie Tarrow"), name("Marie Tarrow"), name("Mrs. Tarrow"),
		name("Jane Odell"), name("John Odell Jr."),
	})
	if got["tarrow"] || !got["odell"] || len(got) != 1 {
		t.Errorf("surnamesOfTwo = %v, want odell only", got)
	}
}
