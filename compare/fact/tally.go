package fact

import (
	"strconv"
	"strings"
)

// A tally is two counts told as one: a team's won-lost record ("9-14",
// "are 122-147"), a game's score ("an 88-72 win") or a vote ("voted 7-2",
// "a 5 to 4 ruling"). Read as a range, "9-14" was a figure between 8.5
// and 14.5 that agreed with "ten" and met a team's "2-8 in their last
// ten" as if one of them were wrong. A tally is Kind "record": Value its
// first count, Low and High the same, Second its second count, and Unit
// what it is a tally of ("record", "score", "vote", or "" when nothing
// says), with the stretch it covers when the words give one ("record,
// last 10" for "2-8 in their last ten"). See compareRecords.

// tallyNouns are the nouns a tally stands before ("a 9-14 start", "a 7-2
// vote"), by what the tally is of.
var tallyNouns = map[string]string{
	"record": "record", "start": "record", "mark": "record", "finish": "record", "season": "record",
	"vote": "vote", "votes": "vote", "ruling": "vote", "decision": "vote", "verdict": "vote", "split": "vote",
	"majority": "vote",
	"win":      "score", "victory": "score", "loss": "score", "defeat": "score", "setback": "score", "rout": "score",
	"triumph": "score", "upset": "score", "drubbing": "score", "lead": "score", "score": "score",
	"thrashing": "score", "shutout": "score", "blowout": "score", "final": "score", "tally": "vote",
}

// tallyVerbs are the words a tally follows ("voted 7-2", "won 88-72",
// "are 122-147", "sitting at 9-14"), by what the tally is of: a record
// is told with a verb of being or standing.
var tallyVerbs = map[string]string{
	"voted": "vote", "vote": "vote", "votes": "vote", "ruled": "vote", "passed": "vote", "approved": "vote",
	"rejected": "vote", "confirmed": "vote", "ruling": "vote",
	"won": "score", "win": "score", "wins": "score", "lost": "score", "lose": "score", "loses": "score",
	"beat": "score", "beats": "score", "defeated": "score", "edged": "score", "routed": "score",
	"trounced": "score", "thrashed": "score", "downed": "score", "led": "score", "trailed": "score",
	"is": "record", "are": "record", "was": "record", "were": "record", "be": "record", "been": "record",
	"stands": "record", "stand": "record", "stood": "record", "at": "record", "opened": "record",
	"finished": "record", "went": "record", "go": "record", "goes": "record", "started": "record",
	"ended": "record", "fell": "record", "dropped": "record", "slipped": "record", "fallen": "record",
	"improved": "record", "moved": "record",
}

// tallyQualifiers may stand between a tally and its noun: "a 9-14
// overall record", "a 5-4 party-line vote".
var tallyQualifiers = map[string]bool{
	"overall": true, "regular-season": true, "won-lost": true, "win-loss": true, "home": true, "road": true,
	"conference": true, "career": true, "losing": true, "winning": true, "all-time": true, "lifetime": true,
	"coaching": true, "party-line": true, "dispirited": true, "disappointing": true, "narrow": true,
	"lopsided": true, "unanimous": true, "surprising": true, "stunning": true, "overtime": true,
}

