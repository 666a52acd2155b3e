package compare

import "testing"

// A motto one outlet prints is not the mayor's statement cut short because
// another outlet quotes her quoting the motto: she named the phrase, it is
// not her words. The outlets printing the motto share it.
func TestQuotedMottoIsNoStatementCutShort(t *testing.T) {
	r := Compare(docs(
		"Ostrand: 'Our Harbour Our Home' Vote Builds No Piers|The council passed a resolution on Monday reaffirming the town motto, “Our Harbour Our Home,” by nine votes to two.|Mayor Ilse Ostrand said the council should be building piers.",
		"Mayor mocks council|Mayor Ilse Ostrand mocked the council on Wednesday for spending its time on a measure to reaffirm \"Our Harbour Our Home\" as the town motto.|\"What have you been doing all week? You passed a resolution saying that 'Our Harbour Our Home' is our motto. That is not building a single pier,\" Mayor Ilse Ostrand said.",
	), Options{})
	motto := quoteIn(t, r, 0, "Our Harbour Our Home")
	statement := quoteIn(t, r, 1, "What have you")
	if motto.Speaker != "" {
		t.Errorf("the motto is given to %q\n%s", motto.Speaker, ledger(r))
	}
	for _, m := range motto.Matches {
		if m.Quote == statement.ID {
			t.Errorf("the motto is %s against the mayor's statement that quotes it\n%s", m.Relation, ledger(r))
		}
	}
	if twin := quoteIn(t, r, 1, "Our Harbour Our Home"); !matchedTo(motto, twin.ID) {
		t.Errorf("the two outlets' mottos are not matched\n%s", ledger(r))
	}
}
