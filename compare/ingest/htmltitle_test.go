package ingest

import (
	"strings"
	"testing"
)

// titledPage is an invented news page: head is what goes in <head>, top
// what comes before the <article>, lead the article's own start.
func titledPage(head, top, lead string) string {
	return `<!doctype html><html><head><meta charset="utf-8">` + head + `</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
` + top + `
<article>` + lead + `
<p>A footbridge over the River Wend in Millbury was closed on Tuesday after engineers found a crack in one of its steel beams.</p>
<p>The council said walkers would be sent along the towpath to the Station Road crossing, which adds about ten minutes to the route.</p>
<p>"We will not reopen it until we are sure it is safe," said the council's head of highways, Ruth Okafor, who expects repairs to take a month.</p>
<p>About 3,000 people cross the bridge each day, most of them on their way to Millbury station, according to a count taken last spring.</p>
</article>
<footer><p>© Wend Valley Gazette. All rights reserved.</p></footer>
</body></html>`
}

// TestHTMLHeadlineIsTheH1: the <h1> is the article's headline and title,
// whatever the <title> says; the <title> stands in, without the site's
// name and a "Live:" label, only when there is no <h1>; the article never
// gets two headlines.
func TestHTMLHeadlineIsTheH1(t *testing.T) {
	const h1 = "Millbury footbridge shut after crack found in beam"
	site := `<meta property="og:site_name" content="Wend Valley Gazette">`
	header := `<header><h1>` + h1 + `</h1><p class="byline">By Tom Reed</p></header>`
	tests := []struct {
		name, head, top, lead string
		want                  string // the title and the one headline
	}{
		{"short title, h1 above the article",
			`<title>Footbridge shut | Wend Valley Gazette</title>` + site, header, "", h1},
		{"live title, h1 above the article",
			`<title>Live: Millbury bridge latest | Wend Valley Gazette</title>` + site, header, "", h1},
		{"title a shortening of the h1 in the article",
			`<title>Millbury footbridge shut | Wend Valley Gazette</title>` + site, "", `<h1>` + h1 + `</h1>`, h1},
		{"a logo h1 and the article's",
			`<title>Footbridge shut | Wend Valley Gazette</title>` + site,
			`<div class="masthead"><h1>Wend Valley Gazette</h1></div>` + header, "", h1},
		{"no h1: the title without the site",
			`<title>Millbury footbridge shut | Wend Valley Gazette</title>` + site, "", "", "Millbury footbridge shut"},
		{"no h1: the title without the label and the site",
			`<title>LIVE: Millbury footbridge shut - Wend Valley Gazette</title>` + site, "", "", "Millbury footbridge shut"},
		{"no h1: the suffix of an unknown site is kept",
			`<title>Millbury footbridge shut | Wend Valley Gazette</title>`, "", "",
			"Millbury footbridge shut | Wend Valley Gazette"},
	}
	for _, tt := range tests {
		page := titledPage(tt.head, tt.top, tt.lead)
		deep := strings.Replace(page, "<article>", "<article>"+strings.Repeat("<div>", maxTreeDepth+1), 1)
		deep = strings.Replace(deep, "</article>", strings.Repeat("</div>", maxTreeDepth+1)+"</article>", 1)
		for _, path := range []struct{ name, page string }{{"tree", page}, {"tokens", deep}} {
			doc, err := Parse("page.html", []byte(path.page))
			if err != nil {
				t.Fatalf("%s (%s): %v", tt.name, path.name, err)
			}
			if doc.Title != tt.want {
				t.Errorf("%s (%s): title %q, want %q", tt.name, path.name, doc.Title, tt.want)
			}
			var heads []string
			for _, p := range doc.Paragraphs {
				if p.Kind == KindHeadline {
					heads = append(heads, p.Text)
				}
			}
			if len(heads) != 1 || heads[0] != tt.want || doc.Paragraphs[0].Text != tt.want {
				t.Errorf("%s (%s): headlines %q, want only %q, first; paragraphs %q",
					tt.name, path.name, heads, tt.want, texts(doc))
			}
		}
	}
}