// tally reads a tally at token i, where a number starts, with hedge
// start at start: two whole numbers joined by a hyphen or a dash ("9-14",
// "88–72") or by "to" ("7 to 2"). It returns the index after it, or 0
// when the numbers are no tally: a range ("10-12 people", "aged 18-30"),
// a season or a span of years ("2008-09"), a time ("3-4 p.m.").
func (p *qparser) tally(start, i int) int {
	n := len(p.toks)
	if i >= n || p.toks[i].kind != tokNum || p.glued(i) || p.dashTail(i) {
		return 0
	}
	k := i + 1
	dashed := k+1 < n && p.toks[k].gap == gapNone && p.toks[k+1].gap == gapNone && (p.char(k) == '-' || p.char(k) == '–')
	worded := k+1 < n && p.toks[k].gap == gapSpace && p.toks[k+1].gap == gapSpace && p.toks[k].kind == tokWord &&
		strings.EqualFold(p.word(k), "to")
	if !dashed && !worded || p.toks[k+1].kind != tokNum {
		return 0
	}
	a, ok1 := p.wholeCount(i)
	b, ok2 := p.wholeCount(k + 1)
	if !ok1 || !ok2 {
		return 0
	}
	next := k + 2
	draws, drawn := p.drawCount(dashed, next)
	if drawn {
		next += 2
	}
	if next < n && p.toks[next].gap == gapNone && p.toks[next].kind != tokPunct {
		return 0 // "9-11am", "3-4pm"
	}
	if next+1 < n && p.toks[next].gap == gapNone && (p.char(next) == '-' || p.char(next) == '–' || p.char(next) == '/' ||
		p.char(next) == '.' || p.char(next) == ':') && p.toks[next+1].gap == gapNone && p.toks[next+1].kind == tokNum {
		return 0 // "555-1234-99", "1-2.5", "10-12:30"
	}
	if p.labelBefore(start) {
		return 0 // "Section 12-3", "Rule 7-2": a label, whatever words are near
	}
	of, after := p.tallyNoun(next)
	holder, held := "", false // found once, and only for a tally that may be one
	holderOf := func() string {
		if !held {
			holder, held = p.tallyHolder(start, next), true
		}
		return holder
	}
	if of == "" {
		of = p.tallyVerb(start)
		weak := of == "record" && p.beingVerb(start) // "is 9-5", "at 9-5": said of hours as readily as of a team
		if of == "" && (p.teamRecord(start, next) || p.knockoutsAfter(next)) {
			of, weak = "record", false
		}
		if of == "" && !(dashed && b <= a) {
			return 0 // "10-12", "46 to 57": a range unless something says otherwise
		}
		if (weak || of == "") && holderOf() == "" && !p.contestNear(i) {
			if _, end := p.tallyWindow(next); end == 0 {
				return 0 // "open at 9-5", "Section 12-3": nothing around speaks of a contest
			}
		}
		if p.unitAfter(next) {
			return 0 // "are 10-12 people", "at 3-4 p.m.": a range of things
		}
		after = next
	}
	if worded && of == "" || drawn && !strings.HasPrefix(of, "record") {
		return 0 // "1-2-3" with nothing to say it is a won-lost-drawn record
	}
	if w, end := p.tallyWindow(after); end > 0 && of != "" {
		of, after = of+", "+w, end
	}
	m := p.mention(start, after, "record", "")
	m.Unit, m.Value, m.Low, m.High, m.Second = of, a, a, a, b
	m.Of = holderOf()
	m.Drawn, m.Draws = drawn, draws
	return p.emit(m, after)
}

// wholeCount reads the whole number at k that a tally may hold: no
// decimals, no thousands, no year ("2008-09" is a season).
func (p *qparser) wholeCount(k int) (float64, bool) {
	lit := p.text[p.toks[k].start:p.toks[k].end]
	if len(lit) > 3 || strings.ContainsAny(lit, ".,") {
		return 0, false
	}
	v, _, _, ok := parseDigits(lit)
	return v, ok
}

// tallyNoun returns what the noun after a tally at k makes it a tally
// of ("a 9-14 start", "an 88-72 win"), and the index after the noun; ""
// when no such noun follows, past one qualifier at most.
func (p *qparser) tallyNoun(k int) (string, int) {
	for w := 0; w < 2 && k < len(p.toks); w, k = w+1, k+1 {
		t := &p.toks[k]
		if t.kind != tokWord || t.gap == gapLine || t.cap {
			return "", 0
		}
		word := strings.ToLower(p.word(k))
		if of := tallyNouns[word]; of != "" {
			return of, k + 1
		}
		if !tallyQualifiers[word] {
			return "", 0
		}
	}
	return "", 0
}

