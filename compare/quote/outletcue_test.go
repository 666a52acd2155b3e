package quote

import "testing"

// Outlets and writers quoted on what they wrote: a date between the
// subject and the verb ("The Courier on July 20, 2006, described him
// as"), a clause after "and" with its own date, a writer who "published
// a blog post stating", and an "it" whose own sentence names the outlet
// ("when Vela magazine produced a profile, it said"), not the outlet
// quoted the sentence before.
func TestOutletsOnWhatTheyWrote(t *testing.T) {
	courier := "Hale was a sailor for years.\n\nThe Dunmore Courier on July 20, 2006, described him as “a veteran of the river wars,” and on April 6, 2007, said that the mayor had “served on the gunboats.”"
	gazette := "Hale was a sailor for years.\n\nThe Brill Gazette reported on May 23, 2008, that Mr. Hale “was met with applause.”\n\n"
	checkSpeakers(t, []speakerCase{
		{"a date before the verb", courier, "a veteran of the river wars", "Dunmore Courier", ""},
		{"a date after and", courier, "served on the gunboats", "Dunmore Courier", ""},
		{"a month alone", "The Dunmore Courier in November said it had sunk the “mother ship,” though a watchdog later said otherwise.",
			"mother ship", "Dunmore Courier", ""},
		{"a blog post stating", "Tom Reed, a former state lawmaker, published a blog post stating that the Courier piece was “fed to the paper by the Lee campaign.”",
			"fed to the paper", "Tom Reed", "a former state lawmaker"},
		{"it in its own sentence", gazette + "When a national outlet, Vela magazine, produced a profile of Mr. Hale in 2000, it said he had “sailed the river for ten years.”",
			"sailed the river", "Vela", ""},
		{"it after the outlet quoted", gazette + "“He was a hero,” it added.",
			"He was a hero", "Brill Gazette", ""},
	})
}
