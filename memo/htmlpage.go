package memo

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/storydiff/storydiff/compare"
)

// The page is written by plain Go, not html/template: the template
// package's reflection (MethodByName) made the linker keep every exported
// method of every type in the binary, 3.4 MB of it, and its package
// initialisation and page faults cost each start of the command up to a
// millisecond (the seed pair, issue 11). Every piece of text goes through
// escapeHTML, which escapes as html/template did; TestPageAsTheTemplate
// checks the page byte for byte against the template it replaces.

// writeHead writes the page up to the columns: the style, the coverage
// table, the entries, the framing table and the session's sections.
func (m *Memo) writeHead(w *bufio.Writer, title string) {
	cols := len(m.rep.Articles)
	w.WriteString(pageTop)
	escapeHTML(w, title)
	w.WriteString("</title>\n<style>\n")
	w.WriteString(styleTop)
	w.WriteString(strconv.Itoa(max(cols, 1)))
	w.WriteString(styleBottom)
	w.WriteString("</style>\n</head>\n<body>\n<h1>")
	escapeHTML(w, title)
	w.WriteString("</h1>\n<p class=\"meta\">")
	w.WriteString(strconv.Itoa(cols))
	w.WriteString(" articles")
	if m.Session != "" {
		w.WriteString(" · session ")
		escapeHTML(w, m.Session)
		w.WriteString(" · ")
		escapeHTML(w, m.Progress)
	} else {
		w.WriteString(" · no review session")
	}
	if r := m.Retarget; r != nil {
		w.WriteString(" · session retargeted to these articles (--retarget): ")
		escapeHTML(w, r.String())
	}
	if ch := m.Edited(); len(ch) > 0 {
		w.WriteString(" · changed since the session was saved: ")
		writeHTMLList(w, ch, "")
	}
	w.WriteString("</p>\n")
	w.WriteString(legendAndCoverage)
	for ai, a := range m.rep.Articles {
		w.WriteString("<tr><td>")
		escapeHTML(w, a.Label)
		w.WriteString("</td><td>")
		if a.Title == "" {
			w.WriteString(noHeadline)
		} else {
			escapeHTML(w, a.Title)
		}
		fmt.Fprintf(w, "</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%.0f%%</td><td class=\"n\">%s</td></tr>\n",
			a.Summary.Shared, a.Summary.Related, a.Summary.Unique, a.Summary.Originality*100, leavesOut(m.rep, ai))
	}
	w.WriteString("</tbody>\n</table>\n<p>")
	escapeHTML(w, m.SharedLine())
	w.WriteString("</p>\n")
	if l := m.FurnitureLine(); l != "" {
		w.WriteString("<p>")
		escapeHTML(w, l)
		w.WriteString("</p>\n")
	}
	if l := m.EmptyLine(); l != "" {
		w.WriteString("<p class=\"none\">")
		escapeHTML(w, l)
		w.WriteString("</p>\n")
	}
	w.WriteString("\n\n")
	hasMarks := m.session != nil
	if hasMarks {
		writeHTMLEntries(w, secFlagged, "", m.Flagged)
	}
	w.WriteString("\n")
	writeHTMLEntries(w, secConflicts, "", m.Conflicts)
	w.WriteString("\n")
	writeHTMLEntries(w, secRough, roughIntro, m.Rough)
	w.WriteString("\n")
	writeHTMLEntries(w, secQuotes, "", m.Quotes)
	w.WriteString("\n")
	writeWordingHTML(w, m)
	w.WriteString("\n")
	w.WriteString(framingTop)
	for _, f := range m.Framing {
		w.WriteString("<tr><td>")
		escapeHTML(w, f.Label)
		w.WriteString("</td><td>")
		// A kind the article does not use is left empty, as the other
		// formats leave it out.
		writeHTMLList(w, f.Loaded, "")
		w.WriteString("</td><td>")
		writeHTMLList(w, f.Verbs, "")
		w.WriteString("</td><td>")
		writeHTMLList(w, f.Hedges, "")
		w.WriteString("</td><td class=\"n\">")
		w.WriteString(strconv.Itoa(f.Quoted))
		w.WriteString("</td></tr>\n")
	}
	w.WriteString("</tbody>\n</table>\n")
	if len(m.Hedging) > 0 {
		fmt.Fprintf(w, "<p>Hedged differently (%d): one outlet hedges the fact, another states it flatly or hedges it otherwise.</p>\n<ul>\n", len(m.Hedging))
		for _, h := range m.Hedging {
			w.WriteString("<li>")
			escapeHTML(w, h.ID+": "+h.Note+" — "+Excerpt(h.Text, 80))
			w.WriteString("</li>\n")
		}
		w.WriteString("</ul>\n")
	}
	writeHTMLEntries(w, secDivergent, "", m.Divergent)
	w.WriteString("\n")
	if hasMarks {
		m.writeSessionSections(w)
	}
	w.WriteString("\n<h2>The articles side by side</h2>\n<div class=\"columns\">\n")
}

