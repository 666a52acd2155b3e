package textsim

import "testing"

// BenchmarkFeatures scores candidate-like pairs of the seed articles'
// sentences: sentences of 15 to 35 words (25 on average) that share a
// content word, as the engine's inverted index proposes them.
func BenchmarkFeatures(b *testing.B) {
	sents := seedSentences(b)
	c := NewCorpus()
	for _, s := range sents {
		c.Add(s)
	}
	c.Freeze()
	var pairs [][2]int
	words := 0
	for i := range sents {
		for j := i + 1; j < len(sents); j++ {
			ni, nj := c.sents[i].nTokens, c.sents[j].nTokens
			if ni >= 15 && ni <= 35 && nj >= 15 && nj <= 35 && c.Features(i, j)[FContainment] > 0 {
				pairs = append(pairs, [2]int{i, j})
				words += int(ni + nj)
			}
		}
	}
	var sink float64
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		p := pairs[i%len(pairs)]
		f := c.Features(p[0], p[1])
		sink += f[FCosine]
	}
	reportCPU(b, start)
	b.ReportMetric(float64(words)/float64(2*len(pairs)), "words/sentence")
	_ = sink
}

// BenchmarkContainment is BenchmarkFeatures for the two features
// Containment computes, on the same pairs.
func BenchmarkContainment(b *testing.B) {
	sents := seedSentences(b)
	c := NewCorpus()
	for _, s := range sents {
		c.Add(s)
	}
	c.Freeze()
	var pairs [][2]int
	for i := range sents {
		for j := i + 1; j < len(sents); j++ {
			ni, nj := c.sents[i].nTokens, c.sents[j].nTokens
			if ni >= 15 && ni <= 35 && nj >= 15 && nj <= 35 && c.Features(i, j)[FContainment] > 0 {
				pairs = append(pairs, [2]int{i, j})
			}
		}
	}
	var sink float64
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		p := pairs[i%len(pairs)]
		_, cont := c.Containment(p[0], p[1])
		sink += cont
	}
	reportCPU(b, start)
	_ = sink
}

// BenchmarkScore applies the shipped model to one pair's features.
func BenchmarkScore(b *testing.B) {
	f := pairFeatures("Alibaba shares rose 0.9 per cent to $94.74 at 2:37 p.m. in New York.", "Alibaba shares were up about 1% by mid-afternoon.")
	var sink float64
	for i := 0; i < b.N; i++ {
		sink += Default.Score(f).Similarity
	}
	_ = sink
}

// BenchmarkAdd adds sentences to a corpus that has seen their words, as
// in a comparison of many articles on one story.
func BenchmarkAdd(b *testing.B) {
	sents := seedSentences(b)
	c := NewCorpus()
	for _, s := range sents {
		c.Add(s)
	}
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		if len(c.sents) > 1<<16 {
			b.StopTimer()
			c.sents = c.sents[:len(sents)]
			b.StartTimer()
		}
		c.Add(sents[i%len(sents)])
	}
	reportCPU(b, start)
}

// BenchmarkAddCold adds each sentence to a fresh corpus: every word is
// stemmed.
func BenchmarkAddCold(b *testing.B) {
	sents := seedSentences(b)
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		NewCorpus().Add(sents[i%len(sents)])
	}
	reportCPU(b, start)
}
