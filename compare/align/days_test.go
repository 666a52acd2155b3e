package align

import (
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

func TestDaysNamed(t *testing.T) {
	mon, tue, thu, sun := uint8(1<<0), uint8(1<<1), uint8(1<<3), uint8(1<<6)
	for _, c := range []struct {
		text string
		want uint8
	}{
		{"The mayor and the council met Sunday afternoon at City Hall.", sun},
		{"Thursday night’s meeting was the second in a week.", thu},
		{"The governor was heading to Brantford Monday to campaign.", mon},
		{"She said on \"Fox News Sunday\" that the talks had stalled.", 0},
		{"Turnout on Super Tuesday was low, officials said on Thursday.", thu},
		{"The market is open on Sundays.", 0},
		{"Talks ran from Monday to Tuesday.", mon | tue},
		{"Councillor Ann Roe Sunday called for a vote.", 0},
	} {
		if got := daysNamed(c.text); got != c.want {
			t.Errorf("daysNamed(%q) = %07b, want %07b", c.text, got, c.want)
		}
	}
}

// TestSentencesOfOtherDaysAreTwoOccasions: two outlets on a town's budget
// talks each tell of a meeting between the mayor and the council leader,
// one of Sunday's, the other of Thursday's, further down. Their words are
// alike, and the model calls them one fact; the days they name keep them
// apart. The shortfall, told by both, still groups.
func TestSentencesOfOtherDaysAreTwoOccasions(t *testing.T) {
	arts := pipeArticles([]string{
		"Harwick budget talks resume|Harwick faces a shortfall of $2.3 million in its water budget, the town's auditor warned.|Neither side gave details of the talks.|The mayor and the council leader met Sunday afternoon at the town hall for the first time in weeks.",
		"Harwick leaders meet again|Harwick must close a $2.3 million shortfall in the water budget by June, according to the auditor.|The council leader urged residents to be patient with the water works.|Thursday night's meeting marks the second time in a week the mayor and the council leader have met in person at the town hall.",
	})
	run := func(days bool) []Group {
		e := newEngine(arts, &textsim.Default)
		if !days {
			e.days = nil
		}
		return (&Alignment{e: e}).Groups()
	}
	meetings := []Member{{0, []int{3}}, {1, []int{3}}}
	if !grouped(run(false), meetings...) {
		t.Fatalf("the test no longer exercises the rule: without it, the two meetings are not grouped either:%s", describe(arts, run(false)))
	}
	groups := run(true)
	if grouped(groups, meetings...) {
		t.Errorf("Sunday's meeting and Thursday's are one group:%s", describe(arts, groups))
	}
	if !grouped(groups, Member{0, []int{1}}, Member{1, []int{1}}) {
		t.Errorf("the shortfall is not one group:%s", describe(arts, groups))
	}
}
