package quote

import "testing"

// A role of an owner's ("the ferry company's president") is the person
// the article gave that role with that owner, else the role itself: never
// the last person named or the one the passage was about, who was given no
// such role; "the spokesman" is the one named beside "a spokesman for X"
// ("A spokesman for X, Tom Hale,"), not X. A speech verb that is a noun an
// owner holds ("the mayor's chief demand") is no cue: the words are the
// sentence's speaker's.
func TestOwnedRoleIsNotTheLastNamed(t *testing.T) {
	charged := "Earlier this year, Ines Marlow, a former teacher at the Brackwater school, was charged in a shooting at the school.\n\n"
	checkSpeakers(t, []speakerCase{
		{"no one was given the role", charged + "Thursday's shooting came weeks after a driver shot four people.\n\nBut the ferry company's president said there was no record of \"unfair treatment.\"",
			"unfair treatment.", "the ferry company's president", ""},
		{"the role given with its owner", "Tom Reed, president of the ferry company, met the union on Monday.\n\n" + charged + "But the ferry company's president said, \"There is no record of it.\"",
			"There is no record of it.", "Tom Reed", "the ferry company's president"},
		{"a title naming the owner", "Ferry company president Tom Reed met the union on Monday.\n\n" + charged + "But the company's president said, \"There is no record of it.\"",
			"There is no record of it.", "Tom Reed", "the company's president"},
		{"the spokesman named after whom he speaks for", "A spokesman for Senator Dana Whitcombe, Tom Hale, said the bill was dead.\n\nPim Dekker, a fisherman, asked for a vote.\n\n\"There will be none,\" the spokesman said.",
			"There will be none", "Tom Hale", "the spokesman"},
		{"a body's spokesman named", "A spokesman for the Brackwater Port Authority, Tom Hale, said the pier was shut.\n\nPim Dekker, a fisherman, asked for a vote.\n\n\"There will be none,\" the spokesman said.",
			"There will be none", "Tom Hale", "the spokesman"},
		{"a spokesman not named is the senator's", "A spokesman for Senator Dana Whitcombe said the bill was dead.\n\nPim Dekker, a fisherman, asked for a vote.\n\n\"There will be none,\" the spokesman said.",
			"There will be none", "Dana Whitcombe's spokesman", ""},
		{"an owner's demand is no cue", "Senator Tom Hale spoke on Sunday.\n\nMr. Hale, a member of the harbor board, said that if the board gave in to the mayor’s chief demand, then “all of a sudden the talks shift to the pier, and we can do something.”",
			"all of a sudden the talks shift", "Tom Hale", "a member of the harbor board"},
	})
}
