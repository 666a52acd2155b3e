package quote

import "testing"

// A surname two people share goes to the one the text is about there (the
// subject of a sentence in the paragraph or the one before), else to the
// one the story opens with when the other comes in later, else stays the
// surname alone: never the one named last in passing.
func TestSharedSurname(t *testing.T) {
	head := "Hale takes his campaign to Dunmore\n\n"
	wife := head + "Senator Tom Hale campaigned in Dunmore on Monday.\n\nHe was joined by his wife, Mary Hale, a teacher, and by the mayor.\n\n"
	checkSpeakers(t, []speakerCase{
		{"the wife named in passing", wife + "“We will win this seat,” Hale said.",
			"We will win this seat", "Tom Hale", ""},
		{"the wife named in passing, far back", wife + "The crowd was small.\n\nIt rained.\n\n“We will win this seat,” Hale said.",
			"We will win this seat", "Tom Hale", ""},
		{"a title tells", wife + "“I am proud of him,” Mrs. Hale said.",
			"I am proud of him", "Mary Hale", ""},
		{"the one the paragraph is about", wife + "Mary Hale, who teaches music, spoke first.\n\n“Schools come first,” Hale said.",
			"Schools come first", "Mary Hale", ""},
		{"two named together", "Bridge vote splits a family\n\nMayor Ann Voss and her brother, Peter Voss, a county judge, disagree about the bridge.\n\nThe vote is on Friday.\n\n“The bridge must go,” Voss said.",
			"The bridge must go", "Voss", ""},
		{"one person in two forms", head + "Tom Hale spoke.\n\nThomas R. Hale, as the ballot names him, is 52.\n\n“I am ready,” Hale said.",
			"I am ready", "Thomas R. Hale", ""},
	})
}
