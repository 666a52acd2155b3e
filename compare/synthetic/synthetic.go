// Package synthetic writes invented news coverage for benchmarks: many
// outlets on one story, sharing most facts in their own order and words.
// It is shared by the engine's and the interface's benchmarks so both are
// measured on the same input.
package synthetic

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/storydiff/storydiff/compare/ingest"
)

// Story writes n articles of about words words each on one
// invented story, the way outlets cover one event: a shared pool of facts,
// about twice what one article holds, from which each outlet takes three
// sentences in ten, in its own order and wording, writing the rest itself.
// As in real coverage, most sentences have no counterpart and a fact is in
// a few of the outlets, not all of them. Deterministic for a seed.
func Story(n, words int, seed uint64) []*ingest.Document {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	vocab := vocab(rng, 6000)
	zipf := rand.NewZipf(rng, 1.1, 20, uint64(len(vocab)-1))
	stop := strings.Fields("the a of to in and that for on with as by at from was is it has said its were be an")
	word := func() string {
		if rng.IntN(3) == 0 {
			return stop[rng.IntN(len(stop))]
		}
		return vocab[zipf.Uint64()]
	}
	sentence := func(k int) []string {
		s := make([]string, k)
		for i := range s {
			s[i] = word()
		}
		return s
	}
	facts := make([][]string, max(words/10, 1))
	for i := range facts {
		facts[i] = sentence(14 + rng.IntN(14))
		facts[i][0] = strings.ToUpper(facts[i][0][:1]) + facts[i][0][1:]
		facts[i] = append(facts[i], fmt.Sprint(rng.IntN(2000)))
	}
	docs := make([]*ingest.Document, n)
	for d := range docs {
		var paras []ingest.Paragraph
		var para []string
		count := 0
		order := rng.Perm(len(facts))
		for count < words {
			var s []string
			if rng.IntN(10) < 3 && len(order) > 0 { // a shared fact, reworded a little
				fi := order[0]
				order = order[1:]
				for _, w := range facts[fi] {
					switch rng.IntN(10) {
					case 0: // dropped
					case 1:
						s = append(s, word())
					default:
						s = append(s, w)
					}
				}
			} else { // the outlet's own sentence
				s = sentence(12 + rng.IntN(16))
			}
			count += len(s)
			para = append(para, strings.Join(s, " ")+".")
			if len(para) == 2 {
				paras = append(paras, ingest.Paragraph{Text: strings.Join(para, " "), Kind: ingest.KindParagraph})
				para = nil
			}
		}
		if len(para) > 0 {
			paras = append(paras, ingest.Paragraph{Text: strings.Join(para, " "), Kind: ingest.KindParagraph})
		}
		docs[d] = &ingest.Document{Label: fmt.Sprintf("outlet-%d", d), Source: "synthetic", Format: "text", Paragraphs: paras}
	}
	return docs
}

func vocab(rng *rand.Rand, n int) []string {
	syl := strings.Fields("ba ko ri mu sa te lo vi na pe du ga mi ro tu fe ka li zo ne")
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		var b strings.Builder
		for k := 2 + rng.IntN(3); k > 0; k-- {
			b.WriteString(syl[rng.IntN(len(syl))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
