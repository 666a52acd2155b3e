package ingest

import (
	"slices"
	"strings"
	"testing"
)

// clipped is an invented article as a web clipper saves it.
const clippedBody = `Millbury's footbridge over the River Wend was closed on Tuesday after engineers found a crack in a beam.

"We will not reopen it until we are sure it is safe," said Ruth Okafor, the council's head of highways.
`

// TestMarkdownFrontMatter: the YAML block at the top is metadata, not
// article text; its author is the byline and its title the headline when
// no heading opens the article.
func TestMarkdownFrontMatter(t *testing.T) {
	tests := []struct {
		name, source, in    string
		title, byline, date string
		headlines           []string
	}{
		{"a heading opens the article", "bridge.md",
			"---\ntitle: \"Footbridge shut\"\nauthor: Tom Reed\n---\n\n# Millbury footbridge shut after crack found\n\n" + clippedBody,
			"Millbury footbridge shut after crack found", "Tom Reed", "",
			[]string{"Millbury footbridge shut after crack found"}},
		{"no heading: the title is the headline", "bridge.md",
			"---\ntitle: 'Millbury''s footbridge shut'\nauthors: [Tom Reed, Ana Cruz]\ndate: 2026-03-03\n---\n" + clippedBody,
			"Millbury's footbridge shut", "Tom Reed and Ana Cruz", "2026-03-03",
			[]string{"Millbury's footbridge shut"}},
		{"a clipper's lists and links, read from a pipe", "-",
			"---\ntitle: >-\n  Millbury footbridge\n  shut\nsource: \"https://gazette.example/bridge\"\nauthor:\n  - \"[[Tom Reed]]\"\ntags:\n  - clippings\n---\n" + clippedBody,
			"Millbury footbridge shut", "Tom Reed", "",
			[]string{"Millbury footbridge shut"}},
	}
	for _, tt := range tests {
		doc, err := Parse(tt.source, []byte(tt.in))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if doc.Format != FormatMarkdown || doc.Title != tt.title || doc.Byline != tt.byline || doc.Date != tt.date {
			t.Errorf("%s: format %q title %q byline %q date %q, want markdown %q %q %q",
				tt.name, doc.Format, doc.Title, doc.Byline, doc.Date, tt.title, tt.byline, tt.date)
		}
		var heads []string
		for _, p := range doc.Paragraphs {
			if p.Kind == KindHeadline {
				heads = append(heads, p.Text)
			}
		}
		all := strings.Join(texts(doc), "\n")
		if !slices.Equal(heads, tt.headlines) || doc.Paragraphs[0].Text != tt.headlines[0] ||
			strings.Contains(all, "title:") || strings.Contains(all, "author") || strings.Contains(all, "clippings") {
			t.Errorf("%s: headlines %q, want %q first; paragraphs %q", tt.name, heads, tt.headlines, texts(doc))
		}
		if !strings.Contains(all, "Ruth Okafor") {
			t.Errorf("%s: article text lost: %q", tt.name, texts(doc))
		}
	}
}

// TestMarkdownRuleIsNotFrontMatter: a file that opens with a rule and a
// paragraph has no YAML keys; it stays Markdown text.
func TestMarkdownRuleIsNotFrontMatter(t *testing.T) {
	for _, in := range []string{
		"---\nThe bridge closed on Tuesday.\n---\n\n" + clippedBody,
		"---\nNote: the bridge closed on Tuesday, the council said.\n---\n\n" + clippedBody,
		"---\ntitle: never closed\n\n" + clippedBody,
	} {
		doc, err := Parse("notes.md", []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if all := strings.Join(texts(doc), "\n"); !strings.Contains(all, "closed") ||
			!strings.HasPrefix(all, strings.Split(strings.TrimPrefix(in, "---\n"), "\n")[0]) {
			t.Errorf("%q: text lost or reordered: %q", in, texts(doc))
		}
	}
}

// TestTextFrontMatter: web clippers write the same YAML block into .txt
// files; in plain text it is metadata too, not the article's first
// sentences (title and author taken, the other keys dropped).
func TestTextFrontMatter(t *testing.T) {
	tests := []struct {
		name, in, title, byline string
		headlines               []string
	}{
		{"no title line: the block's title is the headline",
			"---\ntitle: \"Millbury footbridge shut\"\nsource: https://gazette.example/bridge\nauthor: Tom Reed\ntags: [clippings]\n---\n\n" + clippedBody,
			"Millbury footbridge shut", "Tom Reed", []string{"Millbury footbridge shut"}},
		{"the text's own title line stays the headline",
			"---\ntitle: Footbridge shut\nauthor: Tom Reed\n---\nMillbury footbridge shut after crack found\n\n" + clippedBody,
			"Millbury footbridge shut after crack found", "Tom Reed", []string{"Millbury footbridge shut after crack found"}},
		{"no title key, two keys",
			"---\nauthor: Tom Reed\npublished: 2026-03-03\n---\n" + clippedBody,
			"", "Tom Reed", nil},
	}
	for _, tt := range tests {
		doc, err := Parse("bridge.txt", []byte(tt.in))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if doc.Format != FormatText || doc.Title != tt.title || doc.Byline != tt.byline {
			t.Errorf("%s: format %q title %q byline %q, want text %q %q", tt.name, doc.Format, doc.Title, doc.Byline, tt.title, tt.byline)
		}
		var heads []string
		for _, p := range doc.Paragraphs {
			if p.Kind == KindHeadline {
				heads = append(heads, p.Text)
			}
		}
		all := strings.Join(texts(doc), "\n")
		if !slices.Equal(heads, tt.headlines) || strings.Contains(all, "---") || strings.Contains(all, "title:") ||
			strings.Contains(all, "Tom Reed") || strings.Contains(all, "clippings") || strings.Contains(all, "2026") {
			t.Errorf("%s: headlines %q, want %q; paragraphs %q", tt.name, heads, tt.headlines, texts(doc))
		}
		if !strings.HasSuffix(all, "said Ruth Okafor, the council's head of highways.") {
			t.Errorf("%s: article text lost: %q", tt.name, texts(doc))
		}
	}
}

// TestTextRuleIsNotFrontMatter: a plain text that opens with a "---" rule
// and no YAML keys, or with one line that only looks like a key, keeps
// every line as text, in order.
func TestTextRuleIsNotFrontMatter(t *testing.T) {
	for _, in := range []string{
		"---\nThe bridge closed on Tuesday.\n---\n\n" + clippedBody,
		"---\nNote: the bridge closed on Tuesday, the council said.\n---\n\n" + clippedBody,
		"---\nSummary: the bridge closed on Tuesday, the council said.\n---\n\n" + clippedBody,
		"---\n\nThe bridge closed on Tuesday.\n\n" + clippedBody,
		"---\ntitle: never closed\n\n" + clippedBody,
	} {
		doc, err := Parse("notes.txt", []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		first := strings.Split(strings.TrimLeft(strings.TrimPrefix(in, "---\n"), "\n"), "\n")[0]
		if all := strings.Join(texts(doc), "\n"); !strings.Contains(all, "closed") || !strings.Contains(all, first) {
			t.Errorf("%q: text lost: %q", in, texts(doc))
		}
	}
	// The rule is not the title; the headline after it is.
	doc, err := Parse("notes.txt", []byte("---\n\nMillbury footbridge shut\n\n"+clippedBody))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Millbury footbridge shut" {
		t.Errorf("a text opening with a rule, then its headline: title %q", doc.Title)
	}
}
