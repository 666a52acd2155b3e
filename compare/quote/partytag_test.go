package quote

import "testing"

// A party and state tag in parentheses may be followed by a comma before
// the verb: the name before the tag is still its subject, and a role set
// off by commas after a name still wins.
func TestPartyTagBeforeComma(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"tag, comma, verb",
			"Rep. Tom Hale (R-Ohio), tweeted on Friday \"#Costa is pro tax. She has always wanted more tax.\"",
			"#Costa is pro tax", "Tom Hale", "Rep."},
		{"a role ending in a tag",
			"Ann Lee, the communications director for Rep. Tom Hale (R-Ohio), wrote that voters should \"try a little patience.\"",
			"try a little patience", "Ann Lee", "the communications director for Rep. Tom Hale (R-Ohio)"},
	})
}
