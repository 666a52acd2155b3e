package tui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// noteForms is a message in the forms the status bar may shorten it to:
// in full, then (when it has them) its first clause, up to a "; ", then
// that clause with the articles' names in it shortened (namedForms), so
// that a long label ("pinned breitbart_2016-09-12_stealth…") leaves the
// progress its room; the warning that articles are on another story
// counts them rather than shorten their names past telling them apart.
func (m Model) noteForms(note string) statusPart {
	forms := statusPart{note}
	first, _, ok := strings.Cut(note, "; ")
	if ok && first != "" {
		forms = append(forms, first)
	}
	last := forms[len(forms)-1]
	if short, ok := shortNotes[last]; ok {
		return append(forms, short...)
	}
	unique, vague := m.namedForms(last)
	forms = append(forms, unique...)
	if off, counted := m.ix.offStory, m.ix.offStoryCounted; counted != "" && strings.Contains(last, off) {
		return append(forms, strings.Replace(last, off, counted, 1)) // the warning, counting
	}
	return append(forms, vague...)
}

// namedForms is s with every article name in it shortened to ever fewer
// of its leading words (nameHeads), a step at a time: first while each
// head is one no other article's name begins with (unique), then, as a
// last resort before a cut, down to the shortest heads (vague).
func (m Model) namedForms(s string) (unique, vague statusPart) {
	arts := m.ix.rep.Articles
	type name struct {
		label string
		heads []string // longest first
		clear int      // how many of them no other name begins with
	}
	var names []name
	for a := range arts {
		label := arts[a].Label
		if !strings.Contains(s, label) || slices.ContainsFunc(names, func(n name) bool { return n.label == label }) {
			continue
		}
		n := name{label: label, heads: nameHeads(label)}
		for _, h := range n.heads {
			prefix := strings.TrimSuffix(h, "…")
			if slices.ContainsFunc(arts, func(o compare.Article) bool { return o.Label != label && strings.HasPrefix(o.Label, prefix) }) {
				break
			}
			n.clear++
		}
		if len(n.heads) > 0 {
			names = append(names, n)
		}
	}
	// The longest first, so that a name inside another is not shortened
	// there.
	slices.SortFunc(names, func(x, y name) int { return len(y.label) - len(x.label) })
	// Step k shortens each name to its k-th head, or as far as the phase
	// lets it go (its last clear head; its last head).
	step := func(k int, vague bool) (string, bool) {
		var pairs []string
		more := false
		for _, n := range names {
			stop := n.clear
			if vague {
				stop = len(n.heads)
			}
			if stop == 0 {
				continue
			}
			pairs = append(pairs, n.label, n.heads[min(k, stop)-1])
			more = more || k <= stop
		}
		if !more {
			return "", false
		}
		return strings.NewReplacer(pairs...).Replace(s), true
	}
	for k := 1; ; k++ {
		f, ok := step(k, false)
		if !ok {
			break
		}
		unique = append(unique, f)
	}
	for k := 1; ; k++ {
		f, ok := step(k, true)
		if !ok {
			break
		}
		if !slices.Contains(unique, f) && !slices.Contains(vague, f) {
			vague = append(vague, f)
		}
	}
	return unique, vague
}

// nameHeads is a name shortened to its leading words, longest first, each
// ending in "…": words end at a space, "_", "-" or "." (a file name's
// parts), so a head is never cut inside a word; the shortest is the first
// word. A head shorter than minHead cells is too short to recognise the
// name by ("01…"), unless it is the longest there is.
func nameHeads(name string) []string {
	const minHead = 12
	var heads []string
	for i := len(name) - 1; i > 0; i-- {
		if strings.IndexByte(" _-.", name[i]) >= 0 && strings.IndexByte(" _-.", name[i-1]) < 0 {
			h := strings.TrimRight(name[:i], " _-.") + "…"
			if len(heads) > 0 && ansi.StringWidth(h) < minHead {
				break
			}
			heads = append(heads, h)
		}
	}
	return heads
}
