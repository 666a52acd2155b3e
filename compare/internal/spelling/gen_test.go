package spelling

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var (
	regen = flag.Bool("regen-spelling", false, "regenerate table.go from SCOWL's word lists")
	scowl = flag.String("scowl", "/usr/share/dict/scowl", "SCOWL's word lists (Debian: apt-get install scowl)")
)

// maxLevel is the largest SCOWL size whose words are paired: up to 70 are
// the words of a large dictionary; 80 and 95 add rare and obscure ones.
const maxLevel = 70

// TestSpellingTable regenerates table.go with -regen-spelling, and
// otherwise, when SCOWL's lists are installed, checks that table.go is
// what they give.
func TestSpellingTable(t *testing.T) {
	if _, err := os.Stat(*scowl); err != nil {
		if *regen {
			t.Fatalf("no SCOWL word lists at %s (apt-get install scowl): %v", *scowl, err)
		}
		t.Skipf("no SCOWL word lists at %s (apt-get install scowl)", *scowl)
	}
	src, err := generate(*scowl)
	if err != nil {
		t.Fatal(err)
	}
	if *regen {
		if err := os.WriteFile("table.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile("table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, src) {
		t.Fatal("table.go is not what SCOWL's lists give: go test ./compare/internal/spelling -run TestSpellingTable -regen-spelling")
	}
}

// readLevels reads the words of SCOWL's lists named prefix-words.N for N
// up to maxLevel, lower-case words only (no proper names or abbreviations).
func readLevels(dir, prefix string) (map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, prefix+"-words.*"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no %s-words.* in %s", prefix, dir)
	}
	words := map[string]bool{}
	for _, f := range files {
		var level int
		if _, err := fmt.Sscanf(filepath.Ext(f), ".%d", &level); err != nil || level > maxLevel {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		// SCOWL's lists are ISO-8859-1; every word paired here is ASCII.
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			w := sc.Text()
			if w == "" || strings.ContainsAny(w, "'") || w != strings.ToLower(w) || !isASCII(w) {
				continue
			}
			words[w] = true
		}
	}
	return words, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// rules are the regular differences of British from American spelling,
// as (British, American) substrings.
var rules = [][2]string{
	{"our", "or"},       // colour, harbour, labour
	{"is", "iz"},        // criticise, organisation, realised
	{"ys", "yz"},        // analyse, paralysed
	{"tre", "ter"},      // centre, theatre, metre
	{"bre", "ber"},      // fibre, sabre
	{"ll", "l"},         // travelled, cancelling, counsellor
	{"l", "ll"},         // fulfil, enrol, skilful
	{"ence", "ense"},    // defence, offence, licence
	{"ogue", "og"},      // catalogue, dialogue
	{"ae", "e"},         // paediatric, anaesthetic
	{"oe", "e"},         // oestrogen, manoeuvre
	{"oeuvr", "euver"},  // manoeuvre
	{"amme", "am"},      // programme
	{"gement", "gment"}, // judgement, acknowledgement
	{"eing", "ing"},     // ageing
	{"mould", "mold"},   // mould, smoulder
	{"ould", "old"},     // smouldering
}

// generate pairs each word of SCOWL's British-only lists with the word of
// its American-only lists that one or two of the rules make of it, and
// writes the pairs as Go.
func generate(dir string) ([]byte, error) {
	uk, err := readLevels(dir, "british")
	if err != nil {
		return nil, err
	}
	us, err := readLevels(dir, "american")
	if err != nil {
		return nil, err
	}
	common, err := readLevels(dir, "english")
	if err != nil {
		return nil, err
	}
	var pairs [][2]string
	for w := range uk {
		if us[w] || common[w] {
			continue
		}
		if v, ok := pair(w, us); ok {
			pairs = append(pairs, [2]string{w, v})
		} else if v, ok := pairCommon(w, common); ok {
			pairs = append(pairs, [2]string{w, v})
		}
	}
	slices.SortFunc(pairs, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	return tableSource(pairs)
}

// tableSource writes the pairs, sorted, as table.go: one string of the
// words, a pair a line, and the offsets where the words end (see
// british), then the filter.
func tableSource(pairs [][2]string) ([]byte, error) {
	var text strings.Builder
	var ends []int
	for _, p := range pairs {
		text.WriteString(p[0])
		ends = append(ends, text.Len())
		text.WriteString(" " + p[1])
		ends = append(ends, text.Len())
		text.WriteString("\n")
	}
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString("// pairText holds the pairs, sorted by British word, one a line: the\n")
	b.WriteString("// British spelling, a space, the American.\n")
	b.WriteString("const pairText = `" + text.String() + "`\n\n")
	b.WriteString("// pairEnds says where each pair's words end in pairText: pair i's British\n")
	b.WriteString("// word at pairEnds[2*i], its American at pairEnds[2*i+1].\n")
	b.WriteString("var pairEnds = [...]uint32{")
	for i, e := range ends {
		if i%8 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%d,", e)
	}
	b.WriteString("\n}\n\n")
	writeFilter(&b, pairs)
	return format.Source(b.Bytes())
}

// writeFilter writes britishBits, the Bloom filter of the pairs' British
// words that US tries before its binary search (see maybeBritish).
func writeFilter(b *bytes.Buffer, pairs [][2]string) {
	var bits [filterBits / 64]uint64
	for _, p := range pairs {
		b1, b2 := filterSlots(p[0])
		bits[b1/64] |= 1 << (b1 % 64)
		bits[b2/64] |= 1 << (b2 % 64)
	}
	b.WriteString("// britishBits is a Bloom filter of the British words above, two bits a\n")
	b.WriteString("// word (spelling.go's filterSlots): a word with either bit clear is none.\n")
	b.WriteString("var britishBits = [...]uint64{")
	for i, v := range bits {
		if i%4 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(b, "%#016x,", v)
	}
	b.WriteString("\n}\n")
}

// pair finds the American form of the British word w: the word of us one
// rule makes of w, else two.
func pair(w string, us map[string]bool) (string, bool) {
	one := variants(w)
	for _, v := range one {
		if us[v] {
			return v, true
		}
	}
	for _, v := range one {
		for _, v2 := range variants(v) {
			if us[v2] {
				return v2, true
			}
		}
	}
	return "", false
}

// commonRules are the rules whose American form is a word both
// spellings share (program, license, meter): such a form is taken only by
// these rules, each of which makes no other word of a British one.
var commonRules = [][2]string{
	{"amme", "am"},       // programme
	{"ence", "ense"},     // licence, pretence
	{"actise", "actice"}, // practise
	{"tre", "ter"},       // metre, litre
	{"ogue", "og"},       // analogue
}

// pairCommon finds the American form of w among the words both spellings
// share, by one of commonRules.
func pairCommon(w string, common map[string]bool) (string, bool) {
	for _, r := range commonRules {
		if i := strings.Index(w, r[0]); i >= 0 {
			if v := w[:i] + r[1] + w[i+len(r[0]):]; common[v] {
				return v, true
			}
		}
	}
	return "", false
}

// plausible says whether rule from may apply at w[at:]: "ae" and "oe" not
// in an inflection's ending (the Latin plural costae, shoer, vetoed) nor
// in "aero"; "tre" and "bre" not opening a word nor before another "e"
// (tref, stree).
func plausible(w, from string, at int) bool {
	rest := w[at+len(from):]
	switch from {
	case "ae", "oe":
		switch rest {
		case "", "s", "d", "r", "rs", "ss", "sses":
			return false
		}
		return !strings.HasPrefix(w[at:], "aer")
	case "tre", "bre":
		return at > 0 && !strings.HasPrefix(rest, "e")
	}
	return true
}

// variants applies each rule once at each place it fits in w.
func variants(w string) []string {
	var out []string
	for _, r := range rules {
		for i := 0; ; {
			j := strings.Index(w[i:], r[0])
			if j < 0 {
				break
			}
			j += i
			if plausible(w, r[0], j) {
				out = append(out, w[:j]+r[1]+w[j+len(r[0]):])
			}
			i = j + 1
		}
	}
	return out
}

const header = `// Code generated by TestSpellingTable from SCOWL's word lists; DO NOT EDIT.
// Regenerate: apt-get install scowl, then
// go test ./compare/internal/spelling -run TestSpellingTable -regen-spelling
//
// Pairs of a British spelling and its American form, made by the regular
// rules of gen_test.go from the words of SCOWL (Spell Checker Oriented
// Word Lists, 2020.12.07, as packaged by Debian: scowl 2020.12.07-2),
// sizes up to 70, that only one of the two spellings has. SCOWL's notice:
//
// Copyright 2000-2018 by Kevin Atkinson
//
// Permission to use, copy, modify, distribute and sell these word
// lists, the associated scripts, the output created from the scripts,
// and its documentation for any purpose is hereby granted without fee,
// provided that the above copyright notice appears in all copies and
// that both that copyright notice and this permission notice appear in
// supporting documentation. Kevin Atkinson makes no representations
// about the suitability of this array for any purpose. It is provided
// "as is" without express or implied warranty.

package spelling

`
