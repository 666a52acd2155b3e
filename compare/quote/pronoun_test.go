package quote

import "testing"

// "he said" after a sentence with no man as its subject stands for the one
// that sentence has speak, or else the one it names, not a named object
// nor a subject further back; a role noun opening a sentence ("The
// commissioner also asked …") makes the one the article gave the role
// its subject. A name earlier in the pronoun's own sentence, the subject
// of a clause first, and a pronoun that already carries the sentence
// before keep their hold.
func TestPronounFromSentenceJustRead(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the one a relative clause has speak, not the object before",
			"The ferry board met on Tuesday.\n\nThe toll plan that angered Mr. Dale Ferris also drew fire from Judge Okafor, who said he was baffled by it. " +
				"\"If the harbor pays, the town does not,\" he said.",
			"If the harbor pays", "Okafor", ""},
		{"the one named in a sentence with no subject of the pronoun's",
			"The ferry board met on Tuesday.\n\nMr. Dale Ferris said the town would pay for the new pier.\n\nThat did not satisfy Judge Okafor. " +
				"\"If the harbor pays, the town does not,\" he said.",
			"If the harbor pays", "Okafor", ""},
		{"the speaker of a closing attribution, not a subject further back",
			"Kit Okafor, the chapel's pastor, arrived at dawn.\n\nFire Chief Dale Ferris said the blaze began in the kitchen.\n\n" +
				"Firefighters stayed until noon.\n\nThe roof was badly damaged by smoke, Okafor said.\n\n" +
				"\"I have heard the figure of $1 million, but I do not know for sure,\" he said.",
			"I have heard the figure", "Kit Okafor", ""},
		{"a role noun subject, not the man it asked",
			"Commissioner Daniel Okafor pressed the ferry line's lawyer, Mr. Tobin Hale, on Tuesday.\n\nMr. Hale said the port would pay.\n\n" +
				"The commissioner also asked Mr. Hale \"how many sailings a week the port can promise.\" After all, he said, \"you will have some bad weeks.\"",
			"you will have some bad weeks", "Daniel Okafor", ""},
		{"a name before the pronoun in its own sentence",
			"The ferry board met on Tuesday.\n\nThe board has not changed its view, Mr. Dale Ferris said.\n\n" +
				"As word spread, the board's chairman, Tobin Hale, issued a statement refuting what he described as \"misleading\" reports.",
			"misleading", "Tobin Hale", ""},
		{"the subject of a clause before the pronoun, not its object",
			"The ferry board met on Tuesday.\n\nWhen Kit Okafor hired Ainslie Ferris in 2019, he had called him a \"perfect fit\" for the job.",
			"perfect fit", "Kit Okafor", ""},
		{"a pronoun carrying the sentence before",
			"Mr. Tobin Hale said the harbor would pay.\n\nBorn the son of a fisherman in Avel Rock, he has long spoken for the harbor.\n\n" +
				"\"We will not be moved,\" he said.",
			"We will not be moved", "Tobin Hale", ""},
	})
}

// A pronoun that stood for someone whose name tells no sex ("Kit Okafor
// … \"It was a lark,\" she said") tells it for the pronouns after it: "she later said"
// is hers, not the man's quoted before.
func TestPronounTellsSex(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a sex told by a pronoun before",
			"Kit Okafor posed for the Harbor Gazette in 1955.\n\n\"It was a lark,\" she said.\n\nGazette founder Ainslie Ferris said the pictures made the paper.\n\n" +
				"\"The pictures were an icon of the town,\" Ferris said.\n\nThe best photos of Okafor, beach poses, were taken by Ainslie Ferris.\n\n" +
				"\"I never understood the fuss,\" she later said.",
			"I never understood the fuss", "Kit Okafor", ""},
	})
}

// "he added" after `"…," said a senior officer` goes on with the officer:
// over the sentences of a quotation that runs on, and past a clause after
// the cue that names someone else.
func TestAddedAfterSpeakerAfterVerb(t *testing.T) {
	seized := "The navy seized a pirate boat in the Gulf of Tarsa on Monday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"a quotation over two paragraphs", seized + "\"The ministry is working to find out where the pirates can be handed over,\" said a senior officer.\n\n" +
			"\"The ship may head for Port Elan.\n\nOur plan to base a plane there is also underway,\" he added.",
			"The ship may head for Port Elan.", "a senior officer", ""},
		{"a name in a clause after the cue", seized + "\"The sailors exchanged fire with the pirates,\" said a senior officer, who was with Admiral Jon Keller. \"Then they surrendered,\" he added.",
			"Then they surrendered", "a senior officer", ""},
	})
}

// "Saying President Hale, he said, was …": the name just before a
// parenthetical cue's comma is in the words reported, not the one who said
// them; it is no speaker of that quotation nor of those after it.
func TestParentheticalCueNameIsReported(t *testing.T) {
	rally := "Radio host Glenn Marsh spoke to a crowd of activists in Dunmore on Saturday.\n\n" +
		"\"I am addicted to spending,\" he said.\n\n" +
		"Saying President Tom Hale, he said, was \"too simple an answer.\"\n\n"
	checkSpeakers(t, []speakerCase{
		{"the quotation in the clause", rally, "too simple an answer.", "Glenn Marsh", ""},
		{"a quotation after it", rally + "The real problem, he said, is waste. \"This is the disease in the city,\" he said.",
			"This is the disease in the city", "Glenn Marsh", ""},
		{"of a person, he said", "Radio host Glenn Marsh spoke in Dunmore on Saturday.\n\nOf President Tom Hale, he said, \"I want him to do well.\"",
			"I want him to do well.", "Glenn Marsh", ""},
	})
}
