package framing

import (
	"path/filepath"
	"slices"
	"strconv"
	"testing"
)

// TestThrowingVerbs derives throwingVerbs' lemmas from WordNet 3.0 again
// (skipped without it): the one-word verbs whose commonest sense is one
// of contact and one of whose senses is directly a kind of "express,
// verbalize, utter"; and checks that their irregular forms (verb.exc) are
// there.
func TestThrowingVerbs(t *testing.T) {
	type synset struct {
		lexFile int
		words   []string
		kindOf  []string
	}
	synsets := map[string]*synset{}
	if err := eachLine(filepath.Join(*wordnetDir, "data.verb"), func(f []string) {
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
			if f[p+1+4*i] == "@" && f[p+3+4*i] == "v" {
				s.kindOf = append(s.kindOf, f[p+2+4*i])
			}
		}
		synsets[f[0]] = s
	}); err != nil {
		t.Skip(err)
	}
	const contact, communication = 35, 32 // verb.contact, verb.communication
	utter := ""
	for off, s := range synsets {
		if s.lexFile == communication && slices.Contains(s.words, "express") && slices.Contains(s.words, "utter") {
			utter = off
		}
	}
	var want []string
	if err := eachLine(filepath.Join(*wordnetDir, "index.verb"), func(f []string) {
		pc, _ := strconv.Atoi(f[3])
		n, _ := strconv.Atoi(f[4+pc])
		senses := f[6+pc : 6+pc+n]
		if slices.Contains([]byte(f[0]), '_') || synsets[senses[0]].lexFile != contact {
			return
		}
		if slices.ContainsFunc(senses, func(o string) bool { return slices.Contains(synsets[o].kindOf, utter) }) {
			want = append(want, f[0])
		}
	}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(throwingVerbs, want) {
		t.Errorf("WordNet's verbs of contact that are also a kind of uttering are %q; throwingVerbs has %q", want, throwingVerbs)
	}
	// Every form must lead to its lemma: the irregular ones WordNet lists
	// (verb.exc: "threw", "thrown"), and the regular ones, "-ed" where
	// WordNet lists no irregular past.
	forms := map[string]string{}
	irregular := map[string]bool{}
	if err := eachLine(filepath.Join(*wordnetDir, "verb.exc"), func(f []string) {
		if len(f) >= 2 && slices.Contains(want, f[1]) {
			forms[f[0]], irregular[f[1]] = f[1], true
		}
	}); err != nil {
		t.Fatal(err)
	}
	for _, v := range want {
		for _, f := range []string{v, v + "s", v + "ing"} {
			forms[f] = v
		}
		if !irregular[v] {
			forms[v+"ed"] = v
		}
	}
	for f, v := range forms {
		if throwingVerb(f) != v || !mayThrow(f) {
			t.Errorf("throwingVerb(%q) = %q, mayThrow %v; want %q", f, throwingVerb(f), mayThrow(f), v)
		}
	}
}

// TestThrownWords checks that a verb of throwing frames as a loaded verb
// with a thing said for object, before it or, in the passive, after it,
// and is the plain verb with a thing or after a particle.
func TestThrownWords(t *testing.T) {
	for _, c := range []struct {
		sentence, want string // the verb of throwing marked, or ""
	}{
		{"Hecklers in Marlow Park hurled insults at the councillor.", "hurled"},
		{"Supporters of Ms. Quade allegedly hurled racial epithets at the marchers.", "hurled"},
		{"Angry accusations were hurled at the Dunmore board.", "hurled"},
		{"The treasurer threw accusations at the auditors.", "threw"},
		{"Fans in Marlow Park hurled bottles at the referee.", ""},
		{"Clerks threw out the ballots from Dorrow.", ""},
		{"Ms. Quade threw her support behind the levy.", ""},
		{"The pitcher threw the ball to first base.", ""},
		// "A" is a letter to WordNet, a thing written; a name is no thing
		// said; nor is the subject of a clause before a passive.
		{"A rioter in Dorrow threw a petrol bomb.", ""},
		{"Critics say Ms. Quade has thrown Varnell under a bus.", ""},
		{"There were reports that bottles were thrown at the Marlow police.", ""},
	} {
		got := ""
		for _, m := range Markers(c.sentence) {
			if m.Kind == Loaded && (m.Lemma == "hurl" || m.Lemma == "throw") {
				got = m.Text
			}
		}
		if got != c.want {
			t.Errorf("%q: loaded verb %q, want %q", c.sentence, got, c.want)
		}
	}
}
