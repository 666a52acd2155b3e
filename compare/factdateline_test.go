package compare

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// TestDatelineIsNoSharedPlace: the place of a dateline is where the
// story was filed; another outlet naming that place in its story shares
// no fact with it, while a place both stories name is still shared.
func TestDatelineIsNoSharedPlace(t *testing.T) {
	a := "Library to close\n\nDENVER -- The Kessler County board voted Tuesday to close the Elm Street library in Ravenholt, officials said.\n\n" +
		"The library had served Ravenholt for 60 years."
	b := "Board shuts library\n\nThe Kessler County board voted on Tuesday to shut the Elm Street library in Ravenholt, after the Denver, Colo., law firm Alder Pike found the building unsafe.\n\n" +
		"Residents of Ravenholt said they would appeal."
	r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", b)}, Options{})
	shared := map[string]bool{}
	for _, f := range r.Facts {
		if isName(f.Kind) && f.Status == FactShared {
			shared[strings.ToLower(f.Mentions[0].Unit)] = true
		}
	}
	if shared["denver"] {
		t.Errorf("the dateline's Denver is shared with another outlet's Denver firm; shared names %v", shared)
	}
	if !shared["ravenholt"] {
		t.Errorf("Ravenholt, named in both stories, is not shared; shared names %v", shared)
	}
}

// TestInDateline: what opens a paragraph before a spaced dash, in
// capitals or with an agency, is a dateline; a name opening a sentence
// with a dash later is not.
func TestInDateline(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"DUNMORE -- The board voted.", "DUNMORE", true},
		{"Intro\n\nPORT ELLIS, Maine (AP) — A ferry sank.", "PORT ELLIS", true},
		{"Dunmore (Wire) - The board voted.", "Dunmore", true},
		{"Mara Quill - the mayor - voted no.", "Mara Quill", false},
		{"The board met in Dunmore -- and voted.", "Dunmore", false},
		{"DUNMORE said the vote -- held late -- was close.", "DUNMORE", false},
	}
	for _, c := range cases {
		i := strings.Index(c.text, c.name)
		if got := inDateline(c.text, i, i+len(c.name)); got != c.want {
			t.Errorf("%q: %q in dateline %v, want %v", c.text, c.name, got, c.want)
		}
	}
}
