package memo

import (
	"fmt"
	"io"
	"strings"

	"github.com/storydiff/storydiff/compare"
)

// ArticleFraming is one article's framing words for the memo's framing
// section, each with its kind ("scrambled (loaded verb, negative)") and,
// when repeated, a count. Only the outlet's own words: the speaker's words
// inside quotation marks are counted apart, in Quoted.
type ArticleFraming struct {
	Label  string
	Loaded []string // loaded words: loaded and emotive verbs, evaluative words, labels, idioms
	Verbs  []string // doubt and concession verbs of attribution (claimed, conceded)
	Hedges []string // hedges and scare quotes
	Quoted int      // framing words inside quotation marks: the speakers'
}

// buildFraming fills the framing section: per article, and the groups
// whose outlets frame the fact differently.
func (m *Memo) buildFraming() {
	for _, a := range m.rep.Articles {
		af := ArticleFraming{Label: a.Label}
		var loaded, verbs, hedges tally
		for _, sen := range a.Sentences {
			for _, mk := range sen.Framing {
				switch {
				case mk.Quoted:
					if mk.Kind != "negation" && mk.Tone != "neutral" {
						af.Quoted++
					}
				case mk.Kind == "loaded", mk.Kind == "attribution" && mk.Tone == "emotive":
					loaded.add(mk)
				case mk.Kind == "attribution" && (mk.Tone == "doubt" || mk.Tone == "concession"):
					verbs.add(mk)
				case mk.Kind == "hedge":
					hedges.add(mk)
				}
			}
		}
		af.Loaded, af.Verbs, af.Hedges = loaded.words(), verbs.words(), hedges.words()
		m.Framing = append(m.Framing, af)
	}
	for _, g := range m.rep.Groups {
		if !g.DivergentFraming {
			continue
		}
		e, _ := m.entry(g.ID)
		m.Divergent = append(m.Divergent, e)
	}
	for _, g := range m.rep.Groups {
		note := g.HedgingNote(m.label)
		if note == "" || len(g.Members) == 0 {
			continue
		}
		m.Hedging = append(m.Hedging, HedgedFact{ID: g.ID, Note: note, Text: memberText(m.rep, g.Members[0])})
	}
}

// HedgedFact is a fact the outlets hedge differently: Note says who
// hedges it and who states it (`Fox “reportedly” · NYT states it`), Text
// is the first member's version.
type HedgedFact struct {
	ID, Note, Text string
}

// tally counts words by lemma, in order of first use; a negated use is
// counted apart ("apologized" and "hasn't apologized" keep one tone but do
// not say the same). Lemmas are compared by their stems: a lexicon that
// rates a word's forms apart gives "failed" and "failing", or "jolted"
// and "jolts", lemmas of their own, and the memo would list one word
// twice, each once.
type tally struct {
	order []string
	first map[string]compare.Marker
	n     map[string]int
}

func (t *tally) add(mk compare.Marker) {
	k := mk.Kind + "/" + lemmaStems(mk.Lemma)
	if mk.Negated {
		k += "/negated"
	}
	if t.n == nil {
		t.first, t.n = map[string]compare.Marker{}, map[string]int{}
	}
	if t.n[k] == 0 {
		t.order = append(t.order, k)
		t.first[k] = mk
	}
	t.n[k]++
}

// lemmaStems is a lemma's words with their regular inflection undone, in
// lower case: "fail" for "failed" and "failing", "abus" for "abuse",
// "abuses" and "abused". Only the endings of a word's forms: a
// stemmer's -ly and -ness would make one word of "alleged" and
// "allegedly", two hedges.
func lemmaStems(lemma string) string {
	words := strings.Fields(strings.ToLower(lemma))
	for i, w := range words {
		words[i] = uninflected(w)
	}
	return strings.Join(words, " ")
}

// uninflected cuts a word's -ing, -ed, -es or -s, then a final e or a
// doubled last consonant: "jolted", "jolts" and "jolt" are "jolt";
// "appalled" and "appalling" are "appal". A word of three letters or
// fewer left stays as written, and -s after s ("loss") is no plural.
func uninflected(w string) string {
	for _, end := range []string{"ing", "ed", "es", "s"} {
		if c, ok := strings.CutSuffix(w, end); ok && len(c) >= 3 && !(end == "s" && strings.HasSuffix(c, "s")) {
			w = c
			break
		}
	}
	if n := len(w); n > 3 && (w[n-1] == 'e' || w[n-1] == w[n-2] && !strings.ContainsRune("aeiou", rune(w[n-1]))) {
		w = w[:n-1]
	}
	return w
}

