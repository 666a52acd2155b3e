package quote

import "testing"

// A party tag between commas is no name ("Sen. Tom Hale, R-Ohio, said",
// after a show's title whose comma stands inside its marks), and a role in
// lower case after an article names the person between the commas even
// when its noun is no title ("Another major conservative figure, Dan
// Reed, told …"), so a cue noun in the clause ("Lee's comments are") does
// not take the words.
func TestAppositiveRoles(t *testing.T) {
	lee := "Mayor Ann Lee spoke on Thursday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"a party tag after a show's title", lee + "Speaking on WXRT's \"Morning Hour,\" Sen. Tom Hale, R-Ohio, said Lee's comments were \"wildly inaccurate.\"",
			"wildly inaccurate", "Tom Hale", "Sen."},
		{"a party tag after but", lee + "But Rep. Tom Hale, R-Ohio, said \"any suggestion that this is about money is off base.\"",
			"any suggestion", "Tom Hale", "Rep."},
		{"a role with no title noun", lee + "Another major conservative figure, Dan Reed, told the Courier that Lee’s comments are “utterly irresponsible.”",
			"utterly irresponsible", "Dan Reed", "Another major conservative figure"},
		{"a role with no title noun, said", lee + "Another figure, Dan Reed, said: “It is sad.”",
			"It is sad", "Dan Reed", "Another figure"},
	})
}
