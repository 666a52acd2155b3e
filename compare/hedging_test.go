package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// hedgingReport compares invented articles given as label and text.
func hedgingReport(t *testing.T, texts ...string) *Report {
	t.Helper()
	var docs []*ingest.Document
	for i := 0; i+1 < len(texts); i += 2 {
		d, err := ingest.Parse(texts[i]+".txt", []byte(texts[i+1]))
		if err != nil {
			t.Fatal(err)
		}
		d.Label = texts[i]
		docs = append(docs, d)
	}
	return Compare(docs, Options{})
}

// hedgingOf finds the group holding a sentence with needle and says how
// its members hedge: "Label: words" per member listed, "Label: -" for one
// that states the fact flatly; "" when the group lists none.
func hedgingOf(t *testing.T, r *Report, needle string) string {
	t.Helper()
	for _, g := range r.Groups {
		for _, m := range g.Members {
			if !strings.Contains(memberText(r.Articles, m), needle) {
				continue
			}
			if g.HedgingDiffers == nil {
				t.Fatalf("group %s: hedging_differs is nil, want a list", g.ID)
			}
			var parts []string
			for _, d := range g.HedgingDiffers {
				w := strings.Join(d.Hedges, ", ")
				if w == "" {
					w = "-"
				}
				parts = append(parts, fmt.Sprintf("%s: %s", r.Articles[d.Article].Label, w))
			}
			return strings.Join(parts, "; ")
		}
	}
	t.Fatalf("no group holds %q", needle)
	return ""
}

const (
	brackenHerald = `Mayor of Bracken resigns after audit of harbour fund

The mayor of Bracken, Ilse Varga, resigned on Tuesday after an audit of the town's harbour fund.

Varga reportedly moved 40,000 crowns from the harbour fund into her brother's ferry company last spring.

The town council will meet on Friday to choose an acting mayor, the council's clerk said.

Visitors may attend the meeting in the town hall, which opens at six o'clock in the evening.

"She may have been badly advised," said Tomas Lind, a council member who sat on the audit committee.

The audit found the fund's books were kept by hand until 2019, and the ferry company may have lost its licence.

Lind warned that the harbour ledger could be misread by the auditors from the capital.
`
	brackenPost = `Bracken mayor quits over harbour fund audit

Ilse Varga, the mayor of Bracken, resigned on Tuesday following an audit of the town's harbour fund.

Varga moved 40,000 crowns from the harbour fund into her brother's ferry company last spring.

The town council will meet on Friday to choose an acting mayor, according to the council's clerk.

Visitors can attend the meeting in the town hall, which opens at six o'clock in the evening.

"She was badly advised," said Tomas Lind, a council member who sat on the audit committee.

The audit found the fund's books were kept by hand until 2019, and that auditors had warned the council twice.

Lind said the harbour ledger "could be misread by the auditors from the capital."
`
)

// One outlet hedges a fact the other states flatly: that, and only that,
// is a hedging contrast. Permission ("may attend"), a hedge inside a
// quotation (the speaker's) and a hedge about a clause the other outlet
// does not carry are none; and hedging is not framing_differs.
func TestHedgingDiffers(t *testing.T) {
	r := hedgingReport(t, "Herald", brackenHerald, "Post", brackenPost)
	for needle, want := range map[string]string{
		"40,000 crowns":       "Herald: reportedly; Post: -",
		"Visitors":            "", // "may attend": permission
		"badly advised":       "", // the speaker's hedge, inside quotation marks
		"kept by hand":        "", // "may have lost its licence": a clause the Post does not carry
		"resigned on Tuesday": "",
		"harbour ledger":      "", // the Post quotes Lind's own hedge: it states nothing flatly
	} {
		if got := hedgingOf(t, r, needle); got != want {
			t.Errorf("group of %q: hedging %q, want %q", needle, got, want)
		}
	}
	for _, g := range r.Groups {
		for _, d := range g.FramingDiffers {
			for _, w := range d.Words {
				if w == "reportedly" {
					t.Errorf("group %s: framing_differs lists the hedge %q; hedges are reported apart", g.ID, w)
				}
			}
		}
	}
}

