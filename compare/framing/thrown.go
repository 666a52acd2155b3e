package framing

import (
	"strings"

	"github.com/storydiff/storydiff/compare/fact"
)

// Verbs of throwing used of speech: "protesters hurled racial epithets at
// lawmakers", "threw accusations at the board". The writer puts a blow in
// the place of a word of saying, as with "lashed out" or "fired back"; no
// lexicon rates the verbs, whose commonest sense throws a ball or a rock,
// so they frame only with a thing said for object. WordNet 3.0 gives the
// verbs: those whose commonest sense is one of contact (verb.contact) and
// one of whose senses is directly a kind of uttering ("express, verbalize,
// utter"): hurl and throw, "utter with force; utter vehemently".
// TestThrowingVerbs derives them again. The thing said is a noun whose
// commonest WordNet sense is a communication and that names nothing one
// could throw (fact.SpeechNoun): "insults", "epithets", "accusations",
// not "bottles", nor a "book".
var throwingVerbs = []string{"hurl", "throw"}

// throwingVerb is the lemma of throwingVerbs that key is a form of, or "".
// A switch, not a map: it is asked of every word no lexicon holds, and
// most are told apart by their length or first letter without hashing.
func throwingVerb(key string) string {
	switch key {
	case "hurl", "hurls", "hurled", "hurling":
		return "hurl"
	case "throw", "throws", "threw", "thrown", "throwing":
		return "throw"
	}
	return ""
}

// mayThrow reports whether key may be a form of throwingVerbs. markers
// asks it of every word match finds nothing at, so it must cost next to
// nothing; asking it inside match cost Markers about 3% of its CPU time
// (over BASIL and ECB+, one core, interleaved), where here it costs none
// measurable.
func mayThrow(key string) bool {
	return len(key) >= 4 && (key[:3] == "hur" || key[:3] == "thr")
}

// throwsWords returns the marker of token i and 1 when it is a verb of
// throwing whose object is a thing said, or 0. The object is a noun of speech
// among the two words after the verb and its determiner, before any name,
// preposition, particle or punctuation ("hurled racial epithets", not
// "threw out the ballots", "threw a petrol bomb"), or, after a form of
// "be", the word before that ("epithets were hurled", not "reports that
// bottles were thrown").
func throwsWords(s string, toks []token, i int) (Marker, int) {
	lemma := throwingVerb(toks[i].key)
	if lemma == "" {
		return Marker{}, 0
	}
	said := false
	j := i + 1
	if j < len(toks) && determiners[toks[j].key] && strings.TrimSpace(s[toks[i].end:toks[j].start]) == "" {
		j++
	}
	for end := j + 2; j < len(toks) && j < end; j++ {
		k := toks[j]
		if strings.TrimSpace(s[toks[j-1].end:k.start]) != "" || k.upper || k.number || prepositions[k.key] || particles[k.key] {
			break
		}
		if fact.SpeechNoun(k.key) {
			said = true
			break
		}
	}
	if !said && i >= 2 && passiveAux[toks[i-1].key] &&
		strings.TrimSpace(s[toks[i-2].end:toks[i-1].start]) == "" && strings.TrimSpace(s[toks[i-1].end:toks[i].start]) == "" {
		said = fact.SpeechNoun(toks[i-2].key)
	}
	if !said {
		return Marker{}, 0
	}
	t := toks[i]
	return Marker{Kind: Loaded, Start: t.start, End: t.end, Text: s[t.start:t.end],
		Lemma: lemma, Tone: ToneNegative, Valence: -2, Category: CatLoadedVerb}, 1
}