// writeSessionSections writes the notes, the corrections and the orphaned
// marks, which only a memo with a session has.
func (m *Memo) writeSessionSections(w *bufio.Writer) {
	if len(m.Notes) > 0 { // else EmptyLine says so, as for the sections below
		fmt.Fprintf(w, "<h2>%s (%d)</h2>\n", secNotes, len(m.Notes))
	}
	for _, e := range m.Notes {
		w.WriteString(`<div class="entry"><p><span class="label">`)
		escapeHTML(w, e.ItemLabel())
		w.WriteString(`</span> <span class="id">`)
		escapeHTML(w, e.ID)
		w.WriteString(`</span>`)
		if e.ShownIn != nil {
			w.WriteString(` · the note is with the item under <a href="#`)
			escapeHTML(w, e.ShownIn.Anchor())
			w.WriteString(`">`)
			escapeHTML(w, e.ShownIn.String())
			w.WriteString("</a></p></div>\n")
			continue
		}
		w.WriteString(`</p><blockquote class="note">`)
		escapeHTML(w, e.Mark.Note)
		w.WriteString("</blockquote></div>\n")
	}
	if texts := m.CorrectionTexts(); len(texts) > 0 {
		fmt.Fprintf(w, "\n<h2>Corrections (%d)</h2>\n", len(texts))
		w.WriteString("<p>The editor corrected the grouping; this memo already reflects it.</p><ul>\n")
		for _, t := range texts {
			w.WriteString("<li>")
			escapeHTML(w, t)
			w.WriteString("</li>\n")
		}
		w.WriteString("</ul>")
	}
	if len(m.Orphans) == 0 {
		return
	}
	fmt.Fprintf(w, "\n<h2>Orphaned marks (%d)</h2>\n", len(m.Orphans))
	w.WriteString("<p>Marks on items the articles no longer contain; they are kept in the session.</p>\n")
	for _, o := range m.Orphans {
		w.WriteString(`<div class="entry"><p><span class="rv">`)
		escapeHTML(w, MarkText(o))
		w.WriteString("</span> · was ")
		escapeHTML(w, string(o.Kind))
		w.WriteString(` <span class="id">`)
		escapeHTML(w, o.ID)
		w.WriteString("</span>: ")
		escapeHTML(w, Excerpt(o.Excerpt, 160))
		w.WriteString("</p>")
		if o.Note != "" {
			w.WriteString(`<blockquote class="note">`)
			escapeHTML(w, o.Note)
			w.WriteString("</blockquote>")
		}
		w.WriteString("</div>\n")
	}
}

