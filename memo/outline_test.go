package memo

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/review"
)

// heading is one heading of a memo: its level and text.
type heading struct {
	level int
	text  string
}

// numbered is an item's heading ("3. variant quote …"), which sits one
// level under the section that lists it.
var numbered = regexp.MustCompile(`^\d+\. `)

// checkOutline fails a memo whose headings are not one document outline:
// one top heading first, no level skipped on the way down, and every
// item one level under its section's heading.
func checkOutline(t *testing.T, format string, hs []heading) {
	t.Helper()
	if len(hs) == 0 || hs[0].level != 1 {
		t.Fatalf("%s: the memo does not open with a top heading: %v", format, hs)
	}
	section := 1
	for i, h := range hs {
		if h.level == 1 && i > 0 {
			t.Errorf("%s: a second top heading %q", format, h.text)
		}
		if i > 0 && h.level > hs[i-1].level+1 {
			t.Errorf("%s: %q (level %d) skips a level after %q (level %d)", format, h.text, h.level, hs[i-1].text, hs[i-1].level)
		}
		if numbered.MatchString(h.text) {
			if h.level != section+1 {
				t.Errorf("%s: the item %q is at level %d under a section at level %d", format, h.text, h.level, section)
			}
			continue
		}
		section = h.level
	}
}

// The Markdown and HTML memos are outlined alike: one title, sections
// under it, each item under its section (the facts framed differently
// included); and a note names the outlet of the sentence it is on.
func TestMemoOutlineAndNotes(t *testing.T) {
	rep := framedFixture(t)
	s := session(t, rep)
	var md, page bytes.Buffer
	if err := Write(&md, "markdown", rep, s, "s.json"); err != nil {
		t.Fatal(err)
	}
	if err := Write(&page, "html", rep, s, "s.json"); err != nil {
		t.Fatal(err)
	}

	src := md.Bytes()
	doc := goldmark.New(goldmark.WithExtensions(extension.Table)).Parser().Parse(text.NewReader(src))
	var mdHeads []heading
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			var b strings.Builder
			for i := 0; i < h.Lines().Len(); i++ {
				seg := h.Lines().At(i)
				b.Write(seg.Value(src))
			}
			mdHeads = append(mdHeads, heading{h.Level, b.String()})
		}
		return ast.WalkContinue, nil
	})
	checkOutline(t, "markdown", mdHeads)

	var htmlHeads []heading
	tags := regexp.MustCompile(`<[^>]*>`)
	for _, m := range regexp.MustCompile(`(?s)<h([1-6])[^>]*>(.*?)</h[1-6]>`).FindAllStringSubmatch(page.String(), -1) {
		lvl, _ := strconv.Atoi(m[1])
		htmlHeads = append(htmlHeads, heading{lvl, strings.TrimSpace(tags.ReplaceAllString(m[2], ""))})
	}
	checkOutline(t, "html", htmlHeads)

	// The fixture's note on a sentence only one outlet has.
	var sent review.Mark
	for _, mk := range s.Marks() {
		if mk.Kind == review.KindSentence && mk.Note != "" {
			sent = mk
		}
	}
	e, ok := Build(rep, s, "s.json").entry(sent.ID)
	if sent.ID == "" || !ok || len(e.Versions) != 1 {
		t.Fatalf("the fixture has no note on a unique sentence: %+v", sent)
	}
	outlet := e.Versions[0].Label
	_, notes, _ := strings.Cut(md.String(), "## Notes")
	notes, _, _ = strings.Cut(notes, "\n## ")
	if !strings.Contains(notes, "unique sentence in "+outlet+" (") {
		t.Errorf("the Markdown note on a unique sentence does not name %s:\n%s", outlet, notes)
	}
	_, hnotes, _ := strings.Cut(page.String(), "<h2>Notes")
	hnotes, _, _ = strings.Cut(hnotes, "<h2>")
	if !strings.Contains(hnotes, "unique sentence in "+outlet) {
		t.Errorf("the HTML note on a unique sentence does not name %s:\n%s", outlet, hnotes)
	}

	// The JSON memo places a unique sentence's mark in its article.
	var js bytes.Buffer
	if err := Write(&js, "json", rep, s, "s.json"); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Review struct {
			Marks []struct {
				ID                string
				Article, Sentence *int
			}
		}
	}
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for _, mk := range got.Review.Marks {
		if mk.ID != sent.ID {
			continue
		}
		if mk.Article == nil || mk.Sentence == nil || rep.Articles[*mk.Article].Label != outlet ||
			rep.Articles[*mk.Article].Sentences[*mk.Sentence].Text != e.Versions[0].Text {
			t.Errorf("the JSON mark on a unique sentence does not say where it is: %+v", mk)
		}
		return
	}
	t.Errorf("the JSON memo lacks the mark %s", sent.ID)
}

// The coverage line reads as English for two articles and for one fact.
func TestSharedLine(t *testing.T) {
	for _, c := range []struct {
		articles, groups, inAll int
		want                    string
	}{
		{2, 8, 8, "8 facts are reported by both articles."},
		{2, 1, 1, "1 fact is reported by both articles."},
		{3, 5, 2, "5 facts are reported by two or more articles; 2 by all 3."},
		{4, 0, 0, "0 facts are reported by two or more articles; 0 by all 4."},
	} {
		m := &Memo{rep: &compare.Report{Articles: make([]compare.Article, c.articles)}, Groups: c.groups, InAll: c.inAll}
		if got := m.SharedLine(); got != c.want {
			t.Errorf("%d articles, %d facts: %q, want %q", c.articles, c.groups, got, c.want)
		}
	}
}
