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

// Markdown writes the memo as Markdown. Article text is escaped, so no
// article can add headings, links or HTML to the memo.
func (m *Memo) Markdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	arts := m.rep.Articles
	title := "Review memo"
	if t := m.storyTitle(); t != "" {
		title += ": " + mdEscape(t)
	}
	p("# %s\n\n", title)
	switch {
	case m.Session != "":
		p("Session %s · %d articles · %s\n\n", mdCode(m.Session), len(arts), m.Progress)
	case m.session != nil:
		// The interactive view without --session: its marks are in the
		// memo, so it must not say they need a session.
		p("%d articles · no review session · %s (this run's marks and notes, not kept: `--session FILE` keeps them)\n\n", len(arts), m.Progress)
	default:
		p("%d articles · no review session (marks and notes need `--session FILE`)\n\n", len(arts))
	}
	if r := m.Retarget; r != nil {
		p("Session retargeted to these articles (--retarget): %s. Marks that match nothing here are kept as orphans.\n\n", mdEscape(r.String()))
	}
	if ch := m.Edited(); len(ch) > 0 {
		p("Changed since the session was saved: %s.\n\n", mdEscape(strings.Join(ch, ", ")))
	}
	p("Word diffs read [-only in the first version-] {+only in this version+}.\n\n")

	p("## Coverage\n\n")
	p("| Article | Title | Shared | Related | Unique | Originality | Leaves out |\n|---|---|--:|--:|--:|--:|--:|\n")
	for ai, a := range arts {
		s := a.Summary
		p("| %s | %s | %d | %d | %d | %.0f%% | %s |\n", mdCell(a.Label), titleCell(a.Title, mdCell), s.Shared, s.Related, s.Unique, s.Originality*100, leavesOut(m.rep, ai))
	}
	p("\n%s\n\n", m.SharedLine())
	if l := m.FurnitureLine(); l != "" {
		p("%s\n\n", mdEscape(l))
	}
	if l := m.EmptyLine(); l != "" {
		p("%s\n\n", l)
	}

	section := func(name string, es []Entry) {
		if len(es) > 0 {
			p("## %s (%d)\n\n", name, len(es))
			writeEntries(bw, es, m.session != nil)
		}
	}
	if m.session != nil {
		section(secFlagged, m.Flagged)
	}
	section(secConflicts, m.Conflicts)
	if len(m.Rough) > 0 {
		p("## %s (%d)\n\n%s\n\n", secRough, len(m.Rough), roughIntro)
		writeEntries(bw, m.Rough, m.session != nil)
	}
	section(secQuotes, m.Quotes)
	writeWordingMarkdown(bw, m)
	writeFramingMarkdown(bw, m)
	if m.session == nil {
		return bw.Flush()
	}
	if len(m.Notes) > 0 {
		p("## %s (%d)\n\n", secNotes, len(m.Notes))
		for _, e := range m.Notes {
			p("- **%s** · %s", mdEscape(e.ItemLabel()), mdCode(e.ID))
			if e.ShownIn != nil {
				p(" · the note is with the item under %s\n\n", e.ShownIn)
				continue
			}
			p("\n\n%s\n\n", quoteBlock(e.Mark.Note))
		}
	}
	if len(m.Corrections) > 0 {
		p("## Corrections (%d)\n\n", len(m.Corrections))
		p("The editor corrected the grouping; the memo above already reflects it.\n\n")
		for i, c := range m.Corrections {
			p("- %s\n", mdLine(CorrectionText(c, i < len(m.Applied) && m.Applied[i])))
		}
		p("\n")
	}
	if len(m.Orphans) > 0 {
		p("## Orphaned marks (%d)\n\n", len(m.Orphans))
		if m.Retarget != nil {
			p("These marks were made on items of the articles the session was saved for that match nothing in these. They are kept in the session.\n\n")
		} else {
			p("These marks were made on items the articles no longer contain (they changed since). They are kept in the session.\n\n")
		}
		for _, o := range m.Orphans {
			// An orphan's kind and id come from the session file as written,
			// perhaps by hand: they are text, never markup.
			p("- %s · was %s %s: %s\n", MarkText(o), mdEscape(string(o.Kind)), mdCode(o.ID), mdEscape(Excerpt(o.Excerpt, 120)))
			if o.Note != "" {
				p("\n%s\n", indent(quoteBlock(o.Note), "  "))
			}
			p("\n")
		}
	}
	return bw.Flush()
}

