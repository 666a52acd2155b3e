package quote

import "testing"

// speakerCase is a quotation in an invented article and who said it.
type speakerCase struct {
	name, text, quote, speaker, role string
}

// checkSpeakers extracts each case with the sentences the pipeline gives
// Extract and checks the quotation's speaker and role.
func checkSpeakers(t *testing.T, tests []speakerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ok := findQuote(Extract(tt.text, pipelineSentences(tt.text)), tt.quote)
			if !ok {
				t.Fatalf("no quote %q in %q", tt.quote, tt.text)
			}
			if q.Speaker != tt.speaker || q.Role != tt.role {
				t.Errorf("speaker %q, role %q; want %q, %q", q.Speaker, q.Role, tt.speaker, tt.role)
			}
		})
	}
}

// "he said" after a sentence that quotes one man and names another (the
// target of his words) goes on with the one quoted; an aide or spokesman
// of a person speaks for that person but is not them.
func TestSpeakerIsNotTheTarget(t *testing.T) {
	rally := "Senator Tom Hale on Sunday tried to explain his attack on Governor Peter Voss.\n\n" +
		"It was at a rally in Dunmore on Saturday that Mr. Hale described what he called the “cruel arithmetic” of Mr. Voss’s budget.\n\n"
	aide := "Senator Tom Hale was mocked by a rival on Tuesday.\n\n" +
		"A spokesperson for Hale fired back, telling reporters that the rival had never run a farm. The spokesperson also touted Hale’s “strong record” on farming.\n\n"
	checkSpeakers(t, []speakerCase{
		{"he said after a quoted man and his target", rally + "“It’s about some cruel sums. Oh, not sums you can check, different sums,” he said.",
			"It’s about some cruel sums", "Tom Hale", ""},
		{"a person's spokesperson is not the person", aide + "“Alongside that, Sen. Hale is one of two working farmers in the Senate,” the aide said.",
			"strong record", "Tom Hale's spokesperson", ""},
		{"the aide takes up the spokesperson", aide + "“Alongside that, Sen. Hale is one of two working farmers in the Senate,” the aide said.",
			"Alongside that", "Tom Hale's spokesperson", ""},
		{"an aide never introduced is not the senator", "Senator Tom Hale was mocked by a rival on Tuesday.\n\n“He has farmed for forty years,” the aide said.",
			"He has farmed", "the aide", ""},
		{"an aide introduced by title", "Senator Tom Hale was mocked by a rival on Tuesday. Hale aide Dana Pryce called the rival a fraud.\n\n“He has farmed for forty years,” the aide said.",
			"He has farmed", "Dana Pryce", "the aide"},
		{"an aide set beside her name", "Senator Tom Hale was mocked by a rival on Tuesday. Dana Pryce, an aide to Hale, called the rival a fraud.\n\n“He has farmed for forty years,” the aide said.",
			"He has farmed", "Dana Pryce", "the aide"},
		{"a spokesman for a person said", "Senator Tom Hale was mocked by a rival on Tuesday.\n\nA spokesman for Hale said: “He has farmed for forty years.”",
			"He has farmed", "Tom Hale's spokesman", ""},
		{"a body speaks through its spokesperson", "A spokesperson for Norvanta says the firm cares.\n\nMayor Ann Lee disagreed.\n\n\"We obey the law,\" the aide said.",
			"We obey the law", "Norvanta", "aide"},
	})
}

// A word capitalised for opening a sentence, a dateline or a label is no
// speaker; a name in title case keeps its small words and its ordinal; a
// lower-case portfolio belongs to the title after it.
func TestOpeningWordIsNoSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"lower-case prime minister", "Dovrian prime minister Ana Petrovic condemned the attack, saying: \"A protest is one thing and murder is quite another.\"",
			"A protest is one thing", "Ana Petrovic", "Dovrian prime minister"},
		{"lower-case finance minister after said", "\"We will not pay,\" said Dovrian finance minister Ana Petrovic.",
			"We will not pay", "Ana Petrovic", "Dovrian finance minister"},
		{"dateline", "DUNMORE — Kestrel Council on Monday released the report, calling it \"proof of neglect.\"",
			"proof of neglect.", "Kestrel Council", ""},
		{"dateline with its state", "DUNMORE, Calif. -- Kestrel Council on Monday released the report, calling it \"proof of neglect.\"",
			"proof of neglect.", "Kestrel Council", ""},
		{"a label", "Updated: Senator Tom Hale on Sunday tried to clarify his claim that the budget was a “cruel sum,” saying he meant its policy.",
			"cruel sum", "Tom Hale", "Senator"},
		{"earlier opens a sentence", "Senator Tom Hale spoke in Dunmore on Monday.\n\nEarlier this week, the combative senator who represents the valley was sharp tongued, refusing to answer questions, and even calling one reporter a \"jackass\" for interrupting him.",
			"jackass", "Tom Hale", "the combative senator"},
		{"an ordinal opens a name", "Third Path, a moderate group in Dunmore that has favored cuts, called the plan “a watershed moment” in the debate.",
			"a watershed moment", "Third Path", "a moderate group in Dunmore that has favored cuts"},
		{"a small word inside a name", "The plan is secret. Voices On Record says the date is a \"closely guarded secret\" and reports that \"even his top advisers\" know nothing.",
			"closely guarded secret", "Voices On Record", ""},
		{"the name goes on to its next verb", "The plan is secret. Voices On Record says the date is a \"closely guarded secret\" and reports that \"even his top advisers\" know nothing.",
			"even his top advisers", "Voices On Record", ""},
		{"a party in short", "Dem running for mayor mocks rival as farmer 'who never ran a business'\n\nMayor Ann Lee said little.",
			"who never ran a business", "", ""},
	})
}

