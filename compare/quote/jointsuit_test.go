package quote

import "testing"

// A document from two bodies joined by "and" is both bodies': "the lawsuit
// from Varnia and Ostland, where …, argues", and "the suit says" after it
// is the same lawsuit's. A place's ", where …," clause before the verb is
// passed over.
func TestDocumentFromJointBodies(t *testing.T) {
	text := "Farming is banned in both states. But the lawsuit from Varnia and Ostland, where the crop is still outlawed, argues that Dunmore has “opened a dangerous hole” in the rules.\n\n“Seeds flow from this hole into neighboring states,” the suit says."
	checkSpeakers(t, []speakerCase{
		{"from two bodies", text, "opened a dangerous hole", "Varnia and Ostland", ""},
		{"the suit", text, "Seeds flow from this hole", "Varnia and Ostland", ""},
		{"no clause", "But the lawsuit from Varnia and Ostland argues that Dunmore has “opened a dangerous hole” in the rules.",
			"opened a dangerous hole", "Varnia and Ostland", ""},
	})
}
