package align

import (
	"slices"
	"testing"

	"github.com/storydiff/storydiff/compare/textsim"
)

// paragraphs builds an article from paragraphs of sentences; the first
// paragraph is the headline.
func paragraphs(ps ...[]string) Article {
	var a Article
	for p, sents := range ps {
		for _, s := range sents {
			a.Sentences = append(a.Sentences, Sentence{Text: s, Paragraph: p, Alignable: true, Headline: p == 0, Lead: p <= 1})
		}
	}
	return a
}

// TestTwoParagraphsOfTwoFactsAreNotOneMember is shaped like a real BASIL
// event (Fox and the NYT on Trump leaving a debate): one outlet gives two
// facts two paragraphs of one sentence each (the mayor still plans an
// endorsement; the forum's sponsor), in an article whose other paragraphs
// hold several sentences; the other outlet's sentence on an awkward forum
// shares one uncommon word with the first and a few with the second. The
// two paragraphs were read as one member of a group on the awkward forum.
func TestTwoParagraphsOfTwoFactsAreNotOneMember(t *testing.T) {
	a := paragraphs(
		[]string{"Mayor Dana Holt quits as host of harbor forum, keeps option to run"},
		[]string{"Mayor Dana Holt said Tuesday that she is stepping down as host of a harbor forum later this month, after most council members declined to attend."},
		[]string{"Holt said she wanted to avoid any conflict of interest in case she runs as an independent next year.", "She called the decision a way to keep her options open."},
		[]string{"The two-term mayor said she wants voters to pick the right candidate, and she said she still plans to make an endorsement despite her threatened independent run."},
		[]string{"Though the May 3 forum is technically sponsored by the Harbor Trust, Holt quickly became the face of it after she was named as host."},
		[]string{"Council members Ana Ruiz and Tom Bell agreed to attend early on, but other members later bowed out.", "Holt praised the two for their courage."},
	)
	b := paragraphs(
		[]string{"Holt Won't Host Harbor Forum"},
		[]string{"Mayor Dana Holt announced on Tuesday that she would not host the harbor forum, leaving the door open to an independent run."},
		[]string{"Ms. Holt was facing an awkward task: hosting a forum that only two council members said they would attend."},
		[]string{"Ana Ruiz and Tom Bell were the only two council members who agreed to take part."},
	)
	arts := []Article{a, b}
	groups := New(arts, Options{}).Groups()
	if !grouped(groups, Member{0, []int{6}}, Member{1, []int{3}}) {
		t.Errorf("the two council members who agreed to attend are not one group: %+v", groups)
	}
	for _, g := range groups {
		for _, m := range g.Members {
			ss := arts[m.Article].Sentences
			for _, s := range m.Sentences[1:] {
				if ss[s].Paragraph != ss[m.Sentences[0]].Paragraph {
					t.Errorf("article %d's member %v spans paragraphs %d and %d", m.Article, m.Sentences, ss[m.Sentences[0]].Paragraph, ss[s].Paragraph)
				}
			}
		}
	}
}

// grouped reports whether one group holds the given members' sentences.
func grouped(groups []Group, want ...Member) bool {
	for _, g := range groups {
		has := 0
		for _, w := range want {
			for _, m := range g.Members {
				if m.Article == w.Article && slices.Contains(m.Sentences, w.Sentences[0]) {
					has++
				}
			}
		}
		if has == len(want) {
			return true
		}
	}
	return false
}

// TestPronounContinuesAcrossParagraphs: a paragraph that opens with a
// pronoun goes on with the paragraph before ("She was 85."), and the two
// may be read as one member though the second shares no uncommon word with
// the other outlet; a paragraph that opens otherwise may not.
func TestPronounContinuesAcrossParagraphs(t *testing.T) {
	other := "The 85-year-old Vale died Thursday at an Oakport hospital after suffering a heart attack, her agent said."
	for _, c := range []struct {
		next string
		join bool
	}{
		{"She was 85.", true},
		{"\u201cShe was 85,\u201d her agent said.", true},
		{"The actress was 85.", false},
		{"Shelly was 85.", false},
	} {
		arts := []Article{
			paragraphs([]string{"Pin-up star Nora Vale dies"}, []string{"Vale died on Thursday at a hospital in Oakport after a heart attack."}, []string{c.next}),
			paragraphs([]string{"Nora Vale, pin-up icon, dead"}, []string{other}),
		}
		e := newEngine(arts, &textsim.Default)
		if got := e.ownParagraphEvidence(0, 2, []int{e.gids[0][1]}, []int{e.gids[1][1]}); got != c.join {
			t.Errorf("%q after the paragraph on Vale's death: may join %v, want %v", c.next, got, c.join)
		}
	}
}
