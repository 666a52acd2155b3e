package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// The editor corrects the engine: S says the focused pane's sentence is
// not the same fact as the rest of its group, J says a sentence only one
// article has is the same fact as one the editor picks. Corrections live
// in the session (review.Correction) and are made on the report as
// compared, so the panes, the overview and the memo show the corrected
// grouping; S or J again on a corrected sentence withdraws its correction.

// Correction marks, in the kind column of the gutter.
const (
	markSplit  = "✂" // split off its group by the editor
	markJoined = "⇄" // joined to a group by the editor
)

// picker is the short list J opens.
type picker struct {
	open  bool
	from  sentRef
	cands []sentRef
	cur   int
}

// correctedIndex is the index of the report as compared with the
// session's corrections made, its corrected sentences marked.
func (m Model) correctedIndex() *index {
	cs := m.rv.sess.Corrections()
	rep, applied := review.Apply(m.rv.base, cs)
	ix := newIndex(rep)
	ix.corrected = map[sentRef]review.CorrectionKind{}
	for i, c := range cs {
		if !applied[i] {
			continue
		}
		if a, s := findSentence(rep, c.Article, c.Text); a >= 0 {
			ix.corrected[sentRef{a, s}] = c.Kind
		}
	}
	return ix
}

// findSentence is the first sentence of the article labelled label with
// that text.
func findSentence(rep *compare.Report, label, text string) (int, int) {
	for a, art := range rep.Articles {
		if art.Label == label {
			if s := slices.IndexFunc(art.Sentences, func(sen compare.Sentence) bool { return sen.Text == text }); s >= 0 {
				return a, s
			}
		}
	}
	return -1, -1
}

// correct records or withdraws c, redraws everything from the corrected
// report and moves to the sentence it is about.
func (m Model) correct(c review.Correction, at sentRef) (Model, tea.Cmd) {
	if ro := m.rv.opts.ReadOnly; ro != "" {
		m.note = "read-only: " + ro
		return m, nil
	}
	on := m.rv.sess.ToggleCorrection(c)
	m.ix = m.correctedIndex()
	m.rv.ids = m.itemIDs()
	m.rv.glyphs = m.reviewGlyphs()
	m.rv.countProgress()
	m.cur, m.curRow, m.lay = -1, -1, nil
	if m.query != "" {
		m.hits, m.hit = findMatches(m.ix, m.query), -1
	}
	m = m.relayout()
	if r := m.ix.rowOf(at.article, at.sentence); r >= 0 {
		m = m.show(at.article)
		m = m.moveTo(m.ix.firstItemOnRow(r), r)
	}
	switch {
	case !on:
		m.note = "correction withdrawn"
	case c.Kind == review.Split:
		m.note = "not the same fact: split off (S on it again undoes)"
	default:
		m.note = "same fact: joined (J on it again undoes)"
	}
	m.rv.dirty = true
	return m, m.scheduleSave()
}

// split handles S: the focused pane's sentences in the current group are
// not the same fact as the others; on a sentence split off, it undoes that.
func (m Model) split() (Model, tea.Cmd) {
	if _, row := m.shownCurrent(); row < 0 { // none, or off screen: nothing the editor sees
		m.note = "S: choose a group (n) to split the focused pane's sentence off"
		return m, nil
	}
	a := m.lay.panes[m.focus].article
	rep := m.ix.rep
	if gi := m.ix.relatedOf(m.curRow); gi >= 0 { // again, related: it alone leaves
		if c, at, ok := m.relatedCorrection(review.Split, gi); ok {
			return m.correct(c, at)
		}
	}
	if m.cur >= 0 {
		it := m.ix.items[m.cur]
		if undo, ok := m.withdrawable(sentRef{it.article, it.sentence}, review.Split); ok {
			return m.correct(undo, sentRef{it.article, it.sentence})
		}
		if it.group >= 0 {
			cells := m.ix.rows[it.row].cells
			if len(cells[a]) == 0 {
				m.note = "the focused pane's article is not in this group; tab to one that is"
				return m, nil
			}
			for o, c := range cells {
				if o != a && len(c) > 0 {
					return m.correct(review.Correction{Kind: review.Split,
						Article: rep.Articles[a].Label, Text: rep.Articles[a].Sentences[cells[a][0]].Text,
						OtherArticle: rep.Articles[o].Label, Other: rep.Articles[o].Sentences[c[0]].Text}, sentRef{a, cells[a][0]})
				}
			}
		}
	}
	m.note = "S: choose a group (n) to split the focused pane's sentence off"
	return m, nil
}

