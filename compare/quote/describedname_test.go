package quote

import "testing"

// "said a city hall spokesman, Eric Vance" is Vance's, the description his
// role; a headline opening with a word that may be a verb ("E-Mails Show
// Jostling Over …") gives its capitalised words after it no quotation.
func TestDescribedThenNamed(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the name after the description", "The mayor released the e-mails on Monday.\n\n“These e-mails have been read out selectively,” said a city hall spokesman, Eric Vance.",
			"read out selectively", "Eric Vance", "a city hall spokesman"},
		{"a description alone", "The mayor released the e-mails on Monday.\n\n“These e-mails have been read out selectively,” said a city hall spokesman.",
			"read out selectively", "a city hall spokesman", ""},
		{"a verb-like word opening a headline", "E-Mails Show Jostling Over Dunmore ‘Harbor Plan’\n\nThe mayor released the e-mails on Monday.",
			"Harbor Plan", "", ""},
	})
}
