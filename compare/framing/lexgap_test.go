package framing

import (
	"slices"
	"testing"
)

// TestLexiconClassesFilled: words of the lexicon's own classes that it
// lacked: besieged like "beleaguered" ("beset"), harassing like "hound"
// ("accosted"), the hidden planner like "scheme" ("orchestrated",
// "masterminded"; not "choreographed", whose dance is its commoner
// sense), the grudge like "vendetta"
// ("payback"), and luxury like "lavish" and "cushy" ("posh", "ritzy",
// "swanky", "glitzy").
func TestLexiconClassesFilled(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"The Harlow council has been beset with complaints since May.", []string{"beset"}},
		{"Supporters of Ventry accosted two councillors outside the Tarrow hall.", []string{"accosted"}},
		{"The closures were orchestrated by an aide at the Quillby port.", []string{"orchestrated"}},
		{"Critics called the audit political payback for the vote.", []string{"payback"}},
		{"The mayor held the fundraiser at a posh hotel in Eastmere.", []string{"posh"}},
		{"Ventry dined at a ritzy club on the Harlow waterfront.", []string{"ritzy"}},
		{"Tessa Marlow choreographed the Harlow ballet's new season.", nil},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}
