package framing

import "strings"

// The news lexicon widened by word vectors: neighbours_table.go holds the
// words GloVe's vectors put nearest each loaded verb, evaluative word and
// label of the lexicon, with their cosines (generated offline by
// TestNeighbourTable; no vector is shipped). A neighbour takes its seed's
// category and tone and counts only from the cosine the tuning sets for
// that category, chosen on BASIL by cross-validation.

// nearNeighbour is one word the vectors propose.
type nearNeighbour struct {
	word, seed, tone string
	cos              int // cosine to the seed, in hundredths
}

// appendNeighbours adds to the listed lexicon the vectors' neighbours of
// its words, each with its seed's category and sets.
func appendNeighbours(listed []newsEntry) []newsEntry {
	at := make(map[string]int, len(listed))
	for i, e := range listed {
		at[e.lemma] = i
	}
	out := listed
	for _, n := range nearWords {
		i, ok := at[n.seed]
		if _, dup := at[n.word]; !ok || dup || plainActs[n.word] || plainPositions[n.word] || undoings[n.word] || plainStates[n.word] {
			continue
		}
		s, tone := listed[i], n.tone
		if (unprefixed(n.word) == n.seed || unprefixed(n.seed) == n.word) && s.tone != "" {
			tone = otherTone(s.tone) // "unreliable" by "reliable", "realistic" by "unrealistic"
		}
		out = append(out, newsEntry{lemma: n.word, cat: s.cat, tone: tone, set: s.set, near: uint8(n.cos)})
	}
	return out
}

// plainActs are verbs the vectors put beside a judging verb because they
// take its objects, but which name the act plainly: a law complied with
// where "flout" and "disregard" judge, records disclosed where
// "misrepresent" does, a policy defended where "champion" praises. A
// firm "complying with the order" or a council "defending the policy" is
// reported, not judged. The table keeps what the vectors propose; these
// are left out of the lexicon. "Criticize", beside "denounce" and
// "lambast", is the plain verb of the act whose noun, "criticism", is
// neutral (newsNeutral): "criticized the plan" reports what was said,
// where "lambasted" is the writer's word for it. So does "countered"
// ("countered that the levy was fair"), beside "assail": a reply told.
var plainActs = setOf("comply", "complies", "complied", "complying", "disclose", "discloses", "disclosed",
	"disclosing", "defend", "defends", "defended", "defending", "criticize", "criticizes", "criticized",
	"criticizing", "criticise", "criticises", "criticised", "criticising", "counter", "counters", "countered",
	"countering")

// undoings are verbs the vectors put beside a judging verb because they
// name its opposite, the act's end or its undoing, in the same contexts:
// violence "subsided" where it "erupted", a ban "reinstated" where it was
// "quashed", order "reestablished" where it was "subverted". The seed's
// tone is not theirs: a calm returning or a rule restored is told, not
// judged. The vectors cannot tell an antonym from a synonym (the
// negated forms are turned by unprefixed); these have no prefix to tell
// them by, so they are left out of the lexicon.
var undoings = setOf("subsided", "subside", "subsides", "subsiding", "reinstate", "reinstated", "reinstates",
	"reinstating", "reestablish", "reestablished", "reestablishing", "re-establish", "re-established")

// plainPositions are the names of the places on the political spectrum
// that parties, voters and politicians give themselves: "liberal
// Democrats", "moderate voters", "a centrist group", "more moderate on
// immigration". The vectors put each beside the loaded word for the
// spectrum's edge ("liberal" by "left-wing", "moderate" by "hardline",
// "centrist" by "hawkish"), whose contexts it shares, and give it that
// word's judgement; a moderate is no hardliner, and naming one's place
// judges nothing. The edges stay loaded (listed: "far-left", "hard-line",
// "ultraconservative").
var plainPositions = setOf("liberal", "moderate", "centrist", "conservative", "progressive")

// plainStates are adjectives the vectors put beside a judging word because
// they describe the same people and things, but which name a standing, a
// condition or a kind plainly: how long one has served ("a longtime
// aide", "honorary chairman", "the reigning champion") or how widely one
// is known ("a prominent lawyer", "a well-known face", "recognizable
// unions") beside "legendary" and "iconic"; a diagnosis ("bipolar
// disorder", "a suicidal patient") beside "paranoid" and "delusional"; a
// bodily or economic state ("hungry", "drunk", "employed") beside
// "desperate" and "careless"; the weather ("windy", "sunny") beside
// "chilly"; a kind of thing ("a documentary", "flammable liquid") beside
// "acclaimed" and "corrosive". News copy uses them to say who or what,
// not to judge; the judging seeds stay.
var plainStates = setOf("longtime", "honorary", "reigning", "prominent", "recognizable", "recognized",
	"well-known", "bipolar", "schizophrenic", "psychotic", "suicidal", "hungry", "drunk", "drunken",
	"employed", "equipped", "impoverished", "foggy", "windy", "wintry", "sunny", "warmer", "choppy",
	"soggy", "documentary", "flammable", "acidic", "radioactive")

// admits reports whether t counts entry e: a listed word always, a
// neighbour from its category's cosine.
func (t Tuning) admits(e *newsEntry) bool {
	if e.near == 0 {
		return true
	}
	var from float64
	switch e.cat {
	case CatLoadedVerb:
		from = t.NearVerbs
	case CatEvaluative:
		from = t.NearEvaluative
	case CatLabel:
		from = t.NearLabels
	}
	return from > 0 && float64(e.near) >= from*100-1e-9
}

// unprefixed is word without a negating prefix ("unreliable": "reliable",
// "inaccurate": "accurate"), or "" when it has none. The vectors put a word
// beside its antonym, which shares its contexts, so a seed may propose
// itself negated, which judges the other way, and a negated seed itself
// without its prefix ("proven" by "unproven"). Only the seed itself counts:
// a prefix-shaped neighbour of another seed is often no negation at all
// ("incredible" by "remarkable", "intense").
func unprefixed(word string) string {
	for _, p := range []string{"un", "in", "im", "il", "ir", "dis", "non-", "non"} {
		if rest, ok := strings.CutPrefix(word, p); ok && len(rest) >= 4 {
			return rest
		}
	}
	return ""
}

// otherTone is the tone opposite to tone.
func otherTone(tone string) string {
	if tone == TonePositive {
		return ToneNegative
	}
	return TonePositive
}
