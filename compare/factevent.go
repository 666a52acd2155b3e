package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storydiff/storydiff/compare/textsim"
)

// Dates and times say nothing of what they date: a sentence about the
// first ships berthing in 2029 and one about dredging ending in 2027 may
// share a group (both "expected to begin in March") without their years
// being one fact. So two temporal figures that differ are compared only
// when the clauses around them name the same event: a content word in
// common, leaving out the words any date's clause uses (expected, due,
// begin, until, month names). Equal ones still link, as other figures do.
// Nor is a clause saying something began the same event as one saying it
// ended: "voting began at 8 a.m." and "the election ended Sunday evening"
// time two moments of one story, whatever words they share. Two lengths
// of time told so are two figures too, in one group as well: "began a
// 30-day hunger strike" is what was vowed, "has completed a 12-day
// hunger strike" what was done (phasesApart).

// temporal reports whether a figure's kind dates an event.
func temporal(kind string) bool { return kind == "date" || kind == "time" }

// eventWords gives, per mention, the stems of the words of its clause that
// say which event it dates, and whether the clause says something began or
// ended, worked out once per mention.
type eventWords struct {
	r       *Report
	clauses map[[2]int]eventClause // article, mention start
}

// eventClause is what a mention's clause says of its event.
type eventClause struct {
	stems map[string]bool
	phase int // phaseStart, phaseEnd or 0
	// cumulative: the clause counts over a period, not one incident ("70
	// people have been hurt over the past eight days", "so far").
	cumulative bool
}

func newEventWords(r *Report) *eventWords {
	return &eventWords{r: r, clauses: map[[2]int]eventClause{}}
}

// same reports whether two mentions' clauses name one event.
func (ew *eventWords) same(a, b mentionAt) bool {
	ca, cb := ew.of(a), ew.of(b)
	if ca.phase != 0 && cb.phase != 0 && ca.phase != cb.phase {
		return false
	}
	wa, wb := ca.stems, cb.stems
	if len(wb) < len(wa) {
		wa, wb = wb, wa
	}
	for w := range wa {
		if wb[w] {
			return true
		}
	}
	return false
}

// phasesApart reports whether one mention's clause says something began
// and the other's that it ended: a length begun is what was planned or
// ordered ("began a 30-day hunger strike"), one completed is what was
// done ("has completed a 12-day hunger strike"), two figures however
// near their sentences.
func (ew *eventWords) phasesApart(a, b mentionAt) bool {
	pa, pb := ew.of(a).phase, ew.of(b).phase
	return pa != 0 && pb != 0 && pa != pb
}

func (ew *eventWords) of(m mentionAt) eventClause {
	key := [2]int{m.article, m.Start}
	if c, ok := ew.clauses[key]; ok {
		return c
	}
	art := ew.r.Articles[m.article]
	sen := art.Sentences[m.sentence]
	lo, hi := clauseAround(art.Text, sen.Start, sen.End, m.Start, m.End)
	clause := art.Text[lo:m.Start] + " " + art.Text[m.End:hi]
	c := eventClause{stems: eventStems(clause), phase: phaseOf(clause), cumulative: cumulativeScope(clause)}
	if open := art.Text[sen.Start:m.Start]; !c.cumulative && strings.Contains(open, ",") {
		// A sentence's opening adverbial scopes all of it: "Since the
		// shooting, over 50 arrests have been made" (not its subject: "A
		// total of 31 pieces responded, including three ladder trucks").
		open = open[:strings.Index(open, ",")]
		if w := textsim.Tokens(open); len(w) > 0 && scopeOpeners[w[0]] {
			c.cumulative = cumulativeScope(open)
		}
	}
	if len(c.stems) == 0 { // "In 2029, ...": the event is in the rest of the sentence
		c.stems = eventStems(art.Text[sen.Start:m.Start] + " " + art.Text[m.End:sen.End])
	}
	ew.clauses[key] = c
	return c
}

// clauseReach bounds how far a clause is looked for on either side of a
// figure, so a sentence of thousands of figures stays linear.
const clauseReach = 200

// clauseAround is the clause of text[start:end] within the sentence
// text[lo:hi]: from the punctuation or joining word before it to the one
// after it.
func clauseAround(text string, lo, hi, start, end int) (int, int) {
	lo, hi = max(lo, start-clauseReach), min(hi, end+clauseReach)
	left := lo
	for i := start; i > lo; {
		r, n := utf8.DecodeLastRuneInString(text[lo:i])
		if clausePunct(r) {
			left = i
			break
		}
		if unicode.IsLetter(r) {
			j := i
			for j > lo {
				r, n := utf8.DecodeLastRuneInString(text[lo:j])
				if !unicode.IsLetter(r) {
					break
				}
				j -= n
			}
			if clauseWords[strings.ToLower(text[j:i])] {
				left = i
				break
			}
			i = j
			continue
		}
		i -= n
	}
	right := hi
	for i := end; i < hi; {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		if clausePunct(r) {
			right = i
			break
		}
		if unicode.IsLetter(r) {
			j := i
			for j < hi {
				r, n := utf8.DecodeRuneInString(text[j:hi])
				if !unicode.IsLetter(r) {
					break
				}
				j += n
			}
			if clauseWords[strings.ToLower(text[i:j])] {
				right = i
				break
			}
			i = j
			continue
		}
		i += n
	}
	return left, right
}

func clausePunct(r rune) bool {
	switch r {
	case ',', ';', ':', '(', ')', '—', '–', '"', '“', '”':
		return true
	}
	return false
}

