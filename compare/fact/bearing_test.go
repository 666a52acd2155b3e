package fact

import (
	"testing"
	"time"
)

// TestDistancesOnTwoBearings: "30 miles west of Orlin" and "30 miles east
// of Orlin" place two things, however equal the figures; a bearing told
// loosely ("north", "northeast") and a distance with none still compare,
// and two distances on one bearing still disagree.
func TestDistancesOnTwoBearings(t *testing.T) {
	dist := func(text string) Mention {
		t.Helper()
		for _, m := range Quantities(text, time.Time{}) {
			if m.Kind == "count" && isDistance(m.Unit) && !m.Converted {
				return m
			}
		}
		t.Fatalf("no distance in %q", text)
		return Mention{}
	}
	west := dist("The convoy was stopped about 30 miles west of Orlin on Friday.")
	if west.Bearing != "west" {
		t.Errorf("Bearing %q, want west", west.Bearing)
	}
	if b := dist("The quake struck 48km (30 miles) south-east of Orlin.").Bearing; b != "southeast" {
		t.Errorf("a distance restated in brackets: Bearing %q, want southeast", b)
	}
	for _, c := range []struct {
		text string
		ok   bool
		want Status
	}{
		{"The depot lies about 30 miles east of Orlin.", false, ""},
		{"The depot lies about 30 miles south-east of Orlin.", false, ""},
		{"It was stopped about 30 miles north-west of Orlin.", true, Shared},
		{"It was stopped 30 miles from Orlin.", true, Compatible},
		{"It was stopped about 45 miles west of Orlin.", true, Conflict},
	} {
		if st, ok := CompareMentions(west, dist(c.text)); ok != c.ok || st != c.want {
			t.Errorf("%q against %q: %q %v, want %q %v", west.Text, c.text, st, ok, c.want, c.ok)
		}
	}
}
