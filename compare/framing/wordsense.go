package framing

import "strings"

// The senses told apart by the words around a word (review-r25): a
// vector-proposed adjective written as its verb, a verb of saying before
// a noun that says what was said, an idiom before a time, and a compound
// whose first part judges.

// stanceNouns name, as the object of "claim" or "maintain", what the
// subject says of itself: "maintained her innocence", "claimed victory",
// "claimed credit", "claimed responsibility". The object is what was said
// in a word ("she is innocent", "we won"), so the verb reports speech,
// with its doubt, as before a clause; a concrete object ("claimed another
// coach", "maintained its lead") is the verb's other sense.
var stanceNouns = map[string]bool{
	"innocence": true, "victory": true, "credit": true, "responsibility": true, "ignorance": true,
	"authorship": true, "ownership": true, "success": true, "vindication": true, "mandate": true,
	"neutrality": true, "self-defense": true,
}

// contestNear reports whether the stance noun at token i is a result in
// sport: "victory" or "win" with a game, a race or a score named in its
// clause ("claimed victory in the regional final", "claimed victory over
// Eastmere with a late goal"). There the result is settled on the field:
// "claimed" is the verb of taking a prize, as in "claimed the title",
// with no doubt to frame; an election's or a war's victory claimed stays
// a claim.
func contestNear(s string, toks []token, i int) bool {
	if k := toks[i].key; k != "victory" && k != "win" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+contestReach; j++ {
		if strings.ContainsAny(s[toks[j-1].end:toks[j].start], ".;:!?") {
			break
		}
		if contests[toks[j].key] {
			return true
		}
	}
	return false
}

// contestReach is how far after "victory" contestNear looks for its game.
const contestReach = 8

// contests are the games, races and scores of sport.
var contests = map[string]bool{"final": true, "finals": true, "semifinal": true, "match": true,
	"game": true, "race": true, "cup": true, "championship": true, "tournament": true, "derby": true,
	"stage": true, "playoff": true, "playoffs": true, "league": true, "goal": true, "goals": true,
	"points": true, "innings": true, "set": true, "sets": true, "lap": true, "laps": true, "bout": true}

// numberWords are the numbers written in words that count a noun after
// them ("two trawlers").
var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"dozens": true, "hundreds": true, "thousands": true, "several": true, "many": true, "both": true}

// neighbourAsVerb reports whether token i, an adjective the vectors
// proposed beside an evaluative word, is written as the verb spelt the
// same: after a modal ("will moderate"), or as a participle or past form
// with an object straight after it ("limiting the view", "recognized the
// inmate", "decreasing the country's isolation"). An adjective takes
// neither. The vectors propose a word by its meaning, not its part of
// speech; in the verb the judgement of the adjective is gone.
//
// A bare form after "to" with its object is left marked: "to moderate a
// debate" is the verb's plain sense, but "threatens to muddy the waters"
// (a BASIL span) judges as the adjective does, and nothing in the words
// around tells the two apart. So is an adverb after a modal ("will
// vigorously defend"), and a word before a possessive, a number or
// another determiner, where the adjective stands too ("how hurtful my
// words were", "a disappointing 9-14 start", "playing dumb every time").
func neighbourAsVerb(s string, toks []token, i int) bool {
	k := toks[i].key
	if strings.HasSuffix(k, "ly") {
		return false
	}
	tight := func(a, b int) bool { return strings.TrimSpace(s[toks[a].end:toks[b].start]) == "" }
	if i > 0 && tight(i-1, i) && modals[toks[i-1].key] {
		return true
	}
	if !strings.HasSuffix(k, "ed") && !strings.HasSuffix(k, "ing") || i+1 >= len(toks) || !tight(i, i+1) {
		return false
	}
	if i+2 < len(toks) && toks[i+1].key == "the" && comparatives[toks[i+2].key] {
		return false // "flagging the longer the night went on": no object
	}
	return objectOpeners[toks[i+1].key]
}

// comparatives open the correlative "the longer …, the …", which may follow
// an intransitive participle as a determiner does an object.
var comparatives = map[string]bool{"more": true, "less": true, "longer": true, "shorter": true,
	"better": true, "worse": true, "further": true, "farther": true, "bigger": true, "higher": true,
	"lower": true, "greater": true, "sooner": true, "later": true, "harder": true, "faster": true}

// objectOpeners open a noun phrase that only a verb, never an adjective,
// has straight after it: an article, a demonstrative, an object pronoun.
var objectOpeners = map[string]bool{"a": true, "an": true, "the": true, "this": true, "these": true,
	"those": true, "him": true, "them": true, "us": true, "me": true}

// modals are the auxiliaries after which a word is a bare verb.
var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true,
	"shall": true, "should": true, "may": true, "might": true, "must": true}

// timePrepositions end idioms ("seized on", "caved in", "jumped on") and
// also open a phrase of time; calendarWords are what such a phrase of
// time holds first ("on Tuesday", "in March"), as is a year ("in 2011").
var (
	timePrepositions = map[string]bool{"on": true, "in": true, "upon": true, "at": true}
	calendarWords    = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
		"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
		"april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
		"november": true, "december": true, "jan": true, "feb": true, "aug": true, "sept": true,
		"oct": true, "nov": true, "dec": true}
)

// describesBy reports whether the last part of a compound makes the part
// before it what describes ("-filled", "-plagued", "-ridden", "-prone"): a
// participle or one of the adjectives of that use.
func describesBy(part string) bool {
	switch part {
	case "prone", "ridden", "laden", "tinged", "fueled", "fuelled", "driven", "hit", "torn":
		return true
	}
	return len(part) > 4 && (strings.HasSuffix(part, "ed") || strings.HasSuffix(part, "ing"))
}
