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
