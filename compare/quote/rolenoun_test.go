package quote

import "testing"

// A role noun ("the mayor said") is not the person last named when that
// person's own sentence spoke of the role as someone else; an appositive
// role is the same person.
func TestRoleNounNotTheOtherPerson(t *testing.T) {
	tests := []struct {
		text, quote, speaker string
	}{
		{"The council shut the ferry pier on Monday.\n\nGuild leader Ines Marlow said the closure was \"a disgrace\" and told the mayor to resign.\n\n\"We acted on the engineers' advice,\" the mayor said.",
			"We acted on the engineers' advice", "the mayor"},
		{"The council shut the ferry pier on Monday.\n\nInes Marlow, the mayor, said the closure was needed.\n\n\"We acted on the engineers' advice,\" the mayor said.",
			"We acted on the engineers' advice", "Ines Marlow"},
	}
	for _, tt := range tests {
		found := false
		for _, q := range Extract(tt.text, nil) {
			if q.Text == tt.quote {
				found = true
				if q.Speaker != tt.speaker {
					t.Errorf("%q: speaker %q (role %q), want %q", tt.quote, q.Speaker, q.Role, tt.speaker)
				}
			}
		}
		if !found {
			t.Errorf("no quote %q in %q", tt.quote, tt.text)
		}
	}
}
