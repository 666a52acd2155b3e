package compare

import (
	"slices"
	"strings"
	"testing"
)

// ownLoaded lists, per article, the lemmas of its loaded markers in its
// own words.
func ownLoaded(r *Report) [][]string {
	out := make([][]string, len(r.Articles))
	for ai, a := range r.Articles {
		out[ai] = []string{}
		for _, s := range a.Sentences {
			for _, m := range s.Framing {
				if m.Kind == "loaded" && !m.Quoted {
					out[ai] = append(out[ai], m.Lemma)
				}
			}
		}
	}
	return out
}

// TestStoryVocabularyIsNoFraming: three invented outlets report a pirate
// attack on a trawler. Every outlet writes "attack", a VADER word that
// names what happened; one alone calls the raiders "brazen" and the
// navy's response "heroic", and speaks of "terror": those stay its
// framing. A word of storydiff's own lexicon ("reckless") that every
// outlet uses stays too, and so does a VADER word two of the three use
// ("threat"): the rule asks for every outlet.
func TestStoryVocabularyIsNoFraming(t *testing.T) {
	r := Compare(docs(
		"Navy repels pirate attack on trawler off Brackwater"+
			"|The navy repelled an attack on the trawler Kestrel off Brackwater on Saturday after the skiffs made a threat to board it."+
			"|Officials called the captain's decision to sail alone reckless.",
		"Brazen pirates strike trawler; navy's heroic crew saves it"+
			"|Brazen pirates launched an attack on the trawler Kestrel off Brackwater on Saturday and came under fire from the navy."+
			"|The captain's reckless decision to sail alone was criticised by officials."+
			"|Witnesses described terror on deck.",
		"Trawler attack off Brackwater"+
			"|The trawler Kestrel came under attack off Brackwater on Saturday, and the navy answered the threat."+
			"|Officials said sailing alone had been reckless.",
	), Options{})
	got := ownLoaded(r)
	for ai, words := range got {
		if slices.Contains(words, "attack") {
			t.Errorf("article %d: \"attack\", which every outlet writes for the event, is marked loaded: %q", ai, words)
		}
		if !slices.Contains(words, "reckless") {
			t.Errorf("article %d: the lexicon's \"reckless\" is gone though it judges: %q", ai, words)
		}
	}
	for _, w := range []string{"brazen", "heroic", "terror"} {
		if !slices.Contains(got[1], w) {
			t.Errorf("article 1: %q, its own choice, is not marked: %q", w, got[1])
		}
	}
	for _, ai := range []int{0, 2} {
		if !slices.Contains(got[ai], "threat") {
			t.Errorf("article %d: \"threat\", which one outlet does not write, is not marked: %q", ai, got[ai])
		}
	}
}

// TestSloganInCapitalsIsQuoted: a phrase an outlet prints in quotation
// marks, capitalised like a title ("War on Harbours"), is the speaker's
// wording, not the outlet's, even where the quote extractor takes it for
// no speech; and so is the phrase after a headline's opening mark that is
// never closed.
func TestSloganInCapitalsIsQuoted(t *testing.T) {
	r := Compare(docs(
		"Mayor Vows to End Council's “War on Harbours"+
			"|Mayor Ada Kessler is on the offensive, claiming in a new radio ad that the council is waging a \"War on Harbours,\" and that she can end it.",
		"Kessler promises to end council's harbour policy"+
			"|Mayor Ada Kessler promised on Monday to end what she called the council's war on harbours.",
	), Options{})
	for si, s := range r.Articles[0].Sentences {
		for _, m := range s.Framing {
			if m.Lemma == "war on" && !m.Quoted {
				t.Errorf("sentence %d %q: %q is marked the outlet's own words", si, s.Text, m.Lemma)
			}
		}
	}
}

