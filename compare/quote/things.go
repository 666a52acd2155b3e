package quote

import "strings"

// A run of two capitalised words is taken for a person's name unless
// something says otherwise (findMentions). thingCue reads what does, where
// the name is written, so that a pronoun or "X said" is never resolved to
// a place, a law, a programme, an agency or a ship: one such sign anywhere
// in the article holds for every mention of the name.

// thingCue reports whether the name in tokens [from, to), with no title
// before it, is written as no person's is:
//   - after "the" as the head of its phrase ("the U.S. Constitution as",
//     "the Wildlife Service,"); "the Lee campaign" makes Lee no thing;
//   - after "in", when its first word is no known first name ("born in
//     Puerto Rico"; "faith in Mary Lee" is no sign);
//   - as two words opened by an acronym ("INS Mysore", "USS Avery"): a
//     ship's prefix; a person's initials carry points ("J.R. Avery").
func (d *doc) thingCue(from, to int) bool {
	if from < 1 || to > len(d.toks) || d.isPossessive(to-1) {
		return false
	}
	if to-from == 2 && isAcronym(d.text[d.toks[from].s:d.toks[from].e]) {
		return true
	}
	if to-from < 2 || d.toks[from-1].quoted {
		return false
	}
	switch d.word(from - 1) {
	case "the":
		return d.endsPhrase(to)
	case "in":
		w := d.word(from)
		return !maleNames.has(w) && !femaleNames.has(w) && !d.isPossessive(from-1)
	}
	return false
}

// endsPhrase reports whether token i, after a name, ends the name's noun
// phrase: a mark, the text's end, or a word that no noun is ("as", "and",
// "was"), not a noun the name modifies ("the Lee campaign").
func (d *doc) endsPhrase(i int) bool {
	if i >= len(d.toks) || !d.toks[i].word {
		return true
	}
	w := d.word(i)
	return prepositions.has(w) || auxiliaries.has(w) || clauseWords.has(w) || functionWords.has(w) ||
		speechVerbs.has(w) || w == "and" || w == "or" || w == "but"
}

// opensOrgName reports whether name opens the name of an organisation the
// article writes ("Social Security" of "the Social Security Trust Fund"),
// its first word being no known first name: a programme or a body, not a
// person ("Jo Avery" of "the Jo Avery Foundation" stays one).
func opensOrgName(name string, orgs []string) bool {
	if strings.IndexByte(name, ' ') < 0 {
		return false
	}
	for _, o := range orgs {
		if len(o) > len(name) && strings.HasPrefix(o, name) && o[len(name)] == ' ' {
			return sexOfFirstName(name) == anySex
		}
	}
	return false
}

// whoFollows reports whether ", who" follows a name ending before token
// i: one that is written as a person's, so that a last word that often
// ends a place's name is a surname ("Dale Hall, who directs the agency").
func (d *doc) whoFollows(i int) bool {
	return i+1 < len(d.toks) && !d.toks[i].word && d.punct(i) == "," && d.word(i+1) == "who"
}

// roleGoesOn reports whether token i, after the first word of what a title
// is "of" or "for", is one more word of it, the name being [i, to):
// "Secretary for Diplomatic | Security | Jo Lamb", "Director of National |
// Intelligence | Jim Avery". The name keeps two words, and a known first
// name or one before an initial opens it ("Secretary of State | Hillary
// Rodham Clinton", "… | Jon R. Avery").
func (d *doc) roleGoesOn(i, to int) bool {
	words := to - i
	if to > i && nameSuffix(d.word(to-1)) {
		words--
	}
	if words <= 2 {
		return false
	}
	if connectors.has(d.word(i)) {
		return true // "Health and | Human Services"
	}
	if !d.toks[i].upper {
		return false
	}
	w := d.text[d.toks[i].s:d.toks[i].e]
	if sexOfFirstName(w) != anySex || d.firstSex[strings.ToLower(w)] != anySex {
		return false
	}
	next := d.text[d.toks[i+1].s:d.toks[i+1].e]
	return !(len(next) == 2 && next[1] == '.')
}
