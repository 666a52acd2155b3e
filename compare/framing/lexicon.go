package framing

import (
	"math"
	"strings"
)

// Loaded words come from the VADER lexicon (Hutto & Gilbert, ICWSM 2014;
// vaderSentiment, MIT licence), as embedded by github.com/jonreiter/govader
// (MIT licence). Each line of its vader_lexicon.txt is a token, the mean of
// ten raters' scores on -4 (extremely negative) .. +4 (extremely positive),
// their standard deviation and the raw scores. A word's mean rating is all
// we need: vader_table.go holds the words and their means as Go arrays,
// generated from govader's asset by TestVaderTable, so the program neither
// links govader nor decompresses and parses its text at start-up.

// loadedThreshold is the lowest |mean rating| from which a word may count
// as loaded; Tuning sets the threshold in use, per sign, at or above it.
// VADER's raters used 1 for "slightly"; at 1.5 and above sit words such as
// "fake" (-2.1), "tensions" (-1.7), "confrontational" (-1.6), "praise" (2.6),
// while the mild words that run through any news story stay out: "risk"
// (-1.1), "disputes" (-1.1), "accused" (-1.2), "fair" (1.3), "share" (1.2).
const loadedThreshold = 1.0

// newsNeutral are words the lexicon rates strongly that news copy uses in a
// neutral, usually technical, sense: "like" as a preposition, "party" and
// "united" in names of parties and countries, "interest" and "credit" in
// finance, "positive"/"negative" as test results, "intelligence" and
// "justice" as agencies, "care" in health care, "support" for a measure,
// "help" as in "would help create", "goods" as merchandise (the stemmer would
// read it as "good"), and the conversational "yes" and "please". Kept short
// on purpose: each entry hides a word from every sentence.
var newsNeutral = map[string]bool{
	"like": true, "yes": true, "please": true, "help": true, "helps": true,
	"helped": true, "helping": true, "goods": true, "party": true, "parties": true,
	"united": true, "interest": true, "interests": true, "credit": true,
	"positive": true, "negative": true, "intelligence": true, "justice": true,
	"care": true, "support": true, "supported": true, "supports": true,
	// "fight" is what a company does against counterfeits, a city against
	// crime: the story's action, not the writer's tone.
	"fight": true, "fights": true, "fighting": true,
	// VADER rates "truly" as praise (its "yours truly", sincerely), but in
	// news copy it says how much, as "really" does, good or bad alike
	// ("truly historic", "truly dreadful"): a degree, not a tone.
	"truly": true,
	// "Effectively" says in effect, not well: "effectively allowing them
	// to discriminate", "effectively ending the talks" tell what
	// something comes to, good or bad alike. VADER rates it for
	// effectiveness (its "effective" sense).
	"effectively": true,
	// "criticism" is the noun a report tells criticising with ("drew
	// criticism from lawmakers"), as it tells arguing with "argument"
	// (sayingNoun): what was said, not the writer's judgement. VADER
	// rates it for the act (-1.9); the judging words are beside it
	// ("scathing criticism", "a firestorm of criticism").
	"criticism": true, "criticisms": true,
	// So is the verb: "criticized the plan" reports what was said, as
	// "said" does, with its gist; "lambasted", "slammed" are the
	// writer's words for it (the news lexicon's, which stay).
	"criticize": true, "criticizes": true, "criticized": true, "criticizing": true,
	"criticise": true, "criticises": true, "criticised": true, "criticising": true,
	// A state, not a quality: VADER rates "active" for liveliness, but
	// news copy names with it what is on duty, under way or in use, often
	// as a term of art ("an active shooter", "active duty", "an active
	// search", "active in the party"). "Emergency" names a kind of
	// situation, mostly before the noun of what serves it ("emergency
	// plans", "emergency vehicles", "an emergency rescue package"), and
	// a state declared ("a state of emergency"): the event, not alarm
	// raised by the writer.
	"active": true, "emergency": true, "emergencies": true,
	// "agreement" is the deal itself in news copy ("a plea agreement",
	// "a trade agreement", "reached an agreement"), which VADER rates
	// for its sense of concord: what was signed, not the writer's tone.
	"agreement": true, "agreements": true,
	// Terms of government, law and place that VADER rates for their
	// everyday sense: "special" names a kind of office or sitting ("a
	// special prosecutor", "a special election", "special teams"); to
	// "block" a bill, "ban" a practice or "restrict" access is what a
	// measure does, and "the 2500 block of Oregon Street" is an address;
	// a "violation" is the breach a rule or a parole names ("a probation
	// violation", "rules violations"). The judging words beside them
	// ("a sweeping ban", "flagrant violations") keep their markers.
	"special": true, "block": true, "blocks": true, "blocked": true, "blocking": true,
	"ban": true, "bans": true, "banned": true, "banning": true, "restrict": true,
	"restricts": true, "restricted": true, "restricting": true, "violation": true, "violations": true,
}