// tallyVerb returns what the word before token k makes a tally there a
// tally of ("voted", "won", "are", "at"), or "".
func (p *qparser) tallyVerb(k int) string {
	if k == 0 || p.toks[k-1].kind != tokWord || p.toks[k].gap == gapLine {
		return ""
	}
	w := strings.ToLower(p.word(k - 1))
	switch w {
	case "just", "now", "only", "still", "currently", "already", "merely":
		if k < 2 || p.toks[k-1].gap == gapLine {
			return ""
		}
		if c := p.char(k - 2); c == ',' || c == ';' || c == '—' || c == '–' {
			return "record" // "this season, just 9-14 despite"
		}
		if p.toks[k-2].kind != tokWord {
			return ""
		}
		k--
		w = strings.ToLower(p.word(k - 1)) // "are just 2-8", "is now 10-14"
	}
	if w == "to" && k >= 2 && p.toks[k-2].kind == tokWord {
		switch strings.ToLower(p.word(k - 2)) { // "fell to 9-14", "improved his record to 58-3"
		case "fell", "falls", "dropped", "drops", "slipped", "fallen", "improved", "improves", "moved", "moves",
			"record", "mark":
			return "record"
		}
		return ""
	}
	if w == "of" && k >= 2 && p.toks[k-2].kind == tokWord {
		return tallyNouns[strings.ToLower(p.word(k-2))] // "a record of 56-26", "by a vote of 7-2"
	}
	of := tallyVerbs[w]
	if of == "record" && k >= 2 && p.toks[k-2].kind == tokWord {
		switch w {
		case "is", "are", "was", "were":
			if n := tallyNouns[strings.ToLower(p.word(k-2))]; n != "" {
				return n // "the vote was 7-2", "the final score was 88-72"
			}
		}
	}
	return of
}

// teamRecord reports whether the numbers from token k to next stand as a
// team's or a fighter's record does: in parentheses after a name ("The
// Saints (7-7)", "Thompson (36-3, 24 KO)") or before one ("the 0-14
// Lions").
func (p *qparser) teamRecord(k, next int) bool {
	if k == 0 || next >= len(p.toks) {
		return false
	}
	if p.char(k-1) == '(' && (p.char(next) == ')' || p.char(next) == ',') {
		return k >= 2 && p.toks[k-2].kind == tokWord && p.toks[k-2].cap
	}
	t := &p.toks[next]
	return t.kind == tokWord && t.cap && !t.is(lxMonth|lxWeekday) && p.toks[k-1].kind == tokWord &&
		strings.EqualFold(p.word(k-1), "the")
}

// unitAfter reports whether what follows token k makes two numbers a
// range of something: a counted noun, a percentage, a currency, a time.
func (p *qparser) unitAfter(k int) bool {
	if k >= len(p.toks) {
		return false
	}
	t := &p.toks[k]
	if p.char(k) == '%' || t.kind == tokWord && (t.is(lxPercent|lxMeridiem|lxTimeUnit|lxCurrency|lxMultiplier|lxHundred) ||
		strings.EqualFold(p.word(k), "per")) {
		return true
	}
	if code, _ := p.currencySuffix(k); code != "" {
		return true
	}
	_, next, _ := p.headNoun(k)
	return next > 0
}

// tallyWindow reads the stretch a tally covers after it, "in their last
// ten", "over the past 10 games", and returns the stretch's length as
// words ("last 10", "first 20") and the index after it; 0 when none.
func (p *qparser) tallyWindow(k int) (string, int) {
	n := len(p.toks)
	if k >= n || p.toks[k].kind != tokWord {
		return "", 0
	}
	if w := strings.ToLower(p.word(k)); w != "in" && w != "over" && w != "during" && w != "through" {
		return "", 0
	}
	k++
	if k < n && p.toks[k].kind == tokWord {
		switch strings.ToLower(p.word(k)) {
		case "their", "the", "his", "its", "her", "our":
			k++
		}
	}
	if k >= n || p.toks[k].kind != tokWord {
		return "", 0
	}
	if w := strings.ToLower(p.word(k)); w != "last" && w != "past" && w != "previous" && w != "first" {
		return "", 0
	}
	f, ok := p.number(k+1, false)
	if !ok || f.v != float64(int(f.v)) || f.v <= 0 {
		return "", 0
	}
	end := f.next
	if end < n && p.toks[end].kind == tokWord && (strings.EqualFold(p.word(end), "games") || strings.EqualFold(p.word(end), "matches")) {
		end++
	}
	w := strings.ToLower(p.word(k))
	if w == "past" || w == "previous" {
		w = "last"
	}
	return w + " " + strconv.Itoa(int(f.v)), end
}

// setOffName reports whether the name ending at token k stands set off
// as a record's holder does in "Champion, Wladimir Klitschko, 53-3,":
// it opens its sentence or follows a comma. A team after a verb or an
// article ("beat the Lakers, 88-72,") has a score beside it, not a
// record.
func (p *qparser) setOffName(k int) bool {
	for w := 0; w < 4; w, k = w+1, k-1 {
		t := &p.toks[k]
		if t.kind != tokWord || !t.cap || t.is(lxMonth|lxWeekday|lxStop) {
			return false // "The Hawks, 88-72, won"
		}
		if k == 0 || t.gap == gapLine {
			return true
		}
		switch prev := &p.toks[k-1]; {
		case prev.kind == tokPunct && (p.char(k-1) == ',' || p.char(k-1) == '.'):
			return true
		case prev.kind != tokWord || !prev.cap:
			return false
		}
	}
	return false
}

