package quote

import "testing"

// "a statement from X said" is X's, with no role "a statement from"; a
// body named short in lower case ("the Ferry committee") is the one the
// article named in full before, when only one fits.
func TestStatementFromTheBody(t *testing.T) {
	met := "The Ferry Riders Committee met on Monday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"the full name", met + "“Fares must rise,” a statement from the Ferry committee said. “The boats are old.”",
			"Fares must rise", "Ferry Riders Committee", ""},
		{"the words after the cue", met + "“Fares must rise,” a statement from the Ferry committee said. “The boats are old.”",
			"The boats are old", "Ferry Riders Committee", ""},
		{"two bodies fit", met + "The Ferry Owners Committee met too.\n\n“Fares must rise,” a statement from the Ferry committee said.",
			"Fares must rise", "Ferry committee", ""},
	})
}
