package compare

import (
	"strconv"
	"testing"
)

// demoMayCarry judges every "may carry" of the demo against its gold,
// which is by fact: a hedge is right when the gold puts a sentence of the
// article in the fact's group (the gold group holding most of the
// report group's sentences), and its place right when that sentence is
// one offered.
func demoMayCarry(t *testing.T, d *demo) (right, wrong, placed int) {
	t.Helper()
	gold := map[sentRef]int{} // sentence -> gold group
	for gi, g := range d.gold.Groups {
		for _, m := range g.Members {
			for _, txt := range m.Text {
				a, s := d.sentence(t, m.Article, txt)
				gold[sentRef{a, s}] = gi
			}
		}
	}
	r := d.report
	for ai := range r.Articles {
		for _, c := range r.Articles[ai].Summary.MayCarry {
			g := r.Groups[slicesIndexGroup(r, c.Group)]
			votes := map[int]int{}
			for _, ref := range groupRefs(g) {
				if gi, ok := gold[sentRef{ref.Article, ref.Sentence}]; ok {
					votes[gi]++
				}
			}
			best, bestN := -1, 0
			for gi, n := range votes {
				if n > bestN || n == bestN && gi < best {
					best, bestN = gi, n
				}
			}
			carried, at := false, false
			for ref, gi := range gold {
				if gi == best && best >= 0 && ref.a == ai {
					carried = true
					for _, n := range c.Near {
						at = at || n.Sentence == ref.s
					}
				}
			}
			where := ""
			for _, n := range c.Near {
				where += " ¶" + strconv.Itoa(r.Articles[ai].Sentences[n.Sentence].Paragraph+1) + "@" + strconv.FormatFloat(n.Similarity, 'f', 2, 64)
			}
			t.Logf("%s may carry %s (gold %v) at%s: carried %v, place right %v", r.Articles[ai].Label, c.Group, goldID(d, best), where, carried, at)
			if carried {
				right++
				if at {
					placed++
				}
			} else {
				wrong++
			}
		}
	}
	return right, wrong, placed
}

func goldID(d *demo, gi int) string {
	if gi < 0 {
		return "none"
	}
	return d.gold.Groups[gi].ID
}

func slicesIndexGroup(r *Report, id string) int {
	for i, g := range r.Groups {
		if g.ID == id {
			return i
		}
	}
	return -1
}

// demoTraps lists the demo's hedges that offer, for a fact, a sentence
// the gold says must not be aligned with it (its lexical traps, such as
// "The announcement comes … weeks after"): what made r15's hedges wrong.
func demoTraps(t *testing.T, d *demo) []string {
	trap := map[[2]sentRef]bool{}
	for _, p := range d.gold.NotAligned {
		a, sa := d.sentence(t, p.A.Article, p.A.Text)
		b, sb := d.sentence(t, p.B.Article, p.B.Text)
		trap[[2]sentRef{{a, sa}, {b, sb}}] = true
		trap[[2]sentRef{{b, sb}, {a, sa}}] = true
	}
	var out []string
	r := d.report
	for ai, a := range r.Articles {
		for _, c := range a.Summary.MayCarry {
			g := r.Groups[slicesIndexGroup(r, c.Group)]
			for _, n := range c.Near {
				for _, ref := range groupRefs(g) {
					if trap[[2]sentRef{{ref.Article, ref.Sentence}, {ai, n.Sentence}}] {
						out = append(out, a.Label+": "+a.Sentences[n.Sentence].Text)
					}
				}
			}
		}
	}
	return out
}