// join handles J: on a sentence only one article has, it lists the
// nearest sentences of the other articles to join it to; on a sentence
// joined by the editor, it undoes that.
func (m Model) join() (Model, tea.Cmd) {
	if _, row := m.shownCurrent(); row < 0 { // none, or off screen: nothing the editor sees
		m.note = "J: choose a unique sentence (n) to join to another article's"
		return m, nil
	}
	if gi := m.ix.relatedOf(m.curRow); gi >= 0 {
		// Again, related: J makes it its article's member in the group,
		// or, when the editor's J made the member, undoes that.
		a, _ := firstCell(m.ix.rows[m.curRow])
		for _, s := range m.ix.rows[m.ix.items[gi].row].cells[a] {
			if undo, ok := m.withdrawable(sentRef{a, s}, review.Join); ok {
				return m.correct(undo, sentRef{a, s})
			}
		}
		if c, at, ok := m.relatedCorrection(review.Join, gi); ok {
			m, cmd := m.correct(c, at)
			if m.ix.corrected[at] == review.Join {
				m.note = "now its article's member of the group; the old one is related (J again undoes)"
			}
			return m, cmd
		}
	}
	if m.cur < 0 {
		m.note = "J: choose a unique sentence (n) to join to another article's"
		return m, nil
	}
	it := m.ix.items[m.cur]
	from := sentRef{it.article, it.sentence}
	for a, cells := range m.ix.rows[it.row].cells { // a sentence the editor joined to this group
		for _, s := range cells {
			if undo, ok := m.withdrawable(sentRef{a, s}, review.Join); ok {
				return m.correct(undo, sentRef{a, s})
			}
		}
	}
	if it.kind != kindUnique {
		m.note = "J joins only unique sentences: this is " + kindNoun(it.kind)
		return m, nil
	}
	near := slices.Clone(m.ix.rep.Articles[from.article].Sentences[from.sentence].Nearest)
	slices.SortFunc(near, func(x, y compare.Nearest) int { return cmp.Compare(y.Similarity, x.Similarity) })
	var cands []sentRef
	for _, n := range near {
		if n.Article != from.article && n.Article >= 0 && n.Article < len(m.ix.rep.Articles) && len(cands) < 9 {
			cands = append(cands, sentRef{n.Article, n.Sentence})
		}
	}
	if len(cands) == 0 {
		m.note = "no sentence of another article is near this one"
		return m, nil
	}
	m.rv.pick = picker{open: true, from: from, cands: cands}
	return m, nil
}

// kindNoun names what an item of a kind is, as a sentence's object: "a
// shared group", "a quote".
func kindNoun(k itemKind) string {
	switch k {
	case kindShared, kindRelated:
		return "a " + k.String() + " group"
	}
	return "a " + k.String()
}

// relatedCorrection is correction k of the related sentence on the
// current row against group item gi: its Other is the first sentence of
// another article in the group.
func (m Model) relatedCorrection(k review.CorrectionKind, gi int) (review.Correction, sentRef, bool) {
	rep := m.ix.rep
	a, s := firstCell(m.ix.rows[m.curRow])
	for o, c := range m.ix.rows[m.ix.items[gi].row].cells {
		if o != a && len(c) > 0 {
			return review.Correction{Kind: k,
				Article: rep.Articles[a].Label, Text: rep.Articles[a].Sentences[s].Text,
				OtherArticle: rep.Articles[o].Label, Other: rep.Articles[o].Sentences[c[0]].Text}, sentRef{a, s}, true
		}
	}
	return review.Correction{}, sentRef{}, false
}

// withdrawable finds the correction of kind k that made sentence at what
// it is now.
func (m Model) withdrawable(at sentRef, k review.CorrectionKind) (review.Correction, bool) {
	if m.ix.corrected[at] != k {
		return review.Correction{}, false
	}
	art := m.ix.rep.Articles[at.article]
	for _, c := range m.rv.sess.Corrections() {
		if c.Kind == k && c.Article == art.Label && c.Text == art.Sentences[at.sentence].Text {
			return c, true
		}
	}
	return review.Correction{}, false
}

// handlePickKey chooses from J's list: j/k and enter, or a digit; q/esc
// closes it.
func (m Model) handlePickKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	p := &m.rv.pick
	choose := -1
	switch {
	case key.Matches(msg, m.keys.Close):
		p.open = false
		return m, nil
	case key.Matches(msg, m.keys.Down, m.keys.Next):
		p.cur = (p.cur + 1) % len(p.cands)
	case key.Matches(msg, m.keys.Up, m.keys.Prev):
		p.cur = (p.cur + len(p.cands) - 1) % len(p.cands)
	case key.Matches(msg, m.keys.Inspect):
		choose = p.cur
	default:
		if t := msg.Text; len(t) == 1 && t[0] >= '1' && int(t[0]-'1') < len(p.cands) {
			choose = int(t[0] - '1')
		}
	}
	if choose < 0 {
		return m, nil
	}
	p.open = false
	rep := m.ix.rep
	from, to := p.from, p.cands[choose]
	return m.correct(review.Correction{Kind: review.Join,
		Article: rep.Articles[from.article].Label, Text: rep.Articles[from.article].Sentences[from.sentence].Text,
		OtherArticle: rep.Articles[to.article].Label, Other: rep.Articles[to.article].Sentences[to.sentence].Text}, from)
}

// pickLines draws J's list, width cells wide, for the bottom of the panes.
func (m Model) pickLines() []string {
	st := &m.styles
	lines := []string{st.Rule.Render(strings.Repeat("─", m.width)),
		truncate(st.Heading.Render(" the same fact as…")+st.Subtle.Render("  j/k and enter, or a digit; q/esc closes"), m.width)}
	for i, c := range m.rv.pick.cands {
		art := m.ix.rep.Articles[c.article]
		line := truncate(fmt.Sprintf("  %d  %s: %s", i+1, art.Label, art.Sentences[c.sentence].Text), m.width)
		if i == m.rv.pick.cur {
			line = st.Selected.Render(line)
		}
		lines = append(lines, line)
	}
	return lines
}
