package tui

import (
	"cmp"
	"slices"
)

// Panes are drawn lazily: a layout records, for every line of a pane,
// which sentence's which wrapped line it shows (a lineRef), and a frame
// renders only the lines on screen, each once, into a cache. So a frame
// costs the same for ten sentences or a hundred thousand, a search or a
// mark restyles the layout without re-wrapping it, and a sentence of a
// megabyte is never rendered whole. Update and View run on bubbletea's
// one event loop, so the caches need no lock.

// lineRef is one line of a pane: wrapped line i of sentence s, or a blank
// line when s < 0.
type lineRef struct{ s, i int32 }

var blankRef = lineRef{-1, 0}

// sentenceCache holds the sentences of one pane drawn in one style: their
// wrapped lines, their looks, and the lines rendered so far.
type sentenceCache struct {
	ix      *index
	st      Styles // a copy: the model's styles move with the model value
	spec    layoutSpec
	article int
	width   int
	drawn   map[int]*drawnSentence
	wraps   map[int][]wline  // shared by every cache of panes of one shape
	apart   map[int][]string // the pane's apart lines (see apartLines), shared likewise
}

// drawnSentence is a sentence wrapped and looked up, its lines rendered
// as a frame first needs them.
type drawnSentence struct {
	text  string
	wl    []wline
	lk    sentenceLook // spans sorted by start
	lines []string
	// notes are the dim lines the aligned view draws after the text of a
	// group member: where its article tells the fact again (againLine),
	// and where the group's other members are when they are drawn apart
	// from it (apartLines).
	notes []string
}

func newSentenceCache(ix *index, spec layoutSpec, st *Styles, pn *pane) *sentenceCache {
	return &sentenceCache{ix: ix, st: *st, spec: spec, article: pn.article, width: pn.width, drawn: map[int]*drawnSentence{}, wraps: pn.wraps, apart: pn.apart}
}

// sentence returns sentence s drawn in the cache's style; extra, when not
// nil, marks it focused with those spans (word diff and framing) on top.
func (c *sentenceCache) sentence(s int, extra []span, focused bool) *drawnSentence {
	if d, ok := c.drawn[s]; ok {
		return d
	}
	ix, a := c.ix, c.article
	text := ix.rep.Articles[a].Sentences[s].Text
	lk := ix.look(a, s, &c.st, c.spec.query, c.spec.marks)
	if focused {
		lk.focused = true
		lk.spans = append(lk.spans, extra...)
	} else {
		lk.spans = append(lk.spans, c.spec.diffOf(ix, ix.rowOf(a, s), a)[s]...)
	}
	slices.SortFunc(lk.spans, func(x, y span) int { return cmp.Compare(x.start, y.start) })
	wl, ok := c.wraps[s]
	if !ok {
		wl = wrap(text, textWidth(c.width))
		c.wraps[s] = wl
	}
	d := &drawnSentence{text: text, wl: wl, lk: lk}
	if again := ix.againAt[sentRef{a, s}]; again != "" {
		d.notes = append(d.notes, againLine(again))
	}
	d.notes = append(d.notes, c.apart[s]...)
	d.lines = make([]string, len(d.wl)+len(d.notes))
	c.drawn[s] = d
	return d
}

// line renders wrapped line i of the sentence, once.
func (d *drawnSentence) line(i, width int, st *Styles) string {
	if i < 0 || i >= len(d.lines) {
		return ""
	}
	if d.lines[i] != "" {
		return d.lines[i]
	}
	if i >= len(d.wl) { // a note under the text
		d.lines[i] = gutter(d.lk, false, st) + st.renderText(tsDim, truncateWords(d.notes[i-len(d.wl)], textWidth(width))) + " "
		return d.lines[i]
	}
	l := d.wl[i]
	var spans []span
	if len(l) > 0 {
		from, to := l[0].start, l[len(l)-1].end
		for _, sp := range d.lk.spans {
			if sp.start >= to {
				break // sorted by start
			}
			if sp.end > from {
				spans = append(spans, sp)
			}
		}
	}
	d.lines[i] = gutter(d.lk, i == 0, st) + renderLine(d.text, l, spans, d.lk.base, textWidth(width), st) + " "
	return d.lines[i]
}

// textWidth is the columns a pane of width w gives a sentence's text.
func textWidth(w int) int { return max(w-gutterWidth-1, 1) }

// lineCount is how many lines sentence text takes in a pane of width w.
// Laying out every sentence needs only this, so plain ASCII text (most
// sentences) is counted without building the wrapped lines; anything else
// is wrapped. TestLineCountMatchesWrap holds the two together.
func lineCount(text string, w int) int {
	if n, ok := asciiLineCount(text, textWidth(w)); ok {
		return n
	}
	return len(wrap(text, textWidth(w)))
}

// asciiLineCount counts the lines wrap makes of text when text is
// printable ASCII and spaces; ok is false otherwise.
func asciiLineCount(text string, width int) (n int, ok bool) {
	width = max(width, 1)
	col := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' {
			j := i
			for j < len(text) && text[j] == ' ' {
				j++
			}
			if w := j - i; col > 0 && col+w <= width {
				col += w
			} else if col > 0 {
				n, col = n+1, 0
			}
			i = j
			continue
		}
		j := i
		for j < len(text) && text[j] != ' ' {
			if b := text[j]; b < 0x21 || b >= 0x7f {
				return 0, false
			}
			j++
		}
		switch w := j - i; {
		case col+w <= width:
			col += w
		case w <= width:
			n, col = n+1, w // the word starts the next line
		default: // wider than a line: cut into width-long pieces
			if col > 0 {
				n, col = n+1, 0
			}
			n += (w - 1) / width
			col = w - (w-1)/width*width
		}
		i = j
	}
	if col > 0 || n == 0 {
		n++
	}
	return n, true
}

// againLine is the line drawn under a group member whose article tells
// the fact again: where, in the legend's words.
func againLine(where string) string { return "↳ again, related: " + where }
