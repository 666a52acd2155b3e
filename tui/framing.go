package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare"
)

// frameKinds are the kinds of framing marker the report names, in the
// order the inspector lists them.
var frameKinds = [...]string{"attribution", "hedge", "intensifier", "loaded", "negation"}

// frameStyle is the text style of a marker: a colour per kind, reversed
// when the marker is one of the words by which the outlets frame the fact
// differently (Marker.Differs). An unknown kind is bold only.
func frameStyle(kind string, differs bool) textStyle {
	for i, k := range frameKinds {
		if k == kind {
			ts := tsFrameAttribution + textStyle(2*i)
			if differs {
				ts++
			}
			return ts
		}
	}
	return tsFrame
}

// framingSpans returns, for each of sentences sents of article a, the spans
// of the group's framing markers in it. Marker offsets index the article's
// text, so each is placed in the sentence that holds it.
func framingSpans(rep *compare.Report, g compare.Group, a int, sents []int) map[int][]span {
	if a < 0 || a >= len(rep.Articles) {
		return nil
	}
	out := map[int][]span{}
	for _, mk := range g.Framing {
		if mk.Article != a {
			continue
		}
		ts := frameStyle(mk.Kind, mk.Differs)
		for _, s := range sents {
			if s < 0 || s >= len(rep.Articles[a].Sentences) {
				continue
			}
			sen := rep.Articles[a].Sentences[s]
			out[s] = appendSpan(out[s], mk.Start-sen.Start, mk.End-sen.Start, len(sen.Text), ts)
		}
	}
	return out
}

// markerKey names a marker by what Distinct compares: kind and lemma.
func markerKey(mk compare.Marker) string {
	lemma := mk.Lemma
	if lemma == "" {
		lemma = strings.ToLower(mk.Text)
	}
	return mk.Kind + "/" + lemma
}

// writeFraming lists article a's framing markers in group g, one line per
// kind, each marker in its pane colour and in words: its tone (and
// "negated" under a negation, whose word keeps its own tone), and for one
// by which the outlets frame the fact differently (Marker.Differs, the
// words of the header's "framed differently" line) ≠ and which members
// lack it. Another word some member lacks (a hedge, a sentiment word) is
// listed as wording, with no ≠: the rule the report's figures measure does
// not count it. An article with none says so, since in a group where
// others frame the fact, plain wording is itself a difference.
func writeFraming(w *textWriter, rep *compare.Report, g compare.Group, a int) {
	if len(g.Framing) == 0 {
		return
	}
	has := map[string]map[int]bool{} // marker key → articles that have it
	for _, mk := range g.Framing {
		k := markerKey(mk)
		if has[k] == nil {
			has[k] = map[int]bool{}
		}
		has[k][mk.Article] = true
	}
	type entry struct {
		mk compare.Marker
		n  int
	}
	byKind := map[string][]entry{}
	var kinds []string
	for _, mk := range g.Framing {
		if mk.Article != a {
			continue
		}
		es := byKind[mk.Kind]
		if len(es) == 0 {
			kinds = append(kinds, mk.Kind)
		}
		dup := false
		for i := range es {
			if markerKey(es[i].mk) == markerKey(mk) && es[i].mk.Tone == mk.Tone && es[i].mk.Negated == mk.Negated && es[i].mk.Differs == mk.Differs {
				es[i].n++
				dup = true
			}
		}
		if !dup {
			es = append(es, entry{mk, 1})
		}
		byKind[mk.Kind] = es
	}
	const label = "framing: "
	if len(kinds) == 0 {
		w.hanging(w.st.Subtle.Render(label), "none", nil, tsDim, 2)
		return
	}
	// Known kinds in their fixed order, then any others as the report has them.
	order := make([]string, 0, len(kinds))
	for _, k := range frameKinds {
		if byKind[k] != nil {
			order = append(order, k)
		}
	}
	for _, k := range kinds {
		if frameStyle(k, false) == tsFrame {
			order = append(order, k)
		}
	}
	for i, k := range order {
		var b strings.Builder
		var spans []span
		b.WriteString(k)
		spans = append(spans, span{0, b.Len(), frameStyle(k, false)})
		b.WriteString(": ")
		for j, e := range byKind[k] {
			if j > 0 {
				b.WriteString(", ")
			}
			start := b.Len()
			b.WriteString(e.mk.Text)
			spans = append(spans, span{start, b.Len(), frameStyle(k, e.mk.Differs)})
			if e.n > 1 {
				fmt.Fprintf(&b, " ×%d", e.n)
			}
			if n := e.mk.ToneNote(); n != "" {
				b.WriteString(" (" + n + ")")
			}
			if e.mk.Differs {
				b.WriteString(" ≠ " + lackers(rep, g, a, has[markerKey(e.mk)]))
			}
		}
		prefix := w.st.Subtle.Render(label)
		if i > 0 {
			prefix = strings.Repeat(" ", len(label))
		}
		w.hanging(prefix, b.String(), spans, tsPlain, 2)
	}
}

