package quote

import "testing"

// A one-word reply that ends its sentence with no cue is the sentence's
// subject's: `declined the offer with a breezy, "Nope."`. A film of that
// name is no reply, nor a word the sentence goes on from.
func TestOneWordReplyIsTheSubjects(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a reply after a manner word", "The ferry reopened on Monday.\n\n" +
			"Ilse Ostrand turned down the mayor\u2019s offer to ride it first with a breezy, \u201cNope.\u201d",
			"Nope.", "Ilse Ostrand", ""},
		{"a reply in straight quotation marks", "The ferry reopened on Monday.\n\n" +
			"Tom Hale waved off a question about the fares with a curt, \"Nah.\"",
			"Nah.", "Tom Hale", ""},
	})
	for _, text := range []string{
		"Tom Hale saw the new film, \"Nope.\"",
		"Tom Hale made a short film, \"Nope.\"",
		"Tom Hale said the fares were fine. The replies were all \"Nah.\"",
		"The crowd at the pier met the fares with a loud, \"Nah.\"",
	} {
		for _, q := range Extract(text, pipelineSentences(text)) {
			if q.Speaker != "" {
				t.Errorf("%q: quote %q given to %q", text, q.Text, q.Speaker)
			}
		}
	}
}
