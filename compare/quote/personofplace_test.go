package quote

import "testing"

// A first name and a surname "of" a place one word long is a person of
// somewhere, even when the first name is no common one and no title
// stands before it: "Tam Oduya of Kentmoor" is Tam Oduya. Two common
// words before "of" ("United States of America") stay one name.
func TestPersonOfAPlaceWithoutTitle(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a pronoun for the person", "Tam Oduya of Kentmoor state is writing a letter to the caucus.\n\n“There is no majority for the deal,” he told reporters.",
			"There is no majority", "Tam Oduya", ""},
	})
	text := "The United States of America sent a note.\n\n“We object,” Tam Oduya said."
	d := mentionsOf(text)
	for _, m := range d.ments {
		if m.name == "United States" {
			t.Errorf("\"United States of America\" split: %+v", d.ments)
		}
	}
}

// mentionsOf reads text as far as its mentions of people and bodies
// (findMentions), for tests of how a name is read.
func mentionsOf(text string) *doc {
	d := &doc{text: text, paras: paragraphs(text)}
	d.toks, d.low = tokenize(text)
	d.markQuoted(d.dropNicknames(d.pairQuotes()))
	d.heads = d.headlines()
	d.sents = d.sentenceSpans()
	d.findMentions()
	return d
}
