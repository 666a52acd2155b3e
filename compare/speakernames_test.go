package compare

import (
	"slices"
	"testing"
)

// One person named in two forms in two articles ("Ben Vale", "Benjamin
// Todd Vale") or in one is one speaker, under the fuller name; two people
// of one surname, or two forms the short one could be either of, are not.
func TestOnePersonOneSpeakerName(t *testing.T) {
	r := Compare(docs(
		"The Harbor League voted on Tuesday to censure the pier board.\n\n"+
			"“We take no issue with the board itself,” league president Benjamin Todd Vale said in a statement.",
		"The Harbor League censured the pier board on Tuesday.\n\n"+
			"“The board has to answer for the pier,” league president Ben Vale said after the vote.",
	), Options{})
	var got []string
	for _, q := range r.Quotes {
		got = append(got, q.Speaker)
	}
	if len(got) != 2 || got[0] != "Benjamin Todd Vale" || got[1] != "Benjamin Todd Vale" {
		t.Errorf("speakers %q; want Benjamin Todd Vale twice", got)
	}
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"Ben Vale", "Benjamin Todd Vale", true},
		{"Tim Ostrow", "Timothy Ostrow", true},
		{"Ann Keller", "Ann R. Keller Jr.", true},
		{"Ann R. Keller", "Ann Rita Keller", true},
		{"Terry O'Neill", "Terry O’Neill", true},
		{"Mary Vale", "Dick Vale", false},
		{"Al Vale", "Alice Vale", false},          // too short to read as a short form
		{"Ann R. Keller", "Ann T. Keller", false}, // two middle initials, two people
		{"Democratic committee", "Democratic National Committee", false},
		{"Ann Lee and Tom Hale", "Tom Hale", false},
	} {
		if got := samePersonName(personNameWords(tt.a), personNameWords(tt.b)); got != tt.same {
			t.Errorf("samePersonName(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.same)
		}
	}
	qs := []Quote{{Speaker: "John Vale"}, {Speaker: "John A. Vale"}, {Speaker: "John B. Vale"}}
	unifySpeakerNames(qs)
	if names := []string{qs[0].Speaker, qs[1].Speaker, qs[2].Speaker}; !slices.Equal(names, []string{"John Vale", "John A. Vale", "John B. Vale"}) {
		t.Errorf("an ambiguous short form renamed: %q", names)
	}
}
