package compare

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// dateConflicts lists a report's conflicting dates and times as their
// mentions' texts.
func dateConflicts(r *Report) []string {
	var out []string
	for _, f := range r.Facts {
		if f.Status == FactConflict && temporal(f.Kind) {
			var ts []string
			for _, m := range f.Mentions {
				ts = append(ts, m.Text)
			}
			out = append(out, strings.Join(ts, " / "))
		}
	}
	return out
}

// Two dates in one group that date different events are not a conflict:
// the demo's first three articles group the Herald's "construction ... to
// begin in March, with the first ships due to berth in 2029" with
// Coastline's "dredging ... to begin in March and finish by late 2027".
// Two dates of one event that differ still are.
func TestDatesOfDifferentEventsDoNotConflict(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/demo/*.txt")
	if len(paths) < 3 {
		t.Fatal("demo articles not found")
	}
	var docs []*ingest.Document
	for _, p := range paths[:3] {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, parse(t, filepath.Base(p), string(data)))
	}
	if c := dateConflicts(Compare(docs, Options{})); len(c) > 0 {
		t.Errorf("the demo's first three articles: dates of different events in conflict: %q", c)
	}

	cases := []struct {
		name, a, b string
		conflict   bool
	}{
		{"two events", "Construction will begin in March, with the first ships due to berth in 2029.",
			"Dredging is expected to begin in March and finish by late 2027.", false},
		{"one event", "The new terminal will open to ships in 2029, the port said.",
			"The new terminal is due to open to ships in 2031, the port said.", true},
		{"one event, other words", "The first container ships will dock at Pier 9 in 2029.",
			"Pier 9 will not see its first container ships until 2031.", true},
		{"a beginning and an end", "Voters in Brackwater began to cast their ballots at 8 a.m. on Sunday.",
			"The vote in Brackwater ended on Sunday evening as scheduled.", false},
		{"one beginning", "Voters in Brackwater began to cast their ballots at 8 a.m. on Sunday.",
			"The vote in Brackwater began on Sunday evening as scheduled.", true},
	}
	for _, c := range cases {
		r := Compare([]*ingest.Document{
			parse(t, "a.txt", "Port deal\n\nThe port signed a deal with Blue Line on Monday. "+c.a),
			parse(t, "b.txt", "Port deal\n\nThe port signed a deal with Blue Line on Monday. "+c.b),
		}, Options{})
		if got := len(dateConflicts(r)) > 0; got != c.conflict {
			t.Errorf("%s: conflict %v, want %v (%q)", c.name, got, c.conflict, dateConflicts(r))
		}
	}
}