// lackers says which other members of g lack a marker of article a, given
// the articles that have it: "only here" when none of the others does.
func lackers(rep *compare.Report, g compare.Group, a int, have map[int]bool) string {
	var lack []string
	others := 0
	for _, m := range g.Members {
		if m.Article == a || m.Article < 0 || m.Article >= len(rep.Articles) {
			continue
		}
		others++
		if !have[m.Article] {
			lack = append(lack, rep.Articles[m.Article].Label)
		}
	}
	if len(lack) == others {
		return "only here"
	}
	return "not in " + strings.Join(lack, ", ")
}

// markFraming is the gutter mark of a group whose outlets frame the fact
// differently (the report's divergent_framing), shown where no conflict
// mark takes the column.
const markFraming = "≠"

// ownFraming reports whether a sentence marker is the outlet's framing
// worth colouring outside the focused item: not a word inside quotation
// marks (the speaker's), not a neutral verb of saying or a negation, which
// only give context.
func ownFraming(mk compare.Marker) bool {
	if mk.Quoted || mk.Kind == "negation" {
		return false
	}
	return !(mk.Kind == "attribution" && mk.Tone == "neutral")
}

// sentenceFramingSpans colours the outlet's framing words of a sentence in
// its kind's colour, in every pane and whatever the focus.
func sentenceFramingSpans(sen compare.Sentence, spans []span) []span {
	for _, mk := range sen.Framing {
		if ownFraming(mk) {
			spans = appendSpan(spans, mk.Start-sen.Start, mk.End-sen.Start, len(sen.Text), frameStyle(mk.Kind, false))
		}
	}
	return spans
}

// markHedging is the gutter mark of a group whose outlets hedge the fact
// differently (the report's hedging_differs: one says "reportedly",
// another states it), where no conflict or ≠ mark takes the column.
const markHedging = "?"

// framingMark returns the gutter mark for a sentence of group g: ≠ when
// its outlets frame the fact differently, else ? when they hedge it
// differently, else annot (a quote's mark, or none). Either takes the
// column from a quote's mark: the group's verdict is drawn on every
// member, or a row whose members all quote someone shows it nowhere.
func framingMark(g compare.Group, annot string, st *Styles) string {
	switch {
	case g.DivergentFraming:
		return st.Text[tsFrameLoaded].Render(markFraming)
	case len(g.HedgingDiffers) > 0:
		return st.Text[tsFrameHedge].Render(markHedging)
	}
	return annot
}

// markerWords words markers for the inspector: "slammed (emotive verb)".
func markerWords(ms []compare.Marker) string {
	var parts []string
	for _, mk := range ms {
		d := mk.Text
		switch {
		case mk.Category != "" && mk.Tone != "" && !strings.HasPrefix(mk.Category, mk.Tone):
			d += " (" + mk.Category + ", " + mk.Tone + ")"
		case mk.Category != "":
			d += " (" + mk.Category + ")"
		case mk.Tone != "":
			d += " (" + mk.Tone + ")"
		}
		if mk.Negated {
			if strings.HasSuffix(d, ")") {
				d = strings.TrimSuffix(d, ")") + ", negated)"
			} else {
				d += " (negated)"
			}
		}
		parts = append(parts, d)
	}
	return strings.Join(parts, ", ")
}

