package framing

import "strings"

// What follows a verb of saying (saysWhat) and the verb use of a judging
// adjective (usedAsVerb): the clause tells the verb's sense.

// saysWhat reports whether what follows the verb at token v is what was
// said: nothing (", he claimed."), punctuation or a quotation (`claimed:
// "..."`, "claimed, without evidence,"), a clause ("claimed that",
// "claimed to", "claimed he", "claimed the deal was fair", "claimed
// Monday that"), or a preposition ("claimed in an interview"). A noun
// phrase with no verb of its own up to the clause's end is the object of
// the verb's other sense: "the standings have claimed another coach",
// "claimed her life", "maintained its lead". A verb is a form that only
// a verb takes: an auxiliary or modal, a negated one ("didn't"), an -ed
// form not straight after a determiner or a preposition ("the much-needed
// win" is an adjective), or an -s form with more of the clause after it ("the
// president offers little"; a plural ends its noun phrase: "their
// historic façades."). Where in doubt it answers true, the marker as
// before.
func saysWhat(s string, toks []token, v int) bool {
	if v >= 2 && relatives[toks[v-2].key] && subjects[toks[v-1].key] {
		return true // "which some claim laid the foundations": what was said moved before the verb
	}
	j := v + 1
	if j >= len(toks) || strings.TrimSpace(s[toks[v].end:toks[j].start]) != "" {
		return true
	}
	if k := toks[j].key; (clauseOpeners[k] && !recipient(s, toks, j)) || prepositions[k] || coordinators[k] {
		return true // "claimed that", "claimed in", "could not confirm, deny or comment"
	}
	if gerundClause(s, toks, j) {
		return true // "denies sending the photo"
	}
	for m := j; m < len(toks) && m <= j+2; m++ {
		if m > j && strings.TrimSpace(s[toks[m-1].end:toks[m].start]) != "" {
			break
		}
		if stanceNouns[toks[m].key] {
			// "maintained her innocence", "claimed credit"; a victory in
			// a game or a race is won, not said ("claimed victory in the
			// regional final")
			return !contestNear(s, toks, m)
		}
		if chargeNouns[strings.TrimSuffix(toks[m].key, "s")] {
			return true // "denied the allegations", "denied any wrongdoing"
		}
	}
	for m := j; m < len(toks) && m <= j+clauseReach; m++ {
		if m > j {
			if gap := strings.TrimSpace(s[toks[m-1].end:toks[m].start]); gap != "" {
				return strings.ContainsAny(gap, "\"“”'‘’") // `claimed Obama "has ...`
			}
		}
		k := toks[m].key
		if k == "that" && m > j || auxiliaries[k] || strings.HasSuffix(k, "n't") {
			return true
		}
		if m > j && recipient(s, toks, m) {
			return false // "deny service to the families": the object, then to whom
		}
		// not a noun's: after a determiner or a preposition ("the
		// much-needed win", "in hopes"), or capitalised ("Species Act")
		after := !determiners[toks[m-1].key] && !prepositions[toks[m-1].key] && !toks[m].capital &&
			!toks[m-1].number && !numberWords[toks[m-1].key] // "claimed two trawlers and a ferry": a counted noun
		if after && len(k) > 4 && strings.HasSuffix(k, "ed") {
			return true
		}
		if after && len(k) > 3 && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !strings.HasSuffix(k, "'s") &&
			m+1 < len(toks) && strings.TrimSpace(s[toks[m].end:toks[m+1].start]) == "" && !prepositions[toks[m+1].key] &&
			!recipient(s, toks, m+1) {
			return true
		}
	}
	return false
}

// recipient reports whether "to" at token j leads to whom something goes,
// not to an infinitive: a determiner, an object pronoun, a figure or an
// adjective (not an adverb: "to quickly pass") follows it ("protections
// previously denied to them", "denied to the families", "tax credits to
// illegal immigrants").
// What follows is then searched for a clause as after any object
// ("claimed to the committee that ...").
func recipient(s string, toks []token, j int) bool {
	if toks[j].key != "to" || j+1 >= len(toks) || strings.TrimSpace(s[toks[j].end:toks[j+1].start]) != "" {
		return false
	}
	n := toks[j+1]
	return determiners[n.key] || objectPronouns[n.key] || n.number || numberWords[n.key] ||
		shaped(n.key) && !strings.HasSuffix(n.key, "ly")
}

