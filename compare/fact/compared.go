package fact

import "strings"

// A count can measure a gap or pick out part of a series rather than tell
// how many there were: "finished the fight five rounds sooner than ...",
// "just two games in the loss column behind the eighth seed", "taking the
// first two games from them". Joined with another outlet's "fought for
// more than five rounds" or "won two games", each made one fact of two.

// comparedCount reports whether the count from token start to its noun,
// ending before token next, is a difference or a selection, and returns
// the word that makes it one (Mention.Compared), or "":
// a selecting word right before it ("the first two games", "the last
// three days", "the next four"), or a comparative word after its noun in
// the same clause, within a few words ("five rounds sooner", "two games
// ... behind", "three points ahead of").
func (p *qparser) comparedCount(start, next int) string {
	if k := start - 1; k >= 0 && p.toks[k].kind == tokWord && p.toks[k].gap != gapLine && p.toks[start].gap != gapLine &&
		selectors[strings.ToLower(p.word(k))] {
		return strings.ToLower(p.word(k))
	}
	for k, seen := next, 0; k < len(p.toks) && seen < 5; k, seen = k+1, seen+1 {
		t := &p.toks[k]
		if t.kind != tokWord || t.gap == gapLine {
			return "" // punctuation or a figure ends the clause
		}
		w := strings.ToLower(p.word(k))
		if comparatives[w] {
			return w
		}
		if clauseEnders[w] {
			return ""
		}
	}
	return ""
}

// selectors pick out part of a series before its count.
var selectors = map[string]bool{"first": true, "last": true, "next": true, "final": true, "opening": true,
	"previous": true, "remaining": true, "past": true}

// comparatives after a count's noun make it a gap: "sooner", "behind".
// "later" and "earlier" are left out: "two people later died".
var comparatives = map[string]bool{"sooner": true, "behind": true, "ahead": true, "faster": true, "slower": true,
	"than": true, "shy": true}

// clauseEnders end the clause a count's comparative is looked for in.
var clauseEnders = map[string]bool{"and": true, "but": true, "who": true, "which": true, "that": true,
	"while": true, "when": true, "after": true, "before": true}
