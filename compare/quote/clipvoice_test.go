package quote

import "testing"

// A voice nobody names in a clip, "an unseen announcer concludes", is the
// announcer's, not the person the clip showed before; "X is shown saying"
// is X's.
func TestClipVoices(t *testing.T) {
	clip := "A new ad uses a clip of Mayor Ann Lee of Dunmore.\n\n"
	checkSpeakers(t, []speakerCase{
		{"shown saying", clip + "“The port will grow,” Ms. Lee is shown saying.",
			"The port will grow", "Ann Lee", ""},
		{"an announcer concludes", clip + "A soundtrack plays as the mayor continues. “We will build it.” Then an unseen announcer concludes: “Dunmore needs strength.”",
			"Dunmore needs strength", "an unseen announcer", ""},
		{"a cue set off by commas", "The mayor's plan was debated.\n\nIt is, said Rep. Tom Hale, D-Ohio, the mayor's “last bad idea.”",
			"last bad idea", "Tom Hale", "Rep."},
	})
}
