package quote

import "testing"

// A person named with where they are from ("Sen. Ann Lee of Vermont", "Tom
// Reed of the Harbor Trust") is the person: the name ends before "of", the
// place or body joins the role, and a later surname ("Lee said") or title
// and surname ("Councillor Varga") resolves to the full name. "Councillor"
// is a title as "Senator" is, in either spelling, and "the councillor" is
// whom the article gave it. A name that is one thing ("Bank of Dunmore",
// "Joan of Arc") stays whole.
func TestPersonOfAPlace(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a senator of a state, then her surname", "Sen. Rafaela Cruzado of Vermont opened the hearing on Monday.\n\n\"We will not sign this budget,\" Cruzado said.",
			"We will not sign this budget", "Rafaela Cruzado", ""},
		{"said a senator of a state", "The hearing opened on Monday.\n\n\"We will not sign this budget,\" said Sen. Rafaela Cruzado of Vermont.",
			"We will not sign this budget", "Rafaela Cruzado", "Sen. of Vermont"},
		{"a full name of a place, untitled", "Chris Lome of Brackwater County backed the plan.\n\n\"It is late,\" Lome said.",
			"It is late", "Chris Lome", ""},
		{"a person of a body", "The vote was held on Friday.\n\n\"It was the least bad outcome,\" said Tom J. Reed of the Harbor Trust.",
			"It was the least bad outcome", "Tom J. Reed", "of the Harbor Trust"},
		{"a councillor, then her surname", "Councillor Ines Varga voted against the plan.\n\n\"It is a fair plan,\" Varga said.",
			"It is a fair plan", "Ines Varga", ""},
		{"a councillor named with her title", "The plan was put to the council.\n\n\"The port needs money,\" said Councillor Ines Varga.",
			"The port needs money", "Ines Varga", "Councillor"},
		{"the councilor", "Councillor Ines Varga voted against the plan.\n\nPim Dekker, a fisherman, asked for a vote.\n\n\"Not yet,\" the councilor said.",
			"Not yet", "Ines Varga", "the councilor"},
		{"a role before the name and a body after it", "Tom Hale was charged on Monday.\n\nA lawyer for Mr. Hale, Ines J. Marlow of Marlow Partners, said he was \"innocent of every charge.\"",
			"innocent of every charge.", "Ines J. Marlow", "A lawyer for Mr. Hale of Marlow Partners"},
		{"a bank of a place is one name", "Bank of Dunmore cut its rates on Monday.\n\n\"Rates will fall,\" said Bank of Dunmore.",
			"Rates will fall", "Bank of Dunmore", ""},
	})
}
