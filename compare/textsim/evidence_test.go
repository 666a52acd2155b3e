package textsim

import "testing"

// TestSharedPlainEvidenceLeavesOutNames: two remarks of one sergeant
// share her name and office, which SharedEvidence counts and
// SharedPlainEvidence does not ("Marty" after "Sgt." opens a sentence to
// the tokenizer, and is capitalised in both); two tellings of one act
// share its verb ("Taser", capitalised in both, counts as a name).
func TestSharedPlainEvidenceLeavesOutNames(t *testing.T) {
	c := NewCorpus()
	a := c.Add(`"He was later stunned with a Taser by officers," said Kelso Police Sgt. Lena Brandt.`)
	b := c.Add(`"He tried to give first aid to her," said Sgt. Lena Brandt of the Kelso Police Department.`)
	d := c.Add(`Officers later stunned the man with a Taser, Brandt said.`)
	c.Freeze()
	if n := c.SharedEvidence(c.Reading(a), c.Reading(b), 300); n < 2 {
		t.Errorf("SharedEvidence of the two remarks = %d, want the name and office (2 or more)", n)
	}
	if n := c.SharedPlainEvidence(c.Reading(a), c.Reading(b), 300); n != 0 {
		t.Errorf("SharedPlainEvidence of the two remarks = %d, want 0", n)
	}
	if n := c.SharedPlainEvidence(c.Reading(a), c.Reading(d), 300); n != 1 {
		t.Errorf("SharedPlainEvidence of two tellings of the stun = %d, want 1 (stunned)", n)
	}
}