// writeSentenceFraming lists the framing of article a's sentences sents in
// the inspector: the outlet's own words, then the speaker's words inside
// quotation marks, set apart so the two are never confused. With own set,
// the outlet's words are left to writeFraming (a group lists them there).
func writeSentenceFraming(w *textWriter, rep *compare.Report, a int, sents []int, own bool) {
	if a < 0 || a >= len(rep.Articles) {
		return
	}
	var mine, quoted []compare.Marker
	for _, s := range sents {
		if s < 0 || s >= len(rep.Articles[a].Sentences) {
			continue
		}
		for _, mk := range rep.Articles[a].Sentences[s].Framing {
			switch {
			case mk.Quoted:
				quoted = append(quoted, mk)
			case mk.Kind != "negation" && !(mk.Kind == "attribution" && mk.Tone == "neutral"):
				mine = append(mine, mk)
			}
		}
	}
	if own && len(mine) > 0 {
		w.hanging(w.st.Subtle.Render("framing: "), markerWords(mine), nil, tsPlain, 2)
	}
	if len(quoted) > 0 {
		w.hanging(w.st.Subtle.Render("speaker's words: "), markerWords(quoted), nil, tsDim, 2)
	}
}

// divergenceLine says, for a group framed differently, which outlet uses
// which words the others lack: "framed differently: fox: slammed; nyt: —".
func divergenceLine(rep *compare.Report, g compare.Group) string {
	if !g.DivergentFraming {
		return ""
	}
	var parts []string
	for _, m := range g.Members {
		if m.Article < 0 || m.Article >= len(rep.Articles) {
			continue
		}
		words := "no such words"
		for _, d := range g.FramingDiffers {
			if d.Article == m.Article {
				words = strings.Join(d.Words, ", ")
			}
		}
		parts = append(parts, rep.Articles[m.Article].Label+": "+words)
	}
	return "framed differently: " + strings.Join(parts, "; ")
}

// hedgingLine says, for a group whose outlets hedge its fact differently,
// who hedges it and who states it: "hedged differently: Fox “reportedly”
// · NYT states it". Apart from divergenceLine, whose rule counts no hedges.
func hedgingLine(rep *compare.Report, g compare.Group) string {
	note := g.HedgingNote(func(a int) string {
		if a < 0 || a >= len(rep.Articles) {
			return "?"
		}
		return rep.Articles[a].Label
	})
	if note == "" {
		return ""
	}
	return "hedged differently: " + note
}

// ownHedging counts the facts article a hedges where another outlet states
// them flatly or hedges them otherwise, and those it states flatly where
// another hedges, for the overview: "hedges 2 facts others state; states
// 1 another hedges".
func ownHedging(rep *compare.Report, a int) string {
	hedges, states := 0, 0
	for _, g := range rep.Groups {
		for _, d := range g.HedgingDiffers {
			switch {
			case d.Article != a:
			case len(d.Hedges) > 0:
				hedges++
			default:
				states++
			}
		}
	}
	var parts []string
	if hedges > 0 {
		parts = append(parts, "hedged apart in "+plural(hedges, "fact", "facts"))
	}
	if states > 0 {
		parts = append(parts, "states flatly "+plural(states, "fact", "facts")+" another hedges")
	}
	return strings.Join(parts, "; ")
}

// ownDivergence counts the groups framed differently in which article a
// uses words the others lack, and lists the first of those words, for the
// overview's summary of the article.
func ownDivergence(rep *compare.Report, a int) string {
	n := 0
	var words []string
	for _, g := range rep.Groups {
		if !g.DivergentFraming {
			continue
		}
		for _, d := range g.FramingDiffers {
			if d.Article != a || len(d.Words) == 0 {
				continue
			}
			n++
			for _, w := range d.Words {
				if len(words) < 6 && !slices.Contains(words, w) {
					words = append(words, w)
				}
			}
		}
	}
	if n == 0 {
		return ""
	}
	s := fmt.Sprintf("framed apart in %d fact", n)
	if n > 1 {
		s += "s"
	}
	return s + ": " + strings.Join(words, ", ")
}
