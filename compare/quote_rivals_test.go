package compare

import "testing"

// Two statements of the same offices that share a stock phrase are two
// quotations: a third outlet that quotes the phrase word for word from
// Sunday's statement is no altered rendering of Thursday's, which another
// outlet quotes with one word changed.
func TestSharedPhraseOfAnotherStatementIsNoVariant(t *testing.T) {
	r := Compare(docs(
		"Mayor and council chief meet again|\"This afternoon, the mayor and Council Chief Ostrand met at the harbour office to discuss the ferry budget. We are not giving details of the talk, but the lines of communication remain open,\" said the statement released by each office on Sunday.",
		"Ferry talks go on|\"The mayor and the council chief had a frank meeting at the town hall tonight,\" said the statements issued on Thursday. \"It lasted about an hour. There will be no further account of the meeting, but lines of communication remain open.\"",
		"Harbour talks resume|The mayor's office and Ms. Ostrand's office issued identical statements on Sunday that said \"the lines of communication remain open.\"",
	), Options{})
	sunday := quoteIn(t, r, 0, "This afternoon")
	thursday := quoteIn(t, r, 1, "It lasted about an hour")
	phrase := quoteIn(t, r, 2, "the lines of communication remain open")
	if !matchedTo(phrase, sunday.ID) {
		t.Errorf("the phrase is not related to Sunday's statement it is cut from\n%s", ledger(r))
	}
	if matchedTo(phrase, thursday.ID) {
		t.Errorf("the phrase of Sunday's statement is related to Thursday's\n%s", ledger(r))
	}
}
