package compare

import (
	"reflect"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/quote"
)

// markSplicedReference is markSpliced as first written: every quote's text
// normalised again for every piece of every other quote. markSpliced must
// find the same relations.
func markSplicedReference(qs []Quote) {
	norm := make([]string, len(qs))
	for j, q := range qs {
		norm[j] = normalizeText(q.Text)
	}
	for i := range qs {
		parts := ellipsis.Split(qs[i].Text, -1)
		if len(parts) < 2 {
			continue
		}
		for _, part := range parts {
			p := normalizeText(strings.Trim(part, " ,.;:"))
			if len(strings.Fields(p)) < minSplicePart {
				continue
			}
			for j := range qs {
				if qs[j].Article == qs[i].Article || !strings.Contains(normalizeText(qs[j].Text), p) || lonePiece(qs, norm, i, j, p, parts) {
					continue
				}
				setRelation(&qs[i], qs[j].ID, string(quote.Spliced), differentSpeakers(qs[i].Speaker, qs[j].Speaker), qs[i].Text, qs[j].Text)
				setRelation(&qs[j], qs[i].ID, string(quote.Spliced), differentSpeakers(qs[i].Speaker, qs[j].Speaker), qs[j].Text, qs[i].Text)
			}
		}
	}
}

// Spliced quotes come out the same as from the straightforward search, on
// the demo and on real articles.
func TestMarkSplicedMatchesReference(t *testing.T) {
	t.Run("demo", func(t *testing.T) {
		if n := checkSpliced(t, loadDemo(t).report.Quotes); n == 0 {
			t.Errorf("no spliced quote found; the demo has one")
		}
	})
	t.Run("PolNeAR", func(t *testing.T) {
		if testing.Short() {
			t.Skip("compares 20 articles")
		}
		checkSpliced(t, Compare(polnearTexts(t, 20), Options{}).Quotes)
	})
}

// checkSpliced runs both searches on qs, their matches cleared, and
// returns how many spliced relations they found.
func checkSpliced(t *testing.T, qs []Quote) int {
	got, want := make([]Quote, len(qs)), make([]Quote, len(qs))
	for i, q := range qs {
		q.Matches = nil
		got[i], want[i] = q, q
	}
	markSpliced(got)
	markSplicedReference(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("markSpliced differs from the reference")
	}
	spliced := 0
	for _, q := range got {
		spliced += len(q.Matches)
	}
	t.Logf("%d quotes, %d spliced relations", len(qs), spliced)
	return spliced
}
