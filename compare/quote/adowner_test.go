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
