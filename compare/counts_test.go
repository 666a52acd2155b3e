package compare

import (
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// linkedCounts lists the facts linking counts from both articles, as
// "status: text / text".
func linkedCounts(r *Report) []string {
	var out []string
	for _, f := range r.Facts {
		if f.Kind != "count" || len(f.Mentions) < 2 {
			continue
		}
		s := f.Status + ":"
		for _, m := range f.Mentions {
			s += " " + m.Text
		}
		out = append(out, s)
	}
	return out
}

// Counts of differently named things in one group are one figure only when
// their figures agree: "three jurors" and "four people" are neither the
// same figure within rounding nor a conflict (different nouns may count
// different things), while "480 people" and "about 480 permanent jobs"
// are linked as compatible; "nearly 100 attacks" and "as many as 100
// merchant vessels" count different things and are not linked.
func TestDifferentlyNamedCountsAgreeOnlyOnOneFigure(t *testing.T) {
	cases := []struct {
		name, a, b string
		linked     bool
	}{
		{"3 and 4", "Nichols was spared the death penalty by three jurors who held out, the court said on Saturday.",
			"Nichols was spared the death penalty because four people held out, the court said on Saturday.", false},
		{"480 and about 480", "The terminal will employ 480 people at Pier 9 once it opens, the port said.",
			"The terminal at Pier 9 will bring about 480 permanent jobs once it opens, the port said.", true},
		// Attacks and ships are different things, whatever the figures.
		{"100 attacks and 100 vessels", "Raiders off the Varna coast carried out nearly 100 attacks on shipping this year, the coastguard said on Monday.",
			"Raiders off the Varna coast have attacked as many as 100 merchant vessels this year, the coastguard said on Monday.", false},
	}
	for _, c := range cases {
		r := Compare([]*ingest.Document{
			parse(t, "a.txt", "Port deal\n\n"+c.a),
			parse(t, "b.txt", "Port deal\n\n"+c.b),
		}, Options{})
		grouped := false
		for _, g := range r.Groups {
			grouped = grouped || len(g.Members) == 2 && r.Articles[0].Sentences[g.Members[0].Sentences[0]].Role != RoleHeadline
		}
		if !grouped {
			t.Fatalf("%s: the two sentences did not group, so the test says nothing", c.name)
		}
		got := linkedCounts(r)
		if (len(got) > 0) != c.linked {
			t.Errorf("%s: linked counts %q, want linked %v", c.name, got, c.linked)
		}
		for _, s := range got {
			if s[:len(FactConflict)] == FactConflict {
				t.Errorf("%s: differently named counts in conflict: %q", c.name, s)
			}
		}
	}
}

// TestPartOfWholeIsNoConflict: "landed 178 punches" and "landing 178 of
// 369 punches thrown" agree on the 178; the 369 counts other punches (the
// ones thrown) and is no conflicting figure (ECB+ t07's false conflict).
func TestPartOfWholeIsNoConflict(t *testing.T) {
	r := Compare([]*ingest.Document{
		parse(t, "a.txt", "Title fight\n\nThe champion landed 178 punches to just 30 for the challenger in the title fight on Saturday."),
		parse(t, "b.txt", "Title fight\n\nThe champion was landing 178 of 369 punches thrown in the title fight on Saturday."),
	}, Options{})
	got := linkedCounts(r)
	shared := false
	for _, s := range got {
		if s[:len(FactConflict)] == FactConflict {
			t.Errorf("a part and its whole in conflict: %q", s)
		}
		shared = shared || s == FactShared+": 178 punches 178"
	}
	if !shared {
		t.Errorf("the 178 punches are not one shared figure: %q", got)
	}
}
