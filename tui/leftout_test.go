package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
)

// The overview's lines for an article say what page furniture ingest left
// out of it, and nothing for an article that lost none.
func TestOverviewSaysWhatFurnitureWasLeftOut(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Quarry plan rejected</title></head><body><article>
<h1>Quarry plan rejected after two-year fight</h1>
<p>Councillors in Dunmere on Wednesday rejected a plan to reopen the old limestone quarry above the village.</p>
<p>Follow us on:</p>
<ul><li><a href="https://social.example/herald">Mastodon</a></li><li><a href="https://rss.example/herald">RSS</a></li></ul>
<p>The operator, Pennine Aggregates, said it would consider an appeal.</p>
</article></body></html>`
	plain := "Dunmere quarry plan thrown out\n\n" +
		"Councillors in Dunmere on Wednesday rejected a plan to reopen the old limestone quarry above the village.\n\n" +
		"The operator said it would consider an appeal.\n"
	var docs []*ingest.Document
	for i, in := range []struct{ name, text string }{{"a.html", page}, {"b.txt", plain}} {
		d, err := ingest.Parse(in.name, []byte(in.text))
		if err != nil {
			t.Fatal(err)
		}
		d.Label = []string{"Herald", "Gazette"}[i]
		docs = append(docs, d)
	}
	rep := compare.Compare(docs, compare.Options{})
	for _, w := range []int{80, 120} {
		v := ansi.Strip(press(newTestModel(t, rep, w, 40), "o").View().Content)
		if n := strings.Count(v, "page furniture left out"); n != 1 || !strings.Contains(v, "page furniture left out: 1 link list") {
			t.Errorf("at %d columns the overview has %d lines on furniture left out, want Herald's \"1 link list\":\n%s", w, n, v)
		}
		lines := strings.Split(v, "\n")
		line := func(pred func(string) bool) int {
			for i, l := range lines {
				if pred(l) {
					return i
				}
			}
			return -1
		}
		herald := line(func(l string) bool { return strings.TrimSpace(l) == "Herald" })
		gazette := line(func(l string) bool { return strings.TrimSpace(l) == "Gazette" })
		at := line(func(l string) bool { return strings.Contains(l, "page furniture left out") })
		if herald < 0 || gazette < herald || at < herald || at > gazette {
			t.Errorf("the furniture line (%d) is not among Herald's lines (%d to %d):\n%s", at, herald, gazette, v)
		}
	}
}
