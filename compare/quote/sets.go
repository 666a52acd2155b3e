package quote

import (
	"slices"

	"github.com/storydiff/storydiff/compare/internal/mph"
)

// wordSet is one of the package's word lists (speechVerbs, titles,
// capStops...), by its number in setNames. The lists' words are in
// sets_table.go, in one table generated from their sources by TestSetTable
// (go generate ./compare/quote) that the linker lays out: each word with a
// bit for each list that holds it. Making the 51 lists as maps cost about
// 1 ms of CPU and 1,300 allocations at every start.
//
//go:generate go test -run ^TestSetTable$ -regen-sets
type wordSet uint8

// noSet is the number of a list setNames lacks: no word is in it. Only a
// list added without regenerating sets_table.go has it, and TestSetTable
// then fails.
const noSet = 63

// has reports whether w is in the list.
func (s wordSet) has(w string) bool {
	i := mph.Slot(mph.Hash(w), setSeeds[:], len(setEnds))
	return setWord(i) == w && setMasks[i]>>s&1 != 0
}

// setWord is the word in slot i.
func setWord(i int) string { return mph.Key(setWords, setEnds[:], i) }

// setSources are the lists' sources, by number, as their declarations give
// them; the generator reads them.
var setSources [noSet]struct {
	words string
	verbs bool // lemmas for verbForms
}

// listSet is the list of name: the words, separated by white space.
func listSet(name, words string) wordSet { return register(name, words, false) }

// verbSet is the list of name: the forms of the verbs lemmas (verbForms).
func verbSet(name, lemmas string) wordSet { return register(name, lemmas, true) }

// newSets are the sources of lists setNames lacks, for the generator.
var newSets [noSet]struct {
	name, words string
	verbs       bool
}

func register(name, words string, verbs bool) wordSet {
	i, ok := slices.BinarySearch(setNames[:], name)
	if !ok {
		for j := range newSets {
			if newSets[j].name == "" {
				newSets[j].name, newSets[j].words, newSets[j].verbs = name, words, verbs
				break
			}
		}
		return noSet
	}
	setSources[i].words, setSources[i].verbs = words, verbs
	return wordSet(i)
}
