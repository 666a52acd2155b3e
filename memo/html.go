package memo

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// HTML writes the memo as one self-contained page: inline CSS, no
// scripts, no external requests, printable. The articles stand in
// side-by-side columns with the interface's highlight meanings, each
// given by a text mark as well as a colour.
//
// writeHead writes everything up to the columns; writeColumns writes
// them straight to w, one article at a time, so a memo of a million
// sentences is never held in memory whole.
func (m *Memo) HTML(w io.Writer) error {
	title := "Review memo"
	if t := m.storyTitle(); t != "" {
		title += ": " + t
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	m.writeHead(bw, title)
	m.writeColumns(bw)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing the HTML memo: %w", err)
	}
	return nil
}

// writeColumns writes the side-by-side columns and the end of the page.
func (m *Memo) writeColumns(w *bufio.Writer) {
	m.eachColumn(func(col htmlArticle) {
		var b strings.Builder
		b.WriteString("<section class=\"column\">\n<h3>")
		escapeHTML(&b, col.Label)
		b.WriteString("</h3>\n<div class=\"title\">")
		escapeHTML(&b, col.Title)
		b.WriteString("</div>\n")
		if col.Byline != "" {
			b.WriteString("<div class=\"where\">")
			escapeHTML(&b, col.Byline)
			b.WriteString("</div>")
		}
		b.WriteString("\n")
		w.WriteString(b.String())
		w.WriteString(col.Body)
		w.WriteString("</section>\n")
	})
	w.WriteString("</div>\n</body>\n</html>\n")
}

type htmlArticle struct {
	Label, Title, Byline string
	Paras                [][]htmlSentence
	// Body is Paras as HTML, written by writeParas: the template engine
	// spent some 40 µs a sentence on it, which a million short sentences
	// turned into minutes.
	Body string
}

type htmlSentence struct {
	ID     string
	Class  string // shared, related, unique or other; plus flagged
	Kind   string // the gutter's kind mark: ═ ≈ ◆ ·
	Annot  string // ❝ or !
	Review string // ✓ ⚑ ✎
	Title  string
	Segs   []htmlSeg
}

type htmlSeg struct{ Text, Class string }

// columns lays out every article's sentences by paragraph, with the
// classes and marks the interface's gutter gives them.
//
// Only each column's Body is kept unless keepParas is set (for tests): a
// million sentences' structures would otherwise sit beside their HTML.
func (m *Memo) columns(keepParas bool) []htmlArticle {
	var out []htmlArticle
	m.eachColumnKeeping(keepParas, func(col htmlArticle) { out = append(out, col) })
	return out
}

// eachColumn hands each article's column to f in turn, its Body written
// and its sentence structures dropped.
func (m *Memo) eachColumn(f func(htmlArticle)) { m.eachColumnKeeping(false, f) }

func (m *Memo) eachColumnKeeping(keepParas bool, f func(htmlArticle)) {
	rep := m.rep
	kinds := map[string]compare.GroupKind{}
	again := map[[2]int]bool{} // related sentences: an outlet's second telling of a group's fact
	for _, g := range rep.Groups {
		kinds[g.ID] = g.Kind
		for _, mb := range g.Related {
			for _, s := range mb.Sentences {
				again[[2]int{mb.Article, s}] = true
			}
		}
	}
	marks := m.sentenceMarks()
	for a, art := range rep.Articles {
		col := htmlArticle{Label: art.Label, Title: art.Title, Byline: strings.Trim(art.Byline+" · "+art.Date, " ·")}
		for s, sen := range art.Sentences {
			hs := htmlSentence{ID: "a" + strconv.Itoa(a+1) + "s" + strconv.Itoa(s+1)}
			switch {
			case !sen.Role.Alignable():
				hs.Class, hs.Kind, hs.Title = "other", "·", "caption or boilerplate"
			case sen.Group == nil:
				hs.Class, hs.Kind, hs.Title = "unique", "◆", "unique: only this outlet says it"
				if note := rep.PerhapsToldNote(a, s); note != "" {
					hs.Title = "unique, unless " + note
				}
			case kinds[*sen.Group] == compare.KindRelated:
				hs.Class, hs.Kind, hs.Title = "related", "≈", "related: overlapping, one adds or omits a fact"
			default:
				hs.Class, hs.Kind, hs.Title = "shared", "═", "shared: the outlets report the same fact"
			}
			if sen.Group != nil && again[[2]int{a, s}] {
				hs.Class += " again"
				hs.Title = "again, related: this outlet tells the fact of its " + string(kinds[*sen.Group]) + " group a second time"
			}
			if sen.Role == compare.RoleHeadline {
				hs.Class += " headline"
			}
			hs.Segs, hs.Annot = m.segments(a, s)
			if mk, ok := marks[[2]int{a, s}]; ok {
				hs.Review = reviewGlyphs(mk)
				hs.Title += " · " + MarkText(mk)
				if mk.Note != "" {
					hs.Title += ": " + mk.Note
				}
				if mk.Flagged {
					hs.Class += " flagged"
				}
			}
			if len(col.Paras) == 0 || sen.Paragraph != art.Sentences[max(s-1, 0)].Paragraph {
				col.Paras = append(col.Paras, nil)
			}
			col.Paras[len(col.Paras)-1] = append(col.Paras[len(col.Paras)-1], hs)
		}
		col.Body = writeParas(col.Paras)
		if !keepParas {
			col.Paras = nil
		}
		f(col)
	}
}

