package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// walkHTML visits the tree under root in document order without recursion
// (pages nest divs thousands deep). enter returns whether to visit a node's
// children; leave is called for every node entered, after its children.
func walkHTML(root *html.Node, enter func(*html.Node) bool, leave func(*html.Node)) {
	if root == nil {
		return
	}
	n := root
	for {
		if enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for {
			leave(n)
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}

// skipped elements hold no prose: scripts, forms, media, embedded objects.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Img: true, atom.Picture: true, atom.Video: true, atom.Audio: true,
	atom.Map: true, atom.Dialog: true,
}

// clutter is page furniture: navigation, menus, side boxes. Readability
// keeps it when a page is too short to judge, so it is always dropped.
var clutter = map[atom.Atom]bool{atom.Nav: true, atom.Aside: true, atom.Menu: true}

// frame is the page's header and footer, dropped only when reading a page
// without readability: inside an article, a header holds its headline.
var frame = map[atom.Atom]bool{atom.Header: true, atom.Footer: true}

// clutterRoles are ARIA roles of page furniture rather than article.
var clutterRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"menu": true, "menubar": true, "search": true, "dialog": true, "alert": true,
}

// blocks are elements that end the paragraph before them and start a new one.
var blocks = map[atom.Atom]bool{
	atom.Html: true, atom.Body: true, atom.P: true, atom.Div: true, atom.Section: true,
	atom.Article: true, atom.Main: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Figure: true,
	atom.Figcaption: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Caption: true,
	atom.Hr: true, atom.Address: true, atom.Details: true, atom.Summary: true,
	atom.Fieldset: true, atom.Center: true, atom.Header: true, atom.Footer: true,
	atom.Nav: true, atom.Aside: true,
}

// blockWriter turns a tree into paragraphs: text collects into a buffer
// that each block boundary flushes. The counters say which elements the
// text is inside, which decides its Kind and whether spaces collapse.
type blockWriter struct {
	paras   []Paragraph
	buf     strings.Builder
	pending bool // a collapsed run of whitespace awaits the next character
	stale   bool // furniture or a link list was dropped after the last paragraph
	left    LeftOut
	heading int
	caption int
	pre     int
}

// blockParagraphs returns the paragraphs under root, without navigation,
// menus and asides; with whole set (root is a page, not an article), page
// headers and footers are dropped too. It counts the asides and link lists
// it left out.
func blockParagraphs(root *html.Node, whole bool) ([]Paragraph, LeftOut) {
	w := &blockWriter{}
	gone := map[*html.Node]bool{} // decided on entering: leaving must agree
	enter := func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			w.text(n.Data)
		case html.ElementNode:
			if w.dropped(n, whole) {
				gone[n] = true
				return false
			}
			switch {
			case n.DataAtom == atom.Br:
				w.lineBreak()
			case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
				w.pending = true
			case blocks[n.DataAtom]:
				w.flush()
				w.count(n.DataAtom, 1)
			}
		case html.CommentNode, html.DoctypeNode:
			return false
		}
		return true
	}
	leave := func(n *html.Node) {
		if n.Type == html.ElementNode && blocks[n.DataAtom] && !gone[n] {
			w.flush()
			w.count(n.DataAtom, -1)
		}
	}
	walkHTML(root, enter, leave)
	w.flush()
	return w.paras, w.left
}

// dropped reports whether the element n and what it holds are no prose:
// no text, furniture, or a list of links that no sentence of the story
// announces (introduced).
func (w *blockWriter) dropped(n *html.Node, whole bool) bool {
	switch {
	case skipped[n.DataAtom]:
		return true
	case isFurniture(n, whole):
		if isAside(n) && hasText(n) {
			w.left.Asides++
		}
		w.stale = true
		return true
	case (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol) && isLinkListHTML(n) && !w.introduced():
		w.left.LinkLists++
		w.markLabel()
		w.stale = true
		return true
	}
	return false
}

// markLabel makes the text just before a list of links being dropped a
// KindLabel paragraph when it is the list's label (isListLabel): the text
// of the block the list is in, which ends there, or else the last
// paragraph, with nothing dropped since.
func (w *blockWriter) markLabel() {
	if t := w.buf.String(); wordy(t) {
		if !isListLabel(tidyLines(t)) {
			return
		}
		w.flush()
	} else if w.stale {
		return
	}
	// The first paragraph is the headline, whatever its words.
	if last := len(w.paras) - 1; last > 0 && isListLabel(w.paras[last].Text) {
		w.paras[last].Kind = KindLabel
	}
}

// isAside reports whether n is a side box: an <aside> or an element with
// role="complementary".
func isAside(n *html.Node) bool {
	return n.DataAtom == atom.Aside || strings.EqualFold(attr(n, "role"), "complementary")
}

// hasText reports whether any text under n has a letter or a digit,
// outside what holds no prose (skipped).
func hasText(n *html.Node) bool {
	found := false
	walkHTML(n, func(c *html.Node) bool {
		switch {
		case found:
			return false
		case c.Type == html.TextNode:
			found = wordy(c.Data)
		case c.Type != html.ElementNode && c.Type != html.DocumentNode:
			return false
		case c != n && skipped[c.DataAtom]:
			return false
		}
		return true
	}, func(*html.Node) {})
	return found
}

