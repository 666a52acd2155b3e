package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// TestAgeOfAnotherPerson: a named person's age and an unnamed person's
// age of another article are one fact only where that article names the
// person too, and gives that person no other age. "the 15-year-old" of
// an article about another shooting, which never names Okafor, or names
// him as "Darnell Okafor, 16", is not in conflict with "16-year-old
// Darnell Okafor"; told in an article that names Okafor, it is.
func TestAgeOfAnotherPerson(t *testing.T) {
	const a = "Harbor City news\n\nPolice officers shot and killed 16-year-old Darnell Okafor in Harbor City on Saturday night, and protesters marched on Sunday.\n\n" +
		"The mayor asked for calm."
	cases := []struct {
		name, b string
		want    string // the age fact's status
	}{
		{"another person", "Wire\n\nPolice officers shot and killed the 15-year-old in Harbor City on Saturday night, and protesters marched on Sunday.\n\n" +
			"The boy's family asked for calm.", "none"},
		{"the same person", "Wire\n\nPolice officers shot and killed the 15-year-old in Harbor City on Saturday night, and protesters marched on Sunday.\n\n" +
			"Okafor's family asked for calm.", "conflict"},
		{"a person whose article gives Okafor another age", "Wire\n\nPolice officers shot and killed the 15-year-old in Harbor City on Saturday night, and protesters marched on Sunday.\n\n" +
			"His cousin, Darnell Okafor, 16, asked for calm.", "shared"}, // Okafor's 16 in both (joinAges), the 15 another's
		{"told in apposition", "Wire\n\nPolice officers shot and killed Darnell Okafor, 16, in Harbor City on Saturday night, and protesters marched on Sunday.\n\n" +
			"The mayor asked for calm.", "shared"},
	}
	for _, c := range cases {
		r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", c.b)}, Options{})
		got := "none"
		var fs []string
		for _, f := range r.Facts {
			if f.Kind == "count" && f.Mentions[0].Unit == "year" {
				fs = append(fs, fmt.Sprintf("%s %d", f.Status, len(f.Mentions)))
				if len(f.Mentions) == 2 && got != FactConflict {
					got = f.Status
				}
				if f.Status == FactConflict {
					got = f.Status
				}
			}
		}
		if got != c.want {
			t.Errorf("%s: age fact %q, want %q (%s)", c.name, got, c.want, strings.Join(fs, ", "))
		}
	}
}
