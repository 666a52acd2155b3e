package quote

import "testing"

// A question put to the newsmaker is the asker's, not his: "after the man
// approached the congressman and asked" is the man's, the clause's own
// subject, not the sentence's; and "he asked the congressman if he …" is
// not the congressman's, whoever "he" is.
func TestTheAskerIsNotTheAsked(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the clause's subject asks", "Rep. Tom Hale apologized on Monday.\n\nHale, a Democrat, is seen in a video grabbing the arm of a young man after the man approached the congressman and asked if he supported the \"harbor plan.\"",
			"harbor plan.", "", "the man"},
		{"he asked the congressman", "Rep. Tom Hale (D-Ore.) grabbed a student on Monday, after he asked the congressman if he “fully supported the harbor plan.”",
			"fully supported the harbor plan.", "", ""},
		{"he asked the crowd is his", "Rep. Tom Hale (D-Ore.) spoke on Monday.\n\nHe asked the crowd if they \"supported the harbor plan.\"",
			"supported the harbor plan.", "Tom Hale", ""},
	})
}

// "a student approached the congressman and asked": the verb after "and"
// shares the subject of its sentence, an ordinary noun for a person, not
// the person named as the object of the verb before.
func TestOrdinaryNounSubjectSharedAfterAnd(t *testing.T) {
	hall := "Congressman Tom Hale held a town hall in Dunmore on Friday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"a student asked", hall + "After the meeting, a student approached the congressman and asked, \"Why did you vote against the loans?\"",
			"Why did you vote against the loans?", "a student", ""},
		{"a police officer said", hall + "A police officer stopped Hale and said, \"You were speeding.\"",
			"You were speeding.", "a police officer", ""},
		{"an angry protester yelled", hall + "At the door, an angry protester confronted Hale and yelled, \"Shame on you!\"",
			"Shame on you!", "an angry protester", ""},
	})
}

// "Asked by X, "Q," Y replied" quotes X's question, when the words ask;
// an answer after "Asked by a reporter whether …," is the one who answers.
func TestAskedBy(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the question", "Harbor talks\n\nAsked by one of Ms. Lee’s aides, “Is this the final language you want to use,” Mr. Reed replied with a single word.",
			"Is this the final language", "one of Ms. Lee’s aides", ""},
		{"the answer", "Harbor talks\n\nAsked by a reporter whether he would run, “No,” Mr. Reed said.",
			"No", "Reed", ""},
	})
}
