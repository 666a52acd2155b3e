package segment

import (
	"slices"
	"testing"
)

// A page's label before a paragraph is cut off into boilerplate of its
// own; the story after it keeps its role and is the sentence aligned.
func TestPageLabels(t *testing.T) {
	cases := []struct {
		para   string
		label  string // "" when no label is cut off
		story  string
		labels bool
	}{
		{"UPDATE: The union said on Tuesday it would return to work.", "UPDATE:", "The union said on Tuesday it would return to work.", true},
		{"UPDATE: 7:19 p.m. -- The Harbor Herald now reports that the union has voted.", "UPDATE: 7:19 p.m. --", "The Harbor Herald now reports that the union has voted.", true},
		{"UPDATE 2:52 p.m. -- Records released Wednesday show the port lost $3 million.", "UPDATE 2:52 p.m. --", "Records released Wednesday show the port lost $3 million.", true},
		{"Updated: Mayor Ines Moravec on Sunday tried to clarify her comment on the port.", "Updated:", "Mayor Ines Moravec on Sunday tried to clarify her comment on the port.", true},
		{"EXCLUSIVE: The union's leader told the Harbor Herald she would not resign.", "EXCLUSIVE:", "The union's leader told the Harbor Herald she would not resign.", true},
		{"BREAKING NEWS — “We will strike again,” the union's leader said on Monday.", "BREAKING NEWS —", "“We will strike again,” the union's leader said on Monday.", true},
		{"UPDATE: On Monday, the union said it would return to work.", "UPDATE:", "On Monday, the union said it would return to work.", true},
		// no label: a stamp, a word that only begins like one, a sentence
		{"Updated: November 11, 2011 20:09 IST", "", "", false},
		{"Updates to the port's rules were slow, the mayor said.", "", "", false},
		{"Update with the board was slow, the mayor said of the talks.", "", "", false},
		{"Exclusive talks with the union ended on Monday.", "", "", false},
		{"Breaking: a window at the port office.", "", "", false},
		{"Developing nations buy most of the port's grain.", "", "", false},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) {
			doc := plain("The port closed on Monday after a strike.\n\n" + c.para + "\n\nThe union met on Tuesday.")
			got := texts(t, doc)
			if !c.labels {
				if !slices.Contains(got, c.para) {
					t.Fatalf("paragraph cut: %q", got)
				}
				return
			}
			if r := roleOf(t, doc, c.label); r != RoleBoilerplate {
				t.Errorf("label %q is %s, want boilerplate", c.label, r)
			}
			if r := roleOf(t, doc, c.story); r != RoleBody {
				t.Errorf("story %q is %s, want body", c.story, r)
			}
		})
	}
}

// A label on the first paragraph leaves the lede to the story after it.
func TestPageLabelLede(t *testing.T) {
	doc := plain("Mayor Defends Port Remark\n\nUpdated: Mayor Ines Moravec on Sunday tried to clarify her comment on the port. She said she meant the old docks.")
	if r := roleOf(t, doc, "Mayor Ines Moravec on Sunday tried to clarify her comment on the port."); r != RoleLede {
		t.Errorf("story is %s, want lede", r)
	}
	if r := roleOf(t, doc, "Updated:"); r != RoleBoilerplate {
		t.Errorf("label is %s, want boilerplate", r)
	}
}

// An editor's correction is about the page: all of its paragraph is
// boilerplate, and a sentence that opens like one in the story is not.
func TestCorrectionNote(t *testing.T) {
	doc := plain("The port closed on Monday.\n\nCORRECTION: This article originally said the port is in Tallin. It is in Narva.\n\nCorrection of the figures took the union a week.")
	for _, s := range []string{"CORRECTION: This article originally said the port is in Tallin.", "It is in Narva."} {
		if r := roleOf(t, doc, s); r != RoleBoilerplate {
			t.Errorf("%q is %s, want boilerplate", s, r)
		}
	}
	if r := roleOf(t, doc, "Correction of the figures took the union a week."); r != RoleBody {
		t.Errorf("a story's sentence is %s, want body", r)
	}
}
