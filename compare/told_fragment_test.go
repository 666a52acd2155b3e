package compare

import "testing"

// fragmentReport is three invented articles, none of whose sentences the
// alignment grouped. Dockside Herald splits a quotation: its ¶1, "He
// added," is 0.98 from Lantern Times' ¶1, which ends the quote; its ¶2,
// "Some tidal nonsense.", 0.85 from Lantern Times' ¶2, which holds those
// words in quotation marks. Its ¶3, on the dredging, is 0.71 from Kestrel
// Post's "Right now!" and 0.55 from Lantern Times' ¶3, which tells it.
// Its ¶4, "Concerned ...", is 0.97 from Kestrel Post's "Concerned ... ”".
func fragmentReport() *Report {
	sen := bodySentence
	return summarized(&Report{Articles: []Article{
		{Label: "Dockside Herald", Sentences: []Sentence{
			sen("Mayor Ilse Varn spoke at the quay on Friday.", 0),
			sen("He added,", 1, Nearest{1, 1, 0.98}),
			sen("Some tidal nonsense.", 2, Nearest{1, 2, 0.85}),
			sen("Dredging of the Marrow channel will begin in May, the port said.", 3, Nearest{1, 3, 0.55}, Nearest{2, 0, 0.71}),
			sen("Concerned ...", 4, Nearest{2, 1, 0.97}),
		}},
		{Label: "Lantern Times", Sentences: []Sentence{
			sen("A new bakery opened on Cable Street.", 0),
			sen("He added, “The ferry pier closes for good at the end of the season.”", 1, Nearest{0, 1, 0.98}),
			sen("Varn dismissed the channel plan as “some tidal nonsense” from her rivals.", 2, Nearest{0, 2, 0.85}),
			sen("The port will start dredging the Marrow channel in May.", 3, Nearest{0, 3, 0.55}),
		}},
		{Label: "Kestrel Post", Sentences: []Sentence{
			sen("Right now!", 0, Nearest{0, 3, 0.71}),
			sen("Concerned ... ”", 1, Nearest{0, 4, 0.97}),
		}},
	}})
}

// A fragment ("He added,", "Right now!") anchors no "told differently?",
// on either side: it holds too few words to name a fact, and scores high
// against any sentence that has them. The claim's next closest
// counterpart is named instead. A fragment quoted in the other sentence,
// or the other's very words, still anchors one: a quotation one outlet
// split off names the sentence that holds it.
func TestPerhapsToldSkipsFragments(t *testing.T) {
	r := fragmentReport()
	if note := r.PerhapsToldNote(0, 1); note != "" {
		t.Errorf("\"He added,\" is said told differently: %q", note)
	}
	if note := r.PerhapsToldNote(1, 1); note != "" {
		t.Errorf("Lantern Times' quote names the fragment \"He added,\": %q", note)
	}
	if n, ok := r.PerhapsTold(0, 3); !ok || n != (Nearest{1, 3, 0.55}) {
		t.Errorf("the dredging: PerhapsTold = %+v %v, want Lantern Times ¶4 at 0.55, not Kestrel Post's \"Right now!\"", n, ok)
	}
	if n, ok := r.PerhapsTold(0, 2); !ok || n != (Nearest{1, 2, 0.85}) {
		t.Errorf("a quotation split off: PerhapsTold = %+v %v, want the sentence quoting it", n, ok)
	}
	if n, ok := r.PerhapsTold(0, 4); !ok || n != (Nearest{2, 1, 0.97}) {
		t.Errorf("the same word alone: PerhapsTold = %+v %v, want Kestrel Post's", n, ok)
	}
	if note := r.PerhapsToldNote(2, 0); note != "" {
		t.Errorf("\"Right now!\" is said told differently: %q", note)
	}
}

// An article with only a fragment close to a fact may not carry it there:
// "leaves out" stands. With the fact's sentence a fragment, likewise.
func TestMayCarrySkipsFragments(t *testing.T) {
	r := fragmentReport()
	// Kestrel Post's "Right now!" is the dredging's nearest (0.71).
	if near := r.MayCarryAny(2, []SentenceRef{{Article: 0, Sentence: 3}}); near != nil {
		t.Errorf("Kestrel Post may carry the dredging in %+v", near)
	}
	if near := r.MayCarryAny(1, []SentenceRef{{Article: 0, Sentence: 3}}); len(near) != 1 || near[0] != (Nearest{1, 3, 0.55}) {
		t.Errorf("Lantern Times may carry the dredging in %+v, want ¶4 at 0.55", near)
	}
	if near := r.MayCarryAny(1, []SentenceRef{{Article: 0, Sentence: 1}}); near != nil {
		t.Errorf("Lantern Times may carry \"He added,\" in %+v", near)
	}
	if near := r.MayCarryAny(1, []SentenceRef{{Article: 0, Sentence: 2}}); len(near) != 1 || near[0].Sentence != 2 {
		t.Errorf("Lantern Times may carry the quotation in %+v, want ¶3", near)
	}
}
