package compare

import (
	"strings"

	"github.com/storydiff/storydiff/compare/fact"
)

// A sentence that gives several figures of one unit tells figures of
// several things: "rushing for 404 yards and two touchdowns while catching
// 52 passes for 440 yards" has a player's rushing and receiving yards, "the
// Orioles (seven years, $140-150 million) and Nationals (eight years, $160
// million)" two clubs' offers. Another outlet's figure of that unit that
// agrees with none of them ("He had 793 yards ... caught 39 passes for 302
// yards", another player's season) may be the counterpart of any one, or
// of none: nothing says which, and a conflict set against whichever is
// nearest was wrong on every such list read by hand in the ECB+ topics. It
// is a conflict only when the list is resolved, that is when another
// figure of it agrees with another figure of the other sentence ("killed
// 12 people and injured 40" against "killed 15 people and injured 40": the
// 40 are one figure, so 12 and 15 are the other). Figures the words tell
// apart are no list: who was killed and who was hurt (Fate), a difference
// and a total (Compared), two holders' ages (Of).

// listedApart reports whether the conflict between rep and m is one
// between figures of lists that nothing pairs: either sentence gives
// another figure of the same kind and unit, and no such other figure
// agrees with a figure of the other sentence. same holds the scope's
// mentions by article.
func listedApart(rep, m mentionAt, same map[int][]mentionAt) bool {
	sr, sm := listedWith(rep, same[rep.article]), listedWith(m, same[m.article])
	if len(sr) == 0 && len(sm) == 0 {
		return false
	}
	return !pairedElsewhere(sr, m, same[m.article]) && !pairedElsewhere(sm, rep, same[rep.article])
}

// listedWith returns the other figures of x's sentence that x's words do
// not tell apart from it: the same kind and unit, the same fate,
// comparison and holder, and a value in conflict with x's. A vague
// amount ("several grenades") or a part of the day ("at 3:33 a.m., ...
// said this morning") is no figure of such a list: it is told in another
// grain.
func listedWith(x mentionAt, in []mentionAt) []mentionAt {
	var out []mentionAt
	for _, o := range in {
		if o.sentence != x.sentence || o.Start == x.Start || o.Kind != x.Kind || o.Unit != x.Unit ||
			o.Fate != x.Fate || o.Compared != x.Compared || o.Of != x.Of || fact.IsVague(o.Mention) ||
			o.Kind == "time" && !strings.ContainsAny(o.Text, "0123456789") {
			continue
		}
		if st, ok := compareFigures(x.Mention, o.Mention); ok && st == fact.Conflict {
			out = append(out, o)
		}
	}
	return out
}

// pairedElsewhere reports whether one of sibs agrees with a figure of
// x's sentence other than x itself.
func pairedElsewhere(sibs []mentionAt, x mentionAt, in []mentionAt) bool {
	for _, s := range sibs {
		for _, o := range in {
			if o.sentence != x.sentence || o.Start == x.Start {
				continue
			}
			if st, ok := compareFigures(s.Mention, o.Mention); ok && st != fact.Conflict {
				return true
			}
		}
	}
	return false
}
