package memo

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/review"
)

// The memo describes the report as the editor corrected it and lists the
// corrections, in Markdown and in JSON.
func TestMemoReportsCorrections(t *testing.T) {
	rep := fixture(t)
	s := session(t, rep)
	g := rep.Groups[0]
	a, b := g.Members[0], g.Members[1]
	text := func(art int, sents []int) string { return rep.Articles[art].Sentences[sents[0]].Text }
	c := review.Correction{Kind: review.Split, Article: rep.Articles[b.Article].Label, Text: text(b.Article, b.Sentences),
		OtherArticle: rep.Articles[a.Article].Label, Other: text(a.Article, a.Sentences)}
	s.ToggleCorrection(c)
	m := Build(rep, s, "review.json")
	if m.Groups != len(rep.Groups)-1 && len(g.Members) == 2 {
		t.Errorf("the memo counts %d groups after splitting a pair out of %d", m.Groups, len(rep.Groups))
	}
	var md bytes.Buffer
	if err := m.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "## Corrections (1)") || !strings.Contains(md.String(), "is not the same fact as") {
		t.Errorf("the Markdown memo lacks the correction:\n%s", md.String())
	}
	var page bytes.Buffer
	if err := m.HTML(&page); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(page.String(), "Corrections (1)") || !strings.Contains(page.String(), "is not the same fact as") {
		t.Errorf("the HTML memo lacks the correction")
	}
	var js bytes.Buffer
	if err := m.JSON(&js); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Review struct {
			Corrections []review.Correction `json:"corrections"`
		} `json:"review"`
	}
	if err := json.Unmarshal(js.Bytes(), &out); err != nil || len(out.Review.Corrections) != 1 || out.Review.Corrections[0] != c {
		t.Errorf("the JSON memo's corrections: %+v (%v)", out.Review.Corrections, err)
	}
}
