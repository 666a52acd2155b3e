package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxTreeDepth is the deepest element nesting given to the HTML tree
// builder and readability. Both cost time proportional to depth for every
// element (10,000 nested divs take seconds), while real pages nest a few
// dozen deep; deeper pages are read token by token instead.
const maxTreeDepth = 512

// voids never have an end tag, so they do not nest.
var voids = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// optionalEnds are elements whose end tag pages routinely omit; the tree
// builder closes them implicitly, so counting them would overstate depth.
var optionalEnds = map[atom.Atom]bool{
	atom.Html: true, atom.Head: true, atom.Body: true, atom.P: true, atom.Li: true,
	atom.Dt: true, atom.Dd: true, atom.Option: true, atom.Optgroup: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Colgroup: true, atom.Rb: true, atom.Rt: true, atom.Rp: true,
}

// tooDeep reports whether the page's tags nest deeper than limit. It is a
// linear pass over the tokens and an estimate: unmatched end tags are
// ignored, and elements with optional end tags are not counted. "<div/>"
// opens a div in HTML, so self-closing tags count too, except inside SVG
// and MathML where they really are empty.
func tooDeep(s string, limit int) bool {
	z := html.NewTokenizer(strings.NewReader(s))
	depth, foreign := 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return false
		}
		name, _ := z.TagName()
		a := atom.Lookup(name)
		if voids[a] || optionalEnds[a] {
			continue
		}
		switch {
		case tt == html.StartTagToken || (tt == html.SelfClosingTagToken && foreign == 0):
			if a == atom.Svg || a == atom.Math {
				foreign++
			}
			if depth++; depth > limit {
				return true
			}
		case tt == html.EndTagToken && depth > 0:
			if (a == atom.Svg || a == atom.Math) && foreign > 0 {
				foreign--
			}
			depth--
		}
	}
}

// flatDocument reads a page from its token stream, without building a
// tree: block tags end paragraphs, page furniture and scripts are skipped.
// It is the linear path for pages too deep for the tree builder.
func flatDocument(s string) *Document {
	z := html.NewTokenizer(strings.NewReader(s))
	w := &blockWriter{}
	var meta metaCollector
	// While skipping, only tags named like the skipped element matter:
	// counting those finds its end even when the tags inside are unbalanced.
	var skipName string
	skipNest := 0
	aside := false // the element skipped is a side box, not yet counted
	inTitle := false
	h1 := -1 // the index in meta.h1s of the <h1> being read, or -1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw, hasAttr := z.TagName()
		name, a := string(raw), atom.Lookup(raw)
		var text string
		if tt == html.TextToken {
			text = string(z.Text()) // Text consumes the token's text
		}
		// The <h1> is read for the headline even inside a page header,
		// which the paragraphs leave out.
		if skipNest == 0 || frame[atom.Lookup([]byte(skipName))] {
			switch {
			case a == atom.H1 && tt == html.StartTagToken:
				meta.h1s = append(meta.h1s, "")
				h1 = len(meta.h1s) - 1
			case a == atom.H1 && tt == html.EndTagToken:
				h1 = -1
			case tt == html.TextToken && h1 >= 0:
				meta.h1s[h1] += text
			}
		}
		switch {
		case tt == html.TextToken && inTitle:
			meta.title += text
		case tt == html.TextToken && skipNest == 0:
			w.text(text)
		case tt == html.TextToken && aside && wordy(text):
			w.left.Asides++
			aside = false
		case skipNest > 0 && name == skipName && tt == html.StartTagToken:
			skipNest++
		case skipNest > 0 && name == skipName && tt == html.EndTagToken:
			skipNest--
		case skipNest > 0:
		case tt == html.EndTagToken:
			if a == atom.Title {
				inTitle = false
			} else if blocks[a] {
				w.flush()
				w.count(a, -1)
			}
		case tt == html.StartTagToken || tt == html.SelfClosingTagToken:
			attrs := tagAttrs(z, hasAttr)
			get := func(k string) string { return attrs[k] }
			switch {
			case a == atom.Meta:
				meta.meta(get)
			case a == atom.Title:
				inTitle = tt == html.StartTagToken && meta.title == ""
			case a == atom.Br:
				w.lineBreak()
			case a == atom.Head:
				// Its title and metas are read above; scripts are skipped alone.
			case skipped[a] || clutter[a] || frame[a] || clutterRoles[strings.ToLower(attrs["role"])]:
				if tt == html.StartTagToken && !voids[a] {
					skipName, skipNest = name, 1
					aside = a == atom.Aside || strings.EqualFold(attrs["role"], "complementary")
				}
			case a == atom.Td || a == atom.Th:
				w.pending = true
			case blocks[a]:
				w.flush()
				w.count(a, 1)
			}
		}
	}
	w.flush()
	m := meta.result()
	return &Document{Format: FormatHTML, Paragraphs: w.paras, LeftOut: w.left,
		Title: pageTitle(m.headline, m.title, m.site), Byline: m.byline, Site: m.site, Date: m.date}
}

// tagAttrs returns the current tag's attributes, keys in lower case.
func tagAttrs(z *html.Tokenizer, more bool) map[string]string {
	attrs := map[string]string{}
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		attrs[strings.ToLower(string(k))] = string(v)
	}
	return attrs
}
