// Package synthreport builds large comparison reports directly, without
// running the engine, for the report writers' benchmarks and growth tests:
// two articles of n sentences each where two sentences in three are a
// shared fact with a word diff, one in ten holds a variant quote matched
// across the articles (one in thirty a unique one), and one in twenty-five
// a conflicting figure. Every index points at something that exists.
package synthreport

import (
	"fmt"
	"strings"

	"github.com/storydiff/storydiff/compare"
)

// Report builds a report of two articles with n sentences each.
func Report(n int) *compare.Report {
	rep := &compare.Report{Version: compare.ReportVersion}
	labels := []string{"Harbor Herald", "Meridian Wire"}
	for a := range 2 {
		var b strings.Builder
		art := compare.Article{Label: labels[a], Source: fmt.Sprintf("article%d.txt", a+1), Format: "text",
			Title: fmt.Sprintf("Council story, version %d", a+1), Sentences: make([]compare.Sentence, n)}
		for s := range n {
			if s > 0 {
				if s%5 == 0 {
					b.WriteString("\n\n")
				} else {
					b.WriteByte(' ')
				}
			}
			text := sentenceText(a, s)
			role := compare.RoleBody
			switch s {
			case 0:
				role = compare.RoleHeadline
			case 1:
				role = compare.RoleLede
			}
			sen := compare.Sentence{Start: b.Len(), Text: text, Paragraph: s / 5, Role: role,
				Nearest: []compare.Nearest{{Article: 1 - a, Sentence: s, Similarity: 0.8}}}
			b.WriteString(text)
			sen.End = b.Len()
			if grouped(s) {
				id := groupID(s)
				sen.Group = &id
			}
			art.Sentences[s] = sen
		}
		art.Text = b.String()
		art.Summary = compare.Summary{Shared: 2 * n / 3, Unique: n / 3, Originality: 0.33,
			Coverage: make([]bool, 0), Omitted: []string{}, Framing: map[string]int{"attribution": n / 10}}
		rep.Articles = append(rep.Articles, art)
	}
	for s := range n {
		if grouped(s) {
			rep.Groups = append(rep.Groups, compare.Group{
				ID: groupID(s), Kind: compare.KindShared, Similarity: 0.8,
				Members: []compare.Member{{Article: 0, Sentences: []int{s}}, {Article: 1, Sentences: []int{s}}},
				Related: []compare.Member{}, Within: []compare.Member{},
				Diff: []compare.Diff{{From: 0, To: 1, Ops: []compare.DiffOp{
					{Op: compare.OpEqual, Text: fmt.Sprintf("Sentence %d says the council approved the plan", s)},
					{Op: compare.OpDelete, Text: " on Monday"}, {Op: compare.OpInsert, Text: " late on Monday"},
					{Op: compare.OpEqual, Text: " after a debate."}}}},
				Prominence: []compare.Position{{Article: 0, Place: fmt.Sprintf("paragraph %d", s/5+1), Paragraph: s / 5},
					{Article: 1, Place: fmt.Sprintf("paragraph %d", s/5+1), Paragraph: s / 5}},
			})
		}
		if s%10 == 3 { // a quote both render, differently
			for a := range 2 {
				q := quote(rep, a, s, "variant")
				q.Matches = []compare.QuoteMatch{{Quote: quoteID(1-a, s), Relation: "altered", Diff: []compare.DiffOp{
					{Op: compare.OpEqual, Text: "we will"}, {Op: compare.OpDelete, Text: " surely"}, {Op: compare.OpEqual, Text: " build it"}}}}
				rep.Quotes = append(rep.Quotes, q)
			}
		}
		if s%30 == 7 {
			rep.Quotes = append(rep.Quotes, quote(rep, 0, s, "unique"))
		}
		if s%25 == 11 {
			f := compare.Fact{ID: fmt.Sprintf("f%d", s), Kind: "count", Status: compare.FactConflict}
			for a := range 2 {
				sen := rep.Articles[a].Sentences[s]
				i := strings.Index(sen.Text, "400")
				f.Mentions = append(f.Mentions, compare.FactMention{Article: a, Sentence: s,
					Start: sen.Start + i, End: sen.Start + i + 9, Text: sen.Text[i : i+9], Value: float64(400 + 50*a), Unit: "jobs"})
			}
			rep.Facts = append(rep.Facts, f)
		}
	}
	return rep
}

func grouped(s int) bool      { return s%3 != 2 }
func groupID(s int) string    { return fmt.Sprintf("g%d", s) }
func quoteID(a, s int) string { return fmt.Sprintf("q%d-%d", a, s) }

// sentenceText is sentence s of article a: unique sentences differ
// between the articles; every sentence has a quotation and a figure.
func sentenceText(a, s int) string {
	who := "the mayor"
	if !grouped(s) {
		who = fmt.Sprintf("outlet %d's source %d", a+1, s)
	}
	return fmt.Sprintf("Sentence %d says the council approved the plan on Monday after a debate, and %s said “we will surely build it” for 400 jobs.", s, who)
}

func quote(rep *compare.Report, a, s int, status string) compare.Quote {
	sen := rep.Articles[a].Sentences[s]
	i := strings.Index(sen.Text, "“") + len("“")
	j := strings.Index(sen.Text, "”")
	id := quoteID(a, s)
	if status == "unique" {
		id = fmt.Sprintf("u%d-%d", a, s)
	}
	return compare.Quote{ID: id, Article: a, Sentence: s, Start: sen.Start + i, End: sen.Start + j,
		Text: sen.Text[i:j], Speaker: "the mayor", Status: status}
}
