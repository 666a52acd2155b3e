package fact

import "strings"

// "About" before a figure is a hedge ("about 40 people came") or the
// preposition of a topic ("information about two secret programs", "talked
// about 40 new jobs"). Read as a hedge after a word that takes a topic,
// the figure widened to cover [1.8, 2.2] two programs, so it only seemed
// to agree with "three programs"' neighbours and hedged apart from an
// outlet that said "two programs" flatly.

// topicAbout reports whether the hedge phrase hx starting at token i is
// "about" after a word that takes "about" for its topic: a noun, verb or
// adjective of telling, knowing, asking or feeling, or a pronoun of an
// amount ("nothing about", "more about").
func (p *qparser) topicAbout(i, hx int) bool {
	if hedgePhrases[hx].phrase != "about" || i == 0 || p.toks[i].gap == gapLine || p.toks[i-1].kind != tokWord {
		return false
	}
	w := strings.ToLower(p.word(i - 1))
	if topicWords[w] || topicNouns[w] || topicVerbs[w] {
		return true
	}
	for _, suf := range []string{"s", "es"} {
		if s, ok := strings.CutSuffix(w, suf); ok && topicNouns[s] {
			return true
		}
	}
	for _, suf := range []string{"s", "es", "ed", "d", "ing"} {
		if s, ok := strings.CutSuffix(w, suf); ok && topicVerbs[s] {
			return true
		}
	}
	y := strings.TrimSuffix(w, "ies") + "y"
	return strings.HasSuffix(w, "ies") && (topicNouns[y] || topicVerbs[y])
}

// topicNouns, topicVerbs and topicWords take "about" for their topic. The
// nouns are listed by their singular, the verbs by their base form, with
// irregular forms and adjectives in topicWords. A verb that takes an
// object as well ("told about 40 reporters", "reported about 40 deaths",
// "asked about 40 people") is left out: after it, "about" may be a hedge.
var topicNouns = words(`information info news story report detail data question inquiry
	concern worry fear complaint debate argument discussion conversation talk speech
	statement comment remark claim allegation rumor rumour warning lie joke book article
	memo letter email testimony briefing hearing lecture knowledge truth`)

var topicVerbs = words(`talk speak think know learn worry care complain argue boast brag testify
	inquire enquire wonder dream joke`)

var topicWords = words(`thought knew known learnt spoke spoken worried
	sure certain clear unclear unsure confident optimistic pessimistic nervous anxious
	upset angry excited happy serious skeptical sceptical curious
	nothing something anything everything much more little less`)
