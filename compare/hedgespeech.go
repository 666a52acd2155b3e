package compare

import (
	"strings"

	"github.com/storydiff/storydiff/compare/framing"
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
		return false
	}
	return false
}

// reportSpeakerWords is the longest speaker between a comma and the verb of
// saying that ends a sentence ("…, the harbour board's chief executive
// said").
const reportSpeakerWords = 6

// aside reports whether text holds a break that a reported clause does not
// run across: a semicolon or a dash ("- some say unrealistic -").
func aside(text string) bool {
	return strings.ContainsAny(text, ";—–") || strings.Contains(text, " - ")
}
