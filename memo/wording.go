package memo

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare"
)

// WordingChange is how one article words a fact it shares with the
// group's first article where the words differ: what a republisher
// changed. Typography, capitals, US/UK spelling and compounds written
// apart, hyphenated or closed ("per cent", "percent") are no change (the
// word diff folds them).
type WordingChange struct {
	Group    string
	From, To string // the two articles' labels
	Place    string // where To tells the fact: "headline", "paragraph 3"
	// Ops is the word diff cut to its changes, each with a few words of
	// the text around it; an equal run cut short holds "…" where words
	// are left out.
	Ops []compare.DiffOp
}

// wordingContext is how many words of unchanged text a change keeps on
// each side: enough to read where it is.
const wordingContext = 3

// maxWording is how many changes a memo lists; the text report and the
// interface have them all.
const maxWording = 60

// buildWording lists, group by group in the report's order, each member
// whose words differ from the first member's, in shared groups only: a
// related group's sentences tell different facts, and their diff is a
// rewrite, not a change to the same fact's wording.
func (m *Memo) buildWording() {
	rep := m.rep
	for _, g := range rep.Groups {
		if len(g.Members) == 0 || g.Kind != compare.KindShared {
			continue
		}
		for _, d := range g.Diff {
			if !changed(d.Ops) {
				continue
			}
			wc := WordingChange{Group: g.ID, From: m.label(d.From), To: m.label(d.To), Ops: compactOps(d.Ops, wordingContext)}
			for _, mb := range g.Members {
				if mb.Article == d.To {
					wc.Place = prominence(rep, g, mb)
				}
			}
			m.Wording = append(m.Wording, wc)
		}
	}
}

// compactOps keeps a diff's changes and at most n words of equal text on
// each side of each; the words left out become "…".
func compactOps(ops []compare.DiffOp, n int) []compare.DiffOp {
	out := make([]compare.DiffOp, 0, len(ops))
	for i, op := range ops {
		if op.Op != compare.OpEqual {
			out = append(out, op)
			continue
		}
		before, after := i > 0, i+1 < len(ops) // a change before it, after it
		// The compared side's own words, as every reader prints them.
		t := op.ToText()
		switch {
		case before && after:
			if words(t) > 2*n+1 {
				t = headWords(t, n) + " …" + tailWords(t, n)
			}
		case before:
			if words(t) > n {
				t = headWords(t, n) + " …"
			}
		case after:
			if words(t) > n {
				t = "…" + tailWords(t, n)
			}
		}
		out = append(out, compare.DiffOp{Op: compare.OpEqual, Text: t})
	}
	return out
}

// words counts the words (runs of non-space) in s.
func words(s string) int { return len(strings.Fields(s)) }

// headWords is s up to the end of its n-th word.
func headWords(s string, n int) string {
	seen, in := 0, false
	for i, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			if seen == n {
				return strings.TrimRightFunc(s[:i], unicode.IsSpace)
			}
			seen++
		}
		in = !sp
	}
	return s
}

// tailWords is s from the space before its n-th word from the end.
func tailWords(s string, n int) string {
	seen, in := 0, false
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		j := i - size
		sp := unicode.IsSpace(r)
		if !sp && !in {
			if seen == n {
				return " " + strings.TrimLeftFunc(s[i:], unicode.IsSpace)
			}
			seen++
		}
		in = !sp
		i = j
	}
	return s
}

// wordingShown is the changes a memo lists, and how many it leaves out.
func (m *Memo) wordingShown() ([]WordingChange, int) {
	if len(m.Wording) > maxWording {
		return m.Wording[:maxWording], len(m.Wording) - maxWording
	}
	return m.Wording, 0
}

const wordingIntro = "Where an article words a shared fact differently from the first article that reports it, with a few words around each change (typography, capitals but for acronyms and names, US/UK spelling and compounds written apart, hyphenated or closed are not changes)."

// writeWordingMarkdown writes the wording changes as a Markdown section.
func writeWordingMarkdown(w io.Writer, m *Memo) {
	if len(m.Wording) == 0 { // EmptyLine says so
		return
	}
	fmt.Fprintf(w, "## Wording changes (%d)\n\n", len(m.Wording))
	fmt.Fprintf(w, "%s\n\n", wordingIntro)
	shown, more := m.wordingShown()
	for _, c := range shown {
		fmt.Fprintf(w, "- **%s** (%s) against **%s**: %s\n", mdEscape(c.To), mdEscape(c.Place), mdEscape(c.From), diffMarkdown(c.Ops))
	}
	if more > 0 {
		fmt.Fprintf(w, "- and %d more (`--format text` lists every fact with its word diff)\n", more)
	}
	fmt.Fprint(w, "\n")
}

// writeWordingHTML writes the wording changes as an HTML section.
func writeWordingHTML(w *bufio.Writer, m *Memo) {
	if len(m.Wording) == 0 { // EmptyLine says so
		return
	}
	fmt.Fprintf(w, "<h2>Wording changes (%d)</h2>\n", len(m.Wording))
	w.WriteString("<p>")
	escapeHTML(w, wordingIntro)
	w.WriteString("</p>\n<ul class=\"versions\">")
	shown, more := m.wordingShown()
	for _, c := range shown {
		w.WriteString(`<li><span class="label">`)
		escapeHTML(w, c.To)
		w.WriteString(`</span> <span class="where">`)
		escapeHTML(w, c.Place+" · against "+c.From)
		w.WriteString("</span><br>")
		writeHTMLDiff(w, c.Ops)
		w.WriteString("</li>")
	}
	if more > 0 {
		fmt.Fprintf(w, "<li class=\"none\">and %d more (<code>--format text</code> lists every fact with its word diff)</li>", more)
	}
	w.WriteString("</ul>\n")
}
