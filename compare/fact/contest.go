package fact

import "strings"

// Which dashed pairs are tallies: two counts joined by a dash are a
// won-lost record, a score or a vote only in a contest, and the words
// that say so are read here (see tally).

// beingVerb reports whether the word before the tally at token k (past
// "just", "now" and the like) is one that tells a state, not a move in a
// contest: a verb of being, "at", "opened", "went", "finished". "The
// library is open at 9-5" and "the shift went 9-5" use them too, where
// "fell to 9-14" and "voted 7-2" say a team or a board.
func (p *qparser) beingVerb(k int) bool {
	if k == 0 || p.toks[k-1].kind != tokWord {
		return true // "this season, just 9-14"
	}
	w := strings.ToLower(p.word(k - 1))
	switch w {
	case "just", "now", "only", "still", "currently", "already", "merely":
		if k < 2 || p.toks[k-2].kind != tokWord {
			return true
		}
		w = strings.ToLower(p.word(k - 2))
	}
	switch w {
	case "is", "are", "was", "were", "be", "been", "stands", "stand", "stood", "at", "opened", "finished",
		"went", "go", "goes", "started", "ended":
		return true
	}
	return false
}

// isDash reports whether r joins a tally's counts: a hyphen or an en dash.
func isDash(r rune) bool { return r == '-' || r == '–' }

// dashTail reports whether the number at token i ends a dashed run
// glued to a number before it ("2-1" in "7–2-1", "555-1234"): a part of
// a longer figure is no tally of its own.
func (p *qparser) dashTail(i int) bool {
	return i >= 2 && p.toks[i].gap == gapNone && p.toks[i-1].gap == gapNone && isDash(p.char(i-1)) &&
		p.toks[i-2].kind == tokNum
}

// contestReach is how many tokens either side of a tally contestNear
// reads: a sentence or two, or a list's heading a few lines up ("EIGHT
// TITLE FIGHTS" over "Joe Louis 26-1").
const contestReach = 40

// contestNear reports whether the words within contestReach tokens of
// token k speak of a contest: a game, a vote, a fight, a team's season.
// Two counts joined by a dash with only a verb of being or "at" before
// them ("are 9-14", "deadlocked at 9-3"), or nothing at all ("26-1"),
// are a tally only there: "open at 9-5" gives hours, "Section 12-3" and
// "Chapter 3-2" label a part of a text.
func (p *qparser) contestNear(k int) bool {
	for j := max(0, k-contestReach); j < min(len(p.toks), k+contestReach); j++ {
		if p.toks[j].kind == tokWord && contestWords[strings.ToLower(p.word(j))] {
			return true
		}
	}
	return false
}

// contestWords are the words that place a tally in a contest: its
// sides, its stakes and its outcomes, in sport, in a vote or in a court.
var contestWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`game games season seasons playoff playoffs postseason preseason
		win wins won winning winless loss losses lost losing lose defeat defeats defeated victory victories
		beat edged routed downed blanked leading trailing record records score scored standings streak team
		teams coach coached coaches referee league division conference championship champion champions title
		match matches tournament series seed set sets fight fights fighter bout bouts knockout knockouts ko
		kos boxer heavyweight round rounds inning innings overtime tie tied draw draws vote votes voted
		voting ballot jury jurors deadlocked court ruling ruled justices majority seat seats senate senators
		legislature lawmakers legislators nba nfl nhl mlb nfc afc`) {
		m[w] = true
	}
	return m
}()

// labelBefore reports whether the word before the dashed pair at token k
// numbers a part of something ("Section 12-3", "Rule 7-2", "Room 4-2",
// "Route 9-1", "No. 5-4"): the pair is then a label, not a score, however
// near a contest word stands ("Under Section 12-3 of the league rules,
// the team was fined"). A contest word tells only that a tally may be
// near; the place of the pair tells whether this is one. Nouns a vote is
// taken on ("passed the bill 5-4", "the amendment 7-2") are no labels.
func (p *qparser) labelBefore(k int) bool {
	if k > 0 && p.char(k-1) == '.' {
		k-- // "No. 5-4", "Sec. 12-3"
	}
	return k > 0 && p.toks[k-1].kind == tokWord && labelNouns[strings.ToLower(p.word(k-1))]
}

// labelNouns are the nouns that number a part of a text, a place or a
// thing in a series.
var labelNouns = words(`section sections sec chapter chapters article articles rule rules clause clauses
	paragraph para part page pages room rooms route highway interstate gate platform track suite apartment
	apt unit floor pier terminal flight bus model version form exhibit figure fig table schedule
	annex appendix item docket no nos number code`)
