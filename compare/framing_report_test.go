package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/framing"
	"github.com/storydiff/storydiff/compare/ingest"
)

func demoReport(t *testing.T) *Report {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(demoDir, "*.txt"))
	var docs []*ingest.Document
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		d, err := ingest.Parse(n, data)
		if err != nil {
			t.Fatal(err)
		}
		d.Label = filepath.Base(n)
		docs = append(docs, d)
	}
	return Compare(docs, Options{})
}

// markedAs returns the sentence markers of the report whose text is word,
// as "kind/category/quoted".
func markedAs(r *Report, word string) []string {
	var out []string
	for _, a := range r.Articles {
		for _, s := range a.Sentences {
			for _, m := range s.Framing {
				if strings.EqualFold(m.Text, word) {
					q := ""
					if m.Quoted {
						q = "/quoted"
					}
					out = append(out, m.Kind+"/"+m.Category+q)
				}
			}
		}
	}
	return out
}

// Every sentence carries its markers, headlines and sentences only one
// outlet wrote included; the misfires are gone.
func TestSentenceFramingDemo(t *testing.T) {
	r := demoReport(t)
	for word, want := range map[string]string{
		"giveaway": "loaded/label", // a headline: "Pier 9 giveaway?"
		"slammed":  "attribution/emotive verb",
		"raucous":  "loaded/evaluative",
	} {
		if got := markedAs(r, word); !slices.Contains(got, want) {
			t.Errorf("%q marked %v, want %s", word, got, want)
		}
	}
	for _, word := range []string{"approved", "handed"} {
		if got := markedAs(r, word); len(got) > 0 {
			t.Errorf("%q marked %v, want no marker", word, got)
		}
	}
	headline := r.Articles[2].Sentences[0]
	if headline.Role != RoleHeadline || len(headline.Framing) == 0 {
		t.Errorf("Coastline's headline (role %s) has markers %+v, want its own", headline.Role, headline.Framing)
	}
	// A sentence only one outlet wrote, in no group, carries its own too.
	alone := r.Articles[2].Sentences[find(t, r, 2, "raucous public hearing")]
	if alone.Group != nil || len(alone.Framing) == 0 {
		t.Errorf("Coastline's hearing sentence (group %v) has markers %+v, want its own and no group", alone.Group, alone.Framing)
	}
}

// Words inside quotation marks are the speaker's: marked quoted in the
// sentence, left out of the group's framing and of the divergence.
func TestQuotedFramingIsTheSpeakers(t *testing.T) {
	r := demoReport(t)
	quoted := 0
	for _, a := range r.Articles {
		for _, s := range a.Sentences {
			for _, m := range s.Framing {
				if m.Quoted {
					quoted++
				}
			}
		}
	}
	if quoted == 0 {
		t.Fatal("no marker in the demo is inside a quotation; the demo quotes loaded words")
	}
	for _, g := range r.Groups {
		for _, m := range g.Framing {
			if m.Quoted {
				t.Errorf("group %s lists the speaker's %q as framing", g.ID, m.Text)
			}
		}
	}
}

// A group framed differently names, per member, words that member's own
// framing holds and another member lacks.
func TestDivergentFramingWords(t *testing.T) {
	r := demoReport(t)
	n := 0
	for _, g := range r.Groups {
		if !g.DivergentFraming {
			if len(g.FramingDiffers) != 0 {
				t.Errorf("group %s is not divergent but lists %v", g.ID, g.FramingDiffers)
			}
			continue
		}
		n++
		if len(g.FramingDiffers) == 0 {
			t.Errorf("divergent group %s lists no words", g.ID)
		}
		for _, d := range g.FramingDiffers {
			for _, w := range d.Words {
				if !slices.ContainsFunc(g.Framing, func(m Marker) bool { return m.Article == d.Article && m.Text == w && m.Distinct }) {
					t.Errorf("group %s: %q is not a distinct marker of article %d", g.ID, w, d.Article)
				}
			}
		}
	}
	if n == 0 {
		t.Error("no group of the demo is framed differently; Coastline's \"stunning\" deal against the others' plain one is")
	}
}

// The markers that Differ are the words framing_differs lists, no more:
// every reader marks ≠ by Differs, so a word the divergence rule does not
// count (VADER's "stealing", a hedge, a plain "said") or one in a group
// below the rule's bar is Distinct but claims no difference.
func TestDiffersAreTheWordsFramingDiffersLists(t *testing.T) {
	invented := Compare(docs(
		"Harbour row deepens|Senator Mara Voss incited a crowd of dock workers on Tuesday, accusing Mayor Tom Reddy of stealing money from the harbour fund.",
		"Council to meet|Senator Mara Voss told a crowd of dock workers on Tuesday that Mayor Tom Reddy had taken money from the harbour fund.",
	), Options{})
	found := false
	for _, g := range invented.Groups {
		for _, m := range g.Framing {
			if m.Text == "stealing" {
				found = true
				if !m.Distinct || m.Differs || !g.DivergentFraming {
					t.Errorf("“stealing” (%s): distinct %v, differs %v, group framed differently %v; want distinct, not differing, in a group framed differently by “incited”",
						m.Category, m.Distinct, m.Differs, g.DivergentFraming)
				}
			}
		}
	}
	if !found {
		t.Fatal("the invented pair's “stealing” is in no group's framing")
	}
	for name, r := range map[string]*Report{"invented": invented, "demo": demoReport(t)} {
		for _, g := range r.Groups {
			var listed, differ []string
			for _, d := range g.FramingDiffers {
				for _, w := range d.Words {
					listed = append(listed, fmt.Sprint(d.Article, w))
				}
			}
			for _, m := range g.Framing {
				if m.Differs && !slices.Contains(differ, fmt.Sprint(m.Article, m.Text)) {
					differ = append(differ, fmt.Sprint(m.Article, m.Text))
					if !m.Distinct || !g.DivergentFraming {
						t.Errorf("%s group %s: %q differs but is not distinct, or the group does not diverge", name, g.ID, m.Text)
					}
				}
			}
			slices.Sort(listed)
			slices.Sort(differ)
			if !slices.Equal(listed, differ) {
				t.Errorf("%s group %s: framing_differs %v, markers that differ %v", name, g.ID, listed, differ)
			}
		}
	}
}