// introduced reports whether the text just before a list announces it
// (introducesList): the text of the block the list is in, or else the
// last paragraph, with no furniture or link list dropped since.
func (w *blockWriter) introduced() bool {
	if t := w.buf.String(); wordy(t) {
		return introducesList(t)
	}
	return !w.stale && len(w.paras) > 0 && introducesList(w.paras[len(w.paras)-1].Text)
}

// isLinkListHTML is isLinkList (the Markdown rule) for an HTML <ul> or
// <ol>: every item is only links, with nothing between them but space,
// punctuation and pictures; an item may hold a list of links of its own.
// Such a list of related stories inside the article, outside any <aside>,
// is no sentence of the story. A list with a word of its own beside a link,
// or with a link that is a whole sentence (linkedSentence), is content,
// whole; so is a list of links that a sentence of the story announces
// (blockWriter.introduced).
func isLinkListHTML(list *html.Node) bool {
	items := 0
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		switch {
		case li.Type == html.TextNode:
			if wordy(li.Data) {
				return false
			}
		case li.Type != html.ElementNode:
		case li.DataAtom != atom.Li || !onlyLinksHTML(li) || linkedSentenceHTML(li):
			return false
		default:
			items++
		}
	}
	return items > 0
}

// linkedSentenceHTML reports whether the item li, or an item of a list it
// holds, reads as a sentence of the story (linkedSentence). Each item's
// text is its own, without that of the lists it holds.
func linkedSentenceHTML(li *html.Node) bool {
	var own strings.Builder
	found := false
	walkHTML(li, func(c *html.Node) bool {
		switch {
		case found:
			return false
		case c.Type == html.TextNode:
			own.WriteString(c.Data)
		case c.Type != html.ElementNode:
			return false
		case c != li && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol):
			for sub := c.FirstChild; sub != nil && !found; sub = sub.NextSibling {
				found = sub.Type == html.ElementNode && sub.DataAtom == atom.Li && linkedSentenceHTML(sub)
			}
			return false
		case c != li && skipped[c.DataAtom]:
			return false
		}
		return true
	}, func(*html.Node) {})
	return found || linkedSentence(own.String())
}

// onlyLinksHTML reports whether every word under n is inside a link, and
// there is one. Wrappers (emphasis, spans, paragraphs, a nested list) are
// looked through; what holds no prose (skipped) is passed over.
func onlyLinksHTML(n *html.Node) bool {
	links, words := 0, false
	walkHTML(n, func(c *html.Node) bool {
		switch {
		case words:
			return false
		case c.Type == html.TextNode:
			words = wordy(c.Data)
		case c.Type != html.ElementNode:
			return false
		case c.DataAtom == atom.A:
			links++
			return false
		case c != n && skipped[c.DataAtom]:
			return false
		}
		return true
	}, func(*html.Node) {})
	return links > 0 && !words
}

// isFurniture reports whether n is page furniture by element or role.
func isFurniture(n *html.Node, whole bool) bool {
	return clutter[n.DataAtom] || (whole && frame[n.DataAtom]) ||
		clutterRoles[strings.ToLower(attr(n, "role"))]
}

// count moves the counter a's element drives by d. Counters stop at zero:
// a token stream may close what it never opened.
func (w *blockWriter) count(a atom.Atom, d int) {
	var c *int
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c = &w.heading
	case atom.Figcaption, atom.Caption:
		c = &w.caption
	case atom.Pre:
		c = &w.pre
	default:
		return
	}
	*c = max(0, *c+d)
}

// text adds s, collapsing HTML whitespace to single spaces outside <pre>.
func (w *blockWriter) text(s string) {
	if w.pre > 0 {
		w.buf.WriteString(s)
		return
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\r', '\f':
			w.pending = true
		default:
			if w.pending && w.buf.Len() > 0 && !strings.HasSuffix(w.buf.String(), "\n") {
				w.buf.WriteByte(' ')
			}
			w.pending = false
			w.buf.WriteByte(c)
		}
	}
}

// lineBreak adds a <br>: a line break inside the paragraph.
func (w *blockWriter) lineBreak() {
	w.pending = false
	w.buf.WriteByte('\n')
}

// flush ends the current paragraph.
func (w *blockWriter) flush() {
	t := tidyLines(w.buf.String())
	w.buf.Reset()
	w.pending = false
	if t == "" {
		return
	}
	w.stale = false
	kind := KindParagraph
	switch {
	case w.heading > 0:
		kind = KindHeadline
	case w.caption > 0:
		kind = KindCaption
	}
	w.paras = append(w.paras, Paragraph{Text: t, Kind: kind})
}

// findBody returns the body element of a parsed page, or the page itself.
func findBody(root *html.Node) *html.Node {
	var body *html.Node
	walkHTML(root, func(n *html.Node) bool {
		if body != nil {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
			return false
		}
		return true
	}, func(*html.Node) {})
	if body == nil {
		return root
	}
	return body
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	v, _ := hasAttr(n, key)
	return v
}
