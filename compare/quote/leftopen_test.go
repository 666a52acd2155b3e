package quote

import "testing"

// A text printed a sentence to a paragraph loses the marks of a quotation
// that runs on: its words left open at a paragraph's end, a paragraph with
// no mark, then a paragraph opening with a mark go on with the speaker. A
// quotation closed before the paragraph between does not.
func TestQuotationLeftOpen(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"left open", "Fire in Brill\n\nA statement from Norvanta said: \"Damage to the building is extensive, however it is too early to confirm the cause.\n\nNo-one has been injured.\n\n\"The store will be rebuilt once the damage has been assessed.\"",
			"The store will be rebuilt", "Norvanta", ""},
		{"closed", "Fire in Brill\n\nA statement from Norvanta said: \"Damage to the building is extensive.\"\n\nNo-one has been injured.\n\n\"The store will be rebuilt once the damage has been assessed.\"",
			"The store will be rebuilt", "", ""},
	})
}
