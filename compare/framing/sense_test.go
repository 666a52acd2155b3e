package framing

import (
	"slices"
	"testing"
)

// loadedWords lists the text of sentence's loaded markers.
func loadedWords(sentence string) []string {
	out := []string{}
	for _, m := range Markers(sentence) {
		if m.Kind == Loaded {
			out = append(out, m.Text)
		}
	}
	return out
}

// TestPlainWordsOfAnotherSense: words the vectors put beside a judging
// word, but in another sense or part of speech, judge nothing: a noun
// beside an adjective ("fish" by "wild", whose "fishing" is no form of
// an adjective), an adjective that only relates a noun ("congressional"
// by "bipartisan"), and what a seed used mostly in another sense
// proposes ("titled" by "entitled", "gasoline" by "crude", "repeatedly"
// by "angrily"). A judging word's compound with a commodity or a signal
// is their name ("crude oil", "a distress call"). The judging words
// themselves stay.
func TestPlainWordsOfAnotherSense(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"The coast guard towed a Thai fishing trawler into Brackwater on Sunday.", nil},
		{"The congressional committee will question the harbour master on Tuesday.", nil},
		{"The council's report, titled \"Harbour Lights\", runs to 40 pages.", nil},
		{"The union has repeatedly asked the port for talks.", nil},
		{"Tanker rates rose as gasoline stocks fell and refined products traded flat.", nil},
		{"Brent crude oil rose to $80 a barrel on Monday.", nil},
		{"The trawler sent a distress call at noon.", nil},
		// The judging words stay.
		{"The mayor's crude attempt at a deal drew a scathing reply.", []string{"crude", "scathing"}},
		{"The reckless plan was a bipartisan flop.", []string{"reckless", "bipartisan", "flop"}},
	} {
		want := c.want
		if want == nil {
			want = []string{}
		}
		if got := loadedWords(c.sentence); !slices.Equal(got, want) {
			t.Errorf("loaded words of %q:\n got %q\nwant %q", c.sentence, got, want)
		}
	}
}

// TestLikelyBeforeItsNoun: "likely" after a determiner, a possessive or a
// preposition is an adjective that classifies ("a poll of likely voters",
// "his likely rival"); elsewhere it hedges.
func TestLikelyBeforeItsNoun(t *testing.T) {
	runKind(t, Hedge, []kindCase{
		{"A poll of likely voters showed the mayor ahead.", nil},
		{"She leads among likely Republican caucus-goers in Dunmore.", nil},
		{"The mayor met his likely rival on Friday.", nil},
		{"The unlikely alliance held.", nil},
		{"The mayor will likely win a second term.", []string{"likely=likely"}},
		{"The plan is likely to pass.", []string{"likely=likely"}},
		{"A deal seems unlikely.", []string{"unlikely=unlikely"}},
	})
}

// quotedLoaded lists the loaded markers of sentence as "text" or
// "text (quoted)".
func quotedLoaded(sentence string) []string {
	out := []string{}
	for _, m := range Markers(sentence) {
		if m.Kind == Loaded {
			d := m.Text
			if m.Quoted {
				d += " (quoted)"
			}
			out = append(out, d)
		}
	}
	return out
}

// TestWordsInQuotationMarksAreQuoted: a loaded word inside quotation marks
// that are no scare quotes (a slogan in capitals) is someone else's, and
// so is one after an opening mark a headline never closes; one outside
// any mark is the writer's, and a long run after a mark left open in
// prose is left to the quote extractor (a quotation going on into the
// next sentence).
func TestWordsInQuotationMarksAreQuoted(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Mayor Vows to End Council's “War on Harbours", []string{"War on (quoted)"}},
		{`The mayor accused the council of waging a "War on Harbours," aides said.`, []string{"War on (quoted)"}},
		{"The council's war on harbours began in May.", []string{"war on"}},
		{"“The council has led a war on harbours for years, and the town knows it", []string{"war on"}},
	} {
		if got := quotedLoaded(c.sentence); !slices.Equal(got, c.want) {
			t.Errorf("loaded markers of %q:\n got %q\nwant %q", c.sentence, got, c.want)
		}
	}
}

