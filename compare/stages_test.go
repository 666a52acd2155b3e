package compare

import "testing"

// Two outlets report one prosecution word for word but for its step: one
// says the fence was charged, the other that he was convicted. The
// alignment groups the two sentences (they share every other word), and
// the group is related, not shared: they are two facts. Where both state
// the same step, or one names several steps among them the other's, the
// group stays shared.
func TestStagesOfOneProcessAreNotShared(t *testing.T) {
	r := Compare(docs(
		"Dorin Vell, 41, a pawnbroker from Quillmarsh, was charged on Tuesday with receiving the stolen Ostrander silver.|"+
			"The Quillmarsh ferry will run an extra crossing on Saturdays from May.",
		"Dorin Vell, 41, a pawnbroker from Quillmarsh, was convicted on Tuesday of receiving the stolen Ostrander silver.|"+
			"The Quillmarsh ferry will run an extra crossing on Saturdays from May.",
	), Options{})
	if k := kindOf(r, 0, 0); k != KindRelated {
		t.Errorf("charged / convicted: group %q, want related", k)
	}
	if k := kindOf(r, 0, 1); k != KindShared {
		t.Errorf("the ferry, told alike: group %q, want shared", k)
	}
}

func TestStagesOf(t *testing.T) {
	for _, c := range []struct {
		text string
		want stages
	}{
		{"Ana Pell was arrested and charged with arson.", stageArrest | stageCharge},
		{"Pell, who shot a warden to avoid arrest, faces trial.", 0},
		{"The sergeant in charge of the night shift was praised.", 0},
		{"There were no signs of a struggle.", 0},
		{"Jurors found Ana Pell, 29, guilty of arson.", stageConvict},
		{"Jurors found him not guilty of arson.", stageAcquit},
		{"Jurors also found true the allegation that she set the fire for money.", stageConvict},
		{"Pell pleaded guilty to arson.", stagePlea},
		{"Pell, who pleaded not guilty, was found guilty.", stagePlea | stageConvict},
		{"The governor signed the harbour bill on Friday.", stageSign},
		{"The assembly approved the harbour bill on Friday.", stageApprove},
		{"It is true that the ferry was late.", 0},
		{"The paper said Pell was “charged”—not “convicted”.", stageCharge | stageConvict},
		{"Pell’s lawyer said she was not guilty; a jury found her guilty.", stageConvict},
	} {
		if got := stagesOf(c.text); got != c.want {
			t.Errorf("stagesOf(%q) = %b, want %b", c.text, got, c.want)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Pell was charged with arson.", "Pell was convicted of arson.", true},
		{"Pell was arrested and charged with arson.", "Pell was charged with arson.", false},
		{"Pell was arrested and charged with arson.", "Pell was convicted of arson.", true},
		{"Pell was charged with arson.", "Police said Pell set the fire.", false},
		{"The assembly approved the bill.", "The governor signed the bill.", true},
		{"The assembly approved the bill.", "Pell was charged with arson.", false},
		{"Tova Renn was nominated to the harbour board.", "The senate confirmed Tova Renn to the harbour board.", true},
	} {
		if got := otherStage(stagesOf(c.a), stagesOf(c.b)); got != c.want {
			t.Errorf("otherStage(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// stagesOf stems only the words that begin as one of stageStarts: every
// word it reads must.
func TestStageStartsCoverTheStems(t *testing.T) {
	words := []string{"found", "find", "guilty", "true"}
	for st := range stageStems {
		words = append(words, st)
	}
	for _, w := range words {
		if !stageStart(w) || !mayStateStage("A "+w+".") {
			t.Errorf("%q begins with none of stageStarts", w)
		}
	}
	if mayStateStage("The ferry left Port Alder at noon; a consigned crate.") {
		t.Errorf("mayStateStage reads a stage inside a word")
	}
}

// kindOf is the kind of the group sentence s of article a is in, or "".
func kindOf(r *Report, a, s int) GroupKind {
	id := groupOf(r, a, s)
	for _, g := range r.Groups {
		if g.ID == id {
			return g.Kind
		}
	}
	return ""
}
