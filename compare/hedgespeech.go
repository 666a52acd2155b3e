package compare

import (
	"strings"

	"github.com/storydiff/storydiff/compare/framing"
	"github.com/storydiff/storydiff/compare/textsim"
)

// reportedHedge reports whether the hedge mk of article a lies in reported
// speech: in what a verb of saying of its sentence reports, outside
// quotation marks ("officials said the storm will probably hit", "the
// ferry may have sunk, the coast guard said", "according to the union,
// boats will likely leave"). Such a hedge is the speaker's, relayed, as
// one inside quotation marks is: the outlet reports a guess, it does not
// make one. The verb comes before the hedge in the same clause (no
// semicolon or dash between), or after it at the sentence's end, past a
// comma and a speaker of a few words, with no more than a speaker or a
// time after it ("…, he said on Tuesday", "…, according to the union"). A hedge that governs the saying
// ("he appeared to suggest", "may have said") comes before the verb with
// no comma and stays the outlet's. So does a hedge of hearsay: "police
// said he allegedly fired" is the writer's legal caution, a word no
// speaker uses of their own claim.
func reportedHedge(a Article, mk Marker) bool {
	if hearsay[strings.ToLower(mk.Lemma)] {
		return false // "allegedly", "reportedly": the writer's caution, not the speaker's word
	}
	for _, s := range a.Sentences {
		if mk.Start < s.Start || mk.End > s.End {
			continue
		}
		for _, v := range s.Framing {
			if v.Kind != string(framing.Attribution) || v.Quoted || v.Start < s.Start || v.End > s.End {
				continue
			}
			switch {
			case v.End <= mk.Start:
				if !aside(a.Text[v.End:mk.Start]) {
					return true
				}
			case v.Start >= mk.End:
				between := a.Text[mk.End:v.Start]
				c := strings.LastIndexAny(between, ",")
				if c >= 0 && len(strings.Fields(between[c+1:])) <= reportSpeakerWords && !aside(between) &&
					len(strings.Fields(a.Text[v.End:s.End])) <= reportSpeakerWords+1 {
					return true
				}
			}
		}
		return reportedByNoun(a.Text[s.Start:mk.Start]) || s.Role == RoleHeadline && headlineSpeaker(a.Text[s.Start:mk.Start])
	}
	return false
}

// reportedByNoun reports whether before, the sentence up to a hedge, ends
// in the clause a noun of saying or believing opens ("his claim that
// Afghanistan may not be winnable", "hope among supporters that a case
// could be made", "fears that the talks might fail"): the hedge is the
// claim's, the hope's, the fear's, as after a verb of saying. A break the
// reported clause does not run across (a semicolon, a dash) or a
// sentence's end between the two leaves the hedge the outlet's.
func reportedByNoun(before string) bool {
	words := textsim.Tokens(before)
	for i := len(words) - 1; i >= 0; i-- {
		if words[i] != "that" {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-1-nounToThat; j-- {
			if sayingNouns[words[j]] {
				k := strings.LastIndex(strings.ToLower(before), "that")
				return k >= 0 && !aside(before[k:])
			}
		}
		return false // the nearest "that" opens no reported clause
	}
	return false
}

// nounToThat is the most words between a noun of saying and its "that"
// ("hope among supporters that").
const nounToThat = 3

// sayingNouns name what someone says, hopes or fears, whose "that"
// clause reports it.
var sayingNouns = map[string]bool{
	"claim": true, "claims": true, "assertion": true, "assertions": true, "hope": true, "hopes": true,
	"optimism": true, "fear": true, "fears": true, "warning": true, "warnings": true, "belief": true,
	"suggestion": true, "prediction": true, "predictions": true, "expectation": true,
	"expectations": true, "assurance": true, "assurances": true, "speculation": true, "concern": true,
	"concerns": true, "argument": true, "theory": true, "theories": true, "contention": true,
	"insistence": true, "promise": true, "pledge": true, "view": true,
}

// headlineSpeaker reports whether a headline's words before a hedge
// follow a speaker and a colon ("Boehner: Republicans could lose House"):
// the headline's form for what the speaker says.
func headlineSpeaker(before string) bool {
	c := strings.Index(before, ":")
	return c > 0 && len(strings.Fields(before[:c])) <= headlineSpeakerWords
}

// headlineSpeakerWords is the longest speaker before a headline's colon
// ("Senate GOP leader:").
const headlineSpeakerWords = 4

// reportSpeakerWords is the longest speaker between a comma and the verb of
// saying that ends a sentence ("…, the harbour board's chief executive
// said").
const reportSpeakerWords = 6

// aside reports whether text holds a break that a reported clause does not
// run across: a semicolon or a dash ("- some say unrealistic -").
func aside(text string) bool {
	return strings.ContainsAny(text, ";—–") || strings.Contains(text, " - ")
}
