package memo

import (
	"bufio"
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// pageTemplate is the html/template the page was written with before
// writeHead, as it stood at 91105f5. The binary no longer links
// html/template (its reflection kept 3.4 MB of methods alive); the test
// may, and holds the hand-written page to it byte for byte, escaping
// included. A deliberate change to the page changes this template too.
const pageTemplate = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{{.Title}}</title>
<style>
:root { --shared: #005f87; --related: #5f00af; --unique: #875f00; --quote: #005f00; --conflict: #af0000; --dim: #767676; --rule: #d0d0d0; }
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
.columns { display: grid; grid-template-columns: repeat({{.Width}}, minmax(0, 1fr)); gap: 0 1rem; }
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
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<p class="meta">{{len .Columns}} articles{{if .Session}} · session {{.Session}} · {{.Progress}}{{else}} · no review session{{end}}{{if .Changed}} · changed since the session was saved: {{range $i, $c := .Changed}}{{if $i}}, {{end}}{{$c}}{{end}}{{end}}</p>
<div class="legend">
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
{{range $i, $a := .Articles}}<tr><td>{{.Label}}</td><td>{{or .Title "(no headline)"}}</td><td class="n">{{.Summary.Shared}}</td><td class="n">{{.Summary.Related}}</td><td class="n">{{.Summary.Unique}}</td><td class="n">{{pct .Summary.Originality}}</td><td class="n">{{omitted $i}} of {{facts $i}}</td></tr>
{{end}}</tbody>
</table>
<p>{{.SharedLine}}</p>
{{with .EmptyLine}}<p class="none">{{.}}</p>
{{end}}
{{define "entries"}}{{with .Entries}}<h2>{{$.Name}} ({{len .}})</h2>
{{with $.Intro}}<p>{{.}}</p>
{{end}}{{end}}{{range $i, $e := .Entries}}<div class="entry" id="{{anchor $.Name $i}}">
<h3>{{inc $i}}. {{$e.Kind}} <span class="id">{{$e.ID}}</span>{{with marks $e.Mark}} <span class="rv">{{.}}</span>{{end}}</h3>
{{if $e.ShownIn}}<p>Given in full under <a href="#{{$e.ShownIn.Anchor}}">{{$e.ShownIn}}</a>{{if $e.Mark.Note}}, with its note{{end}}{{with $e.Versions}}: {{excerpt80 (index . 0).Text}}{{end}}</p>
</div>
{{else}}{{with $e.Mark.Note}}<blockquote class="note">{{.}}</blockquote>{{end}}
<ul class="versions">{{range $e.Versions}}<li><span class="label">{{.Label}}</span> <span class="where">{{.Place}}{{with .Note}} · {{.}}{{end}}</span><br>{{if .Diff}}{{range .Diff}}{{if eq .Op "delete"}}<del>{{.Text}}</del>{{else if eq .Op "insert"}}<ins>{{.Text}}</ins>{{else}}{{.Text}}{{end}}{{end}}{{else}}{{.Text}}{{end}}{{with .Framing}}<br><span class="where">framing: {{.}}</span>{{end}}</li>{{end}}</ul>
</div>
{{end}}{{end}}{{end}}
{{if .HasMarks}}{{template "entries" (section "Flagged" "" .Flagged)}}{{end}}
{{template "entries" (section "Conflicts" "" .Conflicts)}}
{{template "entries" (section "Figures that agree only roughly" .RoughIntro .Rough)}}
{{template "entries" (section "Unique and variant quotes" "" .Quotes)}}
{{if .Wording}}<h2>Wording changes ({{len .Wording}})</h2>
<p>Where an article words a shared fact differently from the first article that reports it, with a few words around each change (typography, capitals but for acronyms and names, US/UK spelling and compounds written apart, hyphenated or closed are not changes).</p>
<ul class="versions">{{range shownWording .Memo}}<li><span class="label">{{.To}}</span> <span class="where">{{.Place}} · against {{.From}}</span><br>{{range .Ops}}{{if eq .Op "delete"}}<del>{{.Text}}</del>{{else if eq .Op "insert"}}<ins>{{.Text}}</ins>{{else}}{{.Text}}{{end}}{{end}}</li>{{end}}{{with moreWording .Memo}}<li class="none">and {{.}} more (<code>--format text</code> lists every fact with its word diff)</li>{{end}}</ul>
{{end}}
<h2>Framing</h2>
<p>Each outlet's own framing words (words inside quotation marks are the speakers' and are left out).</p>
<table>
<thead><tr><th>Article</th><th>Loaded words</th><th>Doubt and concession verbs</th><th>Hedges</th><th>In quotations</th></tr></thead>
<tbody>
{{range .Framing}}<tr><td>{{.Label}}</td><td>{{range $i, $w := .Loaded}}{{if $i}}, {{end}}{{$w}}{{end}}</td><td>{{range $i, $w := .Verbs}}{{if $i}}, {{end}}{{$w}}{{end}}</td><td>{{range $i, $w := .Hedges}}{{if $i}}, {{end}}{{$w}}{{end}}</td><td class="n">{{.Quoted}}</td></tr>
{{end}}</tbody>
</table>
{{template "entries" (section "Facts framed differently" "" .Divergent)}}
{{if .HasMarks}}{{with .Notes}}<h2>Notes ({{len .}})</h2>
{{end}}{{range .Notes}}<div class="entry"><p><span class="label">{{.ItemLabel}}</span> <span class="id">{{.ID}}</span>{{if .ShownIn}} · the note is with the item under <a href="#{{.ShownIn.Anchor}}">{{.ShownIn}}</a></p></div>
{{else}}</p><blockquote class="note">{{.Mark.Note}}</blockquote></div>
{{end}}{{end}}{{if .CorrectionTexts}}
<h2>Corrections ({{len .CorrectionTexts}})</h2>
<p>The editor corrected the grouping; this memo already reflects it.</p><ul>
{{range .CorrectionTexts}}<li>{{.}}</li>
{{end}}</ul>{{end}}{{if .Orphans}}
<h2>Orphaned marks ({{len .Orphans}})</h2>
<p>Marks on items the articles no longer contain; they are kept in the session.</p>
{{range .Orphans}}<div class="entry"><p><span class="rv">{{marks .}}</span> · was {{.Kind}} <span class="id">{{.ID}}</span>: {{excerpt .Excerpt}}</p>{{with .Note}}<blockquote class="note">{{.}}</blockquote>{{end}}</div>
{{end}}{{end}}{{end}}
<h2>The articles side by side</h2>
<div class="columns">
{{/* The columns and the page's end follow, written by writeColumns. */ -}}
`

// templatePage renders a memo as the template did: the template up to the
// columns, then writeColumns.
func templatePage(t *testing.T, m *Memo) string {
	t.Helper()
	tmpl := template.Must(template.New("memo").Funcs(template.FuncMap{
		"marks":     MarkText,
		"pct":       func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
		"inc":       func(i int) int { return i + 1 },
		"excerpt":   func(s string) string { return Excerpt(s, 160) },
		"excerpt80": func(s string) string { return Excerpt(s, 80) },
		"anchor":    func(name string, i int) string { return Ref{Section: name, Item: i + 1}.Anchor() },
		"section": func(name, intro string, es []Entry) any {
			return struct {
				Name, Intro string
				Entries     []Entry
			}{name, intro, es}
		},
		"omitted":      func(i int) int { left, _ := m.rep.FactsLeftOut(i); return left },
		"facts":        func(i int) int { _, facts := m.rep.FactsLeftOut(i); return facts },
		"shownWording": func(m *Memo) []WordingChange { s, _ := m.wordingShown(); return s },
		"moreWording":  func(m *Memo) int { _, n := m.wordingShown(); return n },
	}).Parse(pageTemplate))
	data := struct {
		*Memo
		Title      string
		RoughIntro string
		Columns    []struct{}
		Width      int
		HasMarks   bool
	}{Memo: m, Title: "Review memo", RoughIntro: roughIntro, Columns: make([]struct{}, len(m.rep.Articles)), HasMarks: m.session != nil}
	for _, a := range m.rep.Articles { // the first headline there is
		if a.Title != "" {
			data.Title += ": " + a.Title
			break
		}
	}
	data.Width = max(len(data.Columns), 1)
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	if err := tmpl.Execute(w, data); err != nil {
		t.Fatal(err)
	}
	m.writeColumns(w)
	w.Flush()
	return b.String()
}

// hostile is text that html/template escapes, or that could trip a
// hand-written escaper: markup, both quotes, '&', '+', NUL, right-to-left
// text and its override, emoji with joiners, a byte that is not UTF-8.
const hostile = " a+b 'q' \"d\" & <script>x</script> \x00 ═ é \u202eעברית مرحبا 😀👩\u200d👧 \xff&amp;"

// hostileMemo is the fixture with hostile text in every string the page
// shows: titles, labels, bylines, sentences, framing words, word diffs,
// notes, the session's path and progress, changed articles, corrections
// and orphaned marks.
func hostileMemo(t *testing.T) *Memo {
	rep := framedFixture(t)
	for a := range rep.Articles {
		art := &rep.Articles[a]
		art.Label += hostile
		art.Title += hostile
		art.Byline += hostile
		for s := range art.Sentences {
			art.Sentences[s].Text += hostile
		}
		for s := range art.Sentences {
			for k := range art.Sentences[s].Framing {
				art.Sentences[s].Framing[k].Lemma += hostile
			}
		}
	}
	for g := range rep.Groups {
		for d := range rep.Groups[g].Diff {
			for o := range rep.Groups[g].Diff[d].Ops {
				rep.Groups[g].Diff[d].Ops[o].Text += hostile
			}
		}
	}
	s := session(t, rep)
	for _, it := range s.Items() {
		s.SetNote(it.ID, "note"+hostile)
		s.ToggleFlagged(it.ID)
	}
	m := Build(rep, s, "s"+hostile+".json")
	m.Progress += hostile
	m.Changed = []string{"a" + hostile, "", "b" + hostile}
	m.Corrections = append(m.Corrections,
		review.Correction{Kind: review.Join, Article: "a" + hostile, Text: hostile, OtherArticle: hostile, Other: "o" + hostile},
		review.Correction{Kind: review.Split, Article: hostile, Text: strings.Repeat("long"+hostile, 20), OtherArticle: "", Other: ""})
	m.Applied = append(m.Applied, true)
	m.Orphans = append(m.Orphans, review.Mark{ID: "x" + hostile, Kind: review.Kind("k" + hostile), Reviewed: true,
		Note: "n" + hostile, Excerpt: strings.Repeat("ab ", 80) + hostile})
	for _, es := range [][]Entry{m.Flagged, m.Conflicts, m.Quotes, m.Divergent, m.Notes} {
		for _, e := range es {
			for v := range e.Versions {
				e.Versions[v].Framing += hostile
				e.Versions[v].Note += hostile
			}
		}
	}
	return m
}

// TestPageAsTheTemplate: the page writeHead and writeColumns write is the
// template's, byte for byte, with and without a session, with nothing in
// a section and with hostile text everywhere.
func TestPageAsTheTemplate(t *testing.T) {
	cases := map[string]func() *Memo{
		"no session": func() *Memo { return Build(fixture(t), nil, "") },
		"session":    func() *Memo { rep := fixture(t); return Build(rep, session(t, rep), "reviews/harbor.json") },
		"framing, empty session": func() *Memo {
			rep := framedFixture(t)
			return Build(rep, review.New(rep, nil), "")
		},
		"first title empty": func() *Memo {
			rep := fixture(t)
			rep.Articles[0].Title = ""
			return Build(rep, nil, "")
		},
		"no articles": func() *Memo { return Build(&compare.Report{}, nil, "") },
		"hostile":     func() *Memo { return hostileMemo(t) },
	}
	for name, build := range cases {
		m := build()
		want := templatePage(t, m)
		var got bytes.Buffer
		if err := m.HTML(&got); err != nil {
			t.Fatal(err)
		}
		if got.String() != want {
			g, w := got.String(), want
			i := 0
			for i < min(len(g), len(w)) && g[i] == w[i] {
				i++
			}
			t.Errorf("%s: the page differs from the template's at byte %d:\n got %.200q\nwant %.200q", name, i, g[i:], w[i:])
		}
	}
}
