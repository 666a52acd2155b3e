package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/framing"
)

// writeSummary prints what article ai does with the story.
func writeSummary(w io.Writer, r *compare.Report, ai int) {
	s := r.Articles[ai].Summary
	left, maybe, facts := r.Omissions(ai)
	fmt.Fprintf(w, "      sentences shared %d, related %d, unique %d; originality %.0f%%; leaves out %d of %s the articles carry",
		s.Shared, s.Related, s.Unique, 100*s.Originality, left+maybe, count(facts, "fact"))
	if maybe > 0 {
		// Facts it has a close sentence to, that the alignment did not
		// join: counted in, so the counts add up (review-r15 item 6).
		fmt.Fprintf(w, " (%d perhaps told in other words, in a close sentence not aligned)", maybe)
	}
	fmt.Fprintln(w)
	if len(s.Speakers) > 0 {
		var parts []string
		for _, sp := range s.Speakers {
			parts = append(parts, fmt.Sprintf("%s %d", flat(summarySpeaker(sp.Speaker)), sp.Quotes))
		}
		fmt.Fprintf(w, "      quotes: %s\n", strings.Join(parts, ", "))
	}
	// As the overview words it: the kinds used, in a fixed order.
	fmt.Fprintf(w, "      framing: %s\n", s.FramingCounts())
}

