package compare

import "testing"

// One outlet goes on, in the same sentence, to a fact the other lacks:
// the paraphrase model calls the pair shared (they share every word of
// the other), but an editor reads "shared" as "the same fact", so the
// group is related. A sentence both tell alike stays shared.
func TestAddedFactMakesGroupRelated(t *testing.T) {
	r := Compare(docs(
		"Two harbour wardens in Quillmarsh were suspended without pay on Tuesday after the Ostrander silver collection went missing from the locked customs shed near the north pier.|"+
			"The Quillmarsh ferry will run an extra crossing on Saturdays from May.",
		"Two harbour wardens in Quillmarsh were suspended without pay on Tuesday after the Ostrander silver collection went missing from the locked customs shed near the north pier, and a third resigned before the inquiry's hearings opened.|"+
			"The Quillmarsh ferry will run an extra crossing on Saturdays from May.",
	), Options{addedFacts: true})
	if k := kindOf(r, 0, 0); k != KindRelated {
		t.Errorf("one adds that a third warden resigned: group %q, want related", k)
	}
	if k := kindOf(r, 0, 1); k != KindShared {
		t.Errorf("the ferry, told alike: group %q, want shared", k)
	}
}

func TestAddsFact(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
		why  string
	}{
		{"Two wardens were suspended on Tuesday.",
			"Two wardens were suspended on Tuesday, and a third resigned before the inquiry formally opened.",
			true, "a clause of its own"},
		{"Two wardens were suspended on Tuesday, Mara Quill said.",
			"Two wardens were suspended on Tuesday, port director Mara Quill said.",
			false, "the speaker's title before the verb"},
		{"“The shed was never locked,” Quill said.",
			"“The shed was never locked,” said Mara Quill, director of the Quillmarsh port authority.",
			false, "the speaker's title after the verb"},
		{"The port's director condemned the theft, saying: “The shed was never locked.”",
			"“The shed was never locked.”",
			false, "what the speaker did, as she spoke"},
		{"Vell was dismissed last week and bought a crowbar and a coil of rope on Friday, the inspector said.",
			"Vell was dismissed last week, the inspector said.",
			true, "a fact before the attribution's comma"},
		{"He said he was told that a warden slept through the alarm.",
			"He said wardens told him that the night crew had abandoned the customs shed and a warden slept through the alarm.",
			true, "a fact reported after a verb of speech"},
		{"He declined to say whether the shed had been robbed before.",
			"The warden, Tomas Reel, declined to say whether the shed had been robbed before.",
			false, "a name for a pronoun"},
		{"The wardens were fined by the Coastal Shipping Board on Monday.",
			"The wardens were fined by the CSB on Monday.",
			false, "an acronym for its words"},
		{"Wardens sharply criticized the board for the harbour office decision on Monday.",
			"Wardens sharply criticized the ruling.",
			false, "four content words more than the other brings: under the bar"},
		{"Wardens sharply criticized the board for the harbour office decision on Monday morning.",
			"Wardens sharply criticized the ruling.",
			true, "five content words more: an added fact"},
		{"Wardens criticized the board's ruling harshly.",
			"Wardens denounced the panel's decision bitterly.",
			false, "reworded: new words on both sides"},
	} {
		if got := addsFact(c.a, c.b); got != c.want {
			t.Errorf("%s: addsFact(%q, %q) = %v, want %v", c.why, c.a, c.b, got, c.want)
		}
		if got := addsFact(c.b, c.a); got != c.want {
			t.Errorf("%s (sides swapped): addsFact = %v, want %v", c.why, got, c.want)
		}
	}
}
