package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	worktitles "github.com/storydiff/storydiff/compare/internal/titles"
)

// Quoted words that are no one's speech: a title, a name, a term mentioned
// as a word, an answer word before its noun, a stage direction.

// titleLike reports whether a quotation reads as a title or a name: at most
// seven words, each capitalised, a number or a short function word ("Face
// the Nation", "Notorious Markets", "13th").
func (d *doc) titleLike(r rawQuote) bool {
	if len(r.parts) > 1 {
		return false
	}
	p := r.parts[0]
	words := 0
	for i := d.tokAt(p.Start); i < len(d.toks) && d.toks[i].e <= p.End; i++ {
		t := d.toks[i]
		if !t.word {
			continue
		}
		words++
		if words > 7 {
			return false
		}
		if t.upper || titleGlue.has(d.word(i)) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(d.text[t.s:]); !unicode.IsDigit(r) {
			return false
		}
	}
	return words > 0
}

// usedAsWords reports whether a short quotation is a name or a term the
// sentence goes on to use, not words said: a title or name read straight
// on into the sentence (`saying "Atlas Shrugged" triggered his interest`,
// `"Twilight" author Stephenie Meyer`), or a short term opening a sentence
// with no cue of its own (`"Hot pursuit" empowers the navy`). Words said
// end at a mark or a comma before the sentence goes on.
func (d *doc) usedAsWords(r rawQuote, c context, a attribution) bool {
	if len(r.parts) > 1 || r.closeEnd >= len(d.text) {
		return false
	}
	k := d.tokAt(r.closeEnd)
	if j := k; j < len(d.toks) && d.titleLike(r) {
		if d.punct(j) == "," {
			j++
		}
		comma := j > k || strings.Contains(d.text[r.parts[0].End:r.closeEnd], ",")
		if w := d.word(j); comma && (w == "which" || w == "who" || w == "whose") {
			return true // `The Reporter said "Moon," which is expected to cost more`
		}
	}
	if k >= len(d.toks) || !d.toks[k].word || d.toks[k].upper || d.toks[k].s > r.closeEnd+1 {
		return false
	}
	if w := d.word(k); capStops.has(w) || prepositions.has(w) || clauseWords.has(w) || pronouns.has(w) ||
		speechVerbs.has(w) || skippable.has(w) || d.adverb(k) {
		return false // `"Miss Piggy" and "Miss Housekeeping"`, `"Yes" when asked`
	}
	if auxiliaries.has(d.word(k)) && (c.embedded || a.found) {
		return false // `Clinton says the native nicknamed "King James" is a longtime advocate`
	}
	p := r.parts[0]
	if last, _ := utf8.DecodeLastRuneInString(d.text[p.Start:p.End]); !isWordRune(last) ||
		strings.ContainsAny(d.text[p.End:r.closeEnd], ",.;:!?") {
		return false // `"Absolutely." said Trump`, `called "The Queen of Rage," accompanied by`
	}
	if d.titleLike(r) && unicode.IsUpper(firstLetter(d.text[p.Start:p.End])) {
		return true // not `a "1 in 3" chance`
	}
	if a.found || c.embedded || d.sentenceLike(r) {
		return false
	}
	words := 0
	for i := d.tokAt(p.Start); i < len(d.toks) && d.toks[i].e <= p.End; i++ {
		if d.toks[i].word {
			words++
		}
	}
	return words <= 4
}

// mentioned reports whether a short quotation is a word mentioned as one
// that someone does not use: `doesn't use the word "cuts"`, `never says
// the term "hot pursuit"`. Words someone does use (`Trump has used the
// phrase "Islamic terrorism"`) are theirs.
func (d *doc) mentioned(r rawQuote, c context) bool {
	k := d.tokAt(r.open) - 1
	if len(r.parts) > 1 || k < 1 || !mentionNouns.has(d.word(k)) || !determiners.has(d.word(k-1)) {
		return false
	}
	negated := false
	for j := k - 2; j >= d.tokAt(c.sent.Start) && j > k-8 && !negated; j-- {
		w := d.word(j)
		negated = w == "not" || w == "never" || w == "without" || strings.HasSuffix(w, "n't")
	}
	if !negated {
		return false
	}
	words := 0
	for i := d.tokAt(r.parts[0].Start); i < len(d.toks) && d.toks[i].e <= r.parts[0].End; i++ {
		if d.toks[i].word {
			words++
		}
	}
	return words <= 4
}

