// Package senses tells whether two English words can mean the same act or
// quality: WordNet 3.0 (Princeton University, WordNet 3.0 licence; read
// from Debian's wordnet-base by TestTable, which writes table.go) puts them
// in one synset ("bid", "offer"; "drunk", "intoxicated"), or one verb's
// sense is a kind of the other's ("sideswipe": to hit along the side).
// Only verbs and adjectives are kept: the words that say what happened and
// how, where outlets reporting one fact choose among near-synonyms; and of
// each only the senses the SemCor corpus attests (WordNet's tagged senses,
// or its first), as a rare sense joins words no reader takes for one.
package senses

import (
	"strings"
	"sync"
)

// entry is a lemma's synsets and, for a verb, the synsets its senses are
// kinds of (their direct hypernyms), as table keys ("v1c2d3": the part of
// speech and the synset's offset in base 36).
type entry struct {
	own, kinds []string
}

// lexicon is table parsed: lemmas, and irregular forms to their lemmas.
type lexicon struct {
	lemmas    map[string]entry
	irregular map[string][]string
}

var load = sync.OnceValue(func() *lexicon {
	lx := &lexicon{lemmas: make(map[string]entry, 30000), irregular: map[string][]string{}}
	for _, line := range strings.Split(table, "\n") {
		f := strings.Split(line, "\t")
		switch {
		case len(f) == 2: // an irregular form: "struck\tstrike"
			lx.irregular[f[0]] = append(lx.irregular[f[0]], f[1])
		case len(f) == 3:
			lx.lemmas[f[0]] = entry{own: strings.Fields(f[1]), kinds: strings.Fields(f[2])}
		}
	}
	return lx
})

// Related reports whether the lower-case words a and b, in any inflected
// form, share a sense in WordNet or a sense of one is a kind of a sense of
// the other (one level up). A word is its own relative.
func Related(a, b string) bool {
	if a == b {
		return true
	}
	lx := load()
	as, bs := lx.entries(a), lx.entries(b)
	for _, x := range as {
		for _, y := range bs {
			if overlap(x.own, y.own) || overlap(x.own, y.kinds) || overlap(x.kinds, y.own) {
				return true
			}
		}
	}
	return false
}

// Synonyms reports whether the lower-case words a and b, in any inflected
// form, share a sense in WordNet: near-synonyms ("endanger", "jeopardize";
// "decline", "refuse"), not a word and a kind of it, which is often the
// stronger word ("berate" is a kind of "criticize", "raze" of "destroy").
func Synonyms(a, b string) bool {
	if a == b {
		return true
	}
	lx := load()
	for _, x := range lx.entries(a) {
		for _, y := range lx.entries(b) {
			if overlap(x.own, y.own) {
				return true
			}
		}
	}
	return false
}

func overlap(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// endings are WordNet's detachment rules (morphy) for verbs and
// adjectives: "sideswiped" is "sideswipe", "offered" "offer", "drunker"
// "drunk".
var endings = [][2]string{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
	{"ing", "e"}, {"ing", ""}, {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}

// entries are the entries of every lemma w may be a form of.
func (lx *lexicon) entries(w string) []entry {
	var out []entry
	seen := map[string]bool{}
	add := func(l string) {
		if e, ok := lx.lemmas[l]; ok && !seen[l] {
			seen[l] = true
			out = append(out, e)
		}
	}
	add(w)
	for _, l := range lx.irregular[w] {
		add(l)
	}
	for _, e := range endings {
		if stem, ok := strings.CutSuffix(w, e[0]); ok && len(stem) >= 2 {
			add(stem + e[1])
			if n := len(stem); (e[0] == "ed" || e[0] == "ing") && e[1] == "" && n > 2 && stem[n-1] == stem[n-2] {
				add(stem[:n-1]) // "slammed", "stopping"
			}
		}
	}
	return out
}
