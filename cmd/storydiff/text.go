package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

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
	fmt.Fprintf(w, "storydiff: %s, %s of sentences reporting the same fact (%d shared, %d related, %d moved)\n\n",
		count(len(r.Articles), "article"), count(len(r.Groups), "group"), shared, related, moved)

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
		fmt.Fprintf(w, "  [%d] %s", i+1, flat(a.Label))
		if a.Title != "" {
			fmt.Fprintf(w, ": %s", quoted(a.Title))
		} else {
			// As the panes and the memo say it: a bare file name reads as
			// a headline left out by the report.
			fmt.Fprintf(w, ": %s", noHeadline)
		}
		if a.Byline != "" {
			fmt.Fprintf(w, ", by %s", flat(a.Byline))
		}
		if a.Date != "" {
			fmt.Fprintf(w, ", %s", flat(a.Date))
		}
		fmt.Fprintf(w, "\n      %s: %d in groups, %d only here, %s or boilerplate\n", count(len(a.Sentences), "sentence"), grouped, unique, count(skipped, "caption"))
		if left := a.LeftOut.String(); left != "" {
			fmt.Fprintf(w, "      page furniture left out: %s\n", left)
		}
		writeSummary(w, r, i)
	}

	fmt.Fprintln(w, "\nFACTS IN MORE THAN ONE ARTICLE (in order of first appearance)")
	none, weak := r.OffStory()
	switch {
	case len(r.Groups) == 0:
		fmt.Fprintln(w, "  none found: no sentence of one article reports what another does (are they on one story?)")
	case len(none)+len(weak) == len(r.Articles):
		fmt.Fprintln(w, "  none clearly: the few sentences linked across articles are weak matches, overlapping words rather than one fact (are they on one story?)")
	default:
		for _, i := range none {
			if own, near, ok := r.ClosestElsewhere(i); ok {
				// The alignment missed it, or the article is elsewhere: say
				// what is close rather than ask whether it is on the story.
				a, b := r.Articles[i], r.Articles[near.Article]
				fmt.Fprintf(w, "  [%d] %s is in no group, but its %s is close to [%d]'s %s (similarity %.2f): it may share facts the alignment missed\n",
					i+1, flat(a.Label), strings.Trim(place(a, own), "()"), near.Article+1, strings.Trim(place(b, near.Sentence), "()"), near.Similarity)
				continue
			}
			fmt.Fprintf(w, "  [%d] %s shares no fact with the others (is it on this story?)\n", i+1, flat(r.Articles[i].Label))
		}
		for _, i := range weak {
			fmt.Fprintf(w, "  [%d] %s shares only a weak link or two with the others, overlapping words rather than one fact (is it on this story?)\n", i+1, flat(r.Articles[i].Label))
		}
	}
	for _, g := range r.Groups {
		flags := string(g.Kind)
		if g.Moved {
			flags += ", moved"
		}
		if g.DivergentFraming {
			flags += ", framed differently"
		}
		if len(g.HedgingDiffers) > 0 {
			flags += ", hedged differently"
		}
		fmt.Fprintf(w, "\n  %s  %s, similarity %.2f\n", g.ID, flags, g.Similarity)
		for _, m := range g.Members {
			a := r.Articles[m.Article]
			hanging(w, fmt.Sprintf("    [%d] %s ", m.Article+1, memberPlace(a, m)), memberText(a, m))
		}
		for _, m := range g.Related {
			a := r.Articles[m.Article]
			hanging(w, fmt.Sprintf("    [%d] again, related, %s ", m.Article+1, memberPlace(a, m)), memberText(a, m))
		}
		for _, m := range g.Within {
			// The sentence is printed with its own group; say where it is.
			fmt.Fprintf(w, "    [%d] carries its words within %s, a sentence grouped with another fact\n", m.Article+1, place(r.Articles[m.Article], m.Sentences[0]))
		}
		for _, d := range g.Diff {
			if changed(d) {
				fmt.Fprintf(w, "        [%d]→[%d] %s\n", d.From+1, d.To+1, diffLine(d.Ops))
			}
		}
		if f := framingLine(g); f != "" {
			fmt.Fprintf(w, "        framing: %s\n", f)
		}
		if h := g.HedgingNote(func(a int) string { return fmt.Sprintf("[%d]", a+1) }); h != "" {
			fmt.Fprintf(w, "        hedging: %s\n", h)
		}
	}
	writeQuotes(w, r)
	writeFacts(w, r)

	fmt.Fprintln(w, "\nONLY IN ONE ARTICLE")
	for i, a := range r.Articles {
		var lines []string
		for si, s := range a.Sentences {
			if s.Role.Alignable() && s.Group == nil {
				prefix := fmt.Sprintf("    %s ", place(a, si))
				lines = append(lines, prefix+hang(s.Text, ansi.StringWidth(prefix)))
				if note := r.PerhapsToldNote(i, si); note != "" {
					// A reworded telling the alignment did not join: the
					// editor checks it before calling the fact this
					// article's alone.
					lines = append(lines, "        "+note)
				}
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "  [%d] %s\n%s\n", i+1, flat(a.Label), strings.Join(lines, "\n"))
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

// memberPlace says where member m's sentences sit: place of the first,
// or from the first to the last when they run over paragraphs ("(¶8–10)",
// "(lede–¶2)"); the text printed after it holds them all.
func memberPlace(a compare.Article, m compare.Member) string {
	first, last := place(a, slices.Min(m.Sentences)), place(a, slices.Max(m.Sentences))
	if first == last {
		return first
	}
	from, to := strings.TrimSuffix(first, ")"), strings.TrimPrefix(last, "(")
	if strings.HasPrefix(from, "(¶") {
		to = strings.TrimPrefix(to, "¶")
	}
	return from + "–" + to
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

// hanging prints prefix and text as one entry: a sentence can hold line
// breaks (a Markdown table's rows), and its later lines are indented under
// its first, so no article text starts a line where the report's own
// lines start.
func hanging(w io.Writer, prefix, text string) {
	fmt.Fprintf(w, "%s%s\n", prefix, hang(text, ansi.StringWidth(prefix)))
}

// hang indents every line of s after the first by col spaces.
func hang(s string, col int) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	return strings.ReplaceAll(s, "\n", "\n"+strings.Repeat(" ", col))
}

// flat puts text that belongs inside a report line (a label, a quote, a
// figure's wording) on that one line.
func flat(s string) string { return strings.ReplaceAll(s, "\n", " ") }

// count is n and the noun, which agrees with it: "1 sentence", "2
// sentences", "0 facts".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// noHeadline stands for the title of an article that has none, as in the
// panes and the memo.
const noHeadline = "(no headline)"
