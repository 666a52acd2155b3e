package compare

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storydiff/storydiff/compare/fact"
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

// A figure conflicts with another outlet's only when both belong to one
// thing: not an age of a person and the age of a case, a count over days
// and one incident's, nor a year of one award against a sentence that
// agrees on the other award's year and dates an Emmy too. The same
// sentences with figures of one thing still conflict.
func TestFiguresOfDifferentThingsDoNotConflict(t *testing.T) {
	cases := []struct {
		name, a, b string
		conflict   bool
	}{
		{"a person's age and a case's", "Police arrested a 60-year-old woman over the 1967 killings of two clerks at the Dunmore bakery.",
			"Police made an arrest over the 1967 killings of two clerks at the Dunmore bakery, a 41-year-old double murder case.", false},
		{"two ages of one woman", "Police arrested a 60-year-old woman over the 1967 killings of two clerks at the Dunmore bakery.",
			"Police arrested a 61-year-old woman over the 1967 killings of two clerks at the Dunmore bakery.", true},
		{"a count over days and an incident's", "At least 70 people have been hurt in the Dunmore riots over the past eight days.",
			"At least two people were hurt in the Dunmore riots on Saturday night.", false},
		{"two counts of one incident", "At least 70 people were hurt in the Dunmore riots on Saturday night.",
			"At least two people were hurt in the Dunmore riots on Saturday night.", true},
		{"a year the other sentence agrees on", "Mr. Halden won a Tony Award in 2004 for his role in the musical Harbour Lights.",
			"Mr. Halden won an Emmy in 2005 for hosting the Tony Awards in 2004, when he also won a Tony Award for Harbour Lights.", false},
		{"one award, two years", "Mr. Halden won a Tony Award in 2004 for his role in the musical Harbour Lights.",
			"Mr. Halden won a Tony Award in 2005 for his role in the musical Harbour Lights.", true},
	}
	for _, c := range cases {
		r := Compare([]*ingest.Document{
			parse(t, "a.txt", "Dunmore news\n\nThe council met on Monday to discuss the budget. "+c.a),
			parse(t, "b.txt", "Dunmore news\n\nThe council met on Monday to discuss the budget. "+c.b),
		}, Options{})
		last := func(a Article) Sentence { return a.Sentences[len(a.Sentences)-1] }
		if sa, sb := last(r.Articles[0]), last(r.Articles[1]); sa.Group == nil || sb.Group == nil || *sa.Group != *sb.Group {
			t.Fatalf("%s: the two sentences are not grouped, so their figures are not compared", c.name)
		}
		var conflicts []string
		for _, f := range r.Facts {
			if f.Status == FactConflict {
				var ts []string
				for _, m := range f.Mentions {
					ts = append(ts, m.Text)
				}
				conflicts = append(conflicts, strings.Join(ts, " / "))
			}
		}
		if got := len(conflicts) > 0; got != c.conflict {
			t.Errorf("%s: conflict %v, want %v (%q)", c.name, got, c.conflict, conflicts)
		}
	}
}

// A clause that counts over a period or a running total says so in a few
// ways; one that counts an incident does not.
func TestCumulativeScope(t *testing.T) {
	for text, want := range map[string]bool{
		"have been hurt in the protests over the past eight days": true,
		"have been made over four nights of protests":             true,
		"Of his touchdowns this year":                             true,
		"have died so far":                                        true,
		"a total of fire trucks were on scene":                    true,
		"arrests since October":                                   true,
		"in the last week":                                        true,
		"injuring":                                                false,
		"were hurt in the riots on Saturday night":                false,
		"in the last game of the season":                          false,
		"for his role in the musical":                             false,
	} {
		if got := cumulativeScope(text); got != want {
			t.Errorf("cumulativeScope(%q) = %v, want %v", text, got, want)
		}
	}
}

// Lengths of time measure what their clauses tell, as dates date it: an
// inmate's hour a day in the yard and a jury's 30 hours of deliberation,
// in sentences of no group that are each other's nearest counterpart,
// are two lengths, not two outlets' figures for one; two lengths of one
// deliberation still conflict.
func TestLengthsOfDifferentThingsDoNotConflict(t *testing.T) {
	cases := []struct {
		name, a, b string
		conflict   bool
	}{
		{"two things", "Each inmate spends one hour a day alone in a recreation yard.",
			"The jury failed to reach a verdict after 30 hours of deliberation.", false},
		{"one thing", "The jury failed to reach a verdict after 12 hours of deliberation.",
			"The jury failed to reach a verdict after 30 hours of deliberation.", true},
		{"one thing, lasting", "The initial tremor lasted just over 10 seconds, a clerk said.",
			"\"It lasted around 30 seconds or so,\" said a clerk at the Dunmore bank.", true},
	}
	for _, c := range cases {
		r := &Report{}
		var ms []mentionAt
		for ai, text := range []string{c.a, c.b} {
			near := NearestList{{Article: 1 - ai, Sentence: 0, Similarity: 0.21}}
			r.Articles = append(r.Articles, Article{Text: text,
				Sentences: []Sentence{{Start: 0, End: len(text), Text: text, Role: RoleBody, Nearest: near}}})
			for _, m := range fact.Quantities(text, time.Time{}) {
				ms = append(ms, mentionAt{m, ai, 0})
			}
		}
		var conflicts []string
		for _, f := range linkQuantities(r, ms, newSentenceNames(nil), nil) {
			if f.Status == FactConflict {
				conflicts = append(conflicts, f.Mentions[0].Text+" / "+f.Mentions[len(f.Mentions)-1].Text)
			}
		}
		if got := len(conflicts) > 0; got != c.conflict {
			t.Errorf("%s: conflict %v, want %v (%q)", c.name, got, c.conflict, conflicts)
		}
	}
}
