package fact

import (
	"strings"
	"testing"
)

// kinds lists the mentions of text as "kind:text", with the unit of a
// count or a number ("count:11 laws/law"), and the holder of an age.
func kinds(text string) string {
	var out []string
	for _, m := range Quantities(text, monday) {
		s := m.Kind + ":" + m.Text
		if m.Kind == "count" || m.Kind == "number" {
			s += "/" + m.Unit
		}
		if m.Of != "" {
			s += "@" + m.Of
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func checkKinds(t *testing.T, tests [][2]string) {
	t.Helper()
	for _, tt := range tests {
		if got := kinds(tt[0]); got != tt[1] {
			t.Errorf("%q: got %q; want %q", tt[0], got, tt[1])
		}
	}
}

// A year before a plural noun dates it; only a cue of counting ("of",
// "a", a verb, a hedge, a comma of thousands) makes the figure a count.
func TestYearBeforeNoun(t *testing.T) {
	checkKinds(t, [][2]string{
		{"Police reopened the 1972 stabbings in Marlow Creek.", "date:1972"},
		{"Voters in the 2014 primaries stayed home.", "date:2014"},
		{"She coached in the 2011-2012 season.", "date:2011-2012"},
		{"The mill employs 1900 workers.", "count:1900 workers/worker"},
		{"A crowd of 2000 marchers gathered.", "count:2000 marchers/marcher"},
		{"About 1900 marchers gathered.", "count:About 1900 marchers/marcher"},
		{"Police reopened the 1,972 files.", "count:1,972 files/file"},
	})
	// Read as counts, "the 1972 stabbings" and "the two stabbings" were
	// a conflict of 1972 against two.
	a := first(t, "Police reopened the 1972 stabbings.")
	b := first(t, "Police reopened the two stabbings.")
	if st, ok := CompareMentions(a, b); ok {
		t.Errorf("CompareMentions(%q, %q) = %q; want no comparison", a.Text, b.Text, st)
	}
	c := first(t, "The stabbings happened in 1972.")
	if st, ok := CompareMentions(a, c); !ok || st != Shared {
		t.Errorf("CompareMentions(%q, %q) = %q, %v; want shared", a.Text, c.Text, st, ok)
	}
}