// drawCount reads the third count of a won-lost-drawn record ("45-7-2")
// at token k, after a dashed tally: a dash and a whole number of at most
// three digits, glued. Either dash will do: a typed "7–2-1" mixes them.
func (p *qparser) drawCount(dashed bool, k int) (uint16, bool) {
	if !dashed || k+1 >= len(p.toks) || p.toks[k].gap != gapNone || p.toks[k+1].gap != gapNone ||
		!isDash(p.char(k)) || p.toks[k+1].kind != tokNum {
		return 0, false
	}
	c, ok := p.wholeCount(k + 1)
	return uint16(c), ok
}

// knockoutsAfter reports whether a count of knockouts follows a tally
// ending before token k, which makes it a fighter's record: "53-3, 47
// KO's", "52-3 with 46 KOs", "(14-13-2, 12KOs)".
func (p *qparser) knockoutsAfter(k int) bool {
	n := len(p.toks)
	if k < n && (p.char(k) == ',' || p.toks[k].kind == tokWord && strings.EqualFold(p.word(k), "with")) {
		k++
	}
	if k >= n || p.toks[k].kind != tokNum {
		return false
	}
	k++
	if k >= n || p.toks[k].kind != tokWord {
		return false
	}
	switch w := strings.ToLower(p.word(k)); w {
	case "ko", "kos", "ko's", "knockouts", "knockout":
		return true
	}
	return false
}

// tallyHolder returns whose record a tally from token k to next is, when
// a name stands beside it as a record's holder does: "name:" and the
// name's last word in lower case for "Klitschko (52-3", "Klitschko,
// 53-3," or "the 0-14 Lions"; else "". Two tallies of two holders are
// two facts ("Klitschko (52-3)" and "Rahman (45-7)"), and two tallies of
// one holder are one, however each is worded (see compareRecords).
func (p *qparser) tallyHolder(k, next int) string {
	n := len(p.toks)
	if k >= 2 && p.toks[k-2].kind == tokWord && p.toks[k-2].cap && !p.toks[k-2].is(lxMonth|lxWeekday) {
		switch p.char(k - 1) {
		case '(':
			if next < n && (p.char(next) == ')' || p.char(next) == ',') {
				return "name:" + strings.ToLower(p.word(k-2))
			}
		case ',':
			if next < n && p.char(next) == ',' && p.setOffName(k-2) {
				return "name:" + strings.ToLower(p.word(k-2))
			}
		}
	}
	if k >= 1 && next < n && p.toks[k-1].kind == tokWord && strings.EqualFold(p.word(k-1), "the") {
		if t := &p.toks[next]; t.kind == tokWord && t.cap && !t.is(lxMonth|lxWeekday) {
			return "name:" + strings.ToLower(p.word(next))
		}
	}
	return p.subjectHolder(k)
}

// subjectHolder returns "name:" and the last word of a team's name that
// is the subject of the verb before the tally at token k ("The Celtics
// fell to 25-25", "the Sixers are 9-14"), else "": a capitalised name
// after "the", then one to six lower-case words, nothing else between.
// Two teams' records told in two sentences are two facts, not a
// conflict (review-r22). A name straight before the tally ("beat the
// Lakers 88-72") is the other side of a score, not a holder.
func (p *qparser) subjectHolder(k int) string {
	j, between := k-1, 0
	for j >= 0 && between < 6 && p.toks[j].kind == tokWord && !p.toks[j].cap {
		j, between = j-1, between+1
	}
	if between == 0 || j < 0 || p.toks[j].kind != tokWord || !p.toks[j].cap || p.toks[j].is(lxMonth|lxWeekday|lxStop) {
		return ""
	}
	last := j
	for j >= 0 && p.toks[j].kind == tokWord && p.toks[j].cap && !strings.EqualFold(p.word(j), "the") {
		j--
	}
	if j < 0 || p.toks[j].kind != tokWord || !strings.EqualFold(p.word(j), "the") {
		return ""
	}
	return "name:" + strings.ToLower(p.word(last))
}
