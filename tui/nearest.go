package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare"
)

// The inspector says of an article that is not in a fact "nothing aligned
// with this fact" (not "does not carry this": the alignment may have
// missed the article's telling of it, review-r19) and shows its nearest
// sentence. Its similarity can be above the
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
		with = append(with, rep.Articles[mb.Article].Label+" "+shortSpan(rep.Articles[mb.Article], mb.Sentences))
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

// nearestTarget is where enter in the inspector goes: the first sentence,
// in an article not in the row's fact, that carries the fact's words
// within another fact (carriedWithin: that is where the fact is); else the
// first article's nearest sentence to the fact, among the articles that
// are not in it (as the inspector lists them). ok is false when there is
// none.
func nearestTarget(ix *index, r int) (ref sentRef, ok bool) {
	if r < 0 || r >= len(ix.rows) {
		return sentRef{}, false
	}
	rw := ix.rows[r]
	for a := range ix.rep.Articles {
		if len(rw.cells[a]) > 0 {
			continue
		}
		for _, s := range carriedWithin(ix.rep, rw, a) {
			if ix.rowOf(a, s) >= 0 {
				return sentRef{a, s}, true
			}
		}
	}
	for a := range ix.rep.Articles {
		if len(rw.cells[a]) > 0 || carriedWithin(ix.rep, rw, a) != nil || mayCarryRow(ix.rep, rw, a) != nil {
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
	within := slices.Contains(carriedWithin(m.ix.rep, m.ix.rows[m.insp.row], t.article), t.sentence)
	r := m.ix.rowOf(t.article, t.sentence)
	m = m.jumpToRow(r)
	m = m.openInspector()
	if m.note == "" {
		m.note = "went to " + m.ix.rep.Articles[t.article].Label + "'s nearest sentence"
		if within {
			m.note = "went to " + m.ix.rep.Articles[t.article].Label + "'s " + shortPlace(m.ix.rep.Articles[t.article].Sentences[t.sentence]) + ", which carries the fact's words"
		}
	}
	return m
}

// carriedWithin is the sentences of article a, in no member of the row's
// group, that carry the group's words within another fact
// (compare.Group.Within: a quotation one outlet prints in a sentence the
// alignment grouped with another of its remarks); nil when there are none
// or the row is not a group's.
func carriedWithin(rep *compare.Report, rw row, a int) []int {
	if rw.group < 0 || rw.group >= len(rep.Groups) {
		return nil
	}
	var out []int
	for _, mb := range rep.Groups[rw.group].Within {
		if mb.Article != a || a < 0 || a >= len(rep.Articles) {
			continue
		}
		for _, s := range mb.Sentences {
			if s >= 0 && s < len(rep.Articles[a].Sentences) {
				out = append(out, s)
			}
		}
	}
	return out
}

// writeWithin writes article a's sentences that carry the fact of row r
// within another fact (carriedWithin): where they are, what the alignment
// made of them, and their text. goes marks the one enter goes to.
func writeWithin(w *textWriter, ix *index, r, a int, within []int, target sentRef, hasTarget bool, st *Styles) {
	art := ix.rep.Articles[a]
	var ps []string
	for _, s := range within {
		if p := shortPlace(art.Sentences[s]); !slices.Contains(ps, p) {
			ps = append(ps, p)
		}
	}
	w.line(kindMark(ix, r, st) + " " + st.Label.Render(art.Label) + " · carries its words within " + strings.Join(ps, " and "))
	for _, s := range within {
		head := "a sentence " + nearestWhat(ix, a, s)
		if len(ps) > 1 {
			head = shortPlace(art.Sentences[s]) + ", " + head
		}
		if hasTarget && target == (sentRef{a, s}) {
			head += " · enter: go there"
		}
		w.wrapped(head, nil, tsDim, 2)
		w.wrapped(art.Sentences[s].Text, nil, tsPlain, 4)
	}
}

// withinCount is how many articles carry group g's words only within
// another fact (Group.Within), not as a member.
func withinCount(rep *compare.Report, g compare.Group) int {
	n := 0
	for a := range rep.Articles {
		if !slices.ContainsFunc(g.Members, func(m compare.Member) bool { return m.Article == a }) &&
			slices.ContainsFunc(g.Within, func(m compare.Member) bool { return m.Article == a }) {
			n++
		}
	}
	return n
}

// writeAlsoCarries writes, under article a's member (sentences ss) of the
// inspected fact, each other fact whose words those sentences carry
// within (Group.Within): the way back from the fact's own inspector.
func writeAlsoCarries(w *textWriter, rep *compare.Report, self, a int, ss []int) {
	for gi, g := range rep.Groups {
		if gi == self || !slices.ContainsFunc(g.Within, func(m compare.Member) bool {
			return m.Article == a && slices.ContainsFunc(m.Sentences, func(s int) bool { return slices.Contains(ss, s) })
		}) {
			continue
		}
		var with []string
		for _, mb := range g.Members {
			if mb.Article >= 0 && mb.Article < len(rep.Articles) && len(mb.Sentences) > 0 && mb.Sentences[0] < len(rep.Articles[mb.Article].Sentences) {
				with = append(with, rep.Articles[mb.Article].Label+" "+shortSpan(rep.Articles[mb.Article], mb.Sentences))
			}
		}
		if len(with) > 3 {
			with = append(with[:2], fmt.Sprintf("%d more", len(with)-2))
		}
		w.wrapped(fmt.Sprintf("also carries the words of another fact (%s, with %s)", g.Kind, strings.Join(with, ", ")), nil, tsDim, 2)
	}
}
