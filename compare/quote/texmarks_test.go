package quote

import "testing"

// Some archives keep TeX's quotation marks: two backticks and two straight
// single marks around a double quotation, a backtick and a straight single
// mark around a single one, the closing mark at times after a space. Both
// are quotation marks, not stray backticks and apostrophes.
func TestTeXQuotationMarks(t *testing.T) {
	head := "Fire at the Corbel chapel\n\n"
	checkSpeakers(t, []speakerCase{
		{"double", head + "Mayor Sarah Lund apologized if the fire was linked to ``undue hostile attention'' the chapel drew.",
			"undue hostile attention", "Sarah Lund", "Mayor"},
		{"single", head + "Mayor Sarah Lund apologized if the fire was linked to `undue hostile attention' the chapel drew.",
			"undue hostile attention", "Sarah Lund", "Mayor"},
		{"single closed after a space", head + "Mayor Sarah Lund apologized if the fire was linked to `undue hostile attention ' the chapel drew.",
			"undue hostile attention", "Sarah Lund", "Mayor"},
		{"a sentence", head + "``We will rebuild it by spring,'' Sarah Lund said on Sunday.",
			"We will rebuild it by spring", "Sarah Lund", ""},
	})
}
