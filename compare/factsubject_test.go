package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// Two outlets' figures told of two people ("Pell Vance to a three-year,
// $37.5 million contract", "Dario Cole signed a three-year, $31.5 million
// contract") are two facts, not a conflict; figures that two sources give
// of one thing still conflict.
func TestFiguresOfTwoSubjectsDoNotConflict(t *testing.T) {
	const lede = "Rovers sign outfielders\n\nThe Harlow Rovers spent heavily this winter on their outfield. "
	cases := []struct {
		name, a, b string
		want       string // the conflict, "" for none
	}{
		{"two players",
			"Last winter the Harlow Rovers re-signed Pell Vance to a three-year, $37.5 million contract.",
			"On Friday, outfielder Dario Cole signed a three-year, $31.5 million contract with the Harlow Rovers.", ""},
		{"one player",
			"Last winter the Harlow Rovers re-signed Pell Vance to a three-year, $37.5 million contract.",
			"On Friday, outfielder Pell Vance signed a three-year, $31.5 million contract with the Harlow Rovers.",
			"$37.5 million / $31.5 million"},
		{"two sources",
			"Team president Mara Quill said the Harlow Rovers gave outfielder Pell Vance a three-year, $37.5 million contract.",
			"Agent Dale Osgood said the Harlow Rovers gave outfielder Pell Vance a three-year, $31.5 million contract.",
			"$37.5 million / $31.5 million"},
		{"according to two sources",
			"According to Mara Quill, the outfielder got a three-year, $37.5 million contract from the Harlow Rovers.",
			"According to Dale Osgood, the outfielder got a three-year, $31.5 million contract from the Harlow Rovers.",
			"$37.5 million / $31.5 million"},
	}
	for _, c := range cases {
		r := Compare([]*ingest.Document{parse(t, "a.txt", lede+c.a), parse(t, "b.txt", lede+c.b)}, Options{})
		var got []string
		for _, f := range r.Facts {
			if f.Status == FactConflict && f.Kind == "money" {
				var ts []string
				for _, m := range f.Mentions {
					ts = append(ts, m.Text)
				}
				got = append(got, strings.Join(ts, " / "))
			}
		}
		if c.want == "" && len(got) > 0 || c.want != "" && !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s: conflicts %q, want %q", c.name, got, c.want)
		}
		if a, b := r.Articles[0].Sentences[2].Group, r.Articles[1].Sentences[2].Group; a == nil || b == nil || *a != *b {
			t.Errorf("%s: the sentences do not group: %v %v", c.name, a, b)
		}
	}
}
