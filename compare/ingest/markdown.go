package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// parseMarkdown reads CommonMark through goldmark's AST and keeps the prose:
// headings become headline paragraphs (the first also sets the title),
// emphasis and links keep their text, images and raw HTML are dropped, each
// list item is one paragraph (a list of nothing but links, related
// stories, is dropped as an aside would be) and code blocks are kept
// verbatim. A leading
// YAML front matter block (see cutFrontMatter) is metadata: its author is
// the byline, and its title the title and headline when no heading opens
// the article.
func parseMarkdown(s string) (doc *Document, err error) {
	// goldmark is third-party code run on untrusted input; Parse promises
	// not to panic whatever the bytes, so a bug there becomes an error.
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("markdown parser failed: %s", oneLine(fmt.Sprint(r)))
		}
	}()
	fm, s, _ := cutFrontMatter(s)
	src := []byte(s)
	root := markdownParser().Parse(text.NewReader(src))
	m := &mdWalker{src: src, doc: &Document{Format: FormatMarkdown}}
	m.blocks(root)
	m.doc.Byline, m.doc.Date, m.doc.Site = fm.byline(), fm.date, fm.site
	if fm.title != "" && !headlineAtTop(m.doc) {
		m.doc.Title = fm.title
		placeHeadline(m.doc)
	}
	markBylines(m.doc)
	return m.doc, nil
}

// headlineAtTop reports whether one of doc's first paragraphs is a
// heading: the article's own headline, which a front matter title does not
// replace.
func headlineAtTop(doc *Document) bool {
	for _, p := range doc.Paragraphs[:min(len(doc.Paragraphs), 3)] {
		if p.Kind == KindHeadline {
			return true
		}
	}
	return false
}

// markdownParser is goldmark.DefaultParser, the CommonMark parser, made
// here so that the binary links goldmark's parser and not its root
// package, which brings the HTML renderer: every run initialises every
// package linked, and the renderer's tables cost a start-up that reads no
// Markdown.
func markdownParser() parser.Parser {
	return parser.NewParser(parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
	)
}

// mdWalker collects paragraphs from a goldmark AST.
type mdWalker struct {
	src []byte
	doc *Document
}

func (m *mdWalker) add(s string, kind Kind) {
	if s = tidyLines(s); s != "" {
		m.doc.Paragraphs = append(m.doc.Paragraphs, Paragraph{Text: s, Kind: kind})
	}
}

// blocks emits the block children of n in order.
func (m *mdWalker) blocks(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		m.block(c)
	}
}

// block emits one block node.
func (m *mdWalker) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		t := m.inline(n)
		if m.doc.Title == "" {
			m.doc.Title = t
		}
		m.add(t, KindHeadline)
	case *ast.Paragraph, *ast.TextBlock:
		m.add(m.inline(n), KindParagraph)
	case *ast.List:
		if !isLinkList(n, m.src) || m.introduced(n) {
			m.blocks(n)
			break
		}
		m.doc.LeftOut.LinkLists++
		m.markLabel(n)
	case *ast.ListItem:
		m.listItem(n)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		m.add(m.lines(n), KindParagraph)
	case *ast.HTMLBlock, *ast.ThematicBreak:
		// Raw HTML is markup, not prose; a rule is decoration.
	default:
		m.blocks(n)
	}
}

// listItem makes one paragraph of an item's own text, however many
// paragraphs a loose item has; nested lists and other blocks follow it.
func (m *mdWalker) listItem(item *ast.ListItem) {
	var parts []string
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			parts = append(parts, m.inline(c))
		}
	}
	m.add(strings.Join(parts, "\n"), KindParagraph)
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
		default:
			m.block(c)
		}
	}
}

// introduced reports whether the paragraph just before list announces it
// (introducesList), so that its items are content even if each is only a
// link; blockWriter.introduced is the same rule for HTML.
func (m *mdWalker) introduced(list *ast.List) bool {
	switch p := list.PreviousSibling().(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return introducesList(m.inline(p))
	}
	return false
}

// markLabel makes the paragraph or heading just before list, a list of
// links being dropped, a KindLabel paragraph when it is the list's label
// (isListLabel); blockWriter.markLabel is the same rule for HTML.
func (m *mdWalker) markLabel(list *ast.List) {
	prev := list.PreviousSibling()
	switch prev.(type) {
	case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
	default:
		return
	}
	ps := m.doc.Paragraphs
	// The first paragraph is the headline, whatever its words.
	if last := len(ps) - 1; last > 0 && ps[last].Text == tidyLines(m.inline(prev)) && isListLabel(ps[last].Text) {
		ps[last].Kind = KindLabel
	}
}