// framingLine lists the framing words one outlet's version has and
// another lacks: not a plain "said" or a negation, which give context
// rather than frame, nor the words of a quotation, which are the speaker's.
// "≠" marks the words by which the outlets frame the fact differently
// (Marker.Differs), as in the inspector and the memo; the others, such as
// a sentiment word, are wording the rule does not count.
func framingLine(g compare.Group) string {
	var parts []string
	for _, m := range g.Framing {
		if !m.Distinct || m.Quoted || m.Kind == string(framing.Negation) ||
			m.Kind == string(framing.Attribution) && m.Tone == framing.ToneNeutral {
			continue
		}
		p := fmt.Sprintf("[%d] %s %s", m.Article+1, m.Kind, quoted(m.Text))
		if m.Differs {
			p = fmt.Sprintf("[%d] ≠ %s %s", m.Article+1, m.Kind, quoted(m.Text))
		}
		if n := m.ToneNote(); n != "" {
			p += " (" + n + ")"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; ")
}

// writeQuotes prints the quote ledger: one entry per quote, with its
// speaker and status, then the other articles that carry it and how they
// render it. A quote listed under another is not listed again (as in the
// memo): five outlets sharing one quote give one entry, not five.
func writeQuotes(w io.Writer, r *compare.Report) {
	fmt.Fprintln(w, "\nQUOTES")
	if len(r.Quotes) == 0 {
		fmt.Fprintln(w, "  none found")
		return
	}
	byID := map[string]compare.Quote{}
	for _, q := range r.Quotes {
		byID[q.ID] = q
	}
	listed := map[string]bool{}
	for _, q := range r.Quotes {
		if listed[q.ID] {
			continue
		}
		listed[q.ID] = true
		partial := ""
		if q.Partial {
			partial = " (partial)"
		}
		fmt.Fprintf(w, "  [%d] %-7s %s: %s%s\n", q.Article+1, q.Status, flat(quoteSpeaker(q)), quoted(q.Text), partial)
		// Plain identical renderings go on one line; the others each get
		// their own, with the word diff or the other speaker.
		var same []string
		var lines []string
		var above []aboveLine
		paraphrases := q.ParaphrasedIn
		for _, m := range q.Matches {
			o, ok := byID[m.Quote]
			if !ok {
				continue
			}
			if listed[o.ID] {
				// Matched by this quote but not by the entry that listed
				// it (the outlets' renderings form a chain): point to it,
				// with how this quote differs from it.
				above = addAbove(above, m, q, o)
				continue
			}
			listed[o.ID] = true
			for _, p := range o.ParaphrasedIn {
				if !slices.Contains(paraphrases, p) {
					paraphrases = append(paraphrases, p)
				}
			}
			if m.Relation == "identical" && !m.OtherSpeaker && len(m.Diff) == 0 {
				at := fmt.Sprintf("[%d]", o.Article+1)
				if m.Split > 0 {
					// One entry for the article, however many pieces.
					at += " (" + strings.TrimPrefix(compare.SplitRelation(q, o, m.Split), "identical, ") + ")"
				}
				if m.Split == 0 || !slices.Contains(same, at) {
					same = append(same, at)
				}
				continue
			}
			line := fmt.Sprintf("        %s in [%d]", m.Relation, o.Article+1)
			if m.Relation == "truncated" {
				line = "        " + truncation(compare.GivesMore(q, o), fmt.Sprintf("[%d]", o.Article+1), 1)
			}
			if m.OtherSpeaker {
				line += fmt.Sprintf(", given to %s", flat(quoteSpeaker(o)))
			}
			if len(m.Diff) > 0 {
				line += ": " + diffLine(m.Diff)
			}
			lines = append(lines, line)
		}
		if len(same) > 0 {
			fmt.Fprintf(w, "        identical in %s\n", strings.Join(same, ", "))
		}
		for _, l := range lines {
			fmt.Fprintln(w, l)
		}
		for _, a := range above {
			fmt.Fprintln(w, a.String())
		}
		for _, p := range paraphrases {
			hanging(w, fmt.Sprintf("        as paraphrase in [%d]: ", p.Article+1), r.Articles[p.Article].Sentences[p.Sentence].Text)
		}
	}
}

// aboveLine is one line pointing from a ledger entry to renderings of its
// quote listed under an earlier entry: the outlets that render it the same
// way share the line, so each difference is shown once.
type aboveLine struct {
	relation, given, diff string
	articles              []string
	more                  bool // truncated: the articles give more than the entry
}

// addAbove adds match m of quote q, with quote o listed above, to lines.
func addAbove(lines []aboveLine, m compare.QuoteMatch, q, o compare.Quote) []aboveLine {
	l := aboveLine{relation: string(m.Relation)}
	if l.relation == "truncated" {
		l.more = compare.GivesMore(q, o)
	}
	if m.OtherSpeaker {
		l.given = flat(quoteSpeaker(o))
	}
	if len(m.Diff) > 0 {
		l.diff = diffLine(m.Diff)
	}
	art := fmt.Sprintf("[%d]", o.Article+1)
	for i := range lines {
		if lines[i].relation == l.relation && lines[i].more == l.more && lines[i].given == l.given && lines[i].diff == l.diff {
			lines[i].articles = append(lines[i].articles, art)
			return lines
		}
	}
	l.articles = []string{art}
	return append(lines, l)
}

func (l aboveLine) String() string {
	s := fmt.Sprintf("        %s in %s, listed above", l.relation, strings.Join(l.articles, ", "))
	if l.relation == "truncated" {
		s = "        " + truncation(l.more, strings.Join(l.articles, ", "), len(l.articles)) + ", listed above"
	}
	if l.given != "" {
		s += ", given to " + l.given
	}
	if l.diff != "" {
		s += ": " + l.diff
	}
	return s
}

// truncation says, under a ledger entry, which side of a truncated pair
// cut the quotation short: the entry ("cut short here; [2] gives more")
// or the articles named ("cut short in [2]"). "truncated: [2] gives more"
// was read as [2] being the one truncated.
func truncation(more bool, articles string, n int) string {
	if !more {
		return "cut short in " + articles
	}
	if n > 1 {
		return "cut short here; " + articles + " give more"
	}
	return "cut short here; " + articles + " gives more"
}

// summarySpeaker is a speaker of an article's quote counts as the ledger
// names it: the summary's "(unattributed)" (compare.Summary.Speakers) is
// "unattributed" there, as in the inspector and the memo.
func summarySpeaker(s string) string {
	if s == "(unattributed)" {
		return "unattributed"
	}
	return s
}

// quoteSpeaker names who a quote is given to, with the role when known.
func quoteSpeaker(q compare.Quote) string {
	speaker := q.Speaker
	if speaker == "" {
		speaker = "unattributed"
	}
	if q.Role != "" {
		speaker += ", " + q.Role
	}
	return speaker
}

// writeFacts prints the figures that disagree, then those that agree only
// roughly: within rounding or a hedge, a clock time inside a part of the
// day, a date given more or less precisely (the interactive overview's
// heading says the same).
func writeFacts(w io.Writer, r *compare.Report) {
	for _, status := range []string{compare.FactConflict, compare.FactCompatible} {
		title := map[string]string{
			compare.FactConflict:   "FIGURES THAT CONFLICT",
			compare.FactCompatible: "FIGURES THAT AGREE ONLY ROUGHLY",
		}[status]
		fmt.Fprintln(w, "\n"+title)
		n := 0
		for _, f := range r.Facts {
			if f.Status != status {
				continue
			}
			n++
			var parts []string
			for _, m := range f.Mentions {
				parts = append(parts, fmt.Sprintf("[%d] %s", m.Article+1, quoted(m.Text)))
			}
			fmt.Fprintf(w, "  %s: %s\n", f.Kind, strings.Join(parts, " / "))
		}
		if n == 0 {
			fmt.Fprintln(w, "  none found")
		}
	}
}

// quoted puts article text between curly quotation marks. Unlike %q it
// leaves the text as written: no-break spaces and inner quotation marks
// stay readable. (The text is safe: ingest made every control visible.)
// Line breaks inside it become spaces: a quoted passage sits inside a line.
func quoted(s string) string { return "“" + flat(s) + "”" }
