package fact

import (
	"testing"
	"time"
)

// An age belongs to what it describes: two ages are one fact only when
// they may be one holder's, and an age is never one fact with a length of
// time or a deal's term.
func TestAgesCompareByHolder(t *testing.T) {
	tests := []struct {
		a, b string
		want Status
		ok   bool
	}{
		{"a 60-year-old, terminally ill woman", "61-year-old Martha Ellen Quill was arrested", Conflict, true},
		{"Sixty-year-old Martha Quill is accused", "a 60-year-old woman", Shared, true},
		{"the 39-year-old Dunmore man fired", "Peter Vane, a 38-year-old Dunmore resident", Conflict, true},
		{"the 15-year-old was shot", "a 16-year-old boy", Conflict, true},
		{"a 60-year-old woman", "a 41-year-old double murder case", "", false},
		{"an 18-year-old civil war", "a 17-year-old son", "", false},
		{"said 61-year-old Anton Brisk, a worker", "said 76-year-old Carl Odell, who", "", false},
		{"the 32-year-old Harlan won", "has not lost in more than four years", "", false},
		{"a 13-year-old girl", "a maximum five-year deal", "", false},
		{"a 41-year-old murder case", "the 40-year-old murder case", Conflict, true},
		{"as a 47-year-old man and", "A 63-year-old woman and two men", "", false},
		{"a 48-year-old man", "the 47-year-old victim", Conflict, true},
		// The holder is the name the age stands before, not the object of
		// the verb after it.
		{"when 23-year-old Vishwa Sabran struck Chohan", "59-year-old Raj Chohan was crossing", "", false},
		// Two nations are two people; one nation, or one told, may be one.
		{"A 32-year-old British climber is dead", "A 36-year-old Australian climber is dead", "", false},
		{"A 32-year-old British climber is dead", "the 36-year-old British man", Conflict, true},
		{"A 32-year-old British climber is dead", "the 36-year-old climber", Conflict, true},
	}
	for _, tt := range tests {
		a, b := first(t, tt.a), first(t, tt.b)
		got, ok := CompareMentions(a, b)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%q (of %q) vs %q (of %q): got %q %v, want %q %v", tt.a, a.Of, tt.b, b.Of, got, ok, tt.want, tt.ok)
		}
	}
}

// TestAppositiveAges: a bare figure set off after a person's name is that
// person's age ("Kimani Vale, 16,"), of the surname without a
// generational suffix; a figure after a place or a one-word team is not.
func TestAppositiveAges(t *testing.T) {
	tests := []struct{ text, of string }{
		{"A vigil was held for Kimani Vale, 16, who was shot by police.", "person:vale"},
		{"The shop was closed, said Jean Odell (48) on Sunday.", "person:odell"},
		{"Police said Anthony Brisk III, 38, was arrested.", "person:brisk"},
		{"Robert Vale, aged 24 and from Dunmore, was charged.", "person:vale"},
		{"Police said 38-year-old Anthony Brisk III was arrested.", "person:brisk"},
		{"In Denver, 12 people died.", ""},
		{"The Otters, 9, led at the half.", ""},
		{"Police stopped Vishnu Ardent on Main Street. Ardent, 23, was charged.", "person:ardent"},
		{"Mr. Vale, 2012, said nothing.", ""},
	}
	for _, tt := range tests {
		qs, _ := Scan(tt.text, monday)
		got := ""
		for _, m := range qs {
			if m.Kind == "count" && m.Unit == "year" {
				got = m.Of
			}
		}
		if got != tt.of {
			t.Errorf("%q: age of %q, want %q (%+v)", tt.text, got, tt.of, qs)
		}
	}
}

// TestDeathAge: "dies at 91" gives the age at which someone died: a
// person's age, of the person named or described before the word of
// dying when there is one, not a bare 91 that any other 91 could meet; a
// clock time or an address after "died at" stays what it is.
func TestDeathAge(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Swimming legend Orla Brennick dies at 91", "count:year:person:brennick"},
		{"Novelist Tam Quillard dead at 84", "count:year:person:quillard"},
		{"The actress died Tuesday at 91, her family said.", "count:year:person-f"},
		{"She died at 91 in Harbor Falls.", "count:year:person"},
		{"He was pronounced dead at 1:17 p.m.", "time:clock:"},
		{"He died at 12 Orchard Street.", "number::"},
		{"Sales at 91 stores fell.", "count:store:"},
	}
	for _, tt := range tests {
		qs, _ := Scan(tt.text, time.Time{})
		got := ""
		for _, m := range qs {
			if m.Kind != "date" {
				got = m.Kind + ":" + m.Unit + ":" + m.Of
			}
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q (%+v)", tt.text, got, tt.want, qs)
		}
	}
}
