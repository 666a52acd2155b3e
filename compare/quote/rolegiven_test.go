package quote

import "testing"

// A role noun ("the mayor") is the person the article gave that role, by a
// title or an appositive on either side of the name, nearest before it;
// when the article gives no one the role, the speaker is the role itself,
// never the nearest name. An epithet ("the Brackwater businessman") may
// stand for the one the passage is about, but not for someone given
// another office or a newsroom's job. A role of an owner's ("the ferry line's president") is
// not someone given the role of another body. A clause after a semicolon
// that goes on from the words ("; the mayor added that") gives them their
// speaker, and a relative clause does not hide the subject of "said".
func TestRoleNounIsWhomTheArticleGaveIt(t *testing.T) {
	const holder = "Beat writer Larry Holder said the team was \"in real trouble.\"\n\n"
	const quote = "\"This is a sad day for the town,\" the mayor said."
	checkSpeakers(t, []speakerCase{
		{"no one is given the role", "The ferry pier was shut on Monday.\n\n" + holder + quote,
			"This is a sad day", "the mayor", ""},
		{"a writer is no mayor", "Larry Holder, a beat writer, said the team was \"in real trouble.\"\n\n" + quote,
			"This is a sad day", "the mayor", ""},
		{"a name given no role is not the mayor", "Larry Holder said the team was \"in real trouble.\"\n\n" + quote,
			"This is a sad day", "the mayor", ""},
		{"nor is the subject just before", "Tom Reed shut the pier on Monday.\n\n" + quote,
			"This is a sad day", "the mayor", ""},
		{"an epithet stands for the one the passage is about", "Tom Reed shut the pier on Monday.\n\n\"This is a sad day for the town,\" the Brackwater businessman said.",
			"This is a sad day", "Tom Reed", "the Brackwater businessman"},
		{"but not for someone given another office", "Gov. Ann Lee toured the pier on Monday.\n\n\"We will fight on,\" the Vermont senator said.",
			"We will fight on", "the Vermont senator", ""},
		{"a title", "Mayor Tom Reed shut the pier on Monday.\n\n" + holder + quote,
			"This is a sad day", "Tom Reed", "the mayor"},
		{"the place's mayor before the name", "The Brackwater mayor Tom Reed shut the pier on Monday.\n\n" + holder + quote,
			"This is a sad day", "Tom Reed", "the mayor"},
		{"an owner's role before a comma", "Brackwater's mayor, Tom Reed, shut the pier on Monday.\n\n" + holder + quote,
			"This is a sad day", "Tom Reed", "the mayor"},
		{"an appositive after the name", "Tom Reed, the mayor of Brackwater, shut the pier on Monday.\n\n" + holder + quote,
			"This is a sad day", "Tom Reed", "the mayor"},
		{"a relative clause gives the role", "Tom Reed, who was elected mayor in 2019, shut the pier on Monday.\n\n" + holder + quote,
			"This is a sad day", "Tom Reed", "the mayor"},
		{"an aide to the mayor is not the mayor", "Tom Reed, an aide to the mayor, shut the pier on Monday.\n\n" + holder + quote,
			"This is a sad day", "the mayor", ""},
		{"the vice president is not the president", "President Ann Lee flew home.\n\nVice President Jim Hale stayed behind.\n\n\"We will fight on,\" the president said.",
			"We will fight on", "Ann Lee", "the president"},
		{"nor the president the vice president", "President Ann Lee flew home.\n\nVice President Jim Hale stayed behind.\n\n\"We will fight on,\" the vice president said.",
			"We will fight on", "Jim Hale", "the vice president"},
		{"the running mate is not the nominee", "Nominee Ann Lee spoke first.\n\nDemocratic vice presidential nominee Jim Hale spoke later.\n\n\"We will fight on,\" the nominee said.",
			"We will fight on", "Ann Lee", "the nominee"},
		{"the governor sentence-first keeps a small role", "Gov. Ann Lee signed the bill.\n\nThe governor said: \"We will fight on.\"",
			"We will fight on.", "Ann Lee", "the governor"},
		{"another body's president", "Park Dunn, president of Brackwater Rowing Club, watched the race.\n\nThe ferry line's drivers went on strike.\n\nBut the ferry line's president said the strike was \"a pity.\"",
			"a pity", "the ferry line's president", ""},
		{"the company is no council", "Brackwater Council closed the pier on Monday.\n\n\"We had no choice,\" the company said.",
			"We had no choice", "the company", ""},
		{"a company never named", "Jim Hale walked out on Monday.\n\n\"We had no choice,\" the company said.",
			"We had no choice", "the company", ""},
		{"a relative clause before the verb", "Mayor Tom Reed shut the pier.\n\n\"We had no choice,\" the company that runs the ferries said.",
			"We had no choice", "the company", ""},
		{"after a semicolon, the mayor added", "Mayor Tom Reed opened the meeting on Monday.\n\n" + holder + "\"This is a sad day for the town\"; the mayor added that he would seek new investors.",
			"This is a sad day", "Tom Reed", "the mayor"},
		{"after a semicolon, no mayor given", "Dovria's foreign ministry said the tariffs were \"a serious mistake.\"\n\n\"This is a sad day for the town\"; the mayor added that she would seek new investors.",
			"This is a sad day", "the mayor", ""},
	})
}
