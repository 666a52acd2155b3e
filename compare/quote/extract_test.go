package quote

import (
	"strings"
	"testing"
)

// want is what a test expects of one extracted quotation.
type want struct {
	text, speaker, role, cue string
	partial                  bool
}

func TestExtractPatterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"quote then name said", `"We will win," Jane Doe said.`,
			[]want{{text: "We will win", speaker: "Jane Doe", cue: "said"}}},
		{"quote then said name", `"We will win," said Jane Doe.`,
			[]want{{text: "We will win", speaker: "Jane Doe", cue: "said"}}},
		{"colon", `Jane Doe said: "We will win."`,
			[]want{{text: "We will win.", speaker: "Jane Doe", cue: "said"}}},
		{"no colon", `Jane Doe said "We will win."`,
			[]want{{text: "We will win.", speaker: "Jane Doe", cue: "said"}}},
		{"told reporters", `Jane Doe told reporters "We will win."`,
			[]want{{text: "We will win.", speaker: "Jane Doe", cue: "told reporters"}}},
		{"according to", `"The plant will close," according to Acme Corp.`,
			[]want{{text: "The plant will close", speaker: "Acme Corp.", cue: "according to"}}},
		{"in a statement", `"We are proud of the result," the port's director John Smith said in a statement.`,
			[]want{{text: "We are proud of the result", speaker: "John Smith", role: "the port's director", cue: "said in a statement"}}},
		{"wrote", `"The numbers do not add up," Mary Jones wrote.`,
			[]want{{text: "The numbers do not add up", speaker: "Mary Jones", cue: "wrote"}}},
		{"added", `"It is a start," Mary Jones added.`,
			[]want{{text: "It is a start", speaker: "Mary Jones", cue: "added"}}},
		{"curly marks", "“We will win,” Jane Doe said.",
			[]want{{text: "We will win", speaker: "Jane Doe", cue: "said"}}},
		{"title split", `"Our results speak for themselves," Alibaba Group President Michael Evans said.`,
			[]want{{text: "Our results speak for themselves", speaker: "Michael Evans", role: "Alibaba Group President", cue: "said"}}},
		{"honorific title", `"No," Sen. Jane Doe said.`,
			[]want{{text: "No", speaker: "Jane Doe", role: "Sen.", cue: "said"}}},
		{"appositive before verb", `"We are ready," Jane Doe, the port's director, said.`,
			[]want{{text: "We are ready", speaker: "Jane Doe", role: "the port's director", cue: "said"}}},
		{"appositive after name", `"We are ready," said Jane Doe, the port's director.`,
			[]want{{text: "We are ready", speaker: "Jane Doe", role: "the port's director", cue: "said"}}},
		{"parenthesis", `"Subpoenas are not optional," Rep. Jason Chaffetz (R-Utah) said.`,
			[]want{{text: "Subpoenas are not optional", speaker: "Jason Chaffetz", role: "Rep.", cue: "said"}}},
		{"possessive and role", "Tara Reid entered rehab.\n\n\"She is doing well,\" Reid's rep told Us.",
			[]want{{text: "She is doing well", speaker: "Reid's rep", cue: "told Us"}}},
		{"owned role, then the name", "Politico reported it. Grimm's lawyer, William McGinley, said in a statement that the office \"has disclosed its intent.\"",
			[]want{{text: "has disclosed its intent.", speaker: "William McGinley", role: "Grimm's lawyer", cue: "said", partial: true}}},
		{"name after the verb", "\"We are disappointed,\" said the statement from Grimm's attorney, William McGinley.",
			[]want{{text: "We are disappointed", speaker: "William McGinley", role: "Grimm's attorney", cue: "said"}}},
		{"titled owner", "After the hearing, Mr. Jackson's lawyer, Reid H. Weingarten, said his client had \"come to terms with his misconduct.\"",
			[]want{{text: "come to terms with his misconduct.", speaker: "Reid H. Weingarten", role: "Mr. Jackson's lawyer", cue: "said", partial: true}}},
		{"paragraph ends without a stop", "The statement came from John Danforth and Jim Talent\n\nRomney released a statement saying: \"He should exit the race.\"",
			[]want{{text: "He should exit the race.", speaker: "Romney", cue: "saying"}}},
		{"closing mark misprinted after its space", "Jane Doe, a juror, spoke.\n\n\"Everyone was respectful, \"said Jane Doe, one of six women on the panel.\n\n\"We would not back down.\"",
			[]want{{text: "Everyone was respectful", speaker: "Jane Doe", cue: "said"}, {text: "We would not back down.", speaker: "Jane Doe"}}},
		{"pronoun past a subject of unknown sex", "Tara Reid spent the decade out.\n\nThe actress checked into a clinic, according to her publicist, Jack Ketsoyan.\n\n\"We appreciate your respect,\" he said.",
			[]want{{text: "We appreciate your respect", speaker: "Jack Ketsoyan", cue: "said"}}},
		{"pronoun after an owned role and its name", "Rep. Michael Grimm is expected to be indicted.\n\nPolitico was first to report it.\n\nGrimm's lawyer, William McGinley, said in a statement that the office \"has disclosed its intent.\"\n\n\"We are disappointed,\" he said.",
			[]want{{text: "has disclosed its intent.", speaker: "William McGinley", role: "Grimm's lawyer", cue: "said", partial: true},
				{text: "We are disappointed", speaker: "William McGinley", cue: "said"}}},
		{"pronoun after an owned role without a name", "Mayor Ana Costa will be charged with fraud, prosecutors said on Monday.\n\nCosta's lawyer said in a statement that the charges were \"baseless.\"\n\n\"We will fight this in court,\" he said.",
			[]want{{text: "baseless.", speaker: "Costa's lawyer", cue: "said", partial: true},
				{text: "We will fight this in court", speaker: "Costa's lawyer", cue: "said"}}},
		{"pronoun after an owned kin of the other sex", "Mayor Ana Costa will be charged with fraud, prosecutors said on Monday.\n\nCosta's husband said in a statement that the charges were \"baseless.\"\n\n\"I have done nothing wrong,\" she said.",
			[]want{{text: "baseless.", speaker: "Costa's husband", cue: "said in a statement", partial: true},
				{text: "I have done nothing wrong", speaker: "Ana Costa", cue: "said"}}},
		{"pronoun after the last speaker's quotation", "Rep. Jane Roe declined to comment on the cover.\n\nThe group's president, Morgan Hart, said: \"The cover is sexist.\"\n\n\"It is something you say of wrestlers,\" she said.",
			[]want{{text: "The cover is sexist.", speaker: "Morgan Hart", role: "The group's president", cue: "said"},
				{text: "It is something you say of wrestlers", speaker: "Morgan Hart", cue: "said"}}},
		{"pronoun after a speaker whose first name tells no sex", "Rep. Jane Roe declined to comment on the cover.\n\nThe group's president, Terry Hart, said: \"The cover is sexist.\"\n\n\"It is something you say of wrestlers,\" she said.",
			[]want{{text: "The cover is sexist.", speaker: "Terry Hart", role: "The group's president", cue: "said"},
				{text: "It is something you say of wrestlers", speaker: "Terry Hart", cue: "said"}}},
		{"pronoun after a speaker whose role tells her sex", "The veto angered the families.\n\n\"They are wrong,\" said widow Robin Strand.\n\nJordan Pike, the governor, met Strand for an hour.\n\n\"Let us be heard,\" she said.",
			[]want{{text: "They are wrong", speaker: "Robin Strand", role: "widow", cue: "said"},
				{text: "Let us be heard", speaker: "Robin Strand", cue: "said"}}},
		{"pronoun after a name past a broken possessive", "Tara Reid checked into rehab, according to her publicist, Jack Ketsoyan.\n\n\"We appreciate your respect,\" he said.\n\nKetsoyan did not say what Reid is being treated for.\n\nThe move comes as a surprise to Reunion Pictures ' Matthew O'Connor, who coproduced Reid last year.\n\n\"Tara was 100 percent professional,\" he told E! News.",
			[]want{{text: "We appreciate your respect", speaker: "Jack Ketsoyan", cue: "said"},
				{text: "Tara was 100 percent professional", speaker: "Matthew O'Connor"}}},
		{"numbered title", "The jury met for four days.\n\n\"Everyone was respectful, \"said Juror No. 8, one of six women on the panel.\n\n\"We were searching,\" Juror No. 12 said.",
			[]want{{text: "Everyone was respectful", speaker: "Juror No. 8", cue: "said"},
				{text: "We were searching", speaker: "Juror No. 12", cue: "said"}}},
		{"opening clause's subject is not the speaker", "After reporter Jane Doe finished her question, Sen. Tom Hale stormed back, leaned into her and said, \"Do not ask me that again.\"",
			[]want{{text: "Do not ask me that again.", speaker: "Tom Hale", role: "Sen.", cue: "said"}}},
		{"opening clause's subject, then a surname", "Mayor Tom Hale left the hall.\n\nWhen officer Ray Long stopped him, Hale turned round and said, \"Leave me alone.\"",
			[]want{{text: "Leave me alone.", speaker: "Tom Hale", cue: "said"}}},
		{"later clause's subject continues", "Christie called Clinton a disgrace after Jane Doe attacked officers and said \"they are the problem.\"",
			[]want{{text: "they are the problem.", speaker: "Jane Doe", cue: "said", partial: true}}},
		{"outlet named with a bang", "\"She came in prepared,\" Tom Hale told E! News. \"Nobody worked harder.\"",
			[]want{{text: "She came in prepared", speaker: "Tom Hale", cue: "told E! News"},
				{text: "Nobody worked harder.", speaker: "Tom Hale"}}},
		{"pronoun's role", "Tara Reid entered rehab.\n\n\"She is doing well,\" her rep told reporters.",
			[]want{{text: "She is doing well", speaker: "Tara Reid's rep", cue: "told reporters"}}},
		{"role's role", "Actress Tara Reid entered rehab.\n\n\"She is doing well,\" the actress's publicist said.",
			[]want{{text: "She is doing well", speaker: "Tara Reid's publicist", cue: "said"}}},
		{"pronoun", "Mayor Ann Lee spoke on Monday.\n\n\"The city is safe,\" she said.",
			[]want{{text: "The city is safe", speaker: "Ann Lee", cue: "said"}}},
		{"the company", "Acme Corp. cut 300 jobs. \"Times are hard,\" the company said.",
			[]want{{text: "Times are hard", speaker: "Acme Corp.", cue: "said"}}},
		{"surname expands", "Jane Doe spoke first. \"We will win,\" Doe said.",
			[]want{{text: "We will win", speaker: "Jane Doe", cue: "said"}}},
		{"partial", `Jane Doe called the plan "a disaster" on Monday.`,
			[]want{{text: "a disaster", speaker: "Jane Doe", cue: "called", partial: true}}},
		{"two partials", `Jane Doe called the plan "a disaster" and "a joke."`,
			[]want{{text: "a disaster", speaker: "Jane Doe", cue: "called", partial: true},
				{text: "a joke.", speaker: "Jane Doe", partial: true}}},
		{"continuation in paragraph", `"We will win," Jane Doe said. "Nobody can stop us."`,
			[]want{{text: "We will win", speaker: "Jane Doe", cue: "said"},
				{text: "Nobody can stop us.", speaker: "Jane Doe"}}},
		{"continuation paragraph", "\"We will win,\" Jane Doe said.\n\n\"Nobody can stop us.\"",
			[]want{{text: "We will win", speaker: "Jane Doe", cue: "said"},
				{text: "Nobody can stop us.", speaker: "Jane Doe"}}},
		{"colon paragraph", "Jane Doe continued:\n\n\"The health issue is partisan.\"",
			[]want{{text: "The health issue is partisan.", speaker: "Jane Doe", cue: "continued"}}},
		{"nested single quotes", `"He told me, 'Go home,' and I did," Jane Doe said.`,
			[]want{{text: "He told me, 'Go home,' and I did", speaker: "Jane Doe", cue: "said"}}},
		{"nested double quotes", `"I read the question: “Are you ready?” Yes," Jane Doe said.`,
			[]want{{text: "I read the question: “Are you ready?” Yes", speaker: "Jane Doe", cue: "said"}}},
		{"dash signature", `"I am ashamed of this campaign." ― Karen Lopez`,
			[]want{{text: "I am ashamed of this campaign.", speaker: "Karen Lopez", cue: "―"}}},
		{"transcript labels", "Partial transcript:\n\n\"WALLACE: Why would he do that?\n\n\"PENCE: Well, look, it is serious business.\"",
			[]want{{text: "Why would he do that?", speaker: "Wallace", cue: ":"},
				{text: "Well, look, it is serious business.", speaker: "Pence", cue: ":"}}},
		// Speakers known by description are the speakers, labelled as
		// described; a definite one takes up the indefinite one before.
		{"institution before", `The council said: "Roads are closed."`,
			[]want{{text: "Roads are closed.", speaker: "the council", cue: "said"}}},
		{"institution after", `"Nobody was hurt," the council said.`,
			[]want{{text: "Nobody was hurt", speaker: "the council", cue: "said"}}},
		{"institution with a modifier", `The fire brigade said: "The blaze is out."`,
			[]want{{text: "The blaze is out.", speaker: "the fire brigade", cue: "said"}}},
		{"unnamed officer", `"It was a total loss," a fire officer said.`,
			[]want{{text: "It was a total loss", speaker: "a fire officer", cue: "said"}}},
		{"unnamed officer after the verb", `"It was a total loss," said a fire officer.`,
			[]want{{text: "It was a total loss", speaker: "a fire officer", cue: "said"}}},
		{"spokeswoman of a named body", `A Kestrel Police spokeswoman said: "The fire spread fast."`,
			[]want{{text: "The fire spread fast.", speaker: "a Kestrel Police spokeswoman", cue: "said"}}},
		{"bare plural body", `The mill is being treated as a crime scene. "Nobody may enter," police said.`,
			[]want{{text: "Nobody may enter", speaker: "police", cue: "said"}}},
		{"the body named before", "Dunmore Council closed the road.\n\n\"It will open on Monday,\" the council said.",
			[]want{{text: "It will open on Monday", speaker: "Dunmore Council", cue: "said"}}},
		{"the official taken up", "Mayor Ann Lee spoke first.\n\nA senior fire department official said crews were held back.\n\n\"Minutes were lost,\" the official said.",
			[]want{{text: "Minutes were lost", speaker: "a senior fire department official", cue: "said"}}},
		{"the spokesperson for a body", "A spokesperson for Norvanta says the firm cares.\n\nMayor Ann Lee disagreed.\n\n\"We obey the law,\" the spokesperson said.",
			[]want{{text: "We obey the law", speaker: "Norvanta", role: "spokesperson", cue: "said"}}},
		{"a new clause after the quotation", `Kelly said a neighbour heard a guard yell, "Stop there!" but a source said nobody was near.`,
			[]want{{text: "Stop there!", speaker: "Kelly", cue: "said"}}},
		{"she is the described speaker before", "A fire destroyed the mill.\n\nA police spokeswoman said roads were shut, but the spokeswoman said they had reopened.\n\nShe added: \"The focus has been safety.\"",
			[]want{{text: "The focus has been safety.", speaker: "a police spokeswoman", cue: "added"}}},
		{"she is the one named in her sentence", "A fire destroyed the mill.\n\nA police source said nobody asked.\n\nA police spokesman said that when Ada Venn was asked, she told them she was \"too far away.\"",
			[]want{{text: "too far away.", speaker: "Ada Venn", cue: "told", partial: true}}},
		{"a friend of someone", "Actress Ada Venn entered a clinic.\n\n\"Her family is behind her,\" a friend of the actress said.",
			[]want{{text: "Her family is behind her", speaker: "a friend of the actress", cue: "said"}}},
		{"it is the body that spoke before", "Kestrel Police closed the road.\n\nA statement from Brambles said the shop would reopen.\n\n\"We regret the inconvenience,\" it added.",
			[]want{{text: "We regret the inconvenience", speaker: "Brambles", cue: "added"}}},
		{"name before a role at a body", `Ruth Amble, Chief Fire Officer at Kestrel Fire and Rescue Service says the mill is "a total loss".`,
			[]want{{text: "a total loss", speaker: "Ruth Amble", role: "Chief Fire Officer at Kestrel Fire and Rescue Service", cue: "says", partial: true}}},
		{"a gerund opening a sentence is no name", "The gala chose Hugh Jackman as host.\n\nHaving Jackman host fits the theme.\n\n\"I never imagined it,\" he said.",
			[]want{{text: "I never imagined it", speaker: "Hugh Jackman", cue: "said"}}},
		// Words a body classes a thing as, in the same clause, are the
		// body's, not the writer's scare quote.
		{"treated by a body as", `The mill fire, which is being treated by police as "potentially suspicious", spread fast.`,
			[]want{{text: "potentially suspicious", speaker: "police", cue: "treated", partial: true}}},
		{"a body treating it as", `Police are treating the mill fire as "potentially suspicious".`,
			[]want{{text: "potentially suspicious", speaker: "police", cue: "treating", partial: true}}},
		{"treated as, a body said", `The mill fire is being treated as "potentially suspicious", police said.`,
			[]want{{text: "potentially suspicious", speaker: "police", cue: "said", partial: true}}},
		{"treated as, by nobody", `The mill fire is being treated as "potentially suspicious" this week.`, nil},
		// A closing mark misprinted against the next word ends its
		// quotation there: the span stays short.
		{"misprinted close before a noun", `"Moonrise "author Ada Venn confirmed the news on her website on Saturday morning.`, nil},
		{"misprinted close before a preposition", `Tom Hale, 37, has also been charged with the "unlawful use "of his service weapon and was remanded in custody.`,
			[]want{{text: "unlawful use", partial: true}}},
		{"straight marks nested", `"He called it "a disaster" on air," Jane Doe said.`,
			[]want{{text: `He called it "a disaster" on air`, speaker: "Jane Doe", cue: "said"}}},
		// A title or term the sentence goes on to use is no quotation.
		{"title read on into the sentence", `Tom Hale praised Ada Venn, saying "Moonrise Falls" sparked his interest in politics.`, nil},
		{"term opening a sentence", `"Hot pursuit" empowers the navy to cross the border.`, nil},
		{"title opening a sentence", `"Moonrise" will be adapted for the screen by Ada Venn.`, nil},
		{"title said to be something", `The Reporter said "Moonrise," which is expected to cost more, opens in May.`, nil},
		// Titles and words mentioned as words are no quotations; words
		// "as X says" are X's.
		{"a word not used", `Though he doesn't use the word "cuts," the plan would slow the growth of benefits, the Budget Office said.`, nil},
		{"a phrase used", `Hale has used the phrase "clean sweep" often in his campaign.`,
			[]want{{text: "clean sweep", speaker: "Hale", cue: "phrase", partial: true}}},
		{"a title after a work noun", `Early ratings were poor, said Ada Venn, author of the 2005 book "The Long Night: Highs and Lows Backstage at the Gala."`, nil},
		{"a title in a role", `"A strike would be horrible," said Tom Hale, the director of "Moonrise Falls" whose new film opens soon.`,
			[]want{{text: "A strike would be horrible", speaker: "Tom Hale", role: `the director of "Moonrise Falls"`, cue: "said"}}},
		{"as X claims", `Hale says the plan will save the fund, not "end" it, as the Venn campaign claims.`,
			[]want{{text: "end", speaker: "Venn campaign", cue: "claims", partial: true}}},
		{"scare quote", `The so-called "experts" were wrong about the bridge.`, nil},
		{"title", `The company was put back on the US "Notorious Markets" list.`, nil},
		{"show title with cue", `Sanders told MSNBC's "Morning Joe" that nobody would question it.`, nil},
		{"show title after a plural possessive", `On Harbor News' "Tidewatch," Ada Venn called on the council to act.`, nil},
		{"show title after a plural possessive, curly", "On Harbor News’ “Tidewatch,” Ada Venn called on the council to act.", nil},
		{"show told words", "Ada Venn praised Tom Hale on Monday. \"And to be honest with you, I hope he can,\" she told \"Today.\"",
			[]want{{text: "And to be honest with you, I hope he can", speaker: "Ada Venn", cue: "told"}}},
		{"a bare plural body of experts", "Tom Hale, 15, was shot on Saturday. Forensic experts said the bullet was \"a bit deformed\" and had ricocheted.",
			[]want{{text: "a bit deformed", speaker: "Forensic experts", cue: "said", partial: true}}},
		{"show told, then that", `Tom Hale told "Good Morning America" that the bill would pass.`, nil},
		{"an answer word before a noun", `Members of the guild said a "yes" vote does not automatically put a strike into effect.`, nil},
		{"an answer word before a noun, with a cue", `The union urged a "no" vote on the contract, Tom Hale said.`, nil},
		{"a word before a noun that is said", `Tom Hale called it a "shameful" attack on the port.`,
			[]want{{text: "shameful", speaker: "Tom Hale", cue: "called", partial: true}}},
		// A name in the clause a verb of saying reports is what was said:
		// the next "he said" is the one who said it.
		{"a subject after a comma inside a show's title, and a name it reports",
			"Republicans kept up pressure on party Chairman Ken Brill on Sunday. The backlash built as some called for his resignation. Speaking on \"Sunday Focus,\" Sen. Tom Hale would not go that far but said Brill must apologize to the troops.\n\n\"Chairman Brill needs to apologize to our military,\" he said.",
			[]want{{text: "Chairman Brill needs to apologize to our military", speaker: "Tom Hale", cue: "said"}}},
		{"a name reported by the subject of the sentence before",
			"Conservative economist Orla Quell, who studies tax policy, said Jane Brill did not clarify the matter.\n\n\"I don't see details,\" she said after reading the outline.",
			[]want{{text: "I don't see details", speaker: "Orla Quell", cue: "said"}}},
		{"an inverted speaker after a clause is no reported name",
			"Many feel watched by the police, said Tom Hale, 35, who works with young men.\n\n\"I understand the state of mind,\" he said.",
			[]want{{text: "I understand the state of mind", speaker: "Tom Hale", cue: "said"}}},
		{"a relative clause ending in a title's marks before the verb",
			`Actor Tom Hale, who on Thursday earned a nomination for his work in "Harbor Lights," said strike worries are hitting "everyone."`,
			[]want{{text: "everyone.", speaker: "Tom Hale", role: "Actor", cue: "said", partial: true}}},
		{"a verb of naming before someone's comments",
			`Sen. Tom Hale spoke on Sunday. He called Ken Brill's comments "unacceptable" and "inaccurate."`,
			[]want{{text: "unacceptable", speaker: "Tom Hale", partial: true},
				{text: "inaccurate.", speaker: "Tom Hale", cue: "called", partial: true}}},
		// A speaker known by a role outside the closed lists is that
		// role; a document that says is no one.
		{"a role outside the lists", `"The tide turned early," the harbor master said.`,
			[]want{{text: "The tide turned early", speaker: "the harbor master", cue: "said"}}},
		{"an inverted role outside the lists", `"It was chaos," said a family friend.`,
			[]want{{text: "It was chaos", speaker: "a family friend", cue: "said"}}},
		{"a role then the name", `"I was surprised," said the legislator, Representative Carl Seel.`,
			[]want{{text: "I was surprised", speaker: "Carl Seel", role: "Representative", cue: "said"}}},
		{"a role before a colon", `During a debate, a friend commented: "Immigration is the most important reason."`,
			[]want{{text: "Immigration is the most important reason.", speaker: "a friend", cue: "commented"}}},
		{"a document with no author speaks as itself", `"Taxes must rise," the lawsuit says.`,
			[]want{{text: "Taxes must rise", speaker: "the lawsuit", cue: "says"}}},
		{"a time is no speaker", `The union pushed back but at the same time acknowledged "benefit adjustments" would be needed.`,
			[]want{{text: "benefit adjustments", partial: true}}},
		{"nickname", `Rep. Robert C. "Bobby" Scott threw open his house.`, nil},
		{"film title", `Her new documentary "13th" debuts on Friday.`, nil},
		{"markup", `<tweet author="carlquintanilla" id="7">The blue arrow is Warren.`, nil},
		{"apostrophes", `Don't touch Alibaba's 90s rock 'n' roll records, he said.`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.text, nil)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes %v, want %d", len(got), describe(got), len(tt.want))
			}
			for i, w := range tt.want {
				q := got[i]
				g := want{q.Text, q.Speaker, q.Role, q.Cue, q.Partial}
				if w.cue == "" {
					g.cue = "" // a continuation's cue is not checked
				}
				if g != w {
					t.Errorf("quote %d = %+v, want %+v", i, g, w)
				}
				checkOffsets(t, tt.text, q)
			}
		})
	}
}

