package fact

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"maps"
	"math/bits"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var regenNounClass = flag.Bool("regen-nounclass", false, "rewrite nounclass_table.go from WordNet 3.0 in /usr/share/wordnet")

// wordNetDir is where Debian's wordnet-base installs WordNet 3.0.
const wordNetDir = "/usr/share/wordnet"

// nounClassBits gives each WordNet noun lexicographer file its coarse
// class. Files merge where a news story counts one thing under either
// ("23 pirates", "23 personnel"; "the 1967 killings", "the 1967 slayings":
// noun.act and noun.event); noun.Tops, the top concepts ("person", "act"),
// takes the classes of the synsets right under it.
var nounClassBits = map[string]nounClass{
	"noun.person": classWho, "noun.group": classWho,
	"noun.act": 1 << 1, "noun.event": 1 << 1, "noun.process": 1 << 1, "noun.phenomenon": 1 << 1,
	"noun.artifact":      1 << 2,
	"noun.location":      1 << 3,
	"noun.communication": 1 << 4,
	"noun.animal":        1 << 5,
	"noun.plant":         1 << 6,
	"noun.food":          1 << 7,
	"noun.substance":     1 << 8,
	"noun.time":          1 << 9,
	"noun.state":         1 << 10, "noun.feeling": 1 << 10,
	"noun.attribute": 1 << 11, "noun.quantity": 1 << 11, "noun.shape": 1 << 11, "noun.relation": 1 << 11,
	"noun.cognition": 1 << 12, "noun.motive": 1 << 12,
	"noun.body": 1 << 13, "noun.object": 1 << 13, "noun.possession": 1 << 13,
}

// wordNetLexNames are the lexicographer files by number (WordNet's
// lexnames file).
var wordNetLexNames = []string{"adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal",
	"noun.artifact", "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event",
	"noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object", "noun.person",
	"noun.phenomenon", "noun.plant", "noun.possession", "noun.process", "noun.quantity", "noun.relation",
	"noun.shape", "noun.state", "noun.substance", "noun.time"}

// oneWordNoun is a WordNet noun lemma kept: one word in lower case, as a
// unit of a count is.
var oneWordNoun = regexp.MustCompile(`^[a-z][a-z'-]*$`)

// nounClasses are a noun's classes and the class of its commonest sense,
// as the table holds them.
type nounClasses struct{ all, first nounClass }