// isLinkList reports whether every item of list is only a link: a list of
// related stories or further reading ("- [Greece bailout: the key
// numbers](…)"), which a page sets in its own box and which is no sentence
// of the story, like the HTML aside the same page would have. An item with
// words of its own beside the link ("[Report](…), published in May") is
// content, and keeps the list; so does an item whose link is a whole
// sentence (linkedSentence), as a "Key developments" list's are. An item
// may hold a list of links of its own, as a table of contents does.
func isLinkList(list *ast.List, src []byte) bool {
	items := 0
	for item := list.FirstChild(); item != nil; item = item.NextSibling() {
		c := item.FirstChild()
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
		default:
			return false // empty, or opening with another block
		}
		if !onlyLinks(c, src) || linkedSentence((&mdWalker{src: src}).inline(c)) {
			return false
		}
		if sub := c.NextSibling(); sub != nil {
			if l, ok := sub.(*ast.List); !ok || sub.NextSibling() != nil || !isLinkList(l, src) {
				return false
			}
		}
		items++
	}
	return items > 0
}

// onlyLinks reports whether n's inline content is one or more links, in
// emphasis or not, with nothing between them but space, punctuation and
// pictures.
func onlyLinks(n ast.Node, src []byte) bool {
	links := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Link, *ast.AutoLink:
			links++
		case *ast.Image:
			// a thumbnail beside the link: no words
		case *ast.Emphasis:
			if !onlyLinks(c, src) {
				return false
			}
			links++
		case *ast.Text:
			if wordy(string(c.Value(src))) {
				return false
			}
		default:
			return false
		}
	}
	return links > 0
}

// lines returns the verbatim text of a code block.
func (m *mdWalker) lines(n ast.Node) string {
	var b strings.Builder
	segs := n.Lines()
	for i := range segs.Len() {
		seg := segs.At(i)
		b.Write(seg.Value(m.src))
	}
	return b.String()
}

// inline returns the plain text of n's inline content. It walks the tree
// with the nodes' own links rather than recursion, so emphasis nested
// thousands deep costs no stack.
func (m *mdWalker) inline(n ast.Node) string {
	var b strings.Builder
	dropped := false // an image was left out: do not double the space around it
	c := n.FirstChild()
	for c != nil {
		descend := false
		switch c := c.(type) {
		case *ast.Text:
			v := c.Value(m.src)
			if !c.IsRaw() {
				v = unescapeMarkdown(v)
			}
			if dropped && strings.HasSuffix(b.String(), " ") {
				v = bytes.TrimLeft(v, " ")
			}
			dropped = false
			b.Write(v)
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.CodeSpan:
			m.codeSpan(&b, c)
		case *ast.AutoLink:
			b.Write(c.Label(m.src))
		case *ast.Image, *ast.RawHTML:
			// Alt text would land mid-sentence and tags are not prose.
			dropped = true
		default:
			descend = true
		}
		if descend && c.FirstChild() != nil {
			c = c.FirstChild()
			continue
		}
		for c != nil && c != n && c.NextSibling() == nil {
			c = c.Parent()
		}
		if c == nil || c == n {
			break
		}
		c = c.NextSibling()
	}
	return b.String()
}

// codeSpan writes a code span's text as is; its line endings were spaces.
func (m *mdWalker) codeSpan(b *strings.Builder, n *ast.CodeSpan) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			v := t.Value(m.src)
			if l := len(v); l > 0 && v[l-1] == '\n' {
				b.Write(v[:l-1])
				b.WriteByte(' ')
			} else {
				b.Write(v)
			}
		}
	}
}

// unescapeMarkdown resolves backslash escapes and character references, as
// goldmark's HTML renderer would before escaping for HTML.
func unescapeMarkdown(v []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}

// tidyLines trims each line's trailing blanks and the text's outer space.
func tidyLines(s string) string {
	if !strings.Contains(s, " \n") && !strings.Contains(s, "\t\n") {
		return strings.TrimSpace(s)
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// maxMarkdownNesting is the deepest container nesting (block quotes and
// list items opened on one line) given to goldmark, whose time grows with
// the square of that depth: 50,000 levels take seconds. No article nests
// 32 deep, so such input is read as plain text instead.
const maxMarkdownNesting = 32

// tooNested reports whether a line of s opens more than limit containers.
func tooNested(s string, limit int) bool {
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if containerMarkers(line, limit) > limit {
			return true
		}
	}
	return false
}

// containerMarkers counts the block quote and list markers that open line,
// stopping once the count passes limit.
func containerMarkers(line string, limit int) int {
	n := 0
	for n <= limit {
		line = strings.TrimLeft(line, " \t")
		if line == "" {
			return n
		}
		switch c := line[0]; {
		case c == '>':
			line = line[1:]
		case (c == '-' || c == '*' || c == '+') && len(line) > 1 && (line[1] == ' ' || line[1] == '\t'):
			line = line[2:]
		case c >= '0' && c <= '9':
			d := 1
			for d < len(line) && d < 10 && line[d] >= '0' && line[d] <= '9' {
				d++
			}
			if d+1 >= len(line) || (line[d] != '.' && line[d] != ')') || (line[d+1] != ' ' && line[d+1] != '\t') {
				return n
			}
			line = line[d+2:]
		default:
			return n
		}
		n++
	}
	return n
}
