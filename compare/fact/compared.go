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
// three days", "the next four"; "last" after a possessive is "past":
// "his last two games" are those behind him) or inside its phrase ("his
// two remaining games"), or a comparative word after its noun in
// the same clause, within a few words ("five rounds sooner", "two games
// ... behind", "three points ahead of") that reads as a gap (gapReading).
func (p *qparser) comparedCount(start, next int) string {
	if k := start - 1; k >= 0 && p.toks[k].kind == tokWord && p.toks[k].gap != gapLine && p.toks[start].gap != gapLine &&
		selectors[strings.ToLower(p.word(k))] {
		w := strings.ToLower(p.word(k))
		if w == "last" && k > 0 && p.toks[k-1].kind == tokWord && possessives[strings.ToLower(p.word(k-1))] {
			return "past" // "in his last two games": those played, not "the last two games" of a season
		}
		return w
	}
	for k := start + 1; k < next-1; k++ { // "his two remaining games"
		if w := strings.ToLower(p.word(k)); p.toks[k].kind == tokWord && facing(w) != 0 {
			return w
		}
	}
	for k, seen := next, 0; k < len(p.toks) && seen < 5; k, seen = k+1, seen+1 {
		t := &p.toks[k]
		if t.kind != tokWord || t.gap == gapLine {
			return "" // punctuation or a figure ends the clause
		}
		w := strings.ToLower(p.word(k))
		if comparatives[w] && p.gapReading(w, start, k) {
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

// possessives before "last" make it the stretch behind: "their last 10
// games".
var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true}

// facing tells which way a selecting word looks: -1 behind ("past",
// "previous", "his last"), 1 ahead ("final", "remaining", "next"), 0
// either or neither ("the last", "first"). Counts that look opposite ways
// pick out two stretches and are never compared.
func facing(selector string) int {
	switch selector {
	case "past", "previous":
		return -1
	case "final", "remaining", "next":
		return 1
	}
	return 0
}

// comparatives after a count's noun make it a gap: "sooner", "behind".
// "later" and "earlier" are left out: "two people later died".
var comparatives = map[string]bool{"sooner": true, "behind": true, "ahead": true, "faster": true, "slower": true,
	"than": true, "shy": true}

// clauseEnders end the clause a count's comparative is looked for in.
var clauseEnders = map[string]bool{"and": true, "but": true, "who": true, "which": true, "that": true,
	"while": true, "when": true, "after": true, "before": true}

// gapReading reports whether comparative w at token k, after the count
// starting at token start, measures a gap. "behind" and "ahead" do when
// "of" follows ("three points ahead of") or the count is of standings
// (standingsUnits: "two games behind the Owls"), not in "left three
// children behind"; "than" does after a comparative word ("five rounds
// longer than"), not in "thirty people other than the gunman".
func (p *qparser) gapReading(w string, start, k int) bool {
	switch w {
	case "behind", "ahead":
		if k+1 < len(p.toks) && p.toks[k+1].kind == tokWord && strings.EqualFold(p.word(k+1), "of") {
			return true
		}
		for j := start + 1; j < k; j++ {
			if p.toks[j].kind == tokWord && standingsUnits[strings.ToLower(p.word(j))] {
				return true
			}
		}
		return false
	case "than":
		for j := start + 1; j < k; j++ {
			if p.toks[j].kind == tokWord && comparativeWords[strings.ToLower(p.word(j))] {
				return true
			}
		}
		return false
	}
	return true
}

// standingsUnits are what a gap in a table or a race is counted in.
var standingsUnits = map[string]bool{"game": true, "games": true, "point": true, "points": true, "stroke": true,
	"strokes": true, "shot": true, "shots": true, "lap": true, "laps": true, "length": true, "lengths": true,
	"second": true, "seconds": true, "minute": true, "minutes": true, "place": true, "places": true, "spot": true,
	"spots": true, "goal": true, "goals": true, "run": true, "runs": true, "vote": true, "votes": true,
	"seat": true, "seats": true, "column": true, "standings": true, "table": true, "race": true, "pace": true}

// comparativeWords make a following "than" a comparison.
var comparativeWords = map[string]bool{"more": true, "less": true, "fewer": true, "better": true, "worse": true,
	"higher": true, "lower": true, "longer": true, "shorter": true, "bigger": true, "smaller": true,
	"greater": true, "larger": true, "earlier": true, "later": true, "older": true, "younger": true,
	"farther": true, "further": true, "quicker": true, "heavier": true, "lighter": true, "cheaper": true,
	"closer": true, "wider": true, "deeper": true, "taller": true, "stronger": true, "weaker": true}
