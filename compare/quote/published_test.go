package quote

import "testing"

// A cover line or a story's title quoted as such is the publication's
// words: never the person it is about, and kept, so that the outlets that
// print it share it.
func TestCoverLineIsThePublicationsWords(t *testing.T) {
	cases := []struct {
		name, text, words, speaker string
	}{
		{"called, after the subject",
			"Mayor Ilse Ostrand has declined to answer the Harbour Times over its cover story of the mayor called \"The Queen of Tolls,\" printed beside a stern photo.",
			"The Queen of Tolls", "Harbour Times"},
		{"a headline reads",
			"The Harbour Times put Mayor Ilse Ostrand on its cover. The headline advertising the magazine's story reads, \"THE QUEEN OF TOLLS.\"",
			"THE QUEEN OF TOLLS.", "Harbour Times"},
		{"the words on the page",
			"Mayor Ilse Ostrand stares out from the cover of this week's Harbour Times. At the bottom of the page, in bold white letters, are the words \"The Queen of Tolls.\"",
			"The Queen of Tolls.", ""},
		{"a story ran by a publication",
			"The Brackwater Gazette ran a story about that cover called, simply, \"How Stern Is the Mayor on the Cover of the Times?\"",
			"How Stern Is the Mayor on the Cover of the Times?", "Brackwater Gazette"},
	}
	for _, c := range cases {
		var got *Quote
		qs := Extract(c.text, nil)
		for i := range qs {
			if qs[i].Text == c.words {
				got = &qs[i]
			}
		}
		if got == nil {
			t.Errorf("%s: %q is not kept as a quotation: %+v", c.name, c.words, qs)
			continue
		}
		if got.Speaker != c.speaker {
			t.Errorf("%s: %q is given to %q, want %q", c.name, c.words, got.Speaker, c.speaker)
		}
	}
	// Words someone says of a cover stay theirs, and a lone title after
	// no titling verb stays no quotation.
	qs := Extract("\"It is sexist,\" Ilse Ostrand said of the cover. She did not read \"The Queen of Tolls\" on the stand.", nil)
	for _, q := range qs {
		if q.Text == "It is sexist," && q.Speaker != "Ilse Ostrand" || q.Text == "The Queen of Tolls" {
			t.Errorf("%q given to %q", q.Text, q.Speaker)
		}
	}
}
