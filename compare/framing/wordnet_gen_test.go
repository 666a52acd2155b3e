package framing

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// The vectors propose a neighbour by its company, not its part of speech:
// "fish" sits beside "wild", "congressional" beside "bipartisan",
// "titled" beside "entitled", "gasoline" beside "crude". WordNet 3.0
// (Princeton University, WordNet 3.0 licence; Debian's wordnet-base)
// tells the generator which parts of speech a proposed word can be, so a
// neighbour must be what its seed is: an adjective or adverb beside an
// evaluative word, a verb beside a loaded verb, a noun beside a label. The
// table records the outcome; only regenerating it (or checking it against
// the vectors) reads WordNet.
var wordnetDir = flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dictionary (index.*, data.adj, *.exc), for -regen-neighbours")

// wordNet is what the generator needs of WordNet: each part of speech's
// lemmas and irregular forms, and the adjectives that only relate a noun
// ("congressional": of Congress), which classify and never judge.
type wordNet struct {
	lemmas     map[byte]map[string]bool   // 'n', 'v', 'a', 'r'
	irregular  map[byte]map[string]string // form -> lemma, from the .exc files
	relational map[string]bool            // adjectives all of whose senses are in adj.pert
}

// readWordNet reads the dictionary files of dir.
func readWordNet(dir string) (*wordNet, error) {
	wn := &wordNet{lemmas: map[byte]map[string]bool{}, irregular: map[byte]map[string]string{}, relational: map[string]bool{}}
	for _, p := range []struct {
		pos  byte
		name string
	}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}} {
		wn.lemmas[p.pos] = map[string]bool{}
		wn.irregular[p.pos] = map[string]string{}
		if err := eachLine(filepath.Join(dir, "index."+p.name), func(f []string) {
			wn.lemmas[p.pos][f[0]] = true
		}); err != nil {
			return nil, err
		}
		if err := eachLine(filepath.Join(dir, p.name+".exc"), func(f []string) {
			if len(f) >= 2 {
				wn.irregular[p.pos][f[0]] = f[1]
			}
		}); err != nil {
			return nil, err
		}
	}
	// adj.pert is lexicographer file 01: a word is relational when no
	// sense of it lies elsewhere.
	other := map[string]bool{}
	if err := eachLine(filepath.Join(dir, "data.adj"), func(f []string) {
		if len(f) < 5 {
			return
		}
		n, _ := strconv.ParseInt(f[3], 16, 0)
		for i := 0; i < int(n) && 4+2*i < len(f); i++ {
			w := strings.ToLower(f[4+2*i])
			if k := strings.IndexByte(w, '('); k > 0 {
				w = w[:k] // "galore(ip)": a syntactic marker
			}
			if f[1] == "01" {
				wn.relational[w] = true
			} else {
				other[w] = true
			}
		}
	}); err != nil {
		return nil, err
	}
	for w := range other {
		delete(wn.relational, w)
	}
	return wn, nil
}

// eachLine calls fn with the fields of each line of a WordNet file, less
// the licence's indented lines.
func eachLine(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("WordNet: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		fn(strings.Fields(line))
	}
	return sc.Err()
}

// morphSuffixes are WordNet's detachment rules (morphy), by part of speech.
var morphSuffixes = map[byte][][2]string{
	'n': {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	'v': {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	'a': {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
	'r': {},
}

// is reports whether w, as written or by WordNet's rules for pos, is a
// word of that part of speech; for 'a', a relational adjective is not one.
func (wn *wordNet) is(w string, pos byte) bool {
	lemma := func(w string) bool {
		return wn.lemmas[pos][w] && !(pos == 'a' && wn.relational[w])
	}
	if lemma(w) {
		return true
	}
	if l, ok := wn.irregular[pos][w]; ok && lemma(l) {
		return true
	}
	for _, s := range morphSuffixes[pos] {
		if stem, ok := strings.CutSuffix(w, s[0]); ok && stem != "" && lemma(stem+s[1]) {
			return true
		}
	}
	// A doubled consonant: "slammed", "stopping".
	for _, cut := range []string{"ed", "ing"} {
		if stem, ok := strings.CutSuffix(w, cut); ok && pos == 'v' && len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && lemma(stem[:len(stem)-1]) {
			return true
		}
	}
	return false
}

// fits reports whether w can be of the part of speech a seed of
// category cat is: an adjective or adverb for an evaluative word, a verb
// for a loaded verb, a noun for a label.
func (wn *wordNet) fits(w, cat string) bool {
	switch cat {
	case CatEvaluative:
		return wn.is(w, 'a') || wn.is(w, 'r')
	case CatLoadedVerb:
		return wn.is(w, 'v')
	case CatLabel:
		return wn.is(w, 'n')
	}
	return true
}
