package quote

import (
	"strings"
	"testing"
)

// A quotation whose words belong to someone other than the sentence's
// subject: the object of "X's comment that …", the antecedent of "which
// said", the aides of "what aides called", the statement of the sentence
// before a paragraph that is only the quotation; and a place is never a
// speaker.
func TestSpeakerOfWordsReported(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the words of a comment someone dismissed",
			"Mayor Tom Reed faced questions on Monday.\n\nReed also dismissed council leader Ann Lee’s comment on Sunday that the town hall is under a “reign of chaos” and said the budget was sound.",
			"reign of chaos", "Ann Lee", ""},
		{"a place is no speaker",
			"Mayor Tom Reed is running again.\n\nOn Tuesday, he released another ad in Brackwater describing himself as a “man of the people.”",
			"man of the people", "Tom Reed", ""},
		{"which said takes its antecedent",
			"Mayor Tom Reed’s pier plan was denounced by the Brackwater Harbour Trust, a group of boat owners, which said it was “wrong for the mayor to sell the pier.”",
			"wrong for the mayor", "Brackwater Harbour Trust", ""},
		{"what aides called",
			"Mayor Tom Reed pointed to what aides called “orphan streets,” roads no one repairs.",
			"orphan streets", "aides", ""},
		{"a statement goes on in the next paragraph",
			"The ferry was freed on Friday, a Coast Guard statement said.\n\n“On sighting the cutter the raiders fled in two boats.”",
			"On sighting the cutter", "Coast Guard statement", ""},
	})
}

// A policy's name in quotation marks is no one's words; a misprinted
// closing mark after a sentence ends the quotation there, and the
// narration after it is the writer's.
func TestNamesAndMisprintedMarks(t *testing.T) {
	policy := "Mayor Tom Reed criticized the end of the “no ticket, no ride” policy for ferry passengers."
	if qs := Extract(policy, pipelineSentences(policy)); len(qs) != 0 {
		t.Errorf("a policy's name read as a quotation: %+v", qs)
	}
	said := "Mayor Tom Reed said the “no ticket, no ride” rule was “a disgrace.”"
	if q, ok := findQuote(Extract(said, pipelineSentences(said)), "a disgrace"); !ok || q.Speaker != "Tom Reed" {
		t.Errorf("the words after a policy's name lost: %+v", Extract(said, pipelineSentences(said)))
	}
	misprint := "In a statement, Mayor Tom Reed said, \"selling the pier is a mistake. Selling it to a stranger is wrong. \"Reed is referring to a council memorandum released on Monday, in which Ann Lee has directed all officers to ensure the town's lawyers \"seek and accept\" offers for the pier."
	qs := Extract(misprint, pipelineSentences(misprint))
	q, ok := findQuote(qs, "selling the pier")
	if !ok || q.Speaker != "Tom Reed" || strings.Contains(q.Text, "council vote") {
		t.Errorf("the quotation runs into the narration: %+v", qs)
	}
	if q, ok := findQuote(qs, "seek and accept"); !ok || q.Speaker == "Tom Reed" {
		t.Errorf("the words of Ann Lee's memorandum after the misprint are lost or Reed's: %+v", qs)
	}
}

// A one-word label before "policy" is the speaker's word for it, not a name.
func TestOneWordPolicyLabelIsSpoken(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a label for a policy", "Mayor Tom Reed said he opposed a “giveaway” policy for the pier.", "giveaway", "Tom Reed", "Mayor"},
	})
}