// writeParas writes an article's paragraphs of sentences as the memo
// shows them, each sentence a span with its gutter and its highlighted
// runs. Every string is escaped as html/template escapes text and quoted
// attributes (escapeHTML), so the page is byte for byte what the template
// wrote.
func writeParas(paras [][]htmlSentence) string {
	var b strings.Builder
	size := 0
	for _, para := range paras {
		for _, hs := range para {
			size += 160 + len(hs.Title)
			for _, sg := range hs.Segs {
				size += len(sg.Text) + 32
			}
		}
	}
	b.Grow(size)
	for _, para := range paras {
		b.WriteString("<p>")
		for _, hs := range para {
			b.WriteString(`<span class="s `)
			escapeHTML(&b, hs.Class)
			b.WriteString(`" id="`)
			escapeHTML(&b, hs.ID)
			b.WriteString(`" title="`)
			escapeHTML(&b, hs.Title)
			b.WriteString(`"><span class="g"><span class="k">`)
			escapeHTML(&b, hs.Kind)
			b.WriteString("</span>")
			switch {
			case hs.Annot == "!":
				b.WriteString(`<span class="annot-c">!</span>`)
			case hs.Annot != "":
				b.WriteString(`<span class="annot-q">`)
				escapeHTML(&b, hs.Annot)
				b.WriteString("</span>")
			default:
				b.WriteString(" ")
			}
			b.WriteString(`<span class="rv">`)
			escapeHTML(&b, hs.Review)
			b.WriteString("</span></span>")
			for _, sg := range hs.Segs {
				if sg.Class == "" {
					escapeHTML(&b, sg.Text)
					continue
				}
				b.WriteString(`<span class="`)
				escapeHTML(&b, sg.Class)
				b.WriteString(`">`)
				escapeHTML(&b, sg.Text)
				b.WriteString("</span>")
			}
			b.WriteString("</span>\n")
		}
		b.WriteString("</p>\n")
	}
	return b.String() // every piece escaped above
}

// escapeHTML writes s escaped for HTML text or a quoted attribute, with
// html/template's table: NUL, the quotes, '&', '+', '<' and '>'.
func escapeHTML(b io.StringWriter, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case 0:
			rep = "\uFFFD"
		case '"':
			rep = "&#34;"
		case '&':
			rep = "&amp;"
		case '\'':
			rep = "&#39;"
		case '+':
			rep = "&#43;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(rep)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// segClasses are the highlight classes of a sentence's runs, by code.
var segClasses = [...]string{"", "quote", "quote strong", "conflict"}

// segments cuts a sentence into runs by highlight: conflicting figures
// over quotes; unique and variant quotes stronger than shared ones. The
// class of each byte is one byte (a code into segClasses), so a sentence of
// megabytes costs as many bytes here, not sixteen times as many.
func (m *Memo) segments(a, s int) ([]htmlSeg, string) {
	rep := m.rep
	sen := rep.Articles[a].Sentences[s]
	k := [2]int{a, s}
	quotes, conflicts := m.ix.sentQuotes[k], m.ix.sentConflicts[k]
	if len(quotes) == 0 && len(conflicts) == 0 {
		if sen.Text == "" {
			return nil, ""
		}
		return []htmlSeg{{Text: sen.Text}}, ""
	}
	cls := make([]byte, len(sen.Text))
	annot := ""
	set := func(start, end int, c byte) {
		for i := max(start-sen.Start, 0); i < min(end-sen.Start, len(cls)); i++ {
			cls[i] = c
		}
	}
	for _, qi := range quotes {
		q := rep.Quotes[qi]
		c := byte(1)
		if q.Status != "shared" {
			c = 2
		}
		set(q.Start, q.End, c)
		annot = "❝"
	}
	for _, mn := range conflicts {
		set(mn.Start, mn.End, 3)
		annot = "!"
	}
	var segs []htmlSeg
	start := 0
	for i := 1; i <= len(cls); i++ {
		if i == len(cls) || cls[i] != cls[start] {
			segs = append(segs, htmlSeg{Text: sen.Text[start:i], Class: segClasses[cls[start]]})
			start = i
		}
	}
	return segs, annot
}

// sentenceMarks gives each sentence the marks of the items on it.
func (m *Memo) sentenceMarks() map[[2]int]review.Mark {
	out := map[[2]int]review.Mark{}
	if m.session == nil {
		return out
	}
	rep := m.rep
	add := func(a, s int, mk review.Mark) {
		if !mk.Reviewed && !mk.Flagged && mk.Note == "" {
			return
		}
		o := out[[2]int{a, s}]
		o.Reviewed, o.Flagged = o.Reviewed || mk.Reviewed, o.Flagged || mk.Flagged
		if mk.Note != "" {
			o.Note = mk.Note
		}
		out[[2]int{a, s}] = o
	}
	for _, g := range rep.Groups {
		for _, mb := range slices.Concat(g.Members, g.Related) { // a related sentence: its group's marks
			for _, s := range mb.Sentences {
				add(mb.Article, s, m.session.Mark(g.ID))
			}
		}
	}
	for a, ids := range m.ix.sentenceIDs() {
		for s, id := range ids {
			if id != "" {
				add(a, s, m.session.Mark(id))
			}
		}
	}
	for _, q := range rep.Quotes {
		add(q.Article, q.Sentence, m.session.Mark(q.ID))
	}
	for _, f := range rep.Facts {
		for _, mn := range f.Mentions {
			add(mn.Article, mn.Sentence, m.session.Mark(f.ID))
		}
	}
	return out
}

// reviewGlyphs is a mark as the gutter shows it.
func reviewGlyphs(mk review.Mark) string {
	var b strings.Builder
	if mk.Reviewed {
		b.WriteString("✓")
	}
	if mk.Flagged {
		b.WriteString("⚑")
	}
	if mk.Note != "" {
		b.WriteString("✎")
	}
	return b.String()
}
