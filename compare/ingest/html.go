package ingest

import (
	"bytes"
	"mime"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// charsetSniffLen is how far into a page a meta charset is looked for, as
// browsers do.
const charsetSniffLen = 1024

// parseHTML reads a saved web page. go-readability picks the article out of
// the page (dropping navigation, ads and other clutter) and supplies the
// metadata; the article's block elements become paragraphs. When readability
// finds nothing, or fails, the page body is read with a simpler filter so a
// short page still yields its text.
func parseHTML(u unit) *Document {
	s := normalizeNewlines(decodeHTML(u))
	var doc *Document
	if tooDeep(s, maxTreeDepth) {
		doc = flatDocument(s)
	} else {
		doc = treeDocument(s)
	}
	if name, ok := bylineName(strings.TrimSpace(doc.Byline)); ok {
		doc.Byline = name // readability keeps "By " and the role
	}
	if len(doc.Paragraphs) > 0 {
		placeHeadline(doc)
	}
	markBylines(doc)
	return doc
}

// treeDocument builds the page's tree and lets readability find the article.
func treeDocument(s string) *Document {
	doc := &Document{Format: FormatHTML}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		// html.Parse fails only when its reader does, and a strings.Reader
		// does not; an empty document is the honest answer if it ever did.
		return doc
	}
	meta := scanMeta(root)
	// What is left out is counted over the whole page before readability
	// mutates it: readability drops most asides and many link lists
	// itself, silently, and a reader should learn of those too.
	_, doc.LeftOut = blockParagraphs(findBody(root), true)
	if art, ok := extractArticle(root); ok {
		doc.Title, doc.Byline, doc.Site, doc.Date = art.title, art.byline, art.site, art.date
		doc.Paragraphs, _ = blockParagraphs(art.node, false)
	}
	if len(doc.Paragraphs) == 0 {
		// readability mutated root; start again from the text.
		if fresh, err := html.Parse(strings.NewReader(s)); err == nil {
			doc.Paragraphs, _ = blockParagraphs(findBody(fresh), true)
		}
	}
	doc.Title = firstNonEmpty(doc.Title, meta.title)
	doc.Byline = firstNonEmpty(doc.Byline, meta.byline)
	doc.Site = firstNonEmpty(doc.Site, meta.site)
	doc.Date = firstNonEmpty(meta.date, doc.Date) // as written beats re-formatted
	doc.Title = pageTitle(meta.headline, doc.Title, doc.Site)
	return doc
}

// decodeHTML returns the page as UTF-8. A charset declared in a meta tag is
// honoured unless a byte order mark already settled the question; UTF-16
// labels on a page without a BOM are wrong by definition (the meta tag was
// readable as ASCII), so they are read as UTF-8, as browsers do.
// A page that declares UTF-8, or has its byte order mark, is UTF-8 with
// stray bytes, never guessed to be Windows-1252.
func decodeHTML(u unit) string {
	if u.bom {
		return replaceInvalid(u.data)
	}
	label := metaCharset(u.data[:min(len(u.data), charsetSniffLen)])
	enc, name := charset.Lookup(label)
	switch {
	case enc != nil && name == "utf-8":
		return replaceInvalid(u.data)
	case enc != nil && !strings.HasPrefix(name, "utf-16") && name != "replacement":
		if out, err := enc.NewDecoder().Bytes(u.data); err == nil {
			return replaceInvalid(out)
		}
	}
	return validUTF8(u.data)
}

// metaCharset returns the charset a page declares in its head, from
// <meta charset> or <meta http-equiv="Content-Type" content="...">.
func metaCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if atom.Lookup(name) == atom.Body {
				return ""
			}
			if atom.Lookup(name) != atom.Meta || !hasAttr {
				continue
			}
			var cs, equiv, content string
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
			}
			if cs != "" {
				return strings.TrimSpace(cs)
			}
			if equiv == "content-type" {
				if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
					return params["charset"]
				}
			}
		}
	}
}

// article is what readability found, copied out of its value.
type article struct {
	node                      *html.Node
	title, byline, site, date string
}

// extractArticle runs readability over root, which it mutates. Readability
// is a large heuristic port run on untrusted pages, so a panic inside it is
// turned into "not found" and Parse falls back to the plain body.
func extractArticle(root *html.Node) (a article, ok bool) {
	defer func() {
		if recover() != nil {
			a, ok = article{}, false
		}
	}()
	p := readability.NewParser()
	res, err := p.ParseAndMutate(root, nil)
	if err != nil {
		return article{}, false
	}
	a = article{node: res.Node, title: res.Title(), byline: res.Byline(), site: res.SiteName()}
	if t, err := res.PublishedTime(); err == nil {
		a.date = t.Format(time.RFC3339)
	}
	return a, true
}

// pageTitle is the article's title: the page's <h1> when it has one, else
// its title without the site's name and a label (see cleanTitle).
func pageTitle(headline, title, site string) string {
	if headline != "" {
		return headline
	}
	return cleanTitle(title, site)
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
