package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is the metadata a page states in its head, read before
// readability mutates the tree. Readability has the better title and
// byline; this fills in when it has none, and supplies the date as written.
// headline is the page's <h1> (see pickHeadline), "" when it has none.
type pageMeta struct {
	title, byline, site, date, headline string
}

// dateKeys are meta names, properties and itemprops that carry the
// publication date, most specific first.
var dateKeys = []string{
	"article:published_time", "og:published_time", "datepublished", "article.published",
	"parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
	"dcterms.created", "publishdate", "publish-date", "publication_date", "pubdate", "date",
}

// metaCollector gathers page metadata from either a tree or a token stream.
type metaCollector struct {
	values          map[string]string
	title, timeDate string
	h1s             []string // the texts of the <h1> elements outside page furniture
}

// meta records a <meta> element's property, name and itemprop keys.
func (c *metaCollector) meta(get func(string) string) {
	if c.values == nil {
		c.values = map[string]string{}
	}
	content := strings.TrimSpace(get("content"))
	for _, k := range []string{"property", "name", "itemprop"} {
		key := strings.ToLower(strings.TrimSpace(get(k)))
		if key != "" && content != "" && c.values[key] == "" {
			c.values[key] = content
		}
	}
}

// result picks each field from the most specific source found.
func (c *metaCollector) result() pageMeta {
	v := c.values
	m := pageMeta{
		title:  firstNonEmpty(v["og:title"], v["twitter:title"], c.title),
		byline: firstNonEmpty(v["author"], v["article:author"], v["dc.creator"]),
		site:   firstNonEmpty(v["og:site_name"], v["application-name"]),
	}
	if strings.Contains(m.byline, "://") {
		m.byline = "" // article:author is often a profile URL
	}
	for _, k := range dateKeys {
		if d := v[k]; d != "" {
			m.date = d
			break
		}
	}
	m.date = firstNonEmpty(m.date, c.timeDate)
	m.headline = pickHeadline(c.h1s, firstNonEmpty(c.title, m.title), m.site)
	return m
}

// scanMeta reads <title>, <meta> tags, a <time> marked as the publication
// date and the <h1> elements outside navigation and side boxes.
func scanMeta(root *html.Node) pageMeta {
	var c metaCollector
	walkHTML(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return false
		}
		if n.Type == html.ElementNode && isFurniture(n, false) {
			return false
		}
		switch n.DataAtom {
		case atom.H1:
			c.h1s = append(c.h1s, textContent(n))
			return false
		case atom.Title:
			if c.title == "" {
				c.title = textContent(n)
			}
			return false
		case atom.Meta:
			c.meta(func(k string) string { return attr(n, k) })
		case atom.Time:
			prop := strings.ToLower(attr(n, "itemprop"))
			_, pubdate := hasAttr(n, "pubdate")
			if c.timeDate == "" && (prop == "datepublished" || pubdate) {
				c.timeDate = firstNonEmpty(attr(n, "datetime"), textContent(n))
			}
		case atom.Script, atom.Style, atom.Svg:
			return false
		}
		return true
	}, func(*html.Node) {})
	return c.result()
}

// textContent returns the text under n, whitespace collapsed.
func textContent(n *html.Node) string {
	var b strings.Builder
	walkHTML(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		return true
	}, func(*html.Node) {})
	return strings.Join(strings.Fields(b.String()), " ")
}

// hasAttr returns the value of n's attribute key and whether it is present.
func hasAttr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}
