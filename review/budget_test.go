package review

import (
	"strings"
	"testing"
	"time"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
)

// TestLongSentenceStaysLinear: a 220 KB sentence full of figures is the
// context of thousands of facts. Items normalised it once per fact, which
// took 22 s and froze the interface (review.New runs as the report
// arrives); it now takes milliseconds. The bound is generous.
func TestLongSentenceStaysLinear(t *testing.T) {
	big := strings.Repeat("The port signed a deal worth $1.2 billion on Monday and ", 4000) + "end."
	docs := []*ingest.Document{
		{Label: "a", Paragraphs: []ingest.Paragraph{{Text: big, Kind: ingest.KindParagraph}}},
		{Label: "b", Paragraphs: []ingest.Paragraph{{Text: "The port signed a deal.", Kind: ingest.KindParagraph}}},
	}
	rep := compare.Compare(docs, compare.Options{})
	start := time.Now()
	New(rep, nil)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("review.New took %v on a %d-byte sentence; want well under 2 s", d, len(big))
	}
}
