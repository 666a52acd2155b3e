package quote

import "testing"

// "Mr." before a surname is a man: not a woman the article names in full
// with that surname, when it tells her sex by a kin noun ("his daughters,
// Wren and Ilse") or a title ("Ms. Ilse Ostrand"), though her first name
// is no common one.
func TestTitleFitsTheSurnamesBearer(t *testing.T) {
	daughters := "Mayor Ostrand's Daughters, Wren and Ilse, Steal the Show\n\n" +
		"Mayor Ostrand opened the Brackwater pier on Monday.\n\n" +
		"He brought Wren and Ilse Ostrand along.\n\n"
	checkSpeakers(t, []speakerCase{
		{"a daughter in the headline", daughters + "\u201cYou want to cut the ribbon?\u201d Mr. Ostrand asked his daughters.\n\n\u201cNo,\u201d Ilse said.",
			"You want to cut the ribbon?", "Ostrand", ""},
		{"a daughter in the body", "Mayor Ostrand opened the Brackwater pier on Monday with his daughter Ilse.\n\n" +
			"Ilse Ostrand cut the ribbon.\n\n\u201cIt is a good day,\u201d Mr. Ostrand said.",
			"It is a good day", "Ostrand", ""},
		{"a title before her full name", "Mayor Ostrand opened the Brackwater pier on Monday.\n\n" +
			"Ms. Ilse Ostrand, a teacher, cut the ribbon.\n\n\u201cIt is a good day,\u201d Mr. Ostrand said.",
			"It is a good day", "Ostrand", ""},
		{"her own words stay hers", daughters + "\u201cNo, thank you,\u201d Ilse Ostrand said.",
			"No, thank you", "Ilse Ostrand", ""},
		{"a firm is no kin", "Ostrand Brothers Wren Haulage won the contract.\n\n" +
			"Wren Ostrand, the owner, spoke on Monday.\n\n\u201cIt is a good day,\u201d Mr. Ostrand said.",
			"It is a good day", "Wren Ostrand", ""},
	})
}
