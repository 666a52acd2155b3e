package compare

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// TestGroupedFigureOfAnotherHolder: in sentences that group, a figure
// told of one named organisation ("damage to Kessler Plastics Inc.") and one told
// of another ("damage to Varda Foods Inc.") are two figures, not a
// conflict; the same organisation's figures still conflict.
func TestGroupedFigureOfAnotherHolder(t *testing.T) {
	const a = "Dunmore news\n\nA fire caused an estimated $2 million in damage to Kessler Plastics Inc. in Dunmore on Friday night, investigators said.\n\n" +
		"No one was hurt."
	cases := []struct {
		name, b string
		want    string // the money fact of two mentions: its status, or "none"
	}{
		{"another holder", "Wire\n\nA fire caused an estimated $5 million in damage to Varda Foods Inc. in Dunmore on Friday night, investigators said.\n\n" +
			"No one was hurt.", "none"},
		{"the same holder", "Wire\n\nA fire caused an estimated $5 million in damage to Kessler Plastics Inc. in Dunmore on Friday night, investigators said.\n\n" +
			"No one was hurt.", "conflict"},
	}
	for _, c := range cases {
		r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", c.b)}, Options{})
		got, grouped := "none", false
		var fs []string
		for _, f := range r.Facts {
			if f.Kind == "money" {
				fs = append(fs, f.Status)
				if len(f.Mentions) == 2 {
					got = f.Status
				}
			}
		}
		for _, s := range r.Articles[0].Sentences {
			grouped = grouped || s.Group != nil && strings.Contains(r.Articles[0].Text[s.Start:s.End], "$2 million")
		}
		if !grouped {
			t.Fatalf("%s: the sentences did not group; the test needs them grouped", c.name)
		}
		if got != c.want {
			t.Errorf("%s: money fact %q, want %q (%s)", c.name, got, c.want, strings.Join(fs, " "))
		}
	}
}
