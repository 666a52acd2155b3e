package quote

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The attribution fixtures are articles written for storydiff (invented
// outlets, people and events), one attribution pattern a paragraph; their
// gold names the speaker each quotation must get.
const attributionDir = "../../testdata/attribution"

type attributionGold struct {
	Quotes []struct {
		Article, Text, Speaker, Role, Pattern string
	}
	NotQuotes []struct {
		Article, Text, Pattern string
	} `json:"not_quotes"`
}

func loadAttributionGold(t *testing.T) (attributionGold, map[string][]Quote) {
	t.Helper()
	var g attributionGold
	data, err := os.ReadFile(filepath.Join(attributionDir, "gold.json"))
	if err != nil {
		t.Fatalf("reading gold: %v", err)
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("reading gold: %v", err)
	}
	quotes := map[string][]Quote{}
	for _, name := range []string{"01-larkspur-gazette.txt", "02-tidewater-courier.txt"} {
		b, err := os.ReadFile(filepath.Join(attributionDir, name))
		if err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
		text := strings.TrimSpace(string(b))
		quotes[name] = Extract(text, pipelineSentences(text))
	}
	return g, quotes
}

func TestAttributionPatterns(t *testing.T) {
	g, quotes := loadAttributionGold(t)
	for _, want := range g.Quotes {
		q, ok := findQuote(quotes[want.Article], want.Text)
		switch {
		case !ok:
			t.Errorf("%s: %q not found as a quote", want.Pattern, want.Text)
		case q.Speaker != want.Speaker:
			t.Errorf("%s: %q speaker %q, want %q", want.Pattern, want.Text, q.Speaker, want.Speaker)
		case !strings.Contains(q.Role, want.Role):
			t.Errorf("%s: %q role %q, want it to hold %q", want.Pattern, want.Text, q.Role, want.Role)
		}
	}
	for _, nq := range g.NotQuotes {
		if q, ok := findQuote(quotes[nq.Article], nq.Text); ok {
			t.Errorf("%s: %q is listed as a quote (speaker %q)", nq.Pattern, q.Text, q.Speaker)
		}
	}
}