// writeHTMLEntries writes a section of entries, if it has any: its
// heading with the count, an introduction (or ""), then each entry, with
// an id to link to, with every outlet's version and its word diff, or a
// link to where the memo gives it in full.
func writeHTMLEntries(w *bufio.Writer, heading, intro string, entries []Entry) {
	if len(entries) == 0 {
		return // EmptyLine says so
	}
	fmt.Fprintf(w, "<h2>%s (%d)</h2>\n", heading, len(entries))
	if intro != "" {
		w.WriteString("<p>")
		escapeHTML(w, intro)
		w.WriteString("</p>\n")
	}
	for i, e := range entries {
		w.WriteString(`<div class="entry" id="`)
		escapeHTML(w, Ref{Section: heading, Item: i + 1}.Anchor())
		fmt.Fprintf(w, "\">\n<h3>%d. ", i+1)
		escapeHTML(w, e.Kind)
		w.WriteString(` <span class="id">`)
		escapeHTML(w, e.ID)
		w.WriteString("</span>")
		if mt := MarkText(e.Mark); mt != "" {
			w.WriteString(` <span class="rv">`)
			escapeHTML(w, mt)
			w.WriteString("</span>")
		}
		w.WriteString("</h3>\n")
		if e.ShownIn != nil {
			writeHTMLSee(w, e)
			continue
		}
		if e.Mark.Note != "" {
			w.WriteString(`<blockquote class="note">`)
			escapeHTML(w, e.Mark.Note)
			w.WriteString("</blockquote>")
		}
		w.WriteString("\n<ul class=\"versions\">")
		for _, v := range e.Versions {
			writeHTMLVersion(w, v)
		}
		w.WriteString("</ul>\n</div>\n")
	}
}

// writeHTMLSee writes an entry given in full elsewhere: SeeText, its place
// a link.
func writeHTMLSee(w *bufio.Writer, e Entry) {
	see, rest, _ := strings.Cut(e.SeeText(), e.ShownIn.String())
	w.WriteString("<p>")
	escapeHTML(w, see)
	w.WriteString(`<a href="#`)
	escapeHTML(w, e.ShownIn.Anchor())
	w.WriteString(`">`)
	escapeHTML(w, e.ShownIn.String())
	w.WriteString("</a>")
	escapeHTML(w, rest)
	w.WriteString("</p>\n</div>\n")
}

func writeHTMLVersion(w *bufio.Writer, v Version) {
	w.WriteString(`<li><span class="label">`)
	escapeHTML(w, v.Label)
	w.WriteString(`</span> <span class="where">`)
	escapeHTML(w, v.Place)
	if v.Note != "" {
		w.WriteString(" · ")
		escapeHTML(w, v.Note)
	}
	w.WriteString("</span><br>")
	if len(v.Diff) > 0 {
		writeHTMLDiff(w, v.Diff)
	} else {
		escapeHTML(w, v.Text)
	}
	if v.Framing != "" {
		w.WriteString(`<br><span class="where">framing: `)
		escapeHTML(w, v.Framing)
		w.WriteString("</span>")
	}
	w.WriteString("</li>")
}

// writeHTMLDiff writes a word diff with <del> and <ins>.
func writeHTMLDiff(w *bufio.Writer, ops []compare.DiffOp) {
	for _, op := range ops {
		switch op.Op {
		case compare.OpDelete:
			w.WriteString("<del>")
			escapeHTML(w, op.Text)
			w.WriteString("</del>")
		case compare.OpInsert:
			w.WriteString("<ins>")
			escapeHTML(w, op.Text)
			w.WriteString("</ins>")
		default:
			escapeHTML(w, op.ToText()) // the compared side's own words
		}
	}
}

// writeHTMLList writes words separated by commas, or none when there are none.
func writeHTMLList(w io.StringWriter, words []string, none string) {
	if len(words) == 0 {
		w.WriteString(none)
	}
	for i, s := range words {
		if i > 0 {
			w.WriteString(", ")
		}
		escapeHTML(w, s)
	}
}

