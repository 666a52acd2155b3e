package tui

import (
	"fmt"
	"strings"
)

// The inspector says of an article that is not in a fact "does not carry
// this" and shows its nearest sentence. Its similarity can be above the
// group's own (BASIL 2012-29ffd053: the NYT lede's group at 0.19, Fox's
// nearest at 0.38), since the alignment does not join on that score: it
// weighs every word, while sentences are joined on the names, figures and
// rare words they share (and two ledes on fewer). So the line says what
// the alignment made of the nearest sentence, another fact, which enter
// goes to, and, when its score is above the group's, why the higher score
// did not join it.

// nearestWhat says what the alignment made of sentence s of article a,
// shown as a's nearest to a fact a is not in: "aligned with nothing (only
// Fox has it)", "in another fact (shared, with NYT ¶5)". It does not say the
// sentence is another fact: the alignment may have missed a pair.
func nearestWhat(ix *index, a, s int) string {
	rep := ix.rep
	sen := rep.Articles[a].Sentences[s]
	if !sen.Role.Alignable() {
		return "a caption or boilerplate, never aligned"
	}
	r := ix.rowOf(a, s)
	gi, again := -1, false
	if r >= 0 {
		gi = ix.rows[r].group
		if gi < 0 && ix.rows[r].related >= 0 {
			gi, again = ix.rows[r].related, true
		}
	}
	if gi < 0 || gi >= len(rep.Groups) {
		return "aligned with nothing (only " + rep.Articles[a].Label + " has it)"
	}
	g := rep.Groups[gi]
	what := "in another fact"
	if again {
		what = rep.Articles[a].Label + "'s second telling of another fact"
	}
	var with []string
	for _, mb := range g.Members {
		if mb.Article == a || mb.Article < 0 || mb.Article >= len(rep.Articles) || len(mb.Sentences) == 0 {
			continue
		}
		with = append(with, rep.Articles[mb.Article].Label+" "+shortPlace(rep.Articles[mb.Article].Sentences[mb.Sentences[0]]))
	}
	if len(with) > 3 {
		with = append(with[:2], fmt.Sprintf("%d more", len(with)-2))
	}
	if len(with) == 0 {
		return fmt.Sprintf("%s (%s)", what, g.Kind)
	}
	return fmt.Sprintf("%s (%s, with %s)", what, g.Kind, strings.Join(with, ", "))
}

// nearestAboveGroup explains a nearest sentence that scores above the
// group it is not joined to.
func nearestAboveGroup(groupSim float64) string {
	return fmt.Sprintf("scores above this fact's own %.2f, yet not joined: the score weighs every word, while the alignment joins sentences on the names, figures and rare words they share (a story's openings on fewer)", groupSim)
}

// nearestTarget is where enter in the inspector goes: the first article's
// nearest sentence to the row's fact, among the articles that are not in
// it (as the inspector lists them). ok is false when there is none.
func nearestTarget(ix *index, r int) (ref sentRef, ok bool) {
	if r < 0 || r >= len(ix.rows) {
		return sentRef{}, false
	}
	rw := ix.rows[r]
	for a := range ix.rep.Articles {
		if len(rw.cells[a]) > 0 || mayCarryRow(ix.rep, rw, a) != nil {
			continue
		}
		if s := ix.counterpart(r, a); s >= 0 && ix.rowOf(a, s) >= 0 {
			return sentRef{a, s}, true
		}
	}
	return sentRef{}, false
}

// writeNearest writes article a's nearest sentence s to the fact of row
// r, which a does not carry: where it is, its score, what the alignment
// made of it, and why a higher score than the group's did not join it.
// goes marks the one enter goes to.
func writeNearest(w *textWriter, ix *index, r, a, s int, goes bool) {
	rep := ix.rep
	sen := rep.Articles[a].Sentences[s]
	sim := nearestSim(ix, r, a, s)
	head := fmt.Sprintf("nearest (%s, similarity %.2f), %s", position(sen), sim, nearestWhat(ix, a, s))
	if sim < 0 {
		head = fmt.Sprintf("nearest (%s), %s", position(sen), nearestWhat(ix, a, s))
	}
	if goes {
		head += " · enter: go there"
	}
	w.wrapped(head, nil, tsDim, 2)
	w.wrapped(sen.Text, nil, tsDim, 4)
	if gi := ix.rows[r].group; gi >= 0 && gi < len(rep.Groups) && sim > rep.Groups[gi].Similarity {
		w.wrapped(nearestAboveGroup(rep.Groups[gi].Similarity), nil, tsDim, 2)
	}
}

// goNearest opens the inspector on the fact the inspected row's first
// nearest sentence is in (nearestTarget), if there is one.
func (m Model) goNearest() Model {
	t, ok := nearestTarget(m.ix, m.insp.row)
	if !ok {
		return m
	}
	r := m.ix.rowOf(t.article, t.sentence)
	m = m.jumpToRow(r)
	m = m.openInspector()
	if m.note == "" {
		m.note = "went to " + m.ix.rep.Articles[t.article].Label + "'s nearest sentence"
	}
	return m
}
