package segment

import "testing"

func TestDateline(t *testing.T) {
	for _, c := range []struct {
		p    string
		want int
	}{
		{"WASHINGTON -- The office said", 10},
		{"KELBRIDGE, Norland (AP) — A fire broke out", 23},
		{"Kelbridge (Wirenews) - Fake permits", 20},
		{"QUESTIONABLE MEDICAL CLAIMS — For years", 27},
		{"Kelbridge — Councillors met", -1},          // no capitals, no agency
		{"The mayor — a former judge — said", -1},    // a lower-case word before the dash
		{"The MAYOR said the levy - a tax - is", -1}, // not opening the paragraph
	} {
		if got := Dateline(c.p); got != c.want {
			t.Errorf("Dateline(%q) = %d, want %d", c.p, got, c.want)
		}
	}
}
