package tui

import (
	"fmt"
	"strings"

	"github.com/storydiff/storydiff/compare"
)

// frameKinds are the kinds of framing marker the report names, in the
// order the inspector lists them.
var frameKinds = [...]string{"attribution", "hedge", "intensifier", "loaded", "negation"}

// frameStyle is the text style of a marker: a colour per kind, reversed
// when the marker is Distinct. An unknown kind is bold only.
func frameStyle(kind string, distinct bool) textStyle {
	for i, k := range frameKinds {
		if k == kind {
			ts := tsFrameAttribution + textStyle(2*i)
			if distinct {
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
		ts := frameStyle(mk.Kind, mk.Distinct)
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
// kind, each marker in its pane colour and in words: its tone, and for a
// Distinct one which members lack it. An article with none says so, since
// in a group where others frame the fact, plain wording is itself a
// difference.
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
			if markerKey(es[i].mk) == markerKey(mk) && es[i].mk.Tone == mk.Tone && es[i].mk.Distinct == mk.Distinct {
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
			spans = append(spans, span{start, b.Len(), frameStyle(k, e.mk.Distinct)})
			if e.n > 1 {
				fmt.Fprintf(&b, " ×%d", e.n)
			}
			if e.mk.Tone != "" {
				b.WriteString(" (" + e.mk.Tone + ")")
			}
			if e.mk.Distinct {
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

// framingCounts words an article's framing counts for the overview: doubt
// verbs, hedges and loaded words always, so articles compare at a glance,
// then the other tones and kinds it uses.
func framingCounts(f map[string]int) string {
	loaded := fmt.Sprintf("loaded %d", f["loaded"])
	if f["loaded"] > 0 {
		loaded += fmt.Sprintf(" (%d+, %d−)", f["loaded/positive"], f["loaded/negative"])
	}
	parts := []string{fmt.Sprintf("doubt verbs %d", f["attribution/doubt"]), fmt.Sprintf("hedges %d", f["hedge"]), loaded}
	for _, x := range []struct{ key, name string }{
		{"attribution/concession", "concession verbs"},
		{"attribution/assertion", "assertion verbs"},
		{"attribution/emotive", "emotive verbs"},
		{"intensifier", "intensifiers"},
		{"negation", "negations"},
	} {
		if n := f[x.key]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", x.name, n))
		}
	}
	return strings.Join(parts, ", ")
}