// choiceModifier reports whether a quotation is an answer word standing
// before a noun it qualifies: `a "yes" vote`, `the "no" side`, `a "buy"
// rating`. The word names a choice; nobody is quoted saying it.
func (d *doc) choiceModifier(r rawQuote) bool {
	if len(r.parts) > 1 {
		return false
	}
	p := r.parts[0]
	w := strings.ToLower(strings.TrimSpace(d.text[p.Start:p.End]))
	switch w {
	case "yes", "no", "yea", "nay", "aye", "yay", "ok", "okay", "buy", "sell", "hold":
	default:
		return false
	}
	before, after := d.tokAt(r.open)-1, d.tokAt(r.closeEnd)
	if !determiners.has(d.word(before)) || after >= len(d.toks) || !d.toks[after].word || d.toks[after].upper ||
		d.toks[after].s > r.closeEnd+1 {
		return false
	}
	next := d.word(after)
	return !prepositions.has(next) && !clauseWords.has(next) && !auxiliaries.has(next) && !speechVerbs.has(next) &&
		!pronouns.has(next) && !d.adverb(after)
}

// policyName reports whether a quotation of two words or more names the
// policy, law or programme the noun after it is: `the "don't ask, don't
// tell" policy`, `the "zero tolerance" program`. The name is no one's
// words in the sentence, however it began.
func (d *doc) policyName(r rawQuote) bool {
	if len(r.parts) > 1 {
		return false
	}
	before, after := d.tokAt(r.open)-1, d.tokAt(r.closeEnd)
	// "the military's former "don't ask, don't tell" policy": a modifier
	// or two may stand after the article, and an owner for it.
	for k := 0; k < 2 && before > 0 && d.toks[before].word && !d.toks[before].upper && !d.toks[before].quoted &&
		!determiners.has(d.word(before)) && !d.isPossessive(before) && d.describing(before) &&
		!objectVerbs.has(d.word(before)) && !speechVerbs.has(d.word(before)); k++ {
		before--
	}
	if before < 0 || !determiners.has(d.word(before)) && !d.isPossessive(before) || after >= len(d.toks) || !d.toks[after].word ||
		d.toks[after].upper || d.toks[after].s > r.closeEnd+1 {
		return false
	}
	p := r.parts[0]
	if strings.ContainsAny(strings.TrimSpace(d.text[p.Start:p.End]), ".!?") {
		return false
	}
	// One word is a label someone gives the policy (`opposed an
	// "amnesty" policy`, `a "catch-and-release" policy`): their words.
	words := 0
	for i := d.tokAt(p.Start); i < len(d.toks) && d.toks[i].e <= p.End; i++ {
		if d.toks[i].word {
			words++
		}
	}
	if words < 2 {
		return false
	}
	switch d.word(after) {
	case "policy", "policies", "law", "laws", "rule", "rules", "program", "programs", "programme", "programmes",
		"act", "bill", "doctrine", "provision", "initiative", "amendment", "regulation", "regulations", "legislation",
		"loophole", "mandate", "ban", "strategy":
		return true
	}
	return false
}

// groundsName reports whether a quotation of two words or more names the
// grounds or reasons a preposition gives with the noun after it: `refuse
// service on "religious freedom" grounds`, `for "national security"
// reasons`. The writer marks the term as someone's label; the sentence
// quotes no one saying it.
func (d *doc) groundsName(r rawQuote) bool {
	if len(r.parts) > 1 {
		return false
	}
	before, after := d.tokAt(r.open)-1, d.tokAt(r.closeEnd)
	if before < 0 || after >= len(d.toks) || d.toks[after].s > r.closeEnd+1 {
		return false
	}
	switch d.word(before) {
	case "on", "for", "over":
	default:
		return false
	}
	switch d.word(after) {
	case "grounds", "reasons", "purposes", "concerns":
	default:
		return false
	}
	p := r.parts[0]
	return len(strings.Fields(d.text[p.Start:p.End])) >= 2 && !strings.ContainsAny(strings.TrimSpace(d.text[p.Start:p.End]), ".!?,")
}