func writeEntries(w io.Writer, es []Entry, withMarks bool) {
	if len(es) == 0 {
		fmt.Fprint(w, "None.\n\n")
		return
	}
	for i, e := range es {
		fmt.Fprintf(w, "### %d. %s · %s", i+1, e.Kind, mdCode(e.ID))
		if mt := MarkText(e.Mark); withMarks && mt != "" {
			fmt.Fprintf(w, " · %s", mt)
		}
		fmt.Fprint(w, "\n\n")
		if e.ShownIn != nil {
			fmt.Fprintf(w, "%s\n\n", mdLine(e.SeeText()))
			continue
		}
		if e.Mark.Note != "" {
			fmt.Fprintf(w, "%s\n\n", quoteBlock(e.Mark.Note))
		}
		for _, v := range e.Versions {
			head := "**" + mdEscape(v.Label) + "**"
			var meta []string
			if v.Place != "" {
				meta = append(meta, v.Place)
			}
			if v.Note != "" {
				meta = append(meta, mdEscape(v.Note))
			}
			if len(meta) > 0 {
				head += " (" + strings.Join(meta, " · ") + ")"
			}
			text := mdEscape(strings.TrimSpace(v.Text))
			if len(v.Diff) > 0 {
				text = diffMarkdown(v.Diff)
			}
			fmt.Fprintf(w, "- %s: %s\n", head, text)
			if v.Framing != "" {
				fmt.Fprintf(w, "  - framing: %s\n", mdEscape(v.Framing))
			}
		}
		fmt.Fprint(w, "\n")
	}
}

// diffMarkdown renders a word diff as [-deleted-]{+inserted+}, escaped.
func diffMarkdown(ops []compare.DiffOp) string { return compare.DiffNotation(ops, mdEscape) }

// mdEscape makes text literal in Markdown where it runs on inside a line
// (after a label, in a heading): one line, and a backslash only before what
// Markdown would read there as markup, so a file name reads
// 01-harbor-herald.txt, not 01\-harbor\-herald.txt.
func mdEscape(s string) string { return mdText(s, false, false) }

// mdLine is mdEscape for text that opens a block: a list item's or a block
// quote's first words, where "- ", "1. ", "# " or "> " would be markup.
func mdLine(s string) string { return mdText(s, true, false) }

// mdCell is mdEscape for a table cell, where | ends the cell.
func mdCell(s string) string { return mdText(s, false, true) }