func TestExtractMultiParagraph(t *testing.T) {
	text := "Jane Doe explained her plan.\n\n\"First we fix the roads.\n\n\"Then we fix the schools,\" she said."
	got := Extract(text, nil)
	if len(got) != 1 {
		t.Fatalf("got %v, want one quote over two paragraphs", describe(got))
	}
	q := got[0]
	if q.Text != "First we fix the roads. Then we fix the schools" || len(q.Parts) != 2 {
		t.Errorf("text %q with %d parts", q.Text, len(q.Parts))
	}
	if q.Speaker != "Jane Doe" || text[q.SpeakerStart:q.SpeakerEnd] != "she" {
		t.Errorf("speaker %q from %q, want Jane Doe from the pronoun", q.Speaker, text[q.SpeakerStart:q.SpeakerEnd])
	}
	checkOffsets(t, text, q)
}

// A text that sets each sentence as a paragraph splits a quotation
// without a mark opening each paragraph: it runs to the paragraph whose
// first mark closes, and is attributed there. A mark that opens, or one
// too far on, ends nothing.
func TestExtractUnmarkedParagraphs(t *testing.T) {
	text := "Jane Doe explained her plan.\n\n\"First we fix the roads.\n\nThen we fix the schools.\n\nThen the bridges,\" she said.\n\nThe council met later."
	got := Extract(text, nil)
	if len(got) != 1 {
		t.Fatalf("got %v, want one quote over three paragraphs", describe(got))
	}
	q := got[0]
	if q.Text != "First we fix the roads. Then we fix the schools. Then the bridges" || len(q.Parts) != 3 || q.Speaker != "Jane Doe" || q.Cue != "said" {
		t.Errorf("text %q with %d parts, speaker %q, cue %q", q.Text, len(q.Parts), q.Speaker, q.Cue)
	}
	checkOffsets(t, text, q)

	for name, text := range map[string]string{
		"an opening mark": "Jane Doe explained her plan.\n\n\"First we fix the roads.\n\nThe council called it \"a plan\" on Monday.",
		"too far":         "Jane Doe explained her plan.\n\n\"First we fix the roads." + strings.Repeat("\n\nThe council met.", maxUnmarkedParas) + "\n\nThen the bridges,\" she said.",
	} {
		for _, q := range Extract(text, nil) {
			if len(q.Parts) > 1 || strings.Contains(q.Text, "council") {
				t.Errorf("%s: a quotation ran on into the paragraphs after it: %q", name, q.Text)
			}
			checkOffsets(t, text, q)
		}
	}
}