// gerundClause reports whether the word at token j, straight after a verb
// of saying, is a gerund with an object of its own, the clause of what was
// said: "denies sending the photo", "Denies Sending Photo". A form in -ing
// before a preposition, "to" or the clause's end is a noun, the verb's
// plain object ("denied funding for the shelter", "denied boarding."), and
// so is one whose phrase goes on to whom it is withheld ("deny mooring
// permits to crews").
func gerundClause(s string, toks []token, j int) bool {
	k := toks[j].key
	if len(k) < 6 || !strings.HasSuffix(k, "ing") {
		return false
	}
	for m := j + 1; m < len(toks) && m <= j+3; m++ {
		if strings.TrimSpace(s[toks[m-1].end:toks[m].start]) != "" {
			return m > j+1
		}
		if n := toks[m].key; prepositions[n] || n == "to" || coordinators[n] {
			return false
		}
	}
	return j+1 < len(toks)
}

// coordinators join a verb of saying to another verb it shares its
// object with: "could neither confirm nor deny whether", "confirm, deny
// or comment on the case".
var coordinators = map[string]bool{"or": true, "nor": true, "and": true}

// chargeNouns name, as the object of a verb of saying, a charge or a
// report the subject answers ("denied the allegations", "denied any
// wrongdoing", "denied knowledge of"), or the crime charged ("a man has
// denied arson", a plea): what was said is in the noun, as with
// stanceNouns.
var chargeNouns = setOf(
	"allegation", "accusation", "charge", "claim", "report", "rumor", "rumour", "wrongdoing",
	"involvement", "knowledge", "guilt", "suggestion", "story", "assertion",
	"arson", "theft", "murder", "manslaughter", "homicide", "fraud", "rape", "bribery", "perjury",
	"extortion", "embezzlement", "burglary", "robbery", "kidnapping", "assault", "battery",
	"harassment", "misconduct", "corruption", "negligence", "stalking", "trespass")

// clauseReach is how many words after the verb saysWhat looks for the
// verb of a clause: a subject of a few words ("the sitting president").
const clauseReach = 6

// clauseOpeners open what was said straight after a verb of saying: a
// complementiser, an infinitive, a wh-word, or a subject pronoun ("claimed
// he", not "claimed him").
var clauseOpeners = map[string]bool{
	"that": true, "to": true, "if": true, "whether": true, "how": true, "why": true, "what": true,
	"when": true, "where": true, "who": true, "i": true, "he": true, "she": true, "we": true,
	"they": true, "you": true, "there": true,
}

// auxiliaries are the verbs a clause's verb phrase opens with.
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "am": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "can": true, "could": true, "shall": true, "should": true,
	"may": true, "might": true, "must": true, "it's": true,
}

// relatives and subjects: after "which some", "who they", the verb's
// clause has moved before it ("which some claim laid the foundations",
// "whom they claimed were responsible"), whatever follows.
var (
	relatives = map[string]bool{"which": true, "who": true, "whom": true, "that": true}
	subjects  = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true, "you": true,
		"some": true, "many": true, "others": true, "most": true, "few": true}
)

// usedAsVerb reports whether token i, an adjective or adverb of the
// lexicon, is written as a verb spelt the same: a past form straight after
// a subject pronoun ("how they determined that conclusion", "the joy she
// experienced"); the adjective needs a verb between ("they were
// determined"). The adjective judges; the verb ("determine": find out,
// "experience": live through) names an act.
//
// A bare form after "to" or a modal with an object ("plans to moderate a
// debate") is also the verb, but is left marked: the verb made of a
// judging adjective often judges as the adjective does ("threatens to
// muddy the waters", a BASIL span), and WordNet's senses are not at hand
// here to tell the two apart.
//
// A body that finds facts is such a subject too, maybe past a sentence
// adverb: "the jury also determined it to be", "the coroner determined
// that".
func usedAsVerb(s string, toks []token, i int) bool {
	if i == 0 || strings.TrimSpace(s[toks[i-1].end:toks[i].start]) != "" || !strings.HasSuffix(toks[i].key, "ed") {
		return false
	}
	j := i - 1
	if subjectAdverb(toks[j].key) && j > 0 && strings.TrimSpace(s[toks[j-1].end:toks[j].start]) == "" {
		j--
	}
	return subjectPronouns[toks[j].key] || findersOfFact[toks[j].key] && j > 0 && toks[j-1].key == "the"
}

// findersOfFact are the bodies that determine what happened: a jury, a
// court, an inquiry.
var findersOfFact = setOf("jury", "jurors", "judge", "court", "panel", "coroner", "investigators",
	"inquiry", "examiner", "prosecutors", "board", "commission", "committee", "tribunal", "police")

// subjectPronouns are the pronouns only a subject takes.
var subjectPronouns = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true}
