package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/synthetic"
)

func bigReport(tb testing.TB) *compare.Report {
	tb.Helper()
	return compare.Compare(synthetic.Story(10, 2000, 1), compare.Options{})
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