func (t *tally) words() []string {
	out := []string{}
	for _, k := range t.order {
		w := markerWord(t.first[k])
		if t.n[k] > 1 {
			w += fmt.Sprintf(" ×%d", t.n[k])
		}
		out = append(out, w)
	}
	return out
}

// markerWord is a marker in words: "scrambled (loaded verb, negative)".
func markerWord(mk compare.Marker) string {
	var what []string
	switch {
	case mk.Category != "":
		what = append(what, mk.Category)
	case mk.Kind != "":
		what = append(what, mk.Kind)
	}
	if mk.Tone != "" && !strings.HasPrefix(mk.Category, mk.Tone) {
		what = append(what, mk.Tone)
	}
	if mk.Negated {
		what = append(what, "negated")
	}
	if len(what) == 0 {
		return mk.Text
	}
	return mk.Text + " (" + strings.Join(what, ", ") + ")"
}

// versionFraming is the inspector's framing line for one version: the
// outlet's own framing words in the sentences, "≠" before those by which
// the outlets frame the fact differently (Marker.Differs: the words the
// group's framing_differs lists, not a hedge or sentiment word another
// version merely lacks); "" when there are none.
func versionFraming(rep *compare.Report, g *compare.Group, a int, sents []int) string {
	var parts []string
	if g != nil {
		for _, mk := range g.Framing {
			if mk.Article != a || mk.Kind == "negation" {
				continue
			}
			w := markerWord(mk)
			if mk.Differs {
				w = "≠ " + w
			}
			parts = append(parts, w)
		}
		return strings.Join(parts, "; ")
	}
	for _, s := range sents {
		sen, ok := sentence(rep, a, s)
		if !ok {
			continue
		}
		for _, mk := range sen.Framing {
			if mk.Quoted || mk.Kind == "negation" {
				continue
			}
			parts = append(parts, markerWord(mk))
		}
	}
	return strings.Join(parts, "; ")
}

// writeFramingMarkdown writes the framing section.
func writeFramingMarkdown(w io.Writer, m *Memo) {
	fmt.Fprint(w, "## Framing\n\n")
	fmt.Fprint(w, "Each outlet's own framing words (words inside quotation marks are the speakers' and are left out).\n\n")
	// As the overview and the text report give the counts: the kinds an
	// article uses, in a fixed order; none it does not use.
	for _, af := range m.Framing {
		fmt.Fprintf(w, "- **%s**", mdEscape(af.Label))
		if len(af.Loaded)+len(af.Verbs)+len(af.Hedges) == 0 {
			fmt.Fprint(w, ": no framing words of its own")
		}
		fmt.Fprint(w, "\n")
		for _, k := range []struct {
			name  string
			words []string
		}{{"loaded words", af.Loaded}, {"doubt and concession verbs", af.Verbs}, {"hedges", af.Hedges}} {
			if len(k.words) > 0 {
				fmt.Fprintf(w, "  - %s: %s\n", k.name, mdEscape(strings.Join(k.words, ", ")))
			}
		}
		if af.Quoted > 0 {
			fmt.Fprintf(w, "  - in quotations (the speakers' words): %d\n", af.Quoted)
		}
	}
	fmt.Fprint(w, "\n")
	if len(m.Hedging) > 0 {
		fmt.Fprintf(w, "Hedged differently (%d): one outlet hedges the fact, another states it flatly or hedges it otherwise.\n\n", len(m.Hedging))
		for _, h := range m.Hedging {
			fmt.Fprintf(w, "- %s: %s — %s\n", h.ID, mdEscape(h.Note), mdEscape(Excerpt(h.Text, 80)))
		}
		fmt.Fprint(w, "\n")
	}
	if len(m.Divergent) > 0 { // else EmptyLine says so
		fmt.Fprintf(w, "## %s (%d)\n\n", secDivergent, len(m.Divergent))
		writeEntries(w, m.Divergent, m.session != nil)
	}
}