const pageTop = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>`

// styleTop and styleBottom are the page's style sheet, around the number
// of columns.
const styleTop = `:root { --shared: #005f87; --related: #5f00af; --unique: #875f00; --quote: #005f00; --conflict: #af0000; --dim: #767676; --rule: #d0d0d0; }
* { box-sizing: border-box; }
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #1c1c1c; background: #fff; margin: 0 auto; padding: 1.5rem; max-width: 110rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font: bold 1.15rem/1.3 system-ui, sans-serif; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font: bold 1rem/1.3 system-ui, sans-serif; margin: 1.2rem 0 .4rem; }
.meta, .legend, table, .id { font-family: system-ui, sans-serif; }
.meta { color: var(--dim); margin: 0 0 1rem; }
.id { color: var(--dim); font-size: .8em; font-weight: normal; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; font-size: .85rem; padding: .5rem .8rem; border: 1px solid var(--rule); border-radius: 4px; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .25rem .6rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
ul.versions { list-style: none; padding-left: 0; margin: .3rem 0 .8rem; }
ul.versions li { margin: .25rem 0; padding-left: .8rem; border-left: 3px solid var(--rule); }
.label { font: bold .85rem system-ui, sans-serif; }
.where { color: var(--dim); font: .8rem system-ui, sans-serif; }
blockquote.note { margin: .4rem 0; padding: .3rem .8rem; background: #fff8e1; border-left: 3px solid #c79100; white-space: pre-wrap; }
del { color: #870000; background: #ffe3e3; text-decoration: line-through; }
ins { color: #005f5f; background: #dcf5ec; text-decoration: none; font-weight: bold; }
.columns { display: grid; grid-template-columns: repeat(`

const styleBottom = `, minmax(0, 1fr)); gap: 0 1rem; }
.column { min-width: 0; border-top: 3px solid #1c1c1c; padding-top: .4rem; }
.column h3 { margin: 0; }
.column .title { font-weight: bold; margin: .2rem 0; }
.column p { margin: 0 0 .7rem; }
.s { display: block; padding-left: 3.6em; text-indent: -3.6em; margin: .1rem 0; }
.g { display: inline-block; width: 4.2em; text-indent: 0; font: .85em/1 ui-monospace, monospace; white-space: pre; }
.g .k { display: inline-block; width: 1.1em; }
.shared .k { color: var(--shared); }
.related .k { color: var(--related); }
.unique .k { color: var(--unique); font-weight: bold; }
.unique { color: var(--unique); }
.other { color: var(--dim); }
.headline { font-weight: bold; }
.quote { color: var(--quote); }
.quote.strong { font-weight: bold; }
.conflict { color: #fff; background: var(--conflict); font-weight: bold; padding: 0 .1em; }
.annot-q { color: var(--quote); }
.annot-c { color: var(--conflict); font-weight: bold; }
.rv { color: #c79100; font-weight: bold; }
.flagged { background: #fff3cd; }
.none { color: var(--dim); font-style: italic; }
@media print {
  body { font-size: 9.5pt; padding: 0; max-width: none; }
  h2 { break-after: avoid; }
  .entry, .s, tr { break-inside: avoid; }
  .columns { gap: 0 .6rem; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { size: A4 landscape; margin: 12mm; }
`

const legendAndCoverage = `<div class="legend">
<span class="shared"><span class="k">═</span> shared: the outlets report the same fact</span>
<span class="related"><span class="k">≈</span> related: one adds or omits a fact</span>
<span class="unique"><span class="k">◆</span> unique to one outlet</span>
<span class="other">· caption or boilerplate</span>
<span><span class="annot-q">❝</span> <span class="quote">quote</span>, <span class="quote strong">bold: unique or variant</span></span>
<span><span class="annot-c">!</span> <span class="conflict">conflicting figure</span></span>
<span><span class="rv">✓</span> reviewed <span class="rv">⚑</span> flagged <span class="rv">✎</span> note</span>
<span><del>only in the first version</del> <ins>only in this version</ins></span>
</div>

<h2>Coverage</h2>
<table>
<thead><tr><th>Article</th><th>Title</th><th>Shared</th><th>Related</th><th>Unique</th><th>Originality</th><th>Leaves out</th></tr></thead>
<tbody>
`

const framingTop = `<h2>Framing</h2>
<p>Each outlet's own framing words (words inside quotation marks are the speakers' and are left out).</p>
<table>
<thead><tr><th>Article</th><th>Loaded words</th><th>Doubt and concession verbs</th><th>Hedges</th><th>In quotations</th></tr></thead>
<tbody>
`
