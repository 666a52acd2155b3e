package quote

import "testing"

// A paragraph that ends in a colon with no cue sets out words whose
// speaker is its sentence's subject: "Ann Vale ran an ad against Tom
// Hale:" and the ad's words after it are Vale's, after a time phrase
// ("Two years prior,") and a "then-" title too. A sentence that hands on
// words "from" another gives no speaker.
func TestColonParagraphSubject(t *testing.T) {
	words := "\n\n“How would your pension fare under Tom Hale? His plan would cut it by a third.”"
	checkSpeakers(t, []speakerCase{
		{"an ad", "The Vale campaign cried foul this week.\n\nAnn Vale ran an ad against Tom Hale (R-Vt.):" + words,
			"How would your pension fare", "Ann Vale", ""},
		{"time and title", "The Vale campaign cried foul this week.\n\nTwo years prior, then-Senator Ann Vale used nearly the same attack on her opponent, Sen. Tom Hale (R-Vt.):" + words,
			"How would your pension fare", "Ann Vale", ""},
	})
	from := "Ann Vale passed on a note from a voter in Dunmore:" + words
	if q, ok := findQuote(Extract(from, pipelineSentences(from)), "How would your pension fare"); !ok || q.Speaker == "Ann Vale" {
		t.Errorf("words handed on from another: %+v, %v", q, ok)
	}
}

// An imperative opening the colon's sentence is no speaker: "Expect
// endless harbor experts, such as the prophetic Dr Ivo Marr:".
func TestColonParagraphImperative(t *testing.T) {
	text := "The quake hit at noon.\n\nExpect endless harbor experts in the papers tomorrow, such as the prophetic Dr Ivo Marr:\n\n“We should stop saying the coast is safe.”"
	if q, ok := findQuote(Extract(text, pipelineSentences(text)), "We should stop saying"); !ok || q.Speaker != "" && q.Speaker != "Ivo Marr" {
		t.Errorf("speaker %q, %v", q.Speaker, ok)
	}
}

// A name that only modifies a noun ("One Facebook user who lives near
// Dunmore") is no speaker of the words after the colon.
func TestColonParagraphNameModifier(t *testing.T) {
	text := "Thousands signed up.\n\nOne Facebook user who lives near Dunmore, Vt., shared this status update:\n\n“It has been sad to see my friends take sides.”"
	if q, ok := findQuote(Extract(text, pipelineSentences(text)), "It has been sad"); !ok || q.Speaker == "One Facebook" {
		t.Errorf("speaker %q, %v", q.Speaker, ok)
	}
}
