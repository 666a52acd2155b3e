package quote

import "testing"

// A body's name joined by "and" ("Harbor and Waterways Committee") may open
// the role before a person's name with no "the": the person speaks, both
// quotations of the sentence are theirs, and the whole name is the role.
// Two people joined by "and" still speak together.
func TestAndInRoleBody(t *testing.T) {
	met := "The panel met on Tuesday. Ann Lee spoke first.\n\n"
	role := "Harbor and Coastal Waterways Committee spokeswoman"
	checkSpeakers(t, []speakerCase{
		{"before the cue", met + "“The witness will not answer,” Harbor and Coastal Waterways Committee spokeswoman Dana Pirelli said in a statement. “The subpoena stands.”",
			"The witness will not answer", "Dana Pirelli", role},
		{"after the cue", met + "“The witness will not answer,” Harbor and Coastal Waterways Committee spokeswoman Dana Pirelli said in a statement. “The subpoena stands.”",
			"The subpoena stands", "Dana Pirelli", role},
		{"two people", met + "“The witness will not answer,” Lee and Harbor Committee chairman Tom Hale said.",
			"The witness will not answer", "Ann Lee and Tom Hale", ""},
	})
}
