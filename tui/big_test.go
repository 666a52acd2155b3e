package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/storydiff/storydiff/compare"
)

// bigArticles builds a report by hand, as large as the engine would take
// long to compare: two articles of n sentences each, every tenth pair
// grouped, and "harbor" in every hundredth sentence.
func bigArticles(n int) *compare.Report {
	rep := &compare.Report{Version: compare.ReportVersion, Quotes: []compare.Quote{}, Facts: []compare.Fact{}}
	for a := range 2 {
		art := compare.Article{Label: fmt.Sprintf("Outlet %d", a+1), Source: fmt.Sprintf("a%d.txt", a)}
		var text strings.Builder
		for s := range n {
			t := fmt.Sprintf("Sentence %d of outlet %d says the port board met on Monday to vote on the lease.", s, a+1)
			if s%100 == 7 {
				t = fmt.Sprintf("The harbor master spoke, sentence %d.", s)
			}
			if s > 0 {
				text.WriteString(" ")
			}
			start := text.Len()
			text.WriteString(t)
			art.Sentences = append(art.Sentences, compare.Sentence{Paragraph: s / 5, Start: start, End: text.Len(), Text: t, Role: compare.RoleBody})
		}
		art.Text = text.String()
		rep.Articles = append(rep.Articles, art)
	}
	for s := 0; s < n; s += 10 {
		rep.Groups = append(rep.Groups, compare.Group{ID: fmt.Sprintf("g%d", s), Kind: compare.KindShared, Similarity: 0.9,
			Members: []compare.Member{{Article: 0, Sentences: []int{s}}, {Article: 1, Sentences: []int{s}}}})
	}
	return rep
}

// oneHugeSentence is a report whose second article is one sentence of
// about size bytes, with "harbor" every 500 bytes.
func oneHugeSentence(size int) *compare.Report {
	rep := bigArticles(20)
	var b strings.Builder
	for b.Len() < size {
		b.WriteString("the harbor board met again and again and voted on the lease for the pier and the port ")
		for range 4 {
			b.WriteString("and the lease for the pier and the port and the board voted again on the lease ")
		}
	}
	t := b.String()
	rep.Articles[1].Text = t
	rep.Articles[1].Sentences = []compare.Sentence{{Text: t, End: len(t), Role: compare.RoleBody}}
	rep.Groups = nil
	return rep
}

func benchmarkKeys(b *testing.B, rep *compare.Report, setup []string, keys ...string) {
	m := press(newTestModel(b, rep, 160, 50), setup...)
	b.ResetTimer()
	for b.Loop() {
		n := press(m, keys...)
		_ = n.View()
	}
}

func search(q string) []string {
	return append(append([]string{"/"}, strings.Split(q, "")...), "enter")
}

// BenchmarkSearch100k searches 100,000 sentences (two articles of 50,000)
// for a word in one sentence of a hundred, and draws the frame.
func BenchmarkSearch100k(b *testing.B) {
	benchmarkKeys(b, bigArticles(50000), []string{"/", "h", "a", "r", "b"}, "o", "r", "enter")
}

func BenchmarkNextMatch100k(b *testing.B) {
	benchmarkKeys(b, bigArticles(50000), search("harbor"), "n")
}

func BenchmarkMarkReviewed100k(b *testing.B) {
	benchmarkKeys(b, bigArticles(50000), []string{"n"}, "x")
}

func BenchmarkSearchHugeSentence(b *testing.B) {
	benchmarkKeys(b, oneHugeSentence(1<<20), []string{"/", "h", "a", "r", "b"}, "o", "r", "enter")
}

func BenchmarkNextInHugeSentence(b *testing.B) {
	benchmarkKeys(b, oneHugeSentence(1<<20), search("harbor"), "n")
}

func BenchmarkClearSearchHugeSentence(b *testing.B) {
	benchmarkKeys(b, oneHugeSentence(1<<20), search("harbor"), "esc")
}

func BenchmarkResize100k(b *testing.B) {
	m := newTestModel(b, bigArticles(50000), 160, 50)
	i := 0
	for b.Loop() {
		m = send(m, tea.WindowSizeMsg{Width: 150 + i%20, Height: 50})
		_ = m.View()
		i++
	}
}

func BenchmarkPage100k(b *testing.B) { benchmarkKeys(b, bigArticles(50000), nil, "space") }

// rendered counts the sentences a pane has drawn and the lines of them it
// has rendered.
func rendered(pn pane) (sentences, lines int) {
	for _, c := range []*sentenceCache{pn.draw, pn.fdraw} {
		if c == nil {
			continue
		}
		for _, d := range c.drawn {
			sentences++
			for _, l := range d.lines {
				if l != "" {
					lines++
				}
			}
		}
	}
	return sentences, lines
}

// A frame renders only what is on screen, however big the articles: a
// search over 100,000 sentences, n to a match, a mark, and n into a
// sentence of a megabyte render at most a screenful of lines.
func TestFramesRenderOnlyTheScreen(t *testing.T) {
	for _, c := range []struct {
		name string
		rep  *compare.Report
		keys []string
	}{
		{"100k sentences", bigArticles(50000), append(search("harbor"), "n", "x", "G", "N")},
		{"a 1 MB sentence", oneHugeSentence(1 << 20), append(search("harbor"), "n", "n", "esc", "G")},
	} {
		m := newTestModel(t, c.rep, 160, 50)
		for _, k := range c.keys {
			m = press(m, k)
			before := make([][2]int, len(m.lay.panes))
			for p, pn := range m.lay.panes {
				before[p][0], before[p][1] = rendered(pn)
			}
			_ = m.View()
			for p, pn := range m.lay.panes {
				s, l := rendered(pn)
				s, l = s-before[p][0], l-before[p][1]
				if l > m.bodyHeight() || s > m.bodyHeight() {
					t.Errorf("%s, after %s: pane %d drew %d sentences and %d lines for a %d-line screen", c.name, k, p, s, l, m.bodyHeight())
				}
			}
		}
		if c.name == "100k sentences" && !strings.Contains(m.View().Content, "match") {
			t.Errorf("%s: the search is not shown", c.name)
		}
	}
}
