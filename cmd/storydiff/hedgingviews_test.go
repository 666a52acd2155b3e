package main

import (
	"bytes"
	"encoding/json"
	"html"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/memo"
)

// Two invented reports of one resignation: the Herald says the mayor
// "reportedly" moved the money, the Post states it; the Herald's "may
// attend" (permission) and the councillor's quoted "may have been" (the
// speaker's) are no hedging contrast.
const (
	hedgeHerald = `Mayor of Bracken resigns after audit of harbour fund

The mayor of Bracken, Ilse Varga, resigned on Tuesday after an audit of the town's harbour fund.

Varga reportedly moved 40,000 crowns from the harbour fund into her brother's ferry company last spring.

Visitors may attend the council meeting in the town hall, which opens at six o'clock in the evening.

"She may have been badly advised," said Tomas Lind, a council member who sat on the audit committee.
`
	hedgePost = `Bracken mayor quits over harbour fund audit

Ilse Varga, the mayor of Bracken, resigned on Tuesday following an audit of the town's harbour fund.

Varga moved 40,000 crowns from the harbour fund into her brother's ferry company last spring.

Visitors can attend the council meeting in the town hall, which opens at six o'clock in the evening.

"She was badly advised," said Tomas Lind, a council member who sat on the audit committee.
`
)

// Every view says the Herald hedges the fact the Post states, once: the
// JSON's hedging_differs, the text report and the Markdown and HTML memo.
func TestHedgingViews(t *testing.T) {
	var docs []*ingest.Document
	for _, a := range []struct{ label, text string }{{"Herald", hedgeHerald}, {"Post", hedgePost}} {
		d, err := ingest.Parse(a.label+".txt", []byte(a.text))
		if err != nil {
			t.Fatal(err)
		}
		d.Label = a.label
		docs = append(docs, d)
	}
	r := compare.Compare(docs, compare.Options{})

	var js bytes.Buffer
	if err := r.WriteJSON(&js, false); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Groups []struct {
			Hedging []struct {
				Article int       `json:"article"`
				Hedges  *[]string `json:"hedges"`
			} `json:"hedging_differs"`
		} `json:"groups"`
	}
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(js.String(), `"hedging_differs":`); n != len(doc.Groups) || n == 0 {
		t.Errorf("JSON: hedging_differs in %d of %d groups, want every group", n, len(doc.Groups))
	}
	var got []string
	for _, g := range doc.Groups {
		for _, h := range g.Hedging {
			if h.Hedges == nil {
				t.Errorf("JSON: hedges of article %d is null, want a list", h.Article)
				continue
			}
			got = append(got, r.Articles[h.Article].Label+":"+strings.Join(*h.Hedges, ","))
		}
	}
	if strings.Join(got, " ") != "Herald:reportedly Post:" {
		t.Errorf("JSON hedging_differs: %q, want the Herald's reportedly against the Post", got)
	}

	var text bytes.Buffer
	writeText(&text, r)
	if n := strings.Count(text.String(), "hedging: [1] “reportedly” · [2] states it"); n != 1 {
		t.Errorf("text report: the hedging line %d times, want 1:\n%s", n, text.String())
	}
	if n := strings.Count(text.String(), "hedged differently"); n != 1 {
		t.Errorf("text report: %d groups hedged differently, want 1", n)
	}

	for _, format := range []string{"markdown", "html"} {
		var buf bytes.Buffer
		if err := memo.Write(&buf, format, r, nil, ""); err != nil {
			t.Fatal(err)
		}
		out := html.UnescapeString(buf.String())
		if !strings.Contains(out, "Hedged differently (1)") || !strings.Contains(out, "Herald “reportedly” · Post states it") {
			t.Errorf("%s memo does not say the Herald hedges what the Post states:\n%s", format, out)
		}
	}
}
