package ingest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

func TestParseMarkdown(t *testing.T) {
	in := `# Harbour bridge to close

By Jane Doe | The Harbour Herald

The bridge will close for **six weeks**, the _council_ said
on Wednesday. See [the notice](https://city.example/notice) ![A map](map.png) for details,
or <https://city.example>. Escaped \*stars\* and &amp; entities &#233;.

<div class="ad">Advertisement: buy a sofa</div>

## Detours

- Buses 4 and 12 use the *Old Mill* crossing.
- Cyclists walk across
  1. the east footway
  2. or the ferry

> We would rather close it now.

` + "```" + `
ROUTE  MINUTES
4      25
` + "```" + `

Inline <span>html</span> and ` + "`code  span`" + `.
`
	doc, err := Parse("bridge.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Paragraph{
		{"Harbour bridge to close", KindHeadline},
		{"By Jane Doe | The Harbour Herald", KindByline},
		{"The bridge will close for six weeks, the council said\non Wednesday. See the notice for details,\nor https://city.example. Escaped *stars* and & entities é.", KindParagraph},
		{"Detours", KindHeadline},
		{"Buses 4 and 12 use the Old Mill crossing.", KindParagraph},
		{"Cyclists walk across", KindParagraph},
		{"the east footway", KindParagraph},
		{"or the ferry", KindParagraph},
		{"We would rather close it now.", KindParagraph},
		{"ROUTE  MINUTES\n4      25", KindParagraph},
		{"Inline html and code  span.", KindParagraph},
	}
	got := doc.Paragraphs
	for i := range max(len(got), len(want)) {
		switch {
		case i >= len(got):
			t.Errorf("missing paragraph %d: %+v", i, want[i])
		case i >= len(want):
			t.Errorf("extra paragraph %d: %+v", i, got[i])
		case got[i] != want[i]:
			t.Errorf("paragraph %d = %+v\n want %+v", i, got[i], want[i])
		}
	}
	if doc.Title != "Harbour bridge to close" || doc.Byline != "Jane Doe" || doc.Format != FormatMarkdown {
		t.Errorf("title %q byline %q format %q", doc.Title, doc.Byline, doc.Format)
	}
}

func TestParseMarkdownControls(t *testing.T) {
	in := "# Title \x1b[2J here\n\nText with &#27;]52;c;eA== and \\\x1b escape and \u202Eflip.\n"
	doc, err := Parse("c.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Title ␛[2J here" {
		t.Errorf("title = %q", doc.Title)
	}
	if want := "Text with ␛]52;c;eA== and \\␛ escape and ⟨U+202E⟩flip."; doc.Paragraphs[1].Text != want {
		t.Errorf("text = %q, want %q", doc.Paragraphs[1].Text, want)
	}
}

// TestParseMarkdownTooNested: goldmark's time grows with the square of the
// nesting depth, so input nested deeper than any article is read as text.
func TestParseMarkdownTooNested(t *testing.T) {
	deep := strings.Repeat("> ", maxMarkdownNesting+1) + "quote"
	doc, err := Parse("deep.md", []byte(deep))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != FormatText {
		t.Errorf("format = %q, want text", doc.Format)
	}
	ok, err := Parse("ok.md", []byte(strings.Repeat("> ", 5)+"- 1. quote"))
	if err != nil || ok.Format != FormatMarkdown || ok.Paragraphs[0].Text != "quote" {
		t.Errorf("shallow nesting: %+v, %v", ok, err)
	}
}

// markdownParser is goldmark's default parser: the same tree, node for
// node, on Markdown with every kind of block and inline.
func TestMarkdownParserIsGoldmarksDefault(t *testing.T) {
	src := []byte("# Title\n\nSetext\n===\n\nA *para* with **strong**, `code`, [a link](http://x.y \"t\"), ![img](i.png), <b>html</b>, &amp; and a\\\nbreak.\n\n> quoted\n> > nested\n\n- one\n- two\n  1. three\n\n```go\ncode block\n```\n\n    indented\n\n<div>raw</div>\n\n---\n\n[ref]: http://r.s\nUse [ref] and <http://auto.link>.\n")
	dump := func(p parser.Parser) string {
		var b strings.Builder
		root := p.Parse(text.NewReader(src))
		_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if entering {
				fmt.Fprintf(&b, "%s[", n.Kind())
				if n.Type() == ast.TypeBlock {
					for i := 0; i < n.Lines().Len(); i++ {
						seg := n.Lines().At(i)
						b.Write(seg.Value(src))
					}
				} else if t, ok := n.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			} else {
				b.WriteString("]")
			}
			return ast.WalkContinue, nil
		})
		return b.String()
	}
	got, want := dump(markdownParser()), dump(goldmark.DefaultParser())
	if got != want {
		t.Errorf("markdownParser's tree\n%s\ngoldmark.DefaultParser's\n%s", got, want)
	}
	if !strings.Contains(want, "Heading[") || !strings.Contains(want, "FencedCodeBlock[") || !strings.Contains(want, "Link[") {
		t.Errorf("the sample did not parse into the blocks it was written to have: %s", want)
	}
}