// clauseWords join clauses: the event after one is not the event before.
var clauseWords = map[string]bool{"and": true, "but": true, "while": true, "whereas": true,
	"with": true, "or": true, "although": true, "though": true, "then": true}

// eventStems are the stems of the content words of text, without the
// words any date's clause may use.
func eventStems(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range textsim.Tokens(text) {
		if lastingWords[w] {
			out["lasted"] = true // "it lasted 30 seconds": what a length measures, not "last month"
			continue
		}
		if len(w) < 3 || !unicode.IsLetter([]rune(w)[0]) || dateContext[w] {
			continue
		}
		if st := textsim.Stem(w); !dateContext[st] {
			out[st] = true
		}
	}
	return out
}

// cumulative reports whether a figure counts over a period rather than one
// incident: "At least 70 people have been hurt in the protests over the
// past eight days" and "They also attacked a television crew's truck,
// injuring at least two people" are counts of different scopes, not two
// outlets' figures for one thing.
func (ew *eventWords) cumulative(m mentionAt) bool { return ew.of(m).cumulative }

// cumulativeScope reports whether a clause puts its count over a period
// or a running total: "over the past eight days", "in the last week",
// "since Saturday", "so far", "to date", "in total", "a total of".
func cumulativeScope(text string) bool {
	w := textsim.Tokens(text)
	at := func(i int, words ...string) bool {
		if i+len(words) > len(w) {
			return false
		}
		for j, x := range words {
			if w[i+j] != x {
				return false
			}
		}
		return true
	}
	for i, x := range w {
		switch x {
		case "since", "altogether", "overall", "cumulative":
			return true
		case "so", "thus":
			if at(i+1, "far") {
				return true
			}
		case "to":
			if at(i+1, "date") {
				return true
			}
		case "in":
			if at(i+1, "total") || at(i+1, "all") {
				return true
			}
		case "total":
			if i > 0 && w[i-1] == "a" && at(i+1, "of") {
				return true
			}
		case "over", "during", "within":
			if at(i+1, "the", "past") || at(i+1, "the", "last") || at(i+1, "recent") || i+1 < len(w) && periodWord(w[i+1:]) {
				return true // "over the past eight days", "over four nights"
			}
		case "this":
			if i+1 < len(w) && (periodWord(w[i+1:i+2]) || w[i+1] == "season") {
				return true // "his 11 touchdowns this year"
			}
		}
		if (x == "past" || x == "last") && i > 0 && (w[i-1] == "the" || w[i-1] == "in") && i+1 < len(w) && periodWord(w[i+1:]) {
			return true
		}
	}
	return false
}

// scopeOpeners are the words an opening adverbial of scope begins with.
var scopeOpeners = map[string]bool{"since": true, "so": true, "thus": true, "over": true, "during": true,
	"within": true, "in": true, "this": true, "to": true, "altogether": true, "overall": true}

// periodWord reports whether the words open a length of time: "eight
// days", "week", "few months".
func periodWord(w []string) bool {
	for i := 0; i < len(w) && i < 3; i++ {
		switch strings.TrimSuffix(w[i], "s") {
		case "hour", "day", "week", "month", "year", "decade", "night", "weekend":
			return true
		}
	}
	return false
}

const (
	phaseStart = 1 // the clause says something began
	phaseEnd   = 2 // the clause says something ended
)

// phaseOf reports whether a clause says something began or ended: 0 when
// it says neither or both.
func phaseOf(text string) int {
	p := 0
	for _, w := range textsim.Tokens(text) {
		q := 0
		switch w {
		case "begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting", "opened", "opens":
			q = phaseStart
		case "end", "ends", "ended", "ending", "finish", "finishes", "finished", "finishing", "closed", "closes", "concluded",
			"complete", "completes", "completed", "completing":
			q = phaseEnd
		}
		if q != 0 && p != 0 && q != p {
			return 0
		}
		if q != 0 {
			p = q
		}
	}
	return p
}

// lastingWords say that a length of time is how long the clause's
// subject went on ("the tremor lasted just over 10 seconds", "it lasted
// around 30 seconds"); their stem is that of "last" in "last month",
// which dates anything.
var lastingWords = map[string]bool{"lasted": true, "lasting": true, "lasts": true}

// dateContextWords are function words and the words that go with any date:
// modality and schedule (expected, due, planned), phase (begin, finish),
// the calendar's own words.
const dateContextWords = `the and but for are was were has have had its their his her this that these those
		she him they them you our hers
		from into over under than then there which who whom whose what when where will would could should may might must
		can not now also been being about after before since until till through during within by
		expect expected expects due schedule scheduled plan planned plans set slated likely hope hoped aim aimed
		begin begins began begun beginning start starts started starting finish finished finishes end ends ended
		complete completed completion take taken place
		late later latest early earlier earliest mid middle first last next past previous recent recently soon
		year years month months week weeks day days date time times today yesterday tomorrow tonight morning afternoon evening night
		january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		monday tuesday wednesday thursday friday saturday sunday weekend quarter half`

// dateContextStems are the stems (textsim.Stem) of dateContextWords that
// are not words of it, written out so that no run stems the list at start-up;
// TestDateContextStemsAreTheWordsStems keeps them in step.
const dateContextStems = `be befor complet decemb dure earli even februari it januari juli like
		middl morn novemb octob schedul septemb sinc slate`

// dateContext holds dateContextWords and their stems.
var dateContext = func() map[string]bool {
	m := make(map[string]bool, 192)
	for _, w := range strings.Fields(dateContextWords + " " + dateContextStems) {
		m[w] = true
	}
	return m
}()
