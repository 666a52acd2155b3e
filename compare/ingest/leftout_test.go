package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// kindOf returns the Kind of doc's paragraph whose text is text, or "" if
// there is none.
func kindOf(doc *Document, text string) Kind {
	for _, p := range doc.Paragraphs {
		if p.Text == text {
			return p.Kind
		}
	}
	return ""
}

// A label over a list of links that is dropped ("Follow us on:", "More
// from the Herald") says nothing once its list is gone: it is a label,
// which segment makes boilerplate. A sentence that announces its list
// keeps the list and stays prose. What was dropped is counted: the link
// lists, and the asides readability leaves out of the article on its own.
func TestHTMLListLabelsAndLeftOut(t *testing.T) {
	in := `<!DOCTYPE html><html><head><title>Quarry plan rejected</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<h1>Quarry plan rejected after two-year fight</h1>
<p>Councillors in Dunmere on Wednesday rejected a plan to reopen the old limestone quarry above the village, ending a two-year campaign by residents.</p>
<p>The planning committee voted seven to two against the scheme after a four-hour meeting in the village hall.</p>
<aside class="factbox"><h3>The quarry in numbers</h3><p>Opened in 1887, closed in 1994, 40 hectares.</p></aside>
<p>The residents who objected were:</p>
<ul><li><a href="/p/alder">Alder Lane Residents' Association</a></li><li><a href="/p/friends">Friends of Dunmere Beck</a></li></ul>
<p>The operator, Pennine Aggregates, said it would consider an appeal.</p>
<p>Follow us on:</p>
<ul><li><a href="https://social.example/herald">Mastodon</a></li><li><a href="https://rss.example/herald">RSS</a></li></ul>
<p>A spokeswoman for the company said the decision was disappointing for the forty people it had hoped to employ.</p>
<h2>More from the Herald</h2>
<ul><li><a href="/x">Bypass opens a year late</a></li><li><a href="/y">Mill fire: what we know</a></li></ul>
<p>Campaigners said they would hold a celebration on Saturday.</p>
<div><p>You might also like:</p><ul><li><a href="/z">Ten walks in the dales</a></li></ul></div>
<p>The committee's decision can be appealed within six months.</p>
</article>
<aside role="complementary"><h3>Most read</h3><ol><li><a href="/m">Ferry strike off</a></li></ol></aside>
<aside></aside>
</body></html>`
	doc, err := Parse("quarry.html", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{"Follow us on:", "More from the Herald"} {
		if k := kindOf(doc, label); k != KindLabel {
			t.Errorf("%q is %q, want %q; paragraphs %q", label, k, KindLabel, texts(doc))
		}
	}
	for _, prose := range []string{"The residents who objected were:", "Alder Lane Residents' Association",
		"The operator, Pennine Aggregates, said it would consider an appeal.",
		"Campaigners said they would hold a celebration on Saturday."} {
		if k := kindOf(doc, prose); k != KindParagraph {
			t.Errorf("%q is %q, want %q; paragraphs %q", prose, k, KindParagraph, texts(doc))
		}
	}
	got := strings.Join(texts(doc), "|")
	for _, gone := range []string{"Mastodon", "Bypass opens", "Ten walks", "40 hectares", "Ferry strike"} {
		if strings.Contains(got, gone) {
			t.Errorf("furniture %q is kept: %q", gone, got)
		}
	}
	// Three lists of links (social, "More from", and "You might also like",
	// which readability drops with its box); two asides with words (the
	// fact box, the most-read box); the navigation and the empty aside are
	// not counted.
	if want := (LeftOut{LinkLists: 3, Asides: 2}); doc.LeftOut != want {
		t.Errorf("LeftOut = %+v, want %+v", doc.LeftOut, want)
	}
}

// A label may be the text of the block the list sits in, not yet a
// paragraph of its own.
func TestHTMLListLabelInBlock(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<body><p>The committee met on Wednesday.</p>
<div>You might also like: <ul><li><a href="/z">Ten walks in the dales</a></li></ul> and nothing more</div></body>`))
	if err != nil {
		t.Fatal(err)
	}
	paras, left := blockParagraphs(findBody(root), true)
	if len(paras) != 3 || paras[1].Text != "You might also like:" || paras[1].Kind != KindLabel {
		t.Errorf("paragraphs %+v, want the label apart, as a label", paras)
	}
	if left.LinkLists != 1 {
		t.Errorf("LeftOut = %+v, want one link list", left)
	}
}

func TestMarkdownListLabelsAndLeftOut(t *testing.T) {
	in := `# Quarry plan rejected

Councillors in Dunmere on Wednesday rejected a plan to reopen the old limestone quarry.

You might also like:

- [Ten walks in the dales](https://h.example/1)
- [Bypass opens a year late](https://h.example/2)

The residents who objected were:

- [Alder Lane Residents' Association](https://h.example/a)
- [Friends of Dunmere Beck](https://h.example/f)

## Related

- [Mill fire: what we know](https://h.example/3)

The operator said it would consider an appeal.
`
	doc, err := Parse("quarry.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{"You might also like:", "Related"} {
		if k := kindOf(doc, label); k != KindLabel {
			t.Errorf("%q is %q, want %q", label, k, KindLabel)
		}
	}
	if k := kindOf(doc, "The residents who objected were:"); k != KindParagraph {
		t.Errorf("the announcing sentence is %q, want %q", k, KindParagraph)
	}
	if want := (LeftOut{LinkLists: 2}); doc.LeftOut != want {
		t.Errorf("LeftOut = %+v, want %+v", doc.LeftOut, want)
	}
	if doc, _ := Parse("quarry.txt", []byte(in)); doc.LeftOut.Any() {
		t.Errorf("plain text left out %+v; it drops nothing", doc.LeftOut)
	}
}

func TestIsListLabel(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Follow us on:", true},
		{"You might also like:", true},
		{"Read more:", true},
		{"Related", true},
		{"More from the Herald", true},
		{"Most popular", true},
		{"Sign up for our newsletter and follow us on:", true},
		{"He said:", true}, // a colon line too short to announce a list
		{"The residents who objected were:", false},
		{"Councillors said they had read every objection to the plan before the vote, and added:", false},
		{"Follow the money.", false},
		{"Background", false},
		{"The council said it would follow the inspector's advice in full", false},
	} {
		if got := isListLabel(tt.text); got != tt.want {
			t.Errorf("isListLabel(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
