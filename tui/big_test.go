package tui

import (
	"fmt"
	"strings"
	"testing"

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
