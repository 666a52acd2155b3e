package quote

import "testing"

// A document's words are its author's when a participle phrase stands
// between the document and its verb ("the letter addressed to the chair
// reads"), and the author of "a letter from her lawyer, Paul Ostrow," is
// the lawyer, not the client.
func TestDocumentWithParticiple(t *testing.T) {
	intro := "Ann Vance will refuse to testify before the harbor board.\n\nVance announced her plans in a letter from her lawyer, Paul Ostrow, to the board.\n\n"
	checkSpeakers(t, []speakerCase{
		{"addressed to", intro + "“She has done nothing wrong,” the letter addressed to Chairman Tom Hale (D-Vt.) reads, according to the Dunmore Courier.",
			"She has done nothing wrong", "Paul Ostrow", "her lawyer"},
		{"plain", intro + "“She has done nothing wrong,” the letter reads.",
			"She has done nothing wrong", "Paul Ostrow", "her lawyer"},
		{"no author", "Ann Vance will refuse to testify.\n\n“She has done nothing wrong,” the memo sent to board members said.",
			"She has done nothing wrong", "the memo", ""},
	})
}