// A publication named like a person ("Us Weekly", "Coastline Daily") is
// an organisation: "she" later in the article is not the magazine she
// told something.
func TestAMagazineIsNoPerson(t *testing.T) {
	text := "Actress checks into rehab\n\nThree years ago, Reid, who has launched a new fashion line, opened up about her party image.\n\n" +
		"\"My picture is taken only when I have a cup in my hand,\" she told Us Weekly.\n\n\"I am so happy with where I am right now.\n\nI do not need to do anything anymore,\" she added."
	got := Extract(text, nil)
	if len(got) != 2 {
		t.Fatalf("got %v, want two quotes", describe(got))
	}
	for _, q := range got {
		if q.Speaker == "Us Weekly" {
			t.Errorf("%q is given to the magazine", q.Text)
		}
	}
}

func TestExtractUsesGivenSentences(t *testing.T) {
	text := `Jane Doe spoke. "We will win." Then she left.`
	sents := []Span{{0, 15}, {16, 30}, {31, len(text)}}
	got := Extract(text, sents)
	if len(got) != 1 || got[0].Text != "We will win." {
		t.Fatalf("got %v", describe(got))
	}
}

// checkOffsets asserts the invariants every quotation keeps.
func checkOffsets(t *testing.T, text string, q Quote) {
	t.Helper()
	if q.Start < 0 || q.Start > q.End || q.End > len(text) || len(q.Parts) == 0 {
		t.Fatalf("bad span %d..%d of %d, %d parts", q.Start, q.End, len(text), len(q.Parts))
	}
	var parts []string
	for _, p := range q.Parts {
		if p.Start < q.Start || p.End > q.End || p.Start > p.End {
			t.Fatalf("part %v outside %d..%d", p, q.Start, q.End)
		}
		parts = append(parts, text[p.Start:p.End])
	}
	if strings.Join(parts, " ") != q.Text {
		t.Errorf("Text %q is not its parts %q", q.Text, parts)
	}
	if (q.SpeakerStart < 0) != (q.Speaker == "") || q.SpeakerStart > q.SpeakerEnd || q.SpeakerEnd > len(text) {
		t.Errorf("speaker %q at %d..%d", q.Speaker, q.SpeakerStart, q.SpeakerEnd)
	}
}