// mentionNouns name a word as a word: "the word", "the term".
var mentionNouns = listSet("mentionNouns", `word words term phrase expression label`)

// afterWorkNoun reports whether a quotation in capitals names the work
// a noun before it says it is, past a year or a word or two: `author of
// the 2005 book "The Big Show: High Times ..."`, `the film "Moon"`.
func (d *doc) afterWorkNoun(r rawQuote) bool {
	if len(r.parts) > 1 || !unicode.IsUpper(firstLetter(d.text[r.parts[0].Start:r.parts[0].End])) {
		return false
	}
	k := d.tokAt(r.open) - 1
	if titling(d.word(k)) && k > 0 && !d.toks[k].upper {
		k-- // "a movie called "The Notorious Bettie Page""
	}
	if !workNouns.has(d.word(k)) || d.toks[k].upper {
		return false
	}
	// Every word capitalised but short ones: a title, not a sentence.
	words, plain := 0, 0
	for i := d.tokAt(r.parts[0].Start); i < len(d.toks) && d.toks[i].e <= r.parts[0].End; i++ {
		if t := d.toks[i]; t.word {
			words++
			if !t.upper && !titleGlue.has(d.word(i)) {
				plain++
			}
		}
	}
	return words <= 20 && plain == 0
}

// soCalled reports whether a short quotation is a term the writer names
// as one, with no one saying it: after "so-called" (`accusing the
// president of a so-called "apology tour"`), "known as" (`the loss of a
// species, known as "take,"`) or an impersonal "what's called" (`put
// officers through what's called "active shooter" training`). "What she
// called" is hers, a cue.
func (d *doc) soCalled(r rawQuote) bool {
	if len(r.parts) > 1 || d.tokAt(r.open) == 0 || d.toks[d.tokAt(r.open)-1].quoted {
		return false
	}
	before := strings.ToLower(strings.TrimRight(d.text[max(0, r.open-24):r.open], " "))
	before = strings.ReplaceAll(before, "’", "'")
	named := false
	for _, s := range [...]string{"so-called", "so called", "known as", "what's called", "what is called", "what are called", "what was called"} {
		if strings.HasSuffix(before, s) && (len(before) == len(s) || !isWordRune(rune(before[len(before)-len(s)-1]))) {
			named = true
		}
	}
	if !named {
		return false
	}
	words := 0
	for i := d.tokAt(r.parts[0].Start); i < len(d.toks) && d.toks[i].e <= r.parts[0].End; i++ {
		if d.toks[i].word {
			words++
		}
	}
	return words <= 4
}

// titling reports whether w gives a work its title: "a movie called",
// "a book titled".
func titling(w string) bool {
	switch w {
	case "called", "titled", "entitled", "named":
		return true
	}
	return false
}

// workNouns are works with titles (shared with framing: worktitles.Works).
var workNouns = listSet("workNouns", worktitles.Works)

// notNaming are cue verbs whose object in title case is not words said: an
// audience (`told MSNBC's "Morning Joe"`), a nickname (`nicknamed the
// terminal "the Big Box"`), the text of a sign (`a banner reading "Our
// Port, Our Jobs"`).
var notNaming = verbSet("notNaming", `tell/told/told ask inform nickname dub+ read/read/read`)

// sentenceLike reports whether a quotation is a sentence of its own: it
// runs over paragraphs, or begins with a capital and ends with . ! ? or …
func (d *doc) sentenceLike(r rawQuote) bool {
	if len(r.parts) > 1 {
		return true
	}
	p := r.parts[0]
	if !unicode.IsUpper(firstLetter(d.text[p.Start:p.End])) {
		return false
	}
	t := strings.TrimRight(d.text[p.Start:p.End], "'’ ")
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…", last)
}

var clearForms = listSet("clearForms", `said says told tells wrote writes spoke speaks sang sings swore sung
	written spoken argues insists adds asks explains tweets warns`)

// stageDirection reports whether words are all in parentheses or brackets,
// as a transcript's "(CROSSTALK.)": nobody's words.
func stageDirection(s string) bool {
	s = strings.TrimRight(s, ".!? ")
	return len(s) >= 2 && (s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']') &&
		strings.IndexAny(s[1:len(s)-1], "()[]") < 0
}

var titleGlue = listSet("titleGlue", `of the a an and in on at to for with from by or vs n 'n de la`)
