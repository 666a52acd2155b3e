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

// TestDemoMayCarryByGold judges the hedge on the demo's fact-level gold
// (logged: at toldMin it hedges one omission, wrongly, the demo's lexical
// traps scoring as close as ECB+'s rewordings; the bar is fitted on ECB+
// and the demo together, TestFitToldDifferently) and checks what r15
// found made most of its hedges wrong: a "may carry" never points at a
// sentence the alignment gave to another fact (the gold's lexical trap
// "The announcement comes … weeks after"), which would undo a right
// "leaves out".
func TestDemoMayCarryByGold(t *testing.T) {
	d := loadDemo(t)
	right, wrong, placed := demoMayCarry(t, d)
	t.Logf("demo: %d may carry right by the gold (%d at the right place), %d wrong", right, placed, wrong)
	for _, a := range d.report.Articles {
		for _, c := range a.Summary.MayCarry {
			for _, n := range c.Near {
				if g := a.Sentences[n.Sentence].Group; g != nil {
					t.Errorf("%s may carry %s in a sentence of group %s", a.Label, c.Group, *g)
				}
			}
		}
	}
	// What r13e's bar (0.375) would say with the grouped sentences not
	// offered: logged, for the note and a later re-fit.
	for ai := range d.report.Articles {
		d.report.Articles[ai].Summary.MayCarry = mayCarryFactsAt(d.report, ai, 0.375)
	}
	r2, w2, p2 := demoMayCarry(t, d)
	t.Logf("demo at 0.375, grouped sentences not offered: %d right (%d placed), %d wrong", r2, p2, w2)
}
