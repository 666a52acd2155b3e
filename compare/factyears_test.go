package compare

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// yearFacts lists the year facts of a comparison as "status: texts by
// article".
func yearFacts(r *Report, year string) []string {
	var out []string
	for _, f := range r.Facts {
		if f.Kind != "date" || f.Mentions[0].Text != year {
			continue
		}
		s := f.Status + ":"
		for _, m := range f.Mentions {
			s += " " + string(rune('a'+m.Article))
		}
		out = append(out, s)
	}
	return out
}

// TestYearAcrossUnalignedSentences: outlets that give one event's year in
// sentences the alignment did not pair tell one fact, not a year unique
// to each; a year of another event stays apart.
func TestYearAcrossUnalignedSentences(t *testing.T) {
	a := "Tunnel row\n\nThe Quarry Hill council voted on Monday to close the Vessel Road tunnel for repairs. " +
		"A former engineer told the Harbor Post that the tunnel was started in 2004 by the Drummond firm and carries freight trains to the coast."
	b := "Tunnel shut\n\nCommuters in Quarry Hill face long detours after councillors shut a road tunnel. " +
		"Shopkeepers on the high street, who lose trade every winter, complain that the tunnel, begun in 2004, has always leaked. " +
		"The mayor's office opened in 2004 as well."
	r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", b)}, Options{})
	got := strings.Join(yearFacts(r, "2004"), " | ")
	if want := "shared: a b | unique: b"; got != want {
		t.Errorf("year facts %q; want %q", got, want)
	}
}