// TestHeadlinesNameTheEvent: three invented outlets report that a
// council aide apologised for a post mocking a rival's children. Two
// headlines say the aide "apologizes": the apology is the news, and the
// word names it, in the headline, the lede and further down; it is no
// outlet's loaded wording and no group's framing difference. The third
// outlet's "ridiculing" (a word only one headline uses) and "berating",
// its own choices, stay its framing.
func TestHeadlinesNameTheEvent(t *testing.T) {
	r := Compare(docs(
		"Council aide apologizes for post ripping mayor's children"+
			"|A communications aide to councillor Dana Whitcombe had to apologize on Saturday for a post about Mayor Oren Tully's two children at the harbour festival."+
			"|The aide, Petra Lowe, wrote that the children should show a little class."+
			"|Lowe apologized again on Sunday in a longer statement.",
		"Aide quits after ridiculing mayor's children"+
			"|A council aide resigned on Monday after her post berating Mayor Oren Tully's two children at the harbour festival spread across the town."+
			"|The aide, Petra Lowe, wrote that the children should show a little class.",
		"Council staffer apologizes for lecturing mayor's children"+
			"|A council staffer on Saturday apologized for a post about Mayor Oren Tully's two children at the harbour festival."+
			"|Petra Lowe, the aide, wrote that the children should show a little class.",
	), Options{})
	got := ownLoaded(r)
	for ai, words := range got {
		if slices.Contains(words, "apologize") {
			t.Errorf("article %d: \"apologize\", which two of three headlines name the event with, is marked loaded: %q", ai, words)
		}
	}
	for _, g := range r.Groups {
		for _, d := range g.FramingDiffers {
			for _, w := range d.Words {
				if strings.HasPrefix(strings.ToLower(w), "apolog") {
					t.Errorf("group %s: %q is a framing difference of article %d", g.ID, w, d.Article)
				}
			}
		}
	}
	for _, w := range []string{"ridicule", "berate"} {
		if !slices.Contains(got[1], w) {
			t.Errorf("article 1: %q, its own choice, is not marked: %q", w, got[1])
		}
	}
}

// TestManyOutletsShareTheEventsWords: five invented outlets report a riot
// in the port town of Saltmere. Four of them write "riot", a VADER word:
// with five reports, a word most of them use is the story's, though one
// outlet does without it (and no headline names it). Four call it a
// "rampage", a label of storydiff's own lexicon, which stays however many
// use it; so do one outlet's "brazen" and two outlets' "fury", choices
// most do not share.
func TestManyOutletsShareTheEventsWords(t *testing.T) {
	r := Compare(docs(
		"Saltmere night of unrest after harbour closure"+
			"|A riot broke out in Saltmere on Friday after the council closed the harbour, and the rampage lasted until dawn."+
			"|Shop owners spoke of their fury at the council.",
		"Saltmere harbour front in ruins"+
			"|Brazen youths led a riot through Saltmere on Friday night, a rampage that began when the council closed the harbour.",
		"Night of unrest in Saltmere"+
			"|The riot in Saltmere began on Friday when the council shut the harbour, and the rampage went on through the night."+
			"|Residents voiced fury over the closure.",
		"Saltmere calm after harbour protest"+
			"|Crowds gathered in Saltmere on Friday after the council closed the harbour, and police cleared the quay by dawn.",
		"Harbour closure sparks Saltmere unrest"+
			"|A riot erupted in Saltmere on Friday over the closing of the harbour, and a rampage through the market followed.",
	), Options{})
	got := ownLoaded(r)
	for ai, words := range got {
		if slices.Contains(words, "riot") {
			t.Errorf("article %d: \"riot\", which four of five outlets write for the event, is marked loaded: %q", ai, words)
		}
		if ai != 3 && !slices.Contains(words, "rampage") {
			t.Errorf("article %d: the lexicon's \"rampage\" is gone though it judges: %q", ai, words)
		}
	}
	if !slices.Contains(got[1], "brazen") {
		t.Errorf("article 1: \"brazen\", its own choice, is not marked: %q", got[1])
	}
	for _, ai := range []int{0, 2} {
		if !slices.Contains(got[ai], "fury") {
			t.Errorf("article %d: \"fury\", which two of five outlets write, is not marked: %q", ai, got[ai])
		}
	}
}