// A list whose items are each only a link is a box of related stories,
// as an HTML page's aside is: no paragraph of the story. A list with
// words of its own beside its links is content, whole.
func TestMarkdownLinkListIsNoProse(t *testing.T) {
	in := `# Harbour bridge to close

The bridge will close for six weeks, the council said.

**Further reading:**

- [Why the bridge is sinking](https://h.example/1)
- **[Ferry timetable changes](https://h.example/2)**
* <https://h.example/3>
* ![](thumb.jpg) [Road closures map](https://h.example/4)

1. [Closures](https://h.example/c)
   - [Bus routes](https://h.example/b)

Buses will use the Old Mill crossing.

- [The council's notice](https://h.example/n), published on Monday
- [Map of detours](https://h.example/m)

1. [Cyclists](https://h.example/c) walk across.

- [Walkers](https://h.example/w)
  - the east footway

See [the notice](https://h.example/n).
`
	doc, err := Parse("bridge.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range doc.Paragraphs {
		got = append(got, p.Text)
	}
	want := []string{
		"Harbour bridge to close",
		"The bridge will close for six weeks, the council said.",
		"Further reading:",
		"Buses will use the Old Mill crossing.",
		"The council's notice, published on Monday",
		"Map of detours",
		"Cyclists walk across.",
		"Walkers",
		"the east footway",
		"See the notice.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs\n%q\nwant\n%q", got, want)
	}
}

// A live blog's or newsletter's list of developments links whole
// sentences: each is a fact of the story, kept, while a list of titles
// (short, no full stop, or in headline case) beside it is still dropped.
func TestMarkdownLinkedSentencesAreProse(t *testing.T) {
	in := `# Floods: what we know

The river burst its banks at Castleford on Monday night.

Latest:

- [Rescuers took 40 people from their homes by boat overnight.](https://f.example/a)
- [The council opened two rest centres, a spokeswoman said](https://f.example/b)
- [Rail services to Leeds are suspended](https://f.example/c)

Related:

- [Why the river flooded again](https://f.example/r1)
- [Castleford Flood Defences Were Never Finished.](https://f.example/r2)
- [Floods.](https://f.example/r3)

Schools in the town will stay shut on Tuesday.
`
	doc, err := Parse("floods.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(texts(doc), "|")
	for _, kept := range []string{"Rescuers took 40 people from their homes by boat overnight.",
		"The council opened two rest centres, a spokeswoman said", "Rail services to Leeds are suspended",
		"Schools in the town will stay shut on Tuesday."} {
		if !strings.Contains(got, kept) {
			t.Errorf("%q is lost: %q", kept, got)
		}
	}
	for _, gone := range []string{"Why the river flooded again", "Never Finished", "Floods."} {
		if strings.Contains(got, gone) {
			t.Errorf("the related list's %q is kept: %q", gone, got)
		}
	}
}

// The Markdown rule is the HTML one: a sentence that announces a list of
// links keeps it; a label does not.
func TestMarkdownIntroducedLinkListIsProse(t *testing.T) {
	in := `# League fines four clubs

The Northern League on Friday fined four clubs for paying players late.

The clubs fined were:
- [Harrowgate Town](https://l.example/c/h)
- [Stainby Rovers](https://l.example/c/s)

Papers filed with the league's tribunal:

1. [Tribunal ruling (PDF)](https://l.example/p/r.pdf)
2. [Stainby's notice of appeal](https://l.example/p/a)

More on this story:

- [Clubs warned over wage bills](https://l.example/r1)
- [Stainby chairman quits](https://l.example/r2)

The board said two of the clubs had paid late for three months running.
`
	doc, err := Parse("league.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(texts(doc), "|")
	for _, kept := range []string{"The clubs fined were:|Harrowgate Town|Stainby Rovers|",
		"Tribunal ruling (PDF)|Stainby's notice of appeal",
		"The board said two of the clubs had paid late for three months running."} {
		if !strings.Contains(got, kept) {
			t.Errorf("%q is lost: %q", kept, got)
		}
	}
	for _, gone := range []string{"Clubs warned over wage bills", "Stainby chairman quits"} {
		if strings.Contains(got, gone) {
			t.Errorf("the related list's %q is kept: %q", gone, got)
		}
	}
}