type lexWord struct {
	word    string
	valence float64
}

// lexPhrase is a lexicon entry of several words: "fed up", "can't stand".
type lexPhrase struct {
	words   string
	valence float64
}

// readLexicon builds the lexicon from the compact table in vader_table.go
// (generated from VADER's text by TestVaderTable, so start-up parses
// nothing), keeping the phrases rated strongly enough to count.
func readLexicon() (map[string]wordInfo, []lexPhrase) {
	// Room for the news lexicon's words and their forms too (about 1,500
	// listed, the vectors' neighbours, up to 8 forms each): growing the
	// map as they go in would rehash it several times at start-up.
	words := make(map[string]wordInfo, len(vaderWords)+8*(1500+len(nearWords)))
	var phrases []lexPhrase
	for i, w := range vaderWords {
		if strings.Contains(w, " ") {
			if v := float64(vaderTenths[i]) / 10; math.Abs(v) >= loadedThreshold {
				phrases = append(phrases, lexPhrase{w, v})
			}
			continue
		}
		words[w] = wordInfo{vader: vaderTenths[i], hasVader: true}
	}
	return words, phrases
}

// loadedVader reports whether VADER's entry w, found for key, may count as
// loaded at all.
func loadedVader(key string, w lexWord) bool {
	return !newsNeutral[key] && !newsNeutral[w.word] && math.Abs(w.valence) >= loadedThreshold
}

// word finds a word in either lexicon, as written or by its stem.
func (ix *lexIndex) word(key string) (string, wordInfo, bool) {
	key = strings.TrimSuffix(key, "'s")
	if wi, ok := ix.words[key]; ok {
		return key, wi, true
	}
	lemma, ok := stem(ix.words, key, nil)
	return lemma, ix.words[lemma], ok
}

// inflections undo regular English endings, for words the lexicon lists
// only in another form ("slams" under "slam"). They are tried in order and
// only when the word as written is not in the lexicon, whose own rating of
// an inflected form ("helping" 1.2, "help" 1.7) always wins.
var inflections = []struct {
	cut, add string
	double   bool // the stem doubled its last consonant: slammed, slamming
}{
	{"ies", "y", false}, {"ied", "y", false}, {"es", "", false}, {"s", "", false},
	{"ed", "", true}, {"ed", "", false}, {"ed", "e", false},
	{"ing", "", true}, {"ing", "", false}, {"ing", "e", false},
}

// stem undoes a regular ending of key and returns the first stem that is a
// key of m whose value keep accepts (any, when keep is nil), or false when
// none is.
func stem[V any](m map[string]V, key string, keep func(V) bool) (string, bool) {
	var buf [64]byte
	for k := range inflections {
		b := undoInflection(key, k, &buf)
		if b == nil {
			continue
		}
		if v, ok := m[string(b)]; ok && (keep == nil || keep(v)) {
			return string(b), true
		}
	}
	return "", false
}

// undoInflection returns key with inflections[k] undone, written in buf,
// or nil when that ending does not apply.
func undoInflection(key string, k int, buf *[64]byte) []byte {
	in := inflections[k]
	stem, ok := strings.CutSuffix(key, in.cut)
	if !ok || strings.HasSuffix(stem, "s") && in.cut == "s" {
		return nil
	}
	if in.double {
		n := len(stem)
		if n < 2 || stem[n-1] != stem[n-2] || strings.ContainsRune("aeiou", rune(stem[n-1])) {
			return nil
		}
		stem = stem[:n-1]
	}
	if len(stem) < 3 || len(stem)+len(in.add) > len(buf) {
		return nil
	}
	return append(append(buf[:0], stem...), in.add...)
}