// The seed pair: the loaded wording of one outlet, inside and outside
// groups, and no marker inside the name "Notorious Markets".
func TestSentenceFramingSeeds(t *testing.T) {
	r := seedReport(t)
	for word, want := range map[string]string{
		"pariahs":          "loaded/label",
		"slap in the face": "loaded/figurative",
		"confrontational":  "loaded/evaluative",
	} {
		if got := markedAs(r, word); !slices.Contains(got, want) {
			t.Errorf("%q marked %v, want %s", word, got, want)
		}
	}
	if got := markedAs(r, "Notorious"); len(got) > 0 {
		t.Errorf("\"Notorious\" of \"Notorious Markets\" marked %v", got)
	}
}

// A word the article writes elsewhere only as a name is no marker where
// it opens a sentence: "Dick" of Sen. Dick Durbin.
func TestNoMarkerOnANameOpeningASentence(t *testing.T) {
	a, err := ingest.Parse("a.txt", []byte("Senate passes the bill\n\n"+
		"The bill passed on Tuesday with the support of Sen. Dick Durbin, the No. 2 Democrat.\n\n"+
		"Dick has attended hundreds of hearings on the bill since 2009.\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := ingest.Parse("b.txt", []byte("Bill clears the Senate\n\n"+
		"The bill passed on Tuesday, backed by Sen. Dick Durbin of Illinois.\n"))
	if err != nil {
		t.Fatal(err)
	}
	r := Compare([]*ingest.Document{a, b}, Options{})
	if got := markedAs(r, "Dick"); len(got) > 0 {
		t.Errorf("the name %q is marked %v", "Dick", got)
	}
	// The word is one VADER rates: the rule, not the lexicon, keeps it out.
	if len(framing.Markers("Dick has attended hundreds of hearings.")) == 0 {
		t.Fatal("no marker on the sentence alone: the test needs a word the lexicon rates")
	}
}

// A framing word most of a large group's members use is the story's common
// wording, and one word's forms frame alike. Of five articles on a mall
// shooting, four call it a rampage: none of them frames the fact apart from
// the fifth, which is plain. Of two outlets on an apology, "apologized"
// and "offered an apology" are one choice. Three outlets keep the rule the
// BASIL fit chose: a word one of them lacks is the others' choice.
func TestCommonWordingIsNoFramingChoice(t *testing.T) {
	distinct := func(r *Report, lemma string) (n, of int) {
		for _, g := range r.Groups {
			for _, m := range g.Framing {
				if strings.HasPrefix(m.Lemma, lemma) {
					of++
					if m.Distinct {
						n++
					}
				}
			}
		}
		return n, of
	}
	mall := []string{
		"Four killed at Linden Mall|A gunman went on a rampage at the Linden Mall in Corvale on Saturday, killing four shoppers before police shot him, officers said.",
		"Shooting at Corvale mall|A gunman went on a rampage through the Linden Mall in Corvale on Saturday, killing four shoppers before police shot him, officers said.",
		"Corvale gunman kills four|On Saturday a gunman went on a rampage at Corvale's Linden Mall, killing four shoppers before he was shot by police, officers said.",
		"Mall attack in Corvale|A gunman's rampage at the Linden Mall in Corvale on Saturday killed four shoppers before police shot him, officers said.",
		"Four dead in Corvale|A gunman opened fire at the Linden Mall in Corvale on Saturday, killing four shoppers before police shot him, officers said.",
	}
	if n, of := distinct(Compare(docs(mall...), Options{}), "rampage"); of < 4 || n != 0 {
		t.Errorf("five articles, four say rampage: %d of %d group markers distinct; want 0 of at least 4", n, of)
	}
	if n, of := distinct(Compare(docs(mall[0], mall[1], mall[4]), Options{}), "rampage"); of != 2 || n != 2 {
		t.Errorf("three articles, two say rampage: %d of %d group markers distinct; want 2 of 2", n, of)
	}
	// Two of five say "apologized", three "an apology", which no lexicon
	// marks: all five use the word. (Only one headline names the apology:
	// most would make it the story's event, its word gone from every
	// article; see storyWords.)
	apology := Compare(docs(
		"Mayor sorry for remarks|Mayor Ilse Varga apologized on Monday for her remarks about the Dunmore flood victims, her office said.",
		"Varga apologizes|Mayor Ilse Varga apologized on Monday for her remarks about the Dunmore flood victims, her office said in a statement.",
		"Varga says sorry|Mayor Ilse Varga offered an apology on Monday for her remarks about the Dunmore flood victims, her office said.",
		"Dunmore mayor on flood remarks|Mayor Ilse Varga made an apology on Monday for her remarks about the Dunmore flood victims, her office said.",
		"Varga and the flood victims|On Monday Mayor Ilse Varga issued an apology for her remarks about the Dunmore flood victims, her office said.",
	), Options{})
	if n, of := distinct(apology, "apolog"); of < 2 || n != 0 {
		t.Errorf("apologized ×2 / an apology ×3: %d of %d group markers distinct; want none of at least 2", n, of)
	}
}
