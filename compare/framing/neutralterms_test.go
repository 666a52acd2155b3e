package framing

import (
	"slices"
	"testing"
)

// TestTermsOfArtAreNeutral: a statistician's "margin of error" and the
// "regime" of rules ("tax regimes", "the sanctions regime") are compounds
// in which a word that judges on its own names a plain thing; the
// mistake and the government keep their markers.
func TestTermsOfArtAreNeutral(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"The Harlow poll of 900 voters has a margin of error of four points.", nil},
		{"The Quillby survey's margins of error are wider.", nil},
		{"Most state income tax regimes begin with federal taxable income.", nil},
		{"Tarrow joined the sanctions regime in May.", nil},
		{"The Eastmere regime jailed its critics.", []string{"regime"}},
		{"Ventry made an error in the count.", []string{"error"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestStatesAreNoTone: "active" names what is on duty, under way or in
// use, often in a term of art ("an active shooter", "active duty"), and
// "emergency" a kind of situation and what serves it ("emergency
// plans"): VADER's liveliness and alarm are not the writer's.
func TestStatesAreNoTone(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Harlow police trained for active shooter situations at the mill.", nil},
		{"Ventry called up officers who were not on active duty.", nil},
		{"The Tarrow council asked schools to complete emergency plans.", nil},
		{"The Quillby governor declared a state of emergency on Monday.", nil},
		{"Eastmere fire crews and emergency vehicles reached the quay.", nil},
		{"The Quillby governor gave a reckless answer.", []string{"reckless"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestTitlesAreNeutral: "managing" in a title ("the managing director of
// the Harlow fund") is no one managing to do something (the implicative
// verb, which frames success), and "critically" in a casualty's condition
// ("critically injured") is how badly, as a hospital says it; the verb
// keeps its marker.
func TestTitlesAreNeutral(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Ida Brask, the managing director of the Harlow fund, warned of a slowdown.", nil},
		{"The Tarrow Gazette's managing editor resigned on Monday.", nil},
		{"The blast killed a Harlow officer and critically injured the fire chief.", nil},
		{"Two Quillby climbers were critically ill in hospital on Sunday.", nil},
		{"The Quillby council finally managed to pass the budget.", []string{"managed"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestPlainStatesAreNoJudgement: the vectors put "longtime", "prominent",
// "bipolar" and "hungry" beside judging words ("legendary", "outspoken",
// "paranoid", "desperate"), but news copy names with them a tenure, a
// standing, a diagnosis or a state; the judging words beside them keep
// their markers. "Agreement" is the deal signed, not concord.
func TestPlainStatesAreNoJudgement(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Corla Wend, a longtime aide to the Harlow mayor, resigned on Monday.", nil},
		{"A prominent Tarrow lawyer filed the appeal.", nil},
		{"Ventry was treated for bipolar disorder last year.", nil},
		{"The climbers were found cold and hungry near the Eastmere ridge.", nil},
		{"Quillby signed a plea agreement with the county prosecutor.", nil},
		{"The Harlow mayor called the plan a paranoid fantasy.", []string{"paranoid"}},
		{"Quillby's legendary coach retired.", []string{"legendary"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestCriticizeReportsWhatWasSaid: "criticized" tells what was said, as
// its noun "criticism" does; the writer's words for it ("lambasted") and
// the degree beside it ("sharply") keep their markers.
func TestCriticizeReportsWhatWasSaid(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"The Harlow mayor criticized the port levy on Monday.", nil},
		{"The levy was criticised by Tarrow traders.", nil},
		{"Tarrow traders lambasted the levy.", []string{"lambasted"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestTermsOfGovernmentAreNeutral: a special election, a bill blocked,
// a ban or a restriction a measure imposes, a parole violation and a
// street's block are what happened, or where; the judging words beside
// them keep their markers.
func TestTermsOfGovernmentAreNeutral(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Harlow holds a special election in June.", nil},
		{"Tarrow senators vowed to block the levy bill.", nil},
		{"The shooting happened in the 1200 block of Quillby Road.", nil},
		{"The council passed a ban on night flights and restricted access to the pier.", nil},
		{"Ventry was jailed for a parole violation.", nil},
		{"The council passed a draconian ban on night flights.", []string{"draconian"}},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}
