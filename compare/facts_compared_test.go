package compare

import (
	"slices"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// factLines lists a report's facts of the given status as "kind status:
// text text".
func factLines(r *Report, status string) []string {
	var out []string
	for _, f := range r.Facts {
		if f.Status != status {
			continue
		}
		s := f.Kind + " " + f.Status + ":"
		for _, m := range f.Mentions {
			s += " " + m.Text
		}
		out = append(out, s)
	}
	return out
}

// TestComparedFigureCounts: "nine arrests Thursday, compared to 38 the
// night before" gives both nights' arrests; the 38 is arrests too, and
// another outlet's "38 arrests overnight" agrees with it, not in conflict
// with the nine (audit r25, a BASIL pair).
func TestComparedFigureCounts(t *testing.T) {
	r := Compare([]*ingest.Document{
		parse(t, "a.txt", "Calm in Dunmore\n\nChief Ada Renner said the police made nine arrests in Dunmore on Thursday, compared to 38 the night before."),
		parse(t, "b.txt", "Calm in Dunmore\n\nChief Ada Renner said the police made 38 arrests in Dunmore overnight, after a night of looting."),
	}, Options{})
	conflicts, shared := factLines(r, FactConflict), factLines(r, FactShared)
	if len(conflicts) > 0 {
		t.Errorf("conflicts %q, want none", conflicts)
	}
	if !slices.Contains(shared, "count shared: 38 38 arrests") {
		t.Errorf("shared %q, want the 38 arrests shared", shared)
	}
}

// TestRecordConflictAligned: two outlets giving one boxer two records in
// sentences that align is a conflict an editor sees (audit r25: ECB+'s
// "43-1" and "45-1" met only in sentences that did not align).
func TestRecordConflictAligned(t *testing.T) {
	r := Compare([]*ingest.Document{
		parse(t, "a.txt", "Comeback\n\nFormer champion Tobin Marsh (43-1, 33 KOs) won a unanimous decision over Gil Varna in Oslo on Saturday."),
		parse(t, "b.txt", "Comeback\n\nFormer champion Tobin Marsh (45-1, 33 KOs) won a unanimous decision over Gil Varna in Oslo on Saturday."),
	}, Options{})
	if c := factLines(r, FactConflict); !slices.Contains(c, "record conflict: 43-1 45-1") {
		t.Errorf("conflicts %q, want the records in conflict", c)
	}
}
