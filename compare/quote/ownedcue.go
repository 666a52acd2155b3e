package quote

import "strings"

// possessedNoun reports whether the speech verb at token v, in its bare
// form and a cue noun too, is a noun an owner holds: "the president's chief demand", "Lee's
// claim". A bare verb after a singular owned noun would not agree with it;
// a plural one may be its subject ("Lee's aides claim").
func (d *doc) possessedNoun(v int) bool {
	w := d.word(v)
	if !cueNouns.has(w) && !verbNoun(w) || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		t := d.toks[k]
		if !t.word || t.quoted {
			return false
		}
		if d.isPossessive(k) {
			return !pronouns.has(strings.TrimSuffix(strings.TrimSuffix(d.word(k), "'s"), "’s"))
		}
		if t.upper || strings.HasSuffix(d.word(k), "s") || functionWords.has(d.word(k)) {
			return false
		}
	}
	return false
}

// verbNoun reports whether w, a speech verb's bare form, is a noun as well,
// beyond the cue nouns: "the mayor's chief demand", "his reply".
func verbNoun(w string) bool {
	switch w {
	case "demand", "reply", "request", "appeal", "charge", "note", "report", "call", "quip", "retort",
		"joke", "boast", "cry", "post", "plea", "question", "complaint":
		return true
	}
	return false
}
