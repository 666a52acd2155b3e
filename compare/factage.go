package compare

import (
	"slices"
	"strings"

	"github.com/storydiff/storydiff/compare/fact"
)

// An age is told of its holder (fact.Mention.Of): "16-year-old Kimani
// Vale" of Vale, "the 15-year-old" of some person. fact.CompareMentions
// lets a named person's age meet an unnamed person's, since an outlet
// often names the person once and then says "the 16-year-old". But a
// story of a shooting tells the ages of several people (the victim, the
// accused, a witness, the victim of an earlier shooting), and an unnamed
// age set against a named one is that person's only where its own
// article speaks of that person: "a 47-year-old man" of an article that
// never names the 38-year-old accused is another man, not a conflict;
// nor is it where that article gives the accused an age of his own
// ("Brisk, 38," and, of the victims, "a 47-year-old man"): one
// article gives one person one age.

// namedAges are the ages each article gives named people: article ->
// surname -> values.
type namedAges map[int]map[string][]float64

// newNamedAges gathers the named ages among ms.
func newNamedAges(ms []mentionAt) namedAges {
	out := namedAges{}
	for _, m := range ms {
		if surname, ok := namedAge(m.Mention); ok {
			if out[m.article] == nil {
				out[m.article] = map[string][]float64{}
			}
			out[m.article][surname] = append(out[m.article][surname], m.Value)
		}
	}
	return out
}

// ageOfAnother reports whether a and b are ages of people, one told of a
// named person and the other of no one named, and the article of the
// unnamed one never names that person, or gives that person other ages
// only.
func (sn *sentenceNames) ageOfAnother(a, b mentionAt, ages namedAges) bool {
	if _, ok := namedAge(b.Mention); ok {
		a, b = b, a
	}
	surname, ok := namedAge(a.Mention)
	if !ok || !unnamedAge(b.Mention) {
		return false
	}
	if !sn.articleNames(b.article, surname) {
		return true
	}
	told := ages[b.article][surname]
	return len(told) > 0 && !slices.Contains(told, b.Value)
}

// namedAge returns the surname of the person an age is told of, if named.
func namedAge(m fact.Mention) (string, bool) {
	return strings.CutPrefix(m.Of, "person:")
}

// unnamedAge reports whether m is the age of a person not named.
func unnamedAge(m fact.Mention) bool {
	of, _, _ := strings.Cut(m.Of, "/") // "person-m/australian"
	return of == "person" || of == "person-m" || of == "person-f"
}

// articleNames reports whether article ai names a person or a name one of
// whose words is surname (in lower case). The words of each article's
// names are gathered once, when first asked.
func (sn *sentenceNames) articleNames(ai int, surname string) bool {
	if sn.words == nil {
		sn.words = map[int]map[string]bool{}
	}
	ws, ok := sn.words[ai]
	if !ok {
		ws = map[string]bool{}
		for _, n := range sn.names {
			if n.article != ai || n.Kind != "person" && n.Kind != "name" {
				continue
			}
			for _, w := range strings.Fields(strings.ToLower(n.Unit)) {
				ws[strings.Trim(w, ",.")] = true
			}
			for _, al := range n.Aliases {
				for _, w := range strings.Fields(strings.ToLower(al)) {
					ws[strings.Trim(w, ",.")] = true
				}
			}
		}
		sn.words[ai] = ws
	}
	return ws[surname]
}
