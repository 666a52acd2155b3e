package tui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
)

// Copied from compare/bench_test.go so the interface is measured on the
// same synthetic stories as the engine.

// syntheticStory writes n articles of about words words each on one
// invented story, the way outlets cover one event: a shared pool of facts,
// each outlet carrying most of them in its own order and wording, plus
// sentences of its own. Deterministic for a seed.
func syntheticStory(n, words int, seed uint64) []*ingest.Document {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	vocab := syntheticVocab(rng, 6000)
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
	facts := make([][]string, words/20)
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
		for _, fi := range rng.Perm(len(facts)) {
			if count >= words {
				break
			}
			var s []string
			if rng.IntN(10) < 7 { // a shared fact, reworded a little
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

func syntheticVocab(rng *rand.Rand, n int) []string {
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

// bigReport is 10 articles of about 2,000 words, compared once per run.
func bigReport(tb testing.TB) *compare.Report {
	tb.Helper()
	return compare.Compare(syntheticStory(10, 2000, 1), compare.Options{})
}

// frameKeys are the keys a reader presses while scrolling and jumping.
var frameKeys = []string{"j", "j", "n", "ctrl+d", "n", "N", "k", "pgdown", "G", "N", "g", "n", "tab", "ctrl+u"}

// benchmarkFrames measures one key press and the View that follows it.
func benchmarkFrames(b *testing.B, w, h int, keys []string) {
	m := newTestModel(b, bigReport(b), w, h)
	msgs := make([]tea.KeyPressMsg, len(keys))
	for i, k := range keys {
		msgs[i] = keyPress(k)
	}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		m = send(m, msgs[i%len(msgs)])
		_ = m.View()
		i++
	}
}

func BenchmarkFrame10x2000At160x50(b *testing.B) { benchmarkFrames(b, 160, 50, frameKeys) }
func BenchmarkFrame10x2000At80x24(b *testing.B)  { benchmarkFrames(b, 80, 24, frameKeys) }
func BenchmarkFrameArticleView10x2000(b *testing.B) {
	benchmarkFrames(b, 160, 50, append([]string{"v"}, frameKeys...))
}

// BenchmarkResize10x2000 is the expensive step: re-wrapping every shown
// article, once per resize.
func BenchmarkResize10x2000(b *testing.B) {
	m := newTestModel(b, bigReport(b), 160, 50)
	b.ResetTimer()
	i := 0
	for b.Loop() {
		m = send(m, tea.WindowSizeMsg{Width: 150 + i%20, Height: 50})
		_ = m.View()
		i++
	}
}

// Scrolling and jumping through 10 articles of 2,000 words stays within a
// 60 Hz frame (16 ms) per key, View included, in both views.
func TestFrameBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("measures time")
	}
	rep := bigReport(t)
	for _, view := range []string{"aligned", "article"} {
		m := newTestModel(t, rep, 160, 50)
		if view == "article" {
			m = press(m, "v")
		}
		const presses = 300
		var worst time.Duration
		start := time.Now()
		for i := range presses {
			t0 := time.Now()
			m = press(m, frameKeys[i%len(frameKeys)])
			_ = m.View()
			worst = max(worst, time.Since(t0))
		}
		mean := time.Since(start) / presses
		t.Logf("%s view: %v per key and frame on average, worst %v", view, mean, worst)
		if mean > 16*time.Millisecond {
			t.Errorf("%s view: %v per frame, over the 16 ms budget", view, mean)
		}
	}
}
