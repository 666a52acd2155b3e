package quote

import "testing"

// A paragraph ending "… released a statement." announces the words of the
// next: they are the statement's issuer's.
func TestStatementAnnouncedBefore(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"released a statement", "Governor Ann Vale visited the chapel on Saturday and her office later released a statement.\n\n" +
			"\u201cThe governor stopped by the chapel this morning. She has faith in the town.\u201d",
			"The governor stopped by the chapel this morning. She has faith in the town.", "Ann Vale", "Governor"},
	})
}
