package align

import "slices"

// Verbatim links: quotations one outlet prints nearly word for word.
//
// Outlets cut a quotation into sentences differently: one prints a
// speaker's three sentences as one sentence of its own ("…; as president,
// I'll end Obama's war on religion. And I'll fight…," says Perry), another
// splits them over two paragraphs. The model scores a long sentence
// against a short one it contains no higher than against the short
// one's neighbour, so the pieces it did not pair stayed alone: reported as
// "only in one article" while the quote ledger of the same report matched
// their words. A Link is that evidence, found by the caller from the
// quotations (the alignment reads no quotation marks), and the last pass
// (attachVerbatim) acts on it:
//   - a sentence in no group that shares quoted words with a grouped one
//     joins that group: as part of its article's member when it sits
//     beside it (one outlet splits the quotation, another does not), as a
//     related sentence when its article's member is elsewhere, and as its
//     article's member when the article has none;
//   - two such sentences in no group make a group;
//   - a sentence grouped with another fact that carries the words of a
//     group its article has no member in is recorded in that group's
//     Within: its article carries the fact, inside a sentence the
//     alignment could give to one group only.
//
// Captions, boilerplate and headlines keep their rules: a headline is
// never part of a member nor a related sentence.

// Link says that sentence S of article A carries, word for word or nearly,
// the quoted words of sentence T of article B (most of T's words).
type Link struct {
	A, S, B, T int
}

// Verbatim gives the alignment the links the caller found. Call it before
// Groups; links to sentences that cannot carry a fact are ignored.
func (a *Alignment) Verbatim(links []Link) {
	e := a.e
	for _, l := range links {
		if l.A == l.B || !e.inRange(l.A, l.S) || !e.inRange(l.B, l.T) {
			continue
		}
		x, y := e.gids[l.A][l.S], e.gids[l.B][l.T]
		if x >= 0 && y >= 0 {
			e.verbatim = append(e.verbatim, [2]int{x, y})
		}
	}
}

func (e *engine) inRange(ai, si int) bool {
	return ai >= 0 && ai < len(e.gids) && si >= 0 && si < len(e.gids[ai])
}

// attachVerbatim is the last pass (see above). It attaches sentences in no
// group until nothing changes, then groups two such sentences, and repeats;
// at the end it records what grouped sentences carry of other groups.
func (e *engine) attachVerbatim() {
	if len(e.verbatim) == 0 {
		return
	}
	for {
		changed := false
		for _, l := range e.verbatim {
			x, y := l[0], l[1]
			switch {
			case e.of[x] < 0 && e.of[y] >= 0:
				changed = e.joinVerbatim(e.of[y], x) || changed
			case e.of[y] < 0 && e.of[x] >= 0:
				changed = e.joinVerbatim(e.of[x], y) || changed
			}
		}
		if changed {
			continue
		}
		for _, l := range e.verbatim {
			if x, y := l[0], l[1]; e.of[x] < 0 && e.of[y] < 0 {
				e.merge(x, y)
				changed = true
				break // the rest may now join this group
			}
		}
		if !changed {
			break
		}
	}
	for _, l := range e.verbatim {
		x, y := l[0], l[1] // x carries y's words
		c := e.of[y]
		if e.of[x] < 0 || c < 0 || e.of[x] == c {
			continue
		}
		if _, has := e.memberIn[clusterArticle{c, int(e.art[x])}]; has || slices.Contains(e.within[c], x) {
			continue
		}
		e.within[c] = append(e.within[c], x)
	}
}

// joinVerbatim puts sentence u, in no group, in cluster c (see
// attachVerbatim) and reports whether it did.
func (e *engine) joinVerbatim(c, u int) bool {
	ai, si := int(e.art[u]), int(e.sent[u])
	head := e.articles[ai].Sentences[si].Headline
	own, has := e.memberIn[clusterArticle{c, ai}]
	if !has {
		if e.headlineTakes(e.othersIn(c, ai), u) {
			return false
		}
		e.add(c, u, false)
		return true
	}
	if head {
		return false // a headline is a row of its own, never part of another
	}
	parts := e.partsIn(c, ai, own)
	if !e.articles[ai].Sentences[e.sent[own]].Headline && e.adjacentTo(ai, si, parts) {
		e.add(c, u, true)
		return true
	}
	e.of[u] = c
	e.related[c] = append(e.related[c], u)
	return true
}
