package quote

import "testing"

// A draft or a resolution speaks as the documents it is like do: a
// participle after one ("a line from the final draft noting that") is the
// document's, not the subject's of the verb before ("They have criticized
// Lee for …"); "the resolution said" speaks for the body that adopted it.
func TestDraftAndResolutionSpeak(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a participle after a draft", "Republicans have seized on the e-mails. They have criticized Lee for asking to remove a line from the final draft noting that there had been \"at least five other attacks on the pier.\"",
			"at least five other attacks on the pier.", "the final draft", ""},
		{"a participle after a comma is the subject's", "Republicans have seized on the e-mails. They criticized the final draft, noting that there had been \"at least five other attacks on the pier.\"",
			"at least five other attacks on the pier.", "republicans", ""},
		{"a resolution speaks for the body that adopted it", "The Harbor League adopted a resolution Tuesday on the pier board.\n\nThe resolution initially said the league would \"oppose the pier board at every turn,\" though the wording was softened.",
			"oppose the pier board", "Harbor League", ""},
	})
}

// A sentence opening with a capitalised word of no known kind ("One of
// the …") names no author of the document its verb makes.
func TestNoAuthorFromOpeningWord(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"one of the groups passed a resolution", "One of the harbour’s oldest rowing clubs passed a resolution Tuesday calling for the pier board to \"step aside at once.\"",
			"step aside at once.", "", ""},
	})
}

// A participle after a document and a short phrase of its own ("a
// resolution of its own condemning", "two resolutions of its own
// condemning") is the document's, for its author; not a participle that
// is the preposition's object ("statements in saying").
func TestParticipleAfterDocumentPhrase(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a resolution of its own", "The nearby Dunmore Pier Party answered the league at once. The Dunmore Pier Party has drafted a resolution of its own condemning the league for reducing itself to a \"partisan attack dog.\"",
			"partisan attack dog.", "Dunmore Pier Party", ""},
		{"two resolutions of its own", "The nearby Dunmore Pier Party answered the league at once. The Dunmore Pier Party has drafted two resolutions of its own condemning the league for reducing itself to a \"partisan attack dog.\"",
			"partisan attack dog.", "Dunmore Pier Party", ""},
		// "in saying": the preposition's object is the participle itself.
		{"statements in saying", "Asked about the pier, Harbor League President Ann Vale repeated past statements in saying the league does not see the pier as a \"driver\" of its debts.",
			"driver", "Ann Vale", "Harbor League President"},
	})
}

// "The group" opening a sentence stands for the organisation the sentence
// before has for its subject, not one it names as an owner after it.
func TestTheGroupIsTheSubjectBefore(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the group after a subject body", "The nearby Dunmore Pier Party had an all-hands response to the Harbor League's plan. The group has drafted a resolution of its own condemning the league for reducing itself to a \"partisan attack dog.\"",
			"partisan attack dog.", "Dunmore Pier Party", ""},
		{"the group after a possessive body", "The Harbor League's plan angered the Dunmore Pier Party. The group said the plan was \"a disgrace.\"",
			"a disgrace.", "Dunmore Pier Party", ""},
	})
}

// "According to" a document ("the report", "the slides") is the
// document's, for its author where the article tells one.
func TestAccordingToADocument(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"according to the report", "The agency keeps the program secret. According to the report, there has been \"continued growth in tasking.\"",
			"continued growth in tasking.", "the report", ""},
		{"according to the slides", "The agency keeps the program secret. According to the slides, there has been \"continued growth in tasking.\"",
			"continued growth in tasking.", "the slides", ""},
		{"according to slides an outlet published", "The Courier published slides on the program. According to the slides, there has been \"continued growth in tasking.\"",
			"continued growth in tasking.", "Courier", ""},
	})
}

// A "who" after a source known by description ("an anonymous source
// familiar with the talks, who called it") speaks for that source, not
// for the report that cites it.
func TestWhoAfterADescribedSource(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"who called it", "The studio may not ask him back. The report quotes an anonymous source familiar with Vance's talks, who called it \"a terrible experience.\"",
			"a terrible experience.", "an anonymous source", ""},
		{"who cites it as", "The studio may not ask him back. The reports cite an anonymous source familiar with Vance's talks last time, who cites it as, \"a terrible experience.\"",
			"a terrible experience.", "an anonymous source", ""},
	})
}