// TestEveryOutletsSayingVerbNamesTheEvent: three invented outlets report
// that a harbour master apologised for mocking a ferry crew; one headline
// says so, and every outlet writes "apologized" in its body. The apology
// is then the news, as a VADER word every outlet writes is: no outlet's
// "apologized" is its concession against another's, and no group differs
// by it. A verb of saying with a tone that one outlet alone writes
// ("conceded") stays its framing.
func TestEveryOutletsSayingVerbNamesTheEvent(t *testing.T) {
	r := Compare(docs(
		"Harbour master apologizes for mocking ferry crew"+
			"|Harbour master Ivo Brandt apologized on Tuesday for remarks mocking the crew of the Tarrow ferry."+
			"|Brandt conceded that the remarks were unfair to the crew.",
		"Harbour master under fire over ferry remarks"+
			"|Harbour master Ivo Brandt faced criticism on Tuesday over remarks about the crew of the Tarrow ferry."+
			"|Brandt apologized to the crew in a statement later that day.",
		"Brandt's remarks about Tarrow ferry crew draw rebuke"+
			"|Ivo Brandt, the harbour master, drew a rebuke on Tuesday for remarks about the crew of the Tarrow ferry."+
			"|He apologized in a statement on Tuesday evening.",
	), Options{})
	conceded := false
	for ai, a := range r.Articles {
		for _, s := range a.Sentences {
			for _, m := range s.Framing {
				if m.Quoted || m.Kind != "attribution" {
					continue
				}
				if m.Lemma == "apologize" {
					t.Errorf("article %d: %q, which every outlet writes, is marked a concession: %q", ai, m.Text, s.Text)
				}
				conceded = conceded || m.Lemma == "concede"
			}
		}
	}
	if !conceded {
		t.Errorf("article 0's \"conceded\", its own choice, is not marked")
	}
	for _, g := range r.Groups {
		for _, d := range g.FramingDiffers {
			for _, w := range d.Words {
				if strings.HasPrefix(strings.ToLower(w), "apolog") {
					t.Errorf("group %s: %q is a framing difference of article %d", g.ID, w, d.Article)
				}
			}
		}
	}
}

// TestHeadlinesNounNamesTheEvent: a loaded word that one headline writes
// as a marked verb ("for Criticizing") and another as its noun, which no
// lexicon marks ("Faces Harsh Criticism"), names the story's event in
// two of three headlines, as the verb in both would: it frames nothing
// (BASIL 2014-22b6e900's "Criticizing" was listed as one outlet framing
// the fact differently). A third outlet's own stronger word ("mocks")
// stays its choice.
func TestHeadlinesNounNamesTheEvent(t *testing.T) {
	r := Compare(docs(
		"Councillor mocks Tarrow harbour master as 'a clerk with a whistle'"+
			"|Councillor Ada Rook was under fire on Tuesday after a recording surfaced of her mocking the Tarrow harbour master."+
			"|Rook said she respected the harbour master.",
		"Councillor Faces Harsh Criticism Over Harbour Remarks"+
			"|Councillor Ada Rook faced criticism on Tuesday after critical remarks she made about the Tarrow harbour master were made public."+
			"|Rook apologized to the harbour master in person.",
		"Councillor Apologizes for Criticizing Harbour Master"+
			"|Councillor Ada Rook apologized on Tuesday for remarks about the Tarrow harbour master after a recording surfaced."+
			"|Other councillors quickly criticized Ms. Rook.",
	), Options{})
	mocked := false
	for ai, a := range r.Articles {
		for _, s := range a.Sentences {
			for _, m := range s.Framing {
				if m.Quoted {
					continue
				}
				if m.Lemma == "criticize" {
					t.Errorf("article %d: %q, the act two headlines name, is marked: %q", ai, m.Text, s.Text)
				}
				mocked = mocked || m.Lemma == "mock"
			}
		}
	}
	if !mocked {
		t.Errorf("article 0's \"mocking\", its own choice, is not marked")
	}
}

// TestStoryNamesAreNoFraming: three invented outlets report the release
// of a council's "talking points" on a flood, a document each must name
// to tell the story, mostly as "the talking points". The lexicon's
// figure is then the story's name, in no outlet's framing. An idiom each
// uses as a figure ("a war of words", no article, no possessive) stays
// each one's framing.
func TestStoryNamesAreNoFraming(t *testing.T) {
	r := Compare(docs(
		"Council releases flood memos"+
			"|The Harwick council on Monday released the talking points its staff wrote after the flood."+
			"|The talking points were changed three times, the e-mails show."+
			"|The release followed a war of words between the mayor and the council.",
		"E-mails show fight over Harwick flood memo"+
			"|E-mails released on Monday show a fight over the council's talking points on the flood."+
			"|Aides rewrote the final talking points twice."+
			"|The mayor and the council have waged a war of words for weeks.",
		"Harwick memos out"+
			"|The council released its flood \"talking points\" on Monday."+
			"|Staff drafted the talking points in two days."+
			"|A war of words followed.",
	), Options{})
	for ai, words := range ownLoaded(r) {
		if slices.Contains(words, "talking points") {
			t.Errorf("article %d: \"talking points\", the document's name in every article, is marked loaded: %q", ai, words)
		}
		if !slices.Contains(words, "war of words") {
			t.Errorf("article %d: the figure \"war of words\" is gone: %q", ai, words)
		}
	}
}