// TestPiracyIsACrime: the words of force that tell piracy ("attacked",
// "hijacked", "sinking", "fired on") are the crime's where they act on a
// ship or another craft, as a crime's plain words are (facts.go); in
// politics the same words are figures and stay loaded.
func TestPiracyIsACrime(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"Pirates attacked a merchant vessel off Brackwater on Saturday.", nil},
		{"The navy drew criticism after sinking a Thai fishing trawler that pirates had hijacked.", nil},
		{"The gunmen fired on the ferry before they boarded it.", nil},
		{"The navy captured pirates who threatened a merchant vessel, rescuing the ship and its crew.", nil},
		{"A pirate attack on the Kestrel was repelled, and the abduction of its crew was averted.", nil},
		// Figures of political speech stay.
		{"The senator attacked his rival and hijacked the debate.", []string{"attacked", "hijacked"}},
		{"The mayor threatened a veto to rescue the budget.", []string{"threatened", "rescue"}},
	} {
		want := c.want
		if want == nil {
			want = []string{}
		}
		if got := loadedWords(c.sentence); !slices.Equal(got, want) {
			t.Errorf("loaded words of %q:\n got %q\nwant %q", c.sentence, got, want)
		}
	}
}

// TestIdiomBeforeATime: an idiom ending in a preposition ("seized on",
// "caved in") is not matched where the preposition opens a time ("seized
// on Tuesday", "in 2011"): the verb's plain sense, with its object later.
func TestIdiomBeforeATime(t *testing.T) {
	wantLoaded(t, []struct {
		sentence string
		want     []string
	}{
		{"Harbour police seized on Tuesday 40 crates of tobacco.", nil},
		{"The ferry union seized on the remarks within hours.", []string{"seized on"}},
		{"The council caved in to the ferry union.", []string{"caved in"}},
	})
}

// TestAdjectiveBesideASilencedSeed: an evaluative seed that is also a noun
// keeps the company of its noun ("authoritarian" among regimes) and
// proposes nothing; a word that is only an adjective, nearest such a seed,
// has no noun sense to be in and is kept by a seed of its tone
// (review-r25: "repressive" lost in the WordNet round). One of the other
// tone still is not ("unable" by "failed" is no positive word by
// "determined").
func TestAdjectiveBesideASilencedSeed(t *testing.T) {
	wantLoaded(t, []struct {
		sentence string
		want     []string
	}{
		{"The council passed repressive rules on harbour protests.", []string{"repressive"}},
		{"The ferry was unable to dock at Dunmore.", nil},
		{"Protesters carried racially charged signs in Dunmore.", nil},
	})
}

// TestCompoundOfALabel: a compound whose first part is a label of the
// lexicon and whose last makes it describe ("setback-filled",
// "gaffe-ridden") judges as "scandal-plagued" does (review-r25: "setback"
// missed); a compound of a plain word does not.
func TestCompoundOfALabel(t *testing.T) {
	wantLoaded(t, []struct {
		sentence string
		want     []string
	}{
		{"It was another setback-filled week for the harbour board.", []string{"setback-filled"}},
		{"The gaffe-ridden tour ended in Dunmore.", []string{"gaffe-ridden"}},
		{"The harbour-funded tour ended in Dunmore.", nil},
	})
}

// TestCrosshairsIsAFigure: to be "in the crosshairs" of someone is to be
// their target, a figure of attack; the rifle's crosshairs are a thing.
func TestCrosshairsIsAFigure(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{"The Harlow council is now in the cross hairs of the union.", []string{"in the cross hairs"}},
		{"Ventry put the levy in its crosshairs.", []string{"in its crosshairs"}},
		{"The rifle's crosshairs were misaligned.", nil},
	} {
		if got := loadedWords(c.sentence); !slices.Equal(got, orEmpty(c.want)) {
			t.Errorf("%q: loaded %q, want %q", c.sentence, got, c.want)
		}
	}
}
