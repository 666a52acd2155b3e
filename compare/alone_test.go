package compare

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// The invented wire story and a republisher's copy of it with a "key
// points" box whose bullets tell again three facts of the body, and one
// fact of its own. The wire leaves out that one fact, not the bullets: it
// read "leaves out 4 of 10" where 1 of 7 is true.
const (
	wireStory = "Port of Lindqvist signs Blue Line deal\n\n" +
		"The Port of Lindqvist signed a ten-year terminal contract with Blue Line Shipping on Monday.\n\n" +
		"Mayor Ana Vega praised the harbour board after the signing ceremony at the town hall.\n\n" +
		"The contract will bring 400 new jobs to the harbour district by 2028, the port said.\n\n" +
		"Blue Line Shipping shares rose 2.4 percent to 31.20 crowns in Oslo trading.\n\n" +
		"Dockworkers at the Lindqvist terminal will vote on the new shift rotas next week."
	keyPoints = "Port of Lindqvist signs Blue Line deal\n\n" +
		"The Port of Lindqvist signed a ten-year terminal contract with Blue Line Shipping on Monday.\n\n" +
		"Key points\n\n" +
		"• Vega praised the board after the signing\n" +
		"• Contract brings 400 jobs to the district\n" +
		"• Blue Line shares rose 2.4%\n\n" +
		"Mayor Ana Vega praised the harbour board after the signing ceremony at the town hall.\n\n" +
		"The contract will bring 400 new jobs to the harbour district by 2028, the port said.\n\n" +
		"Blue Line Shipping shares rose 2.4 percent to 31.20 crowns in Oslo trading.\n\n" +
		"Dockworkers at the Lindqvist terminal will vote on the new shift rotas next week.\n\n" +
		"Environmental campaigners from Greenharbour filed an objection over dredging in the estuary."
)

func TestKeyPointsAreNoFactsLeftOut(t *testing.T) {
	r := Compare([]*ingest.Document{parse(t, "wire.txt", wireStory), parse(t, "outlet.txt", keyPoints)}, Options{})
	b := r.Articles[1]
	bullets := 0
	for _, s := range b.Sentences {
		if strings.HasPrefix(s.Text, "•") {
			bullets++
			if s.Group != nil {
				t.Logf("bullet %q is in a group (the test then checks less)", s.Text)
			}
		}
	}
	if bullets != 3 {
		t.Fatalf("%d bullet sentences, want 3 (the splitter changed; pick other text)", bullets)
	}
	if len(b.Summary.Alone) != 1 || !strings.HasPrefix(b.Sentences[b.Summary.Alone[0]].Text, "Environmental campaigners") {
		var got []string
		for _, si := range b.Summary.Alone {
			got = append(got, b.Sentences[si].Text)
		}
		t.Errorf("facts only the republisher has: %q, want only the campaigners' objection", got)
	}
	if left, facts := r.FactsLeftOut(0); left != 1 || facts != len(r.Groups)+1 {
		t.Errorf("the wire leaves out %d of %d facts, want 1 of %d", left, facts, len(r.Groups)+1)
	}
	if left, _ := r.FactsLeftOut(1); left != 0 {
		t.Errorf("the republisher leaves out %d facts, want 0", left)
	}
	// A JSON reader gets the same count.
	var buf bytes.Buffer
	if err := r.WriteJSON(&buf, false); err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if left, facts := back.FactsLeftOut(0); left != 1 || facts != len(r.Groups)+1 {
		t.Errorf("read from JSON, the wire leaves out %d of %d facts, want 1 of %d", left, facts, len(r.Groups)+1)
	}
}

// With three articles, what one alone reports is its own reporting: the
// others do not each "leave it out" (three outlets on one debate read
// "leaves out 98 of 128 facts" each).
func TestOneOutletsFactIsNoOmissionOfTwoOthers(t *testing.T) {
	r := Compare([]*ingest.Document{parse(t, "wire.txt", wireStory), parse(t, "outlet.txt", keyPoints), parse(t, "copy.txt", wireStory)}, Options{})
	if r.Articles[1].Summary.Unique == 0 {
		t.Fatal("the republisher has no sentence of its own (the engine's grouping changed; pick other text)")
	}
	for ai := range r.Articles {
		if left, facts := r.FactsLeftOut(ai); left != r.Articles[ai].Summary.LeavesOut() || facts != len(r.Groups) {
			t.Errorf("article %d leaves out %d of %d facts, want the groups only: %d of %d", ai, left, facts, r.Articles[ai].Summary.LeavesOut(), len(r.Groups))
		}
	}
}
