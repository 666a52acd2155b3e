package framing

import (
	"slices"
	"testing"
)

// TestChargeWordingIsTheLaws: the words of intent and manner in which a
// charge, a verdict or a complaint is worded ("willful, deliberate,
// premeditated murder", "intentionally killed", "resisting an officer")
// and the law's compounds ("special circumstances", "lying in wait",
// "to avoid arrest", "sincerely held") are no outlet's judgement; the
// same words chosen by the writer ("a deliberate lie", an attack after
// the charge, "failing to act") stay loaded.
func TestChargeWordingIsTheLaws(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Marrow was also charged with one count of attempted willful, deliberate, premeditated murder in connection with the Dunmere shooting.", nil},
		{"Jurors found true the special circumstance allegations of murder of a ranger, murder while lying in wait and murder to avoid arrest.", nil},
		{"The panel also found true special circumstances of murder of a warden intentionally killed while on duty, lying in wait.", nil},
		{"The complaint listed prior convictions including burglary and resisting an executive officer.", nil},
		{"Vell was charged with criminally negligent homicide and driving drunk.", nil},
		{"The bakers cited their sincerely held religious beliefs.", nil},
		{"The mayor told a deliberate lie about the harbour budget.", []string{"deliberate"}},
		{"Pell was charged with murder after a deliberate and brutal attack.", []string{"deliberate", "brutal", "attack"}},
		{"The senator accused the agency of failing to act.", []string{"failing"}},
		{"Reporters were lying about the harbour deal.", []string{"lying"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestPlainSensesOfPraise: words VADER or the lexicon rate as praise or
// blame that news copy uses in another sense: "effectively" (in effect),
// "prevailed" (was in force), "determined" said of a jury (found), and
// "realize" (come to know, no exposure of a wrong). Their judging senses
// stay: a side prevails over another, a candidate who prevailed, people
// determined to win.
func TestPlainSensesOfPraise(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"The rule lets firms refuse service, effectively allowing them to turn customers away.", []string{"refuse"}},
		{"Rents fell back to levels that prevailed before the Quarrytown boom.", nil},
		{"Builders must pay the prevailing wage.", nil},
		{"The view that prevailed over the objections was hers.", []string{"prevailed"}},
		{"Senator Ashby prevailed in the vote.", []string{"prevailed"}},
		{"The jury also determined it to be a gang crime.", nil},
		{"They were determined to win the cup.", []string{"determined"}},
		{"Officials did not realize the dam was leaking.", nil},
		{"The audit exposed the fund's accounts.", []string{"exposed"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestAllegedAfterACharge: "It was alleged" after a sentence telling a
// charge is the charge's wording, as "It also claims" after a lawsuit's
// claim is the paper's (Filed, ItSays); with no charge before it keeps
// its doubt.
func TestAllegedAfterACharge(t *testing.T) {
	charge := "Marrow is charged with one count of murder of a ranger."
	next := "It was alleged the defendant used a rifle."
	if !Filed(charge) {
		t.Fatalf("Filed(%q) = false, want true", charge)
	}
	if Filed("Marrow was seen near the ranger station.") {
		t.Error("Filed holds for a sentence with no charge")
	}
	var alleged Marker
	for _, m := range Markers(next) {
		if m.Kind == Attribution {
			alleged = m
		}
	}
	if alleged.Tone != ToneDoubt {
		t.Fatalf("%q: attribution %+v, want the doubt verb alleged", next, alleged)
	}
	if !ItSays(next, alleged) {
		t.Errorf("ItSays(%q, alleged) = false, want true", next)
	}
}

// TestOffenceChargedIsTheChargesName: an offence told as what a court
// charges ("pleaded guilty to conspiracy", "a felony count", "criminal
// charges", "filing false returns") is the charge's name, which VADER
// rates as a crime; the same words chosen by the writer keep their
// markers, and so do charges in politics ("charges of insensitivity").
func TestOffenceChargedIsTheChargesName(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Corla Wend pleaded guilty to conspiracy in a Harlow court.", nil},
		{"Wend's plea was to a conspiracy charge.", nil},
		{"Ventry pleaded guilty to one felony fraud count.", nil},
		{"Tarrow prosecutors will file criminal charges against the treasurer.", nil},
		{"Quillby admitted a charge of filing false tax returns.", nil},
		{"The Harlow mayor called the treasurer a criminal.", []string{"criminal"}},
		{"Tarrow prosecutors were confident the conviction would stand.", []string{"confident"}},
		{"Ventry told a false story about the fund.", []string{"false"}},
		{"Charges of insensitivity have flown on both sides of the Tarrow race.", []string{"insensitivity"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}