// mdText escapes, after CommonMark and GitHub's extensions: always `, *,
// < and ~ (code, emphasis, HTML and autolinks, strikethrough), [ and ]
// (links); _ unless inside a word (snake_case cannot open emphasis); \
// before punctuation; ( after ] (a link's target); & where it would start
// an entity; a closing run of #; | in a table cell; and at the start of a
// block, what opens one there (#, >, -, +, =, a number and . or )). White
// space folds to one space, kept at the edges for word diffs.
func mdText(s string, blockStart, cell bool) string {
	s = foldSpace(s)
	lead := len(s) - len(strings.TrimLeft(s, " ")) // the first byte that is not a space
	prev := func(i int) rune { r, _ := utf8.DecodeLastRuneInString(s[:i]); return r }
	next := func(i int) rune { r, _ := utf8.DecodeRuneInString(s[i+1:]); return r }
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	var b strings.Builder
	done := 0 // s[:done] is in b
	for i := 0; i < len(s); i++ {
		esc := false
		switch s[i] { // every character that may need a backslash is ASCII
		case '`', '*', '<', '~', '[', ']':
			esc = true
		case '_':
			esc = !(word(prev(i)) && word(next(i)))
		case '\\':
			n := next(i)
			esc = i+1 == len(s) || n < 0x80 && (unicode.IsPunct(n) || unicode.IsSymbol(n))
		case '(':
			esc = i == lead || i > 0 && s[i-1] == ']'
		case '&':
			esc = entityAt(s[i+1:])
		case '#':
			esc = blockStart && i == lead || (i == lead || s[i-1] == ' ') && strings.Trim(s[i:], "# ") == ""
		case '|':
			esc = cell
		case '>', '-', '+', '=':
			esc = blockStart && i == lead
		case '.', ')':
			esc = blockStart && i > lead && i-lead <= 9 && allDigits(s[lead:i])
		}
		if esc {
			if done == 0 {
				b.Grow(len(s) + 8)
			}
			b.WriteString(s[done:i])
			b.WriteByte('\\')
			done = i
		}
	}
	if done == 0 && b.Len() == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// foldSpace makes every run of white space one space (kept at the edges,
// for word diffs); s itself when it has none to fold.
func foldSpace(s string) string {
	clean := true
	for i, r := range s {
		if unicode.IsSpace(r) && (r != ' ' || i > 0 && s[i-1] == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// entityAt reports whether s (what follows an &) reads as an entity or a
// numeric character reference: a name or number and a semicolon.
func entityAt(s string) bool {
	n := 0
	for n < len(s) && n < 32 && (s[n] == '#' && n == 0 || s[n] < 0x80 && (unicode.IsLetter(rune(s[n])) || unicode.IsDigit(rune(s[n])))) {
		n++
	}
	return n > 0 && n < len(s) && s[n] == ';'
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

// mdCode shows an identifier or path as a code span when it is made of
// characters that cannot end one or start a new line, else escaped as text.
func mdCode(s string) string {
	for _, r := range s {
		if r < 0x20 || r == '`' || r == 0x7F || unicode.IsSpace(r) && r != ' ' {
			return mdEscape(s)
		}
	}
	if s == "" || strings.TrimSpace(s) != s {
		return mdEscape(s)
	}
	return "`" + s + "`"
}

// quoteBlock is a note as a block quote, its lines kept.
func quoteBlock(note string) string {
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(note), "\n") {
		lines = append(lines, "> "+mdLine(l))
	}
	return strings.Join(lines, "\n")
}

func indent(s, pad string) string {
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}

// leavesOut is the coverage table's "Leaves out" cell: how many of the
// facts the article leaves out ("2 of 7"), those it may carry in a close
// sentence the alignment did not join counted in, so the counts add up
// ("2 of 7 (1 perhaps told in other words)": review-r15 item 6).
func leavesOut(rep *compare.Report, ai int) string {
	left, maybe, facts := rep.Omissions(ai)
	if maybe > 0 {
		return fmt.Sprintf("%d of %d (%d perhaps told in other words)", left+maybe, facts, maybe)
	}
	return fmt.Sprintf("%d of %d", left, facts)
}

// noHeadline stands in the coverage table for the title of an article
// that has none: an empty cell reads as a fault.
const noHeadline = "(no headline)"

// titleCell is an article's title for the coverage table, escaped, or
// noHeadline.
func titleCell(title string, escape func(string) string) string {
	if title == "" {
		return noHeadline
	}
	return escape(title)
}

// storyTitle is the memo's title: the first article's headline, or when it
// has none (a plain text without one) the next article's that has.
func (m *Memo) storyTitle() string {
	for _, a := range m.rep.Articles {
		if a.Title != "" {
			return a.Title
		}
	}
	return ""
}
