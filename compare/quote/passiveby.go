package quote

// passiveBy reads the agent of a fragment set after a passive verb of
// speech or regard and followed by "by": `has been labeled "suspicious" by
// Jo Avery, the fire chief` is Avery's word, whatever the sentence's
// subject (the fire) did. The agent runs from "by" to the next mark.
func (d *doc) passiveBy(r rawQuote) (attribution, bool) {
	v := d.tokAt(r.open) - 1
	if v > 0 && d.word(v) == "as" {
		v-- // `described as "reckless" by`
	}
	if v < 1 || !d.toks[v].word || d.toks[v].upper || d.toks[v].quoted {
		return attribution{}, false
	}
	if w := d.word(v); !regardVerbs.has(w) && !(clearVerb(w) && len(w) > 2 && w[len(w)-2:] == "ed") {
		return attribution{}, false
	}
	k := d.tokAt(r.closeEnd)
	for k < len(d.toks) && !d.toks[k].word && d.toks[k].quoted {
		k++
	}
	if k+1 >= len(d.toks) || !d.toks[k].word || d.word(k) != "by" {
		return attribution{}, false
	}
	hi := k + 1
	for hi < len(d.toks) && hi-k <= 8 && d.toks[hi].word && !d.toks[hi].quoted {
		hi++
	}
	if hi >= len(d.toks) || hi-k > 8 {
		return attribution{}, false
	}
	s, ok := d.agent(k+1, hi)
	if !ok || s.name == "" {
		return attribution{}, false
	}
	return attribution{subject: s, cue: d.word(v), found: true}, true
}
