package quote

import "testing"

// "a poll in Wyoming said": the place says nothing; the poll speaks as
// "the poll said" would (a document without a name), a resident as a
// resident.
func TestPlaceAfterANounIsNoSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a poll in a place", "Ilse Ostrand spoke on Monday.\n\n" +
			"She answered after an alleged poll in Dunmore said she \u201cwants to close the pier.\u201d",
			"wants to close the pier.", "", ""},
		{"a resident in a place", "The pier reopened on Monday.\n\n" +
			"A longtime resident in Dunmore said the town was \u201cglad to have it back.\u201d",
			"glad to have it back.", "a longtime resident", ""},
	})
}

// "said South Elmwood Hill resident Jane Doe": after the verb, a place or
// a body before a noun of what someone is, and then a name, is the role of
// the person named; the place does not speak.
func TestPlaceInRoleAfterVerb(t *testing.T) {
	fire := "A fire gutted a house in Dunmore on Monday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"a place resident", fire + "\"The husband and wife came to visit,\" said South Elmwood Hill resident Jane Doe.",
			"The husband and wife came to visit", "Jane Doe", "South Elmwood Hill resident"},
		{"a body's spokesperson", fire + "\"He had a firearm with him,\" said Dunmore police spokesperson Tim Ardley.",
			"He had a firearm with him", "Tim Ardley", "Dunmore police spokesperson"},
		{"a party supporter", fire + "\"We ran,\" said Vela Party supporter Tom Hale.",
			"We ran", "Tom Hale", "Vela Party supporter"},
	})
}