// buildNounClasses reads WordNet's noun index and data files and returns
// each one-word noun's classes: those of its senses whose synset writes
// the word in lower case ("job", not the "Job" of the Bible), and the
// class of the first of them, the commonest in WordNet's order (the
// lowest bit of its classes where a top concept has several).
func buildNounClasses(dir string) (map[string]nounClasses, error) {
	type synset struct {
		lex      string
		words    []string
		hyponyms []string
	}
	synsets := map[string]synset{}
	f, err := os.Open(filepath.Join(dir, "data.noun"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue
		}
		fs := strings.Fields(strings.SplitN(line, "|", 2)[0])
		lex, _ := strconv.Atoi(fs[1])
		n, _ := strconv.ParseInt(fs[3], 16, 0)
		s := synset{lex: wordNetLexNames[lex]}
		for i := range int(n) {
			w, _, _ := strings.Cut(fs[4+2*i], "(") // "president(p)"
			s.words = append(s.words, w)
		}
		at := 4 + 2*int(n)
		ptrs, _ := strconv.Atoi(fs[at])
		for p := range ptrs {
			if q := fs[at+1+4*p:]; q[0] == "~" && q[2] == "n" {
				s.hyponyms = append(s.hyponyms, q[1])
			}
		}
		synsets[fs[0]] = s
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	classOf := func(s synset) nounClass {
		if s.lex != "noun.Tops" {
			return nounClassBits[s.lex]
		}
		var c nounClass
		for _, h := range s.hyponyms {
			if hs := synsets[h]; hs.lex != "noun.Tops" {
				c |= nounClassBits[hs.lex]
			}
		}
		return c
	}
	idx, err := os.ReadFile(filepath.Join(dir, "index.noun"))
	if err != nil {
		return nil, err
	}
	out := map[string]nounClasses{}
	for _, line := range strings.Split(string(idx), "\n") {
		fs := strings.Fields(line)
		if len(fs) < 4 || strings.HasPrefix(line, " ") || !oneWordNoun.MatchString(fs[0]) {
			continue
		}
		ptrs, _ := strconv.Atoi(fs[3])
		var c nounClasses
		for _, off := range fs[4+ptrs+2:] {
			if s := synsets[off]; slices.Contains(s.words, fs[0]) {
				k := classOf(s)
				if c.first == 0 {
					c.first = k & -k
				}
				c.all |= k
			}
		}
		if c.all != 0 {
			out[fs[0]] = c
		}
	}
	return out, nil
}

// nounClassTableOf lays classes out as lookupNounClass reads them.
func nounClassTableOf(classes map[string]nounClasses) string {
	var b strings.Builder
	for _, w := range slices.Sorted(maps.Keys(classes)) {
		c := classes[w]
		b.WriteString(w)
		b.WriteByte(0x80 | byte(c.all&0x7f))
		b.WriteByte(0x80 | byte(c.all>>7&0x7f))
		b.WriteByte(0x80 | byte(bits.TrailingZeros16(uint16(c.first))))
	}
	return b.String()
}

// TestNounClassTable checks that nounclass_table.go holds what WordNet
// gives, where WordNet is installed (apt-get install wordnet-base), and
// with -regen-nounclass writes it anew.
func TestNounClassTable(t *testing.T) {
	classes, err := buildNounClasses(wordNetDir)
	if err != nil {
		t.Skipf("WordNet 3.0 not readable: %v", err)
	}
	want := nounClassTableOf(classes)
	if *regenNounClass {
		if err := os.WriteFile("nounclass_table.go", nounClassTableSource(want, len(classes)), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if nounClassTable != want {
		t.Fatalf("nounclass_table.go differs from WordNet's classes: run go generate ./compare/fact (go test ./compare/fact -run '^TestNounClassTable$' -regen-nounclass)")
	}
	for w, c := range classes {
		if all, first, ok := lookupNounClass(w); !ok || all != c.all || first != c.first {
			t.Fatalf("lookupNounClass(%q) = %b, %b, %v; want %b, %b", w, all, first, ok, c.all, c.first)
		}
	}
	for _, w := range []string{"", "zzzz", "ers", "plainclothe", "\xff", "\x80\x80"} {
		if _, _, ok := lookupNounClass(w); ok {
			t.Errorf("lookupNounClass(%q) found a noun WordNet lacks", w)
		}
	}
}

func nounClassTableSource(table string, n int) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by TestNounClassTable (go generate ./compare/fact); DO NOT EDIT.\n\npackage fact\n\n")
	fmt.Fprintf(&b, "// The %d one-word nouns of WordNet 3.0, each with the coarse classes of its\n// senses (see nounclass.go).\n//\n", n)
	b.WriteString(wordNetLicence)
	b.WriteString("const nounClassTable = \"\" +\n")
	const perLine = 1000
	for len(table) > 0 {
		cut := min(len(table), perLine)
		for cut < len(table) && table[cut-1] < 0x80 || cut < len(table) && table[cut] >= 0x80 {
			cut++ // end a line after an entry's classes
		}
		fmt.Fprintf(&b, "\t%+q", table[:cut])
		table = table[cut:]
		if len(table) > 0 {
			b.WriteString(" +")
		}
		b.WriteString("\n")
	}
	return b.Bytes()
}

// wordNetLicence is WordNet 3.0's licence, which must appear on every copy.
const wordNetLicence = `// WordNet Release 3.0: This software and database is being provided to you,
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
`

// PersonNoun tells nouns of people ("outfielders", "widow", "crew")
// from institutions counted as one ("team") and from things ("yards").
func TestPersonNoun(t *testing.T) {
	for w, want := range map[string]bool{"outfielders": true, "widow": true, "crew": true, "team": false, "yards": false, "injury": false} {
		if got := PersonNoun(w); got != want {
			t.Errorf("PersonNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
