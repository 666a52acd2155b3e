package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// tabWidth is the distance between tab stops when a tab is expanded.
const tabWidth = 4

// piece is part of a wrapped line: the bytes [start, end) of the source
// text, or, when tab > 0, that many spaces standing for a tab at start.
type piece struct {
	start, end int
	tab        int
}

// wline is one wrapped line as pieces of its source text.
type wline []piece

// span gives the bytes [start, end) of a text a text style. Where spans
// overlap, the one with the higher style wins (textStyle values are ordered
// by priority).
type span struct {
	start, end int
	ts         textStyle
}

// wrap soft-wraps text to lines of at most width display cells. It breaks
// at spaces, breaks a word only when it is wider than a whole line, expands
// tabs, and measures every grapheme (wide characters, emoji, combining marks)
// by its display width. It always returns at least one line.
func wrap(text string, width int) []wline {
	width = max(width, 1)
	var lines []wline
	var cur wline
	col := 0
	flush := func() {
		// A line never ends in spaces: they would only pad it.
		for len(cur) > 0 {
			p := cur[len(cur)-1]
			if p.tab == 0 && strings.TrimLeft(text[p.start:p.end], " ") != "" {
				break
			}
			cur = cur[:len(cur)-1]
		}
		lines = append(lines, cur)
		cur, col = nil, 0
	}
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c == '\n':
			flush()
			i++
		case c == '\t':
			w := tabWidth - col%tabWidth
			if col+w > width {
				flush()
			} else if col > 0 {
				cur = append(cur, piece{start: i, end: i + 1, tab: w})
				col += w
			}
			i++
		case c == ' ':
			j := i
			for j < len(text) && text[j] == ' ' {
				j++
			}
			if w := j - i; col > 0 && col+w <= width {
				cur = append(cur, piece{start: i, end: j})
				col += w
			} else if col > 0 {
				flush()
			}
			i = j
		default:
			j, w := wordEnd(text, i)
			switch {
			case col+w <= width:
				cur = append(cur, piece{start: i, end: j})
				col += w
				i = j
			case w <= width:
				flush()
			default: // wider than a line: cut it by graphemes
				if col > 0 {
					flush()
				}
				k := i
				for k < j {
					g, gw := ansi.FirstGraphemeCluster(text[k:j], ansi.GraphemeWidth)
					if col+gw > width && col > 0 {
						flush()
					}
					cur = append(cur, piece{start: k, end: k + len(g)})
					col += gw
					k += len(g)
				}
				i = j
			}
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// wordEnd returns the end of the word starting at i and its display width.
func wordEnd(text string, i int) (int, int) {
	j, w := i, 0
	for j < len(text) {
		c := text[j]
		if c == ' ' || c == '\t' || c == '\n' {
			break
		}
		// Printable ASCII followed by ASCII is one cell and its own
		// grapheme: most text takes this path, without segmentation.
		if c >= 0x21 && c < 0x7f && (j+1 == len(text) || text[j+1] < 0x80) {
			j++
			w++
			continue
		}
		g, gw := ansi.FirstGraphemeCluster(text[j:], ansi.GraphemeWidth)
		if len(g) == 0 {
			j++
			continue
		}
		j += len(g)
		w += gw
	}
	return j, w
}

// lineWidth is the display width of a wrapped line.
func lineWidth(text string, l wline) int {
	w := 0
	for _, p := range l {
		if p.tab > 0 {
			w += p.tab
		} else {
			w += ansi.StringWidth(text[p.start:p.end])
		}
	}
	return w
}

// renderLine draws a wrapped line in base style with spans on top, padded
// with spaces to width. Runs of one style are rendered together, so a plain
// line costs one Render.
func renderLine(text string, l wline, spans []span, base textStyle, width int, st *Styles) string {
	var b strings.Builder
	var run strings.Builder
	runStyle := textStyle(-1)
	emit := func() {
		if run.Len() > 0 {
			b.WriteString(st.renderText(runStyle, run.String()))
			run.Reset()
		}
	}
	add := func(ts textStyle, s string) {
		if ts != runStyle {
			emit()
			runStyle = ts
		}
		run.WriteString(s)
	}
	for _, p := range l {
		if p.tab > 0 {
			add(styleAt(spans, base, p.start), strings.Repeat(" ", p.tab))
			continue
		}
		for k := p.start; k < p.end; {
			ts, next := styleRun(spans, base, k, p.end)
			add(ts, text[k:next])
			k = next
		}
	}
	emit()
	if pad := width - lineWidth(text, l); pad > 0 {
		b.WriteString(strings.Repeat(" ", pad))
	}
	return b.String()
}

// styleAt is the winning style at byte k.
func styleAt(spans []span, base textStyle, k int) textStyle {
	ts := base
	for _, s := range spans {
		if s.start <= k && k < s.end && s.ts > ts {
			ts = s.ts
		}
	}
	return ts
}

// styleRun is the style at byte k and where it next may change (before end).
func styleRun(spans []span, base textStyle, k, end int) (textStyle, int) {
	next := end
	for _, s := range spans {
		if s.start > k && s.start < next {
			next = s.start
		}
		if s.end > k && s.end < next {
			next = s.end
		}
	}
	return styleAt(spans, base, k), next
}

// truncate cuts s to at most width display cells, ending in an ellipsis
// when it had to cut, and pads it with spaces to exactly width.
func truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	s = strings.NewReplacer("\t", " ", "\n", " ").Replace(s)
	if ansi.StringWidth(s) > width {
		s = ansi.Truncate(s, width, "…")
	}
	if pad := width - ansi.StringWidth(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// truncateWords is truncate cutting at a space, so no word is cut in the
// middle; a single word wider than width is cut as truncate cuts it.
func truncateWords(s string, width int) string {
	s = strings.NewReplacer("\t", " ", "\n", " ").Replace(s)
	if width <= 0 || ansi.StringWidth(s) <= width {
		return truncate(s, width)
	}
	cut := ansi.Truncate(s, width-1, "") // room for the ellipsis
	if i := strings.LastIndexByte(cut, ' '); i > 0 && (len(cut) == len(s) || s[len(cut)] != ' ') {
		cut = cut[:i]
	}
	return truncate(strings.TrimRight(cut, " │·,")+"…", width)
}
