package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/storydiff/storydiff/compare"
)

// framedFixture is the fixture with sentence markers and one group whose
// outlets frame the fact differently: Coastline's "landmark" agreement.
func framedFixture(t *testing.T) *compare.Report {
	rep := loadFixture(t)
	mark := func(a, s int, word, kind, tone, cat string, quoted bool) {
		sen := &rep.Articles[a].Sentences[s]
		i := strings.Index(sen.Text, word)
		if i < 0 {
			t.Fatalf("fixture sentence %d/%d lacks %q", a, s, word)
		}
		sen.Framing = append(sen.Framing, compare.Marker{Article: a, Kind: kind, Text: word, Lemma: word, Tone: tone,
			Category: cat, Start: sen.Start + i, End: sen.Start + i + len(word), Quoted: quoted})
	}
	mark(2, 1, "landmark", "loaded", "positive", "evaluative", false)
	mark(2, 1, "reportedly", "hedge", "", "hedge", false)
	mark(0, 3, "great", "loaded", "positive", "sentiment", true)
	mark(0, 3, "said", "attribution", "neutral", "neutral verb", false)
	mark(1, 4, "contract", "loaded", "negative", "label", false) // a sentence in no group
	differ(t, rep, 2, "landmark")
	return rep
}

// differ makes the group whose framing holds article a's word framed
// differently by that word, as compare's divergence rule would: the group
// diverges, its framing_differs names the word and the marker Differs.
func differ(t *testing.T, rep *compare.Report, a int, word string) *compare.Group {
	t.Helper()
	for gi := range rep.Groups {
		g := &rep.Groups[gi]
		for mi := range g.Framing {
			if mk := &g.Framing[mi]; mk.Article == a && mk.Text == word {
				mk.Distinct, mk.Differs = true, true
				g.DivergentFraming = true
				g.FramingDiffers = append(g.FramingDiffers, compare.FramingDiff{Article: a, Words: []string{word}})
				return g
			}
		}
	}
	t.Fatalf("no group's framing holds article %d's %q", a, word)
	return nil
}

// lineWith returns the first line of the view holding sub, stripped.
func lineWith(view, sub string) string {
	for _, l := range strings.Split(ansi.Strip(view), "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}

// Framing words are coloured in every pane, focused or not; neutral verbs
// of saying and the speaker's quoted words are not the outlet's framing.
func TestPanesMarkFramingEverywhere(t *testing.T) {
	m := newTestModel(t, framedFixture(t), 120, 30)
	st := &m.styles
	v := m.View().Content
	if !strings.Contains(v, st.Text[tsFrameLoaded].Render("landmark")) {
		t.Error("“landmark” is not marked before any group is focused")
	}
	if !strings.Contains(v, st.Text[tsFrameHedge].Render("reportedly")) {
		t.Error("“reportedly” is not marked in an unfocused pane")
	}
	if strings.Contains(v, st.Text[tsFrameLoaded].Render("great")) {
		t.Error("the mayor's quoted “great” is drawn as the outlet's framing")
	}
}

// A group framed differently carries ≠ in the gutter of each member, and t
// can make n visit only such groups.
func TestDivergentFramingGutterAndFilter(t *testing.T) {
	m := newTestModel(t, framedFixture(t), 120, 30)
	for _, sub := range []string{"The port signed a $1.2", "Blue Line and the port"} {
		l := lineWith(m.View().Content, sub)
		if !strings.Contains(l, markFraming+" ") {
			t.Errorf("line of the group framed differently lacks %s: %q", markFraming, l)
		}
	}
	if l := lineWith(m.View().Content, "Officials claimed"); strings.Contains(l, markFraming) {
		t.Errorf("a group not framed differently has %s: %q", markFraming, l)
	}
	m = press(m, "t")
	if !strings.Contains(ansi.Strip(m.View().Content), "groups framed differently") {
		t.Fatal("the t menu does not offer the groups framed differently")
	}
	m = press(m, "7")
	if m.filter != filterFraming {
		t.Fatalf("t 7 chose %v, want the groups framed differently", m.filter)
	}
	m = press(m, "n")
	if m.cur < 0 || m.ix.items[m.cur].group != 1 {
		t.Fatalf("n with the framing filter went to item %+v, want group 1", m.ix.items[max(m.cur, 0)])
	}
	cur := m.cur
	if m = press(m, "n"); m.cur != cur {
		t.Errorf("n moved on to %+v, the only group framed differently is 1", m.ix.items[m.cur])
	}
	m = press(m, "enter")
	v := ansi.Strip(m.View().Content)
	if flat := strings.Join(strings.Fields(v), " "); !strings.Contains(flat, "framed differently: Harbor Herald: no such words; Meridian Wire: no such words; Coastline Daily Evening Edition Online: landmark") {
		t.Errorf("inspector does not say how the outlets frame the fact differently:\n%s", v)
	}
}

// The inspector sets the speaker's quoted words apart from the outlet's.
func TestInspectorSpeakersWords(t *testing.T) {
	m := newTestModel(t, framedFixture(t), 120, 40)
	for i := 0; i < 10 && (m.cur < 0 || m.ix.items[m.cur].group != 3); i++ {
		m = press(m, "n")
	}
	m = press(m, "enter")
	v := ansi.Strip(m.View().Content)
	if !strings.Contains(v, "speaker's words: great (sentiment, positive)") {
		t.Errorf("inspector of the quote group does not give “great” to the speaker:\n%s", v)
	}
}

// A sentence only one outlet wrote lists its framing words too.
func TestInspectorUniqueSentenceFraming(t *testing.T) {
	m := newTestModel(t, framedFixture(t), 120, 40)
	for i := 0; i < 20 && (m.cur < 0 || m.ix.items[m.cur].kind != kindUnique || m.ix.items[m.cur].article != 1); i++ {
		m = press(m, "n")
	}
	m = press(m, "enter")
	v := ansi.Strip(m.View().Content)
	if !strings.Contains(v, "framing: contract (label, negative)") {
		t.Errorf("inspector of Meridian's unique sentence lacks its framing words:\n%s", v)
	}
}

// The overview says which outlet frames facts apart from the others, and
// with which words.
func TestOverviewFramedApart(t *testing.T) {
	m := newTestModel(t, framedFixture(t), 120, 60)
	m = press(m, "o")
	v := strings.Join(strings.Fields(ansi.Strip(m.View().Content)), " ")
	if !strings.Contains(v, "framed apart in 1 fact: landmark") {
		t.Errorf("overview does not say Coastline frames a fact apart:\n%s", ansi.Strip(m.View().Content))
	}
	if strings.Count(v, "framed apart") != 1 {
		t.Errorf("overview says %d outlets frame facts apart, want only Coastline", strings.Count(v, "framed apart"))
	}
}
