package quote

import "testing"

// A name may end in a word capitalised elsewhere only for opening a
// sentence ("Keep Ohio Now", "Dale Today"); mid-sentence and capitalised
// it is the name's, not a word after it. An abbreviation that ends a
// sentence ("Dayton, Ohio. Now …") leaves the next sentence's first word
// out.
func TestStopWordEndsAName(t *testing.T) {
	ad := "Ad war heats up in Ohio\n\nThe ad, paid for by the advocacy group Keep Ohio Now, will air in Dayton.\n\n"
	checkSpeakers(t, []speakerCase{
		{"an ad's owner", ad + "A voice at the end of the ad says: \"The state needs jobs, not excuses.\"",
			"The state needs jobs", "Keep Ohio Now", "the ad"},
		{"a paper", "Flood talks stall\n\n\"We are nowhere near a deal,\" Ann Pike told Dale Today, a weekly paper.",
			"We are nowhere near a deal", "Ann Pike", ""},
		{"a sentence after an abbreviation", "Flood talks stall\n\nThe talks were held in Dayton, Ohio. Now Ann Pike says: \"We are nowhere near a deal.\"",
			"We are nowhere near a deal", "Ann Pike", ""},
	})
	text := ad + "A voice at the end of the ad says: \"The state needs jobs, not excuses.\""
	d := mentionsOf(text)
	for _, m := range d.ments {
		if m.name == "Keep Ohio" {
			t.Errorf("mention %q cut short of its last word", m.name)
		}
	}
}
