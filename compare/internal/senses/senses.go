// Package senses tells whether two English words can mean the same act or
// quality: WordNet 3.0 (Princeton University, WordNet 3.0 licence; read
// from Debian's wordnet-base by TestTable, which writes table.go) puts them
// in one synset ("bid", "offer"; "drunk", "intoxicated"), or one verb's
// sense is a kind of the other's ("sideswipe": to strike from the side).
// Only verbs and adjectives are kept: the words that say what happened and
// how, where outlets reporting one fact choose among near-synonyms; and of
// each only the senses the SemCor corpus attests (WordNet's tagged senses,
// or its first), as a rare sense joins words no reader takes for one.
package senses

import "strings"

// The table is searched as it is, a sorted string of lines, by bisection:
// nothing is parsed at start-up or on first use (a map of its 30,000
// lemmas took longer to build than a comparison of two articles), and a
// look-up allocates nothing.

// entry is a lemma's synsets and, for a verb, the synsets its senses are
// kinds of (their direct hypernyms): space-separated table keys ("v1c2d3":
// the part of speech and the synset's offset in base 36).
type entry struct {
	own, kinds string
}

// maxEntries bounds the lemmas one written word may be a form of.
const maxEntries = 8

// Related reports whether the lower-case words a and b, in any inflected
// form, share a sense in WordNet or a sense of one is a kind of a sense of
// the other (one level up). A word is its own relative.
func Related(a, b string) bool {
	return anyPair(a, b, func(x, y entry) bool {
		return overlap(x.own, y.own) || overlap(x.own, y.kinds) || overlap(x.kinds, y.own)
	})
}

// Synonyms reports whether the lower-case words a and b, in any inflected
// form, share a sense in WordNet: near-synonyms ("endanger", "jeopardize";
// "decline", "refuse"), not a word and a kind of it, which is often the
// stronger word ("berate" is a kind of "criticize", "raze" of "destroy").
func Synonyms(a, b string) bool {
	return anyPair(a, b, func(x, y entry) bool { return overlap(x.own, y.own) })
}

// anyPair reports whether a and b are one word, or some entry of a and
// some entry of b (the lemmas each may be a form of) satisfy related.
func anyPair(a, b string, related func(x, y entry) bool) bool {
	if a == b {
		return true
	}
	var ab, bb [maxEntries]entry
	as, bs := entries(a, ab[:0]), entries(b, bb[:0])
	for _, x := range as {
		for _, y := range bs {
			if related(x, y) {
				return true
			}
		}
	}
	return false
}

// overlap reports whether the space-separated lists a and b share a key.
func overlap(a, b string) bool {
	for a != "" {
		k, rest, _ := strings.Cut(a, " ")
		if k != "" && hasKey(b, k) {
			return true
		}
		a = rest
	}
	return false
}

func hasKey(list, k string) bool {
	for list != "" {
		x, rest, _ := strings.Cut(list, " ")
		if x == k {
			return true
		}
		list = rest
	}
	return false
}

// endings are WordNet's detachment rules (morphy) for verbs and
// adjectives: "sideswiped" is "sideswipe", "offered" "offer", "drunker"
// "drunk".
var endings = [][2]string{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
	{"ing", "e"}, {"ing", ""}, {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}

// entries appends to out the entries of every lemma w may be a form of:
// w itself, the lemmas of its irregular form, and what undoing a regular
// ending leaves.
func entries(w string, out []entry) []entry {
	add := func(stem, suffix string) {
		if len(out) == cap(out) {
			return
		}
		if e, ok := lemma(stem, suffix); ok && !contains(out, e) {
			out = append(out, e)
		}
	}
	add(w, "")
	for i := lowerBound(w, ""); i < len(table); {
		line, next := lineFrom(i)
		key, rest, _ := strings.Cut(line, "\t")
		if key != w {
			break
		}
		if !strings.Contains(rest, "\t") { // an irregular form: "struck\tstrike"
			add(rest, "")
		}
		i = next
	}
	for _, e := range endings {
		stem, ok := strings.CutSuffix(w, e[0])
		if !ok || len(stem) < 2 {
			continue
		}
		add(stem, e[1])
		if k := len(stem); (e[0] == "ed" || e[0] == "ing") && e[1] == "" && k > 2 && stem[k-1] == stem[k-2] {
			add(stem[:k-1], "") // "slammed", "stopping"
		}
	}
	return out
}

// contains reports whether es holds e (the same line of the table: one
// lemma reached by two endings).
func contains(es []entry, e entry) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// lemma returns the table's entry of the lemma stem+suffix (in two parts:
// joining them would allocate).
func lemma(stem, suffix string) (entry, bool) {
	for i := lowerBound(stem, suffix); i < len(table); {
		line, next := lineFrom(i)
		key, rest, _ := strings.Cut(line, "\t")
		if compare(key, stem, suffix) != 0 {
			break
		}
		if own, kinds, ok := strings.Cut(rest, "\t"); ok {
			return entry{own, kinds}, true
		}
		i = next
	}
	return entry{}, false
}

// lowerBound is the offset of the first line of table whose key (its
// text before the first tab) is not less than stem+suffix. The lines are
// sorted as strings, and a key's tab sorts before any letter of a longer
// key, so they are sorted by key too.
func lowerBound(stem, suffix string) int {
	lo, hi := 0, len(table)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(table[:mid], '\n') + 1
		line, next := lineFrom(start)
		k, _, _ := strings.Cut(line, "\t")
		if compare(k, stem, suffix) < 0 {
			lo = next
		} else {
			hi = start
		}
	}
	return lo
}

// compare is strings.Compare(k, stem+suffix).
func compare(k, stem, suffix string) int {
	n := min(len(k), len(stem))
	if c := strings.Compare(k[:n], stem[:n]); c != 0 || len(k) < len(stem) {
		if c == 0 {
			return -1
		}
		return c
	}
	return strings.Compare(k[len(stem):], suffix)
}

// lineFrom returns the line of table starting at i, without its newline,
// and the offset of the next line.
func lineFrom(i int) (string, int) {
	j := strings.IndexByte(table[i:], '\n')
	if j < 0 {
		return table[i:], len(table)
	}
	return table[i : i+j], i + j + 1
}
