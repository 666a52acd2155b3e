package quote

import "testing"

// An advertisement speaks for whoever runs it: its owner ("the union's
// first ad"), or the subject of the sentence that launched it. One whose
// runner is already the speaker ("he released an ad describing himself
// as") keeps that speaker and no role.
func TestAdSpeaksForItsRunner(t *testing.T) {
	union := "The Ferry Riders Union said on Monday it would fight the bridge plan.\n\n"
	checkSpeakers(t, []speakerCase{
		{"the owner's ad", union + "The union's first ad called the mayor a “tired old man” for his plan.",
			"tired old man", "Ferry Riders Union", "the union's first ad"},
		{"the campaign the subject launched", union + "The union continued its fight this week, launching an advertising campaign attacking the mayor as a “reckless spender” for the bridge.",
			"reckless spender", "Ferry Riders Union", "an advertising campaign"},
		{"the runner already speaks", "Tom Reed is a sailor. In an appeal to voters, he released another ad in Brill describing himself as a “man of the river.”",
			"man of the river", "Tom Reed", ""},
	})
}

// "The ad says" speaks for the owner the article names for its ad in
// another sentence, before it ("X retorted with an ad of its own") or
// after it ("The ad, paid for by X, …"); an ad
// the article gives no owner stays the ad's, and a star of the ad is no
// owner.
func TestAdOwnerNamedElsewhere(t *testing.T) {
	star := "Mayor Ann Lee stars in a new ad set to air on Monday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"an ad of its own", "Tom Hale attacked the mayor's budget on Monday.\n\nThe Hale campaign retorted with an ad of its own Tuesday. The ad says: “She raised your taxes.”",
			"She raised your taxes", "Hale campaign", "the ad"},
		{"paid for after", star + "A voice at the end of the ad says: “Lee failed the harbor.”\n\nThe ad, paid for by the nonprofit group Harbor Freedom Fund, will run in three markets.",
			"Lee failed the harbor", "Harbor Freedom Fund", "the ad"},
		{"no owner named", star + "A voice at the end of the ad says: “Lee failed the harbor.”",
			"Lee failed the harbor", "the ad", ""},
	})
}
