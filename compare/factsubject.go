package compare

import (
	"strings"

	"github.com/storydiff/storydiff/compare/fact"
)

// A figure told after a name in its sentence is, most often, that name's:
// "Raul Ibanez signed a three-year, $31.5-million contract", "the Red Sox
// re-signed Mike Lowell to a three-year, $37.5 million contract". Two
// outlets' sentences of one group may tell two such figures of two
// people, and the figures differ because they are two people's, not
// because the outlets disagree. So two figures that disagree are no
// conflict when each follows a name (its subject), the two names differ,
// and neither sentence names the other's. A name told as a source is no
// subject: "Police chief Mara Quill said 12 people were hurt" and "Mayor
// Dale Osgood said 18" disagree about one count, and so do "according to
// Mara Quill, 12" and "according to Dale Osgood, 18".

// subject returns the last name of m's sentence before m, if no word of
// speech stands between them.
func (sn *sentenceNames) subject(r *Report, m mentionAt) heldBy {
	text := r.Articles[m.article].Text
	var last fact.Mention
	found := false
	for _, n := range sn.of(SentenceRef{m.article, m.sentence}) {
		if n.End > m.Start {
			break
		}
		last, found = n.Mention, true
	}
	if !found {
		return heldBy{}
	}
	for _, w := range strings.Fields(text[last.End:m.Start]) {
		if speechWords[strings.ToLower(strings.Trim(w, ",."))] {
			return heldBy{}
		}
	}
	if strings.ContainsAny(text[last.End:m.Start], ";:\"“”") ||
		strings.HasSuffix(strings.ToLower(strings.TrimRight(text[max(0, last.Start-16):last.Start], " ")), "according to") {
		return heldBy{} // "According to Mara Quill, 12 people"
	}
	return heldBy{last, true}
}

// speechWords tell that a name before a figure is its source.
var speechWords = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true,
	"according": true, "reported": true, "reports": true, "announced": true, "estimated": true,
	"estimates": true, "confirmed": true, "stated": true, "claimed": true, "claims": true, "added": true}

// twoSubjects reports whether a and b are told of different people:
// each follows a name (subject) or a pronoun that opens its sentence
// (pronounSubjects), no name of one is the other's, and neither sentence
// names the other's. Asked of conflicts only, which are few.
func (sn *sentenceNames) twoSubjects(r *Report, a, b mentionAt) bool {
	sa, sb := sn.subjects(r, a), sn.subjects(r, b)
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	for _, x := range sa {
		if sn.nameIn(b, x) {
			return false
		}
		for _, y := range sb {
			if fact.SameName(x, y) {
				return false
			}
		}
	}
	for _, y := range sb {
		if sn.nameIn(a, y) {
			return false
		}
	}
	return true
}

// subjects returns m's subject, or the names its opening pronoun may
// stand for.
func (sn *sentenceNames) subjects(r *Report, m mentionAt) []fact.Mention {
	if s := sn.subject(r, m); s.ok {
		return []fact.Mention{s.name}
	}
	return sn.pronounSubjects(r, m)
}

// pronounSubjects returns, for a figure of a sentence that opens with "He"
// or "She" and names no one before the figure ("He has 189 rushing
// yards"), the names of the nearest sentence before it that names someone,
// at most two back, but a name in the possessive ("In Bush's absence,
// Pierre Thomas has ...", "the Saints' back"): the pronoun stands for one
// of them.
func (sn *sentenceNames) pronounSubjects(r *Report, m mentionAt) []fact.Mention {
	art := r.Articles[m.article]
	sen := art.Sentences[m.sentence]
	opening := strings.Fields(art.Text[sen.Start:m.Start])
	if len(opening) == 0 {
		return nil
	}
	for _, n := range sn.of(SentenceRef{m.article, m.sentence}) {
		if n.End <= m.Start {
			return nil
		}
	}
	if opening[0] == "The" {
		return sn.describedSubject(r, m, opening)
	}
	if opening[0] != "He" && opening[0] != "She" {
		return nil
	}
	for back := 1; back <= 2 && m.sentence-back >= 0; back++ {
		var out []fact.Mention
		for _, n := range sn.of(SentenceRef{m.article, m.sentence - back}) {
			if rest := art.Text[n.End:]; strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
				continue
			}
			out = append(out, n.Mention)
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// describedSubject returns, for a figure of a sentence that opens with a
// description of a person ("The undrafted rookie finished with five
// goals", "The 31-year-old striker has 12": a noun of a person among its
// first few words) and names no one before the figure, the person the
// sentence before opens with: a writer who names a player and goes on
// "the rookie" means that player, not one an outlet names elsewhere.
func (sn *sentenceNames) describedSubject(r *Report, m mentionAt, opening []string) []fact.Mention {
	person := false
	for _, w := range opening[1:] {
		if speechWords[strings.ToLower(strings.Trim(w, ",.;:"))] {
			return nil // "The coach said Vance has 12": the description is a source
		}
	}
	for _, w := range opening[1:min(len(opening), maxDescription+1)] {
		if fact.PersonNoun(strings.ToLower(strings.Trim(w, ",.;:"))) {
			person = true
			break
		}
	}
	if !person || m.sentence == 0 {
		return nil
	}
	art := r.Articles[m.article]
	prev := art.Sentences[m.sentence-1]
	for _, n := range sn.of(SentenceRef{m.article, m.sentence - 1}) {
		if n.Kind != "person" && n.Kind != "name" {
			continue
		}
		if strings.TrimSpace(art.Text[prev.Start:n.Start]) == "" {
			return []fact.Mention{n.Mention} // the name the sentence opens with
		}
	}
	return nil
}

// maxDescription is how many words after "The" may hold the noun of a
// person that makes a description: "The 31-year-old former striker".
const maxDescription = 4
