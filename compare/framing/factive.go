package framing

import "strings"

// foundThing reports whether the factive verb at token i ("discovered",
// "revealed", "exposed") tells of a thing found or shown, in the passive,
// rather than vouching for a proposition: "the body was discovered by
// residents", "the device, discovered by police", "their roles were
// revealed." A factive frames by what it presupposes true, a clause ("was
// discovered that", "discovered that", "was revealed to be"); a passive
// with no clause after it, or with its agent after "by", names the
// finding, an event of the story.
func foundThing(s string, toks []token, i int) bool {
	if !strings.HasSuffix(toks[i].key, "ed") {
		return false
	}
	next := ""
	if i+1 < len(toks) && strings.TrimSpace(s[toks[i].end:toks[i+1].start]) == "" {
		next = toks[i+1].key
	}
	if next == "by" {
		return true
	}
	if clauseOpeners[next] {
		return false
	}
	j := i - 1
	if j > 0 && strings.HasSuffix(toks[j].key, "ly") { // "was later revealed", "were quickly discovered"
		j--
	}
	return j >= 0 && passiveBe[toks[j].key]
}

// passiveBe are the forms of "be" before a passive participle.
var passiveBe = setOf("is", "are", "was", "were", "be", "been", "being")