func describe(qs []Quote) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text+" | "+q.Speaker+" | "+q.Cue)
	}
	return out
}

func TestTheCompanyIsABusiness(t *testing.T) {
	text := "Norvanta boss Anders Kolberg flew in for the vote.\n\n" +
		"Marcus Tiller, president of Coastal Longshore Union Local 31, stayed away.\n\n" +
		"The company tweeted that it was \"proud to call Brackwater home.\""
	qs := Extract(text, nil)
	if len(qs) != 1 || qs[0].Speaker != "Norvanta" {
		t.Errorf("quotes %+v; want one, from Norvanta (the company), not the union mentioned last", qs)
	}
}

// A verb in -ing that opens a sentence after a quotation's closing mark is
// no first name: "... 2012.\u201d Amplifying the Romney campaign message, he
// said" named a person "Amplifying the Romney", and the subject was lost.
func TestAGerundAfterAClosingMarkIsNoName(t *testing.T) {
	text := "Tom Hale called it \u201cutter failure.\u201d Amplifying the Quell message, he said more."
	d := &doc{text: text, paras: paragraphs(text)}
	d.toks, d.low = tokenize(text)
	for i, tk := range d.toks {
		if text[tk.s:tk.e] == "Amplifying" && d.isName(i) {
			t.Fatalf("%q is read as a name after a closing mark", "Amplifying")
		}
	}
}
