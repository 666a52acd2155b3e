package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/storydiff/storydiff/compare"
)

// writeText prints a readable summary of the report: the articles, each
// group with every outlet's version, and what only one outlet says.
func writeText(w io.Writer, r *compare.Report) {
	shared, related, moved := 0, 0, 0
	for _, g := range r.Groups {
		if g.Kind == compare.KindShared {
			shared++
		} else {
			related++
		}
		if g.Moved {
			moved++
		}
	}
	fmt.Fprintf(w, "storydiff: %d articles, %d groups of sentences reporting the same fact (%d shared, %d related, %d moved)\n\n",
		len(r.Articles), len(r.Groups), shared, related, moved)

	fmt.Fprintln(w, "ARTICLES")
	for i, a := range r.Articles {
		grouped, unique, skipped := 0, 0, 0
		for _, s := range a.Sentences {
			switch {
			case !s.Role.Alignable():
				skipped++
			case s.Group != nil:
				grouped++
			default:
				unique++
			}
		}
		fmt.Fprintf(w, "  [%d] %s", i+1, a.Label)
		if a.Title != "" {
			fmt.Fprintf(w, ": %s", quoted(a.Title))
		}
		if a.Byline != "" {
			fmt.Fprintf(w, ", by %s", a.Byline)
		}
		if a.Date != "" {
			fmt.Fprintf(w, ", %s", a.Date)
		}
		fmt.Fprintf(w, "\n      %d sentences: %d in groups, %d only here, %d captions or boilerplate\n", len(a.Sentences), grouped, unique, skipped)
		writeSummary(w, r, a.Summary)
	}

	fmt.Fprintln(w, "\nFACTS IN MORE THAN ONE ARTICLE (in order of first appearance)")
	for _, g := range r.Groups {
		flags := string(g.Kind)
		if g.Moved {
			flags += ", moved"
		}
		if g.DivergentFraming {
			flags += ", framed differently"
		}
		fmt.Fprintf(w, "\n  %s  %s, similarity %.2f\n", g.ID, flags, g.Similarity)
		for _, m := range g.Members {
			a := r.Articles[m.Article]
			fmt.Fprintf(w, "    [%d] %s %s\n", m.Article+1, place(a, m.Sentences[0]), memberText(a, m))
		}
		for _, d := range g.Diff {
			if changed(d) {
				fmt.Fprintf(w, "        [%d]→[%d] %s\n", d.From+1, d.To+1, diffLine(d.Ops))
			}
		}
		if f := framingLine(g); f != "" {
			fmt.Fprintf(w, "        framing: %s\n", f)
		}
	}
	writeQuotes(w, r)
	writeFacts(w, r)

	fmt.Fprintln(w, "\nONLY IN ONE ARTICLE")
	for i, a := range r.Articles {
		var lines []string
		for si, s := range a.Sentences {
			if s.Role.Alignable() && s.Group == nil {
				lines = append(lines, fmt.Sprintf("    %s %s", place(a, si), s.Text))
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "  [%d] %s\n%s\n", i+1, a.Label, strings.Join(lines, "\n"))
		}
	}
}

// place says where sentence si sits: its role or paragraph number.
func place(a compare.Article, si int) string {
	s := a.Sentences[si]
	switch s.Role {
	case compare.RoleHeadline, compare.RoleLede:
		return "(" + string(s.Role) + ")"
	}
	return fmt.Sprintf("(¶%d)", s.Paragraph+1)
}

func memberText(a compare.Article, m compare.Member) string {
	parts := make([]string, len(m.Sentences))
	for i, s := range m.Sentences {
		parts[i] = a.Sentences[s].Text
	}
	return strings.Join(parts, " ")
}

func changed(d compare.Diff) bool {
	for _, op := range d.Ops {
		if op.Op != compare.OpEqual {
			return true
		}
	}
	return false
}

// diffLine renders a word diff on one line in the plain-text notation
// [-old-]{+new+}.
func diffLine(ops []compare.DiffOp) string {
	return compare.DiffNotation(ops, func(t string) string { return strings.ReplaceAll(t, "\n", " ") })
}
