package quote

import (
	"strings"
	"testing"
)

// A motto or a slogan the article names as such is no one's words, in the
// sentence that names it and wherever the article quotes it whole again (a
// headline); the quotations around it keep their speakers.
func TestNamedMottoIsNoOnesWords(t *testing.T) {
	text := "Ostrand: 'Harbour First' Vote Is Not Building Piers\n\n" +
		"The council vote to adopt \"Harbour First\" as the town motto is \"not building a single pier,\" Mayor Ilse Ostrand said on Tuesday.\n\n" +
		"The council had passed a resolution on Monday reaffirming the town motto, “Harbour First,” by nine votes to two.\n\n" +
		"Councillor Pim Dekker said that \"Harbour First\" is the motto the town has always had.\n\n" +
		"\"We will finish the pier before winter,\" Ostrand said."
	var motto, others int
	for _, q := range Extract(text, nil) {
		switch q.Text {
		case "Harbour First":
			motto++
			if q.Speaker != "" {
				t.Errorf("the motto %q is given to %q", q.Text, q.Speaker)
			}
		case "not building a single pier", "We will finish the pier before winter":
			others++
			if q.Speaker != "Ilse Ostrand" {
				t.Errorf("%q is given to %q, want Ilse Ostrand", q.Text, q.Speaker)
			}
		}
	}
	if others != 2 {
		t.Errorf("found %d of Ostrand's two quotations", others)
	}
	if motto == 0 {
		t.Error("the motto is no longer a quotation: outlets printing it would not be seen to share it")
	}
}

// A district is no speaker: "he" in `blanketed Harbour's Third Ward
// District with fliers in which he said` is the man the paragraph is about.
func TestDistrictIsNoSpeaker(t *testing.T) {
	text := "Mayor Ilse Ostrand lost her seat on Tuesday to Pim Dekker, a councillor.\n\n" +
		"Mr. Dekker, 51, had sought to counter her claims that he was soft on the ferry fares. The councillor, who had raised $40,000, blanketed Brackwater’s Northern Harbour District with fliers in which he emphasized that he opposed a “handout” policy."
	found := false
	for _, q := range Extract(text, nil) {
		if q.Text == "handout" {
			found = true
			if q.Speaker != "Pim Dekker" {
				t.Errorf("%q is given to %q, want Pim Dekker", q.Text, q.Speaker)
			}
		}
	}
	if !found {
		t.Error(`"handout" is not kept as a quotation`)
	}
}

// A headline's words that the headline gives to no name ("Man Who Beat
// Ostrand Calls His Win 'A Landslide'") are the words the body gives its
// speaker; where the body gives them to two people, the headline does not
// choose.
func TestHeadlineWordsTakeTheBodysSpeaker(t *testing.T) {
	text := "Man Who Beat Ostrand Calls His Win 'A Landslide'\n\n" +
		"Peter Dekker celebrated his victory over Mayor Ilse Ostrand on Tuesday night in an interview with Harbour Radio.\n\n" +
		"The ferry-backed candidate attributed his victory to volunteers, calling the win a \"landslide.\"\n\n" +
		"\"We knocked on every door in the harbour,\" Dekker said."
	if got := Extract(text, nil); len(got) == 0 || got[0].Text != "A Landslide" || got[0].Speaker != "Peter Dekker" {
		t.Errorf("the headline's words: %+v, want A Landslide by Peter Dekker", got)
	}
	two := strings.Replace(text, "\"We knocked on every door in the harbour,\" Dekker said.",
		"\"Landslide,\" Mayor Ilse Ostrand said of her own win in 2019.", 1)
	if got := Extract(two, nil); len(got) == 0 || got[0].Text != "A Landslide" || got[0].Speaker != "" {
		t.Errorf("the headline's words, said by two in the body: %+v, want no speaker", got)
	}
}

// A quotation followed by "is", "as" or "was" as the text's last word
// crashed the motto rule (review-r22): it looked one word past the end.
func TestQuotationBeforeTheLastWordIsNoCrash(t *testing.T) {
	for _, text := range []string{`"In God We Trust" is`, `They kept "In God We Trust" as`, `"In God We Trust," was`} {
		Extract(text, nil) // must not panic
	}
}

// A work named before the subject of "said" is where the words were
// said, not their speaker (review-r22): the president speaks here.
func TestSubjectAfterTheWorkSpeaks(t *testing.T) {
	for _, c := range []struct{ text, speaker string }{
		{`In a post the president said "Witch Hunt!"`, "president"},
		{`In his column the senator said "Enough Is Enough."`, "senator"},
	} {
		qs := Extract(c.text, nil)
		if len(qs) != 1 || !strings.Contains(qs[0].Speaker, c.speaker) && !strings.Contains(qs[0].Role, c.speaker) {
			t.Errorf("Extract(%q) = %+v; want a quote of the %s", c.text, qs, c.speaker)
		}
	}
}

// A phrase is one phrase however its words are spaced: a plain-text file
// wrapped by hand breaks a line inside a motto ("the town motto, “Harbour
// First,”" over two lines), and a typed double space does as much. Each
// left the headline's "'Harbour First' Vote" a quotation of the mayor its
// cue names, though the body names the phrase as the motto; and left a
// headline's 'A Landslide' without the speaker the body gives its words
// ("a\nlandslide").
func TestPhraseKeyIgnoresSpacing(t *testing.T) {
	for _, motto := range []string{"“Harbour\nFirst,”", "“Harbour  First,”", "“Harbour First ,”"} {
		text := "Ostrand: 'Harbour First' Vote Is Not Building Piers\n\n" +
			"The council had passed a resolution on Monday reaffirming the town motto, " + motto + " by nine votes to two.\n\n" +
			"\"We will finish the pier before winter,\" Ostrand said."
		for _, q := range Extract(text, nil) {
			if q.Start < strings.Index(text, "\n") && q.Speaker != "" {
				t.Errorf("with the body's motto written %q, the headline's %q is given to %q", motto, q.Text, q.Speaker)
			}
		}
	}
	text := "Man Who Beat Ostrand Calls His Win 'A Landslide'\n\n" +
		"Peter Dekker celebrated his victory over Mayor Ilse Ostrand on Tuesday night in an interview with Harbour Radio.\n\n" +
		"The ferry-backed candidate attributed his victory to volunteers, calling the win \"a\nlandslide.\""
	if got := Extract(text, nil); len(got) == 0 || got[0].Text != "A Landslide" || got[0].Speaker != "Peter Dekker" {
		t.Errorf("the headline's words, wrapped in the body: %+v, want A Landslide by Peter Dekker", got)
	}
}