// Two outlets that both hedge, one as hearsay and one as unsure, hedge
// differently; two that hedge alike do not.
func TestHedgingDiffersByKind(t *testing.T) {
	a := `Fire at Orlen mill

A fire destroyed the Orlen paper mill on Sunday night, the fire brigade said.

The blaze was reportedly started by a faulty dryer in the mill's east hall.

Forty workers were sent home, and the owners said they would rebuild.
`
	b := `Orlen mill burns down

The Orlen paper mill was destroyed by fire on Sunday night, the fire brigade said.

The blaze may have been started by a faulty dryer in the mill's east hall.

Forty workers were sent home, and the owners said they would rebuild.
`
	c := `Blaze at Orlen

Fire destroyed the Orlen paper mill on Sunday night, the fire brigade said.

The blaze might have been started by a faulty dryer in the mill's east hall.

Forty workers were sent home, and the owners said they would rebuild.
`
	r := hedgingReport(t, "Gazette", a, "Ledger", b)
	if got, want := hedgingOf(t, r, "faulty dryer"), "Gazette: reportedly; Ledger: may have"; got != want {
		t.Errorf("hearsay against unsure: %q, want %q", got, want)
	}
	r = hedgingReport(t, "Ledger", b, "Clarion", c)
	if got := hedgingOf(t, r, "faulty dryer"); got != "" {
		t.Errorf("\"may have\" against \"might have\": %q, want no contrast", got)
	}
}

func TestHedgingNote(t *testing.T) {
	g := Group{HedgingDiffers: []HedgeDiff{{Article: 0, Hedges: []string{"reportedly", "may have"}}, {Article: 2, Hedges: []string{}}}}
	labels := []string{"Fox", "NYT", "HuffPost"}
	if got, want := g.HedgingNote(func(a int) string { return labels[a] }), "Fox “reportedly”, “may have” · HuffPost states it"; got != want {
		t.Errorf("HedgingNote = %q, want %q", got, want)
	}
	if got := (Group{HedgingDiffers: []HedgeDiff{}}).HedgingNote(func(int) string { return "x" }); got != "" {
		t.Errorf("no contrast: %q, want \"\"", got)
	}
}

// A hedge in reported speech, outside quotation marks, is the speaker's as
// one inside them is (review-r25): "the union said the fees will probably
// drive boats away" relays the union's guess, and against a flat version
// of the same report it is no hedging contrast. The outlet's own hedge,
// and one that governs the saying, still are.
func TestHedgeInReportedSpeech(t *testing.T) {
	a := `Dunmore harbour fees to rise

Dunmore's harbour board raised ferry berth fees by a third on Tuesday, its chair said.

The ferry operators' union said the new fees will probably drive boats to Brackwater.

The higher fees will likely close the north pier by winter, a union steward said.

The board reportedly spent the fee income on a new office for its chair last year.
`
	b := `Harbour fees up by a third in Dunmore

Dunmore's harbour board raised ferry berth fees by a third on Tuesday, its chair said.

The ferry operators' union said the new fees will drive boats to Brackwater.

The higher fees will close the north pier by winter, a union steward said.

The board spent the fee income on a new office for its chair last year.
`
	r := hedgingReport(t, "Tidewire", a, "Courier", b)
	for needle, want := range map[string]string{
		"drive boats":    "", // the union's guess, relayed
		"north pier":     "", // ", a union steward said": the steward's
		"new office for": "Tidewire: reportedly; Courier: -",
	} {
		if got := hedgingOf(t, r, needle); got != want {
			t.Errorf("group of %q: hedging %q, want %q", needle, got, want)
		}
	}
}
