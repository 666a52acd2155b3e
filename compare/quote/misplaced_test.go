package quote

import "testing"

// A closing mark printed after its space, before the speaker's name
// (`step in, "Reyes said.`), still closes: the quotation does not swallow
// the attribution and the paragraphs after it, and the speaker is found,
// the Reyes the passage is about, not the one the lede named.
func TestMisplacedCloseBeforeName(t *testing.T) {
	text := "Assistant general manager Tony Reyes was appointed coach for the rest of the season.\n\n" +
		"Reyes has spent 19 seasons with the club.\n\n" +
		"His son, T.J. Reyes, is a guard for Brackwater and he said after the win that he was excited his father had a chance to coach.\n\n" +
		"\"I think it is unfortunate for Mo, he is a great coach, but my dad is ready to step in, \"Reyes said.\n\n" +
		"\"This caught us by surprise.\n\nWe had no idea.\""
	qs := Extract(text, nil)
	want := []string{"I think it is unfortunate for Mo, he is a great coach, but my dad is ready to step in", "This caught us by surprise. We had no idea."}
	if len(qs) != len(want) {
		t.Fatalf("got %d quotations, want %d: %+v", len(qs), len(want), qs)
	}
	for i, q := range qs {
		if q.Text != want[i] || q.Speaker != "T.J. Reyes" {
			t.Errorf("quotation %d: %q by %q, want %q by T.J. Reyes", i, q.Text, q.Speaker, want[i])
		}
	}
	// A quotation nested in the open one goes on after the name.
	qs = Extract("\"I told him, \"Smith said you were fired,\" and he left,\" Ostrand said.", nil)
	if len(qs) != 1 || qs[0].Speaker != "Ostrand" {
		t.Errorf("nested quotation: %+v", qs)
	}
}
