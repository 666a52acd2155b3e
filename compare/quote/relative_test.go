package quote

import "testing"

// "said his brother" is the brother of the one "his" stands for, or the
// person the article named before as that one's brother; a name set
// beside the relation is the speaker.
func TestRelativeSpeaker(t *testing.T) {
	named := "Ben Quill, 40, drowned off Pell Point on Sunday.\n\nOtto Quill, Ben's older brother, spoke briefly from the family home on Monday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"named before, after the verb", named + "“He swam there every morning,” said his brother.",
			"He swam there every morning", "Otto Quill", "Ben's older brother"},
		{"named before, before the verb", named + "“He swam there every morning,” his brother said.",
			"He swam there every morning", "Otto Quill", "Ben's older brother"},
		{"named before the relation", "Ben Quill, 40, drowned off Pell Point on Sunday.\n\nBen's brother Otto Quill spoke on Monday.\n\n“He swam there every morning,” said his brother.",
			"He swam there every morning", "Otto Quill", "Ben's brother"},
		{"no one named", "Ben Quill, 40, drowned off Pell Point on Sunday.\n\n“He swam there every morning,” said his brother.",
			"He swam there every morning", "Ben Quill's brother", ""},
		{"a name beside", "Ben Quill, 40, drowned off Pell Point on Sunday.\n\n“He swam there every morning,” said his brother, Otto Quill.",
			"He swam there every morning", "Otto Quill", "his brother"},
		{"another relation", named + "“He swam there every morning,” said his sister.",
			"He swam there every morning", "Otto Quill's sister", ""},
	})
}