// A common word capitalised for opening a sentence is no one's name when
// nothing else in the article shows it is one; its noun phrase may tell
// who spoke. A name that is also a common word, and shown to be a name
// elsewhere, is still one.
func TestCommonOpeningWordIsNoSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"small groups of people", "Small groups of residents circled the town hall on Sunday, chanting, \"Open the books now.\"",
			"Open the books now.", "small groups of residents", ""},
		{"groups of people", "Groups of young people roamed the streets of the old town, shouting:\n\n\"This night is for Alexi!\"",
			"This night is for Alexi!", "groups of young people", ""},
		{"close to a number", "Close to forty councillors have signed a letter from Mayor Ann Lee, calling the budget \"reckless and unfair.\"",
			"reckless and unfair.", "", ""},
		{"a sentence without a subject", "Preys on our fears and our doubts, and calls people \"losers\" and \"sad.\"",
			"losers", "", ""},
		{"a plural of people before its verb", "Critics say the plan \"will fail within a year.\"",
			"will fail within a year.", "critics", ""},
		{"deputies", "Deputies said that the man has tattoos of \"devil's horns\" on his forehead.",
			"devil's horns", "deputies", ""},
		{"a number of people", "Dozens chanted \"Shame on the council\" as they marched west toward the town hall.",
			"Shame on the council", "", ""},
		{"a name named once", "Norvanta issued a statement on Monday, saying it \"regrets the delay.\"",
			"regrets the delay.", "Norvanta", ""},
		{"a common word shown a name", "Judge Ann Small heard the case.\n\nSmall adjourned the hearing on Monday, saying the filing was \"a shambles.\"",
			"a shambles.", "Ann Small", ""},
	})
}

// A role in lower case opening a sentence before a name gives the name
// ("Beat writer"), a common word opening the clause after a semicolon is
// no name, and a body in lower case after its owner is the owner's body.
func TestRoleClauseAndOwnedBodySpeakers(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a role opens the sentence before a name", "Beat writer Dana Pryce puts this in a one liner, saying the striker \"could sit out the final two games.\"\n\nIf the Kestrels beat Dunmore, they go up.",
			"could sit out", "Dana Pryce", "beat writer"},
		{"a role of two words before a name", "Stadium announcer Ann Lee watched him fall on Monday, calling the injury \"a nasty tear.\"",
			"a nasty tear", "Ann Lee", "stadium announcer"},
		{"a name before a role before a name", "Norvanta engineer Ann Lee spoke on Monday, calling the pipe \"a nasty leak.\" Ann Lee joined Norvanta in 2019.",
			"a nasty leak", "Ann Lee", "Norvanta engineer"},
		{"a name opens the sentence", "Dana Pryce puts this in a one liner, saying the striker \"could sit out the final two games.\"",
			"could sit out", "Dana Pryce", ""},
		{"a common word after a semicolon", "Mayor questions the fairness of the panel ahead of vote; \nTalk compared to 'stacking the deck' at a card game.\n\nMayor Ann Lee isn't saying much.",
			"stacking the deck", "", ""},
		{"a name after a semicolon", "The council met on Monday; Hale compared the plan to \"a cruel sum\" in a speech.",
			"a cruel sum", "Hale", ""},
		{"a ministry in lower case", "Dovria's foreign ministry said on Monday evening that any contact with the rebels would \"seriously damage\" relations between the two countries.",
			"seriously damage", "Dovria's foreign ministry", ""},
		{"a navy in lower case", "Last month, Dovria's navy said it had sunk a pirate \"mother vessel\" off the coast.",
			"mother vessel", "Dovria's navy", ""},
		{"a person's spokesman stays the person's", "Senator Tom Hale was mocked on Tuesday.\n\nHale's spokesman said the rival was \"a fraud.\"",
			"a fraud", "Hale's spokesman", ""},
	})
}
