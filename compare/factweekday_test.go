package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// Articles with no publication date still date their news by weekday. Two
// outlets that give one event different days disagree whatever the week
// ("had to apologize Saturday" against "on Friday apologized"), but a
// weekday of another event in the group ("resigned Monday"), the night
// before and the small hours after ("Friday night", "early Saturday"), and
// a weekday beside the full date that says more are not that conflict.
func TestWeekdaysOfOneEventConflict(t *testing.T) {
	const lede = "Aide apologizes for post\n\nMara Quill, an aide to Senator Tobin Reyes, wrote a post about the mayor's sons. "
	cases := []struct {
		name, a, b string
		want       string // the conflict, "" for none
	}{
		{"one event, two days",
			"The aide to Senator Tobin Reyes had to apologize Saturday for the post about the mayor's sons.",
			"The aide to Senator Tobin Reyes on Friday apologized for the post about the mayor's sons.",
			"Saturday / Friday"},
		{"one event, one day",
			"The aide to Senator Tobin Reyes had to apologize Friday for the post about the mayor's sons.",
			"The aide to Senator Tobin Reyes on Friday apologized for the post about the mayor's sons.", ""},
		{"two events",
			"The aide to Senator Tobin Reyes resigned Monday after the post about the mayor's sons.",
			"The aide to Senator Tobin Reyes apologized Saturday for the post about the mayor's sons.", ""},
		{"two events in one sentence",
			"The aide to Senator Tobin Reyes wrote the post about the mayor's sons Friday and apologized for it on Saturday.",
			"The aide to Senator Tobin Reyes apologized Saturday for the post about the mayor's sons.", ""},
		{"two events beside one name",
			"Senators kept up pressure on the aide Mara Quill Sunday to explain the post about the mayor's sons.",
			"Several senators offered swift reactions to Mara Quill on Friday, after the post about the mayor's sons.", ""},
		{"overnight",
			"The aide to Senator Tobin Reyes apologized late Friday for the post about the mayor's sons.",
			"The aide to Senator Tobin Reyes apologized early Saturday for the post about the mayor's sons.", ""},
		{"beside a date",
			"The aide to Senator Tobin Reyes apologized on Wednesday, September 18, 2013, for the post about the mayor's sons.",
			"The aide to Senator Tobin Reyes apologized on Friday, September 20, 2013, for the post about the mayor's sons.",
			"September 18, 2013 / September 20, 2013"},
	}
	for _, c := range cases {
		r := Compare([]*ingest.Document{parse(t, "a.txt", lede+c.a), parse(t, "b.txt", lede+c.b)}, Options{})
		got := dateConflicts(r)
		if c.want == "" && len(got) > 0 || c.want != "" && !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s: conflicts %q, want %q", c.name, got, c.want)
		}
		// The event's sentences group: were they apart, no case here
		// would test anything.
		if a, b := r.Articles[0].Sentences[2].Group, r.Articles[1].Sentences[2].Group; a == nil || b == nil || *a != *b {
			t.Errorf("%s: the event's sentences do not group: %v %v", c.name, a, b)
		}
	}
}

// The same weekday in two outlets' account of one event is a shared date.
func TestSameWeekdayIsShared(t *testing.T) {
	const lede = "Chapel fire\n\nA fire destroyed the Pinecrest chapel in Holloway. "
	r := Compare([]*ingest.Document{
		parse(t, "a.txt", lede+"Firefighters from Holloway reached the Pinecrest chapel Sunday as the roof fell in."),
		parse(t, "b.txt", lede+"Holloway firefighters reached the Pinecrest chapel on Sunday as its roof fell in."),
	}, Options{})
	for _, f := range r.Facts {
		if f.Kind == "date" && strings.EqualFold(f.Mentions[0].Text, "Sunday") {
			if f.Status != FactShared || len(f.Mentions) != 2 {
				t.Errorf("Sunday: %s in %d articles, want shared by both", f.Status, len(f.Mentions))
			}
			return
		}
	}
	t.Error("no date fact for Sunday")
}
