package compare

import (
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare/quote"
)

// numbersEqual makes equal the changes of a word diff of two quotations
// that only set a number in figures or spell it out: a deleted "one-in-three"
// and an inserted "1 in 3" are the same words, as quote.Relate reads them.
// A run that is the other's words and more is split there: "1 in 3" against
// "1-in-3 chance" is "1 in 3" equal and " chance" inserted.
func numbersEqual(ops []DiffOp) []DiffOp {
	var out []DiffOp
	for i := 0; i < len(ops); i++ {
		if i+1 < len(ops) && ops[i].Op == OpDelete && ops[i+1].Op == OpInsert {
			if eq, ok := sameNumbers(ops[i].Text, ops[i+1].Text); ok {
				if out == nil {
					out = append(make([]DiffOp, 0, len(ops)), ops[:i]...)
				}
				out = append(out, eq...)
				i++
				continue
			}
		}
		if out != nil {
			out = append(out, ops[i])
		}
	}
	if out == nil {
		return ops
	}
	return out
}

// sameNumbers returns the ops for a deleted run del and an inserted run ins
// that hold a number and are the same words, or one is the other's words
// and more at one end; false otherwise.
func sameNumbers(del, ins string) ([]DiffOp, bool) {
	wd, wi := quote.Words(del), quote.Words(ins)
	if !hasNumber(wd) || !hasNumber(wi) {
		return nil, false
	}
	if slices.Equal(wd, wi) {
		return []DiffOp{{Op: OpEqual, Text: del, To: ins}}, true
	}
	long, short, op := ins, wd, OpInsert
	if len(wd) > len(wi) {
		long, short, op = del, wi, OpDelete
	}
	if len(long) > maxNumberRun {
		return nil, false
	}
	// The stretch of long, from a word's start to a word's end, that is
	// short's words.
	for s, r := range long {
		if s > 0 && r != ' ' {
			continue
		}
		if !strings.HasPrefix(strings.Join(quote.Words(long[s:]), " "), strings.Join(short, " ")) {
			continue
		}
		for e := s + 1; e <= len(long); e++ {
			if e < len(long) && long[e] != ' ' || !slices.Equal(quote.Words(long[s:e]), short) {
				continue
			}
			if s > 0 {
				s++ // the space before the stretch goes with the words before it
			}
			eq := DiffOp{Op: OpEqual, Text: del, To: long[s:e]}
			if op == OpDelete {
				eq = DiffOp{Op: OpEqual, Text: long[s:e], To: ins}
			}
			var out []DiffOp
			if s > 0 {
				out = append(out, DiffOp{Op: op, Text: long[:s]})
			}
			out = append(out, eq)
			if e < len(long) {
				out = append(out, DiffOp{Op: op, Text: long[e:]})
			}
			return out, true
		}
	}
	return nil, false
}

// maxNumberRun bounds the changed run, in bytes, sameNumbers searches for
// a number written the other way: the search is quadratic.
const maxNumberRun = 2000

// hasNumber reports whether one of ws is a number in figures.
func hasNumber(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' })
}

// allEqual reports whether a word diff changes no word: the two texts
// differ, if at all, in typography, spacing or spelling only.
func allEqual(ops []DiffOp) bool {
	for _, op := range ops {
		if op.Op != OpEqual {
			return false
		}
	}
	return true
}
