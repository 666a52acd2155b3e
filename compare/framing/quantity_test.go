package framing

import (
	"path/filepath"
	"slices"
	"strconv"
	"testing"
)

// TestQuantityFigures derives quantityFigures from WordNet 3.0 again
// (skipped without it): the one-word nouns whose first sense is a natural
// object or phenomenon and one of whose senses lies under "large
// indefinite quantity".
func TestQuantityFigures(t *testing.T) {
	type synset struct {
		lexFile  int
		words    []string
		hyponyms []string
	}
	synsets := map[string]*synset{}
	if err := eachLine(filepath.Join(*wordnetDir, "data.noun"), func(f []string) {
		if len(f) < 4 {
			return
		}
		lf, _ := strconv.Atoi(f[1])
		n, _ := strconv.ParseInt(f[3], 16, 32)
		s := &synset{lexFile: lf}
		for i := 0; i < int(n); i++ {
			s.words = append(s.words, f[4+2*i])
		}
		p := 4 + 2*int(n)
		pc, _ := strconv.Atoi(f[p])
		for i := 0; i < pc; i++ {
			if sym := f[p+1+4*i]; (sym == "~" || sym == "~i") && f[p+3+4*i] == "n" {
				s.hyponyms = append(s.hyponyms, f[p+2+4*i])
			}
		}
		synsets[f[0]] = s
	}); err != nil {
		t.Skip(err)
	}
	var root string
	for off, s := range synsets {
		if slices.Contains(s.words, "large_indefinite_quantity") {
			root = off
		}
	}
	under := map[string]bool{}
	for stack := []string{root}; len(stack) > 0; {
		o := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, h := range synsets[o].hyponyms {
			if !under[h] {
				under[h] = true
				stack = append(stack, h)
			}
		}
	}
	const object, phenomenon = 17, 19 // noun.object, noun.phenomenon
	var got []string
	if err := eachLine(filepath.Join(*wordnetDir, "index.noun"), func(f []string) {
		pc, _ := strconv.Atoi(f[3])
		n, _ := strconv.Atoi(f[4+pc])
		senses := f[6+pc : 6+pc+n]
		if first := synsets[senses[0]]; under[senses[0]] || first.lexFile != object && first.lexFile != phenomenon {
			return
		}
		if slices.ContainsFunc(senses, func(o string) bool { return under[o] }) {
			got = append(got, f[0])
		}
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	if !slices.Equal(got, quantityFigures) {
		t.Errorf("WordNet's nouns of a natural mass that are also a large quantity are %q; quantityFigures has %q", got, quantityFigures)
	}
}

// TestFiguresOfMagnitude checks the intensifiers that no lexicon rates
// word by word: a repetition counted against someone ("yet another") and
// a natural mass made a quantity ("a flood of").
func TestFiguresOfMagnitude(t *testing.T) {
	for _, c := range []struct {
		sentence, want string // want: the intensifier's text, or "" for none
	}{
		{"The Brackwater council faced yet another audit on Monday.", "yet another"},
		{"The ferry to Oskel was delayed yet again.", "yet again"},
		{"The ruling could unleash a flood of lawsuits against Varnell Mills.", "flood of"},
		{"Clerks in Dorrow sorted through mountains of paperwork.", "mountains of"},
		{"The mayor faced a torrent of abuse at the meeting.", "torrent of"},
		// The plain words: another one, a river in flood, the quantity
		// nouns that only count.
		{"The Brackwater council faced another audit on Monday.", ""},
		{"The river was in flood for a week.", ""},
		{"The clerks sorted a pile of paperwork.", ""},
		{"A great deal of paperwork reached Dorrow.", ""},
		// Before a capital, a place's name, in a title-case headline too.
		{"Ferries Stranded in Sea of Varnell After Storm", ""},
		{"Sea of Varnell ferries ran late on Monday.", ""},
	} {
		got := ""
		for _, m := range Markers(c.sentence) {
			if m.Kind == Intensifier {
				got = m.Text
			}
		}
		if got != c.want {
			t.Errorf("%q: intensifier %q, want %q", c.sentence, got, c.want)
		}
	}
}
