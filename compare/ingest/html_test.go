package ingest

import (
	"os"
	"strings"
	"testing"
)

// readFixture returns a file under testdata.
func readFixture(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// furniture is text of the fixture's navigation, ads, sidebar and footer.
var furniture = []string{"Subscribe today", "Sport", "Advertisement", "Deluxe Sofa", "Most read", "Ferry strike", "All rights reserved"}

func TestParseHTMLSavedPage(t *testing.T) {
	// Saved as .txt on purpose: the content, not the name, says HTML.
	doc, err := Parse("bridge.txt", readFixture(t, "saved-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ field, got, want string }{
		{"format", doc.Format, FormatHTML},
		{"title", doc.Title, "Harbour bridge to close for six weeks of repairs"},
		{"byline", doc.Byline, "Jane Doe"},
		{"site", doc.Site, "The Harbour Herald"},
		{"label", doc.Label, "The Harbour Herald"},
		{"date", doc.Date, "2024-03-14T08:30:00Z"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	want := []Paragraph{
		{"Harbour bridge to close for six weeks of repairs", KindHeadline},
		{"By Jane Doe, Transport Reporter", KindByline},
		{"The Harbour Bridge will close to all traffic for six weeks from April 2, the city council announced on Wednesday, after inspectors found corrosion in two of its main support cables.", KindParagraph},
		{"Council engineer Priya Natarajan said the repairs could not wait. “We found section loss of up to 12 percent in the north cable,” she said. “That is well inside the safety margin today, but it will not be next winter.”", KindParagraph},
		{"The Harbour Bridge carries about 40,000 vehicles a day.", KindCaption},
		{"Detours and ferries", KindHeadline},
	}
	for i, w := range want {
		if i >= len(doc.Paragraphs) || doc.Paragraphs[i] != w {
			t.Fatalf("paragraph %d:\n got %+v\nwant %+v\n all %q", i, doc.Paragraphs[min(i, len(doc.Paragraphs)-1)], w, texts(doc))
		}
	}
	all := strings.Join(texts(doc), "\n")
	for _, junk := range furniture {
		if strings.Contains(all, junk) {
			t.Errorf("page furniture %q survived", junk)
		}
	}
	for _, keep := range []string{"Buses 4 and 12 will use the Old Mill crossing.", "We would rather close it for six weeks now", "hardship fund"} {
		if !strings.Contains(all, keep) {
			t.Errorf("article text %q lost", keep)
		}
	}
	if n := len(doc.Paragraphs); n != 11 {
		t.Errorf("%d paragraphs, want 11 (one per block element): %q", n, texts(doc))
	}
}

// TestParseHTMLTooDeep: a page nested past maxTreeDepth is read from its
// tokens; the result must still drop furniture and find the metadata.
func TestParseHTMLTooDeep(t *testing.T) {
	page := string(readFixture(t, "saved-page.html"))
	deep := strings.Replace(page, "<main>", "<main>"+strings.Repeat("<div>", maxTreeDepth+1), 1)
	deep = strings.Replace(deep, "</main>", strings.Repeat("</div>", maxTreeDepth+1)+"</main>", 1)
	if !tooDeep(deep, maxTreeDepth) || tooDeep(page, maxTreeDepth) {
		t.Fatal("tooDeep does not tell the pages apart")
	}
	doc, err := Parse("deep.html", []byte(deep))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Harbour bridge to close for six weeks of repairs" || doc.Byline != "Jane Doe" ||
		doc.Site != "The Harbour Herald" || doc.Date != "2024-03-14T08:30:00Z" {
		t.Errorf("metadata: %q %q %q %q", doc.Title, doc.Byline, doc.Site, doc.Date)
	}
	all := strings.Join(texts(doc), "\n")
	for _, junk := range []string{"Subscribe today", "Most read", "All rights reserved"} {
		if strings.Contains(all, junk) {
			t.Errorf("page furniture %q survived", junk)
		}
	}
	var caption bool
	for _, p := range doc.Paragraphs {
		caption = caption || (p.Kind == KindCaption && strings.HasPrefix(p.Text, "The Harbour Bridge carries"))
	}
	if !caption || !strings.Contains(all, "hardship fund") {
		t.Errorf("article text lost: %q", texts(doc))
	}
}

func TestParseHTMLShortPage(t *testing.T) {
	page := `<html><head><title>Short</title></head><body>
<nav><a href="/">Home</a></nav>
<h1>Short</h1><p>One line of news.<br>Second line.</p>
<pre>a   b
c</pre>
<table><tr><td>cell</td><td>two</td></tr></table>
<footer>Contact us</footer></body></html>`
	doc, err := Parse("short.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(texts(doc), "|")
	if want := "Short|One line of news.\nSecond line.|a   b\nc|cell two"; got != want {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
	if doc.Paragraphs[0].Kind != KindHeadline {
		t.Errorf("first paragraph kind = %s", doc.Paragraphs[0].Kind)
	}
}

// TestParseHTMLControls: entities are decoded, then sanitised, in every
// field, text and metadata alike.
func TestParseHTMLControls(t *testing.T) {
	page := `<!doctype html><html><head>
<title>Title&#27;[2J</title>
<meta property="og:site_name" content="Site&#27;]52;c;eA==&#7;">
<meta name="author" content="Eve&#x202E;lyn">
<meta property="article:published_time" content="2024&#27;[31m-01-01">
</head><body><article>
<p>Para &#27;]8;;http://evil.example&#27;\link&#27;]8;;&#27;\ and &#x9B; raw ` + "\x1b[2J\u009b1m\u2066x\u2069" + ` end.</p>
</article></body></html>`
	doc, err := Parse("c.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	fields := append([]string{doc.Title, doc.Byline, doc.Site, doc.Date, doc.Label, doc.Source}, texts(doc)...)
	for _, f := range fields {
		if r := firstUnsafe(f); r >= 0 {
			t.Errorf("%U survived in %q", r, f)
		}
	}
	if doc.Site != "Site␛]52;c;eA==␇" || doc.Byline != "Eve⟨U+202E⟩lyn" || doc.Date != "2024␛[31m-01-01" {
		t.Errorf("metadata: site %q byline %q date %q", doc.Site, doc.Byline, doc.Date)
	}
	// x/net/html maps &#x9B; to '›' as browsers do (windows-1252).
	want := "Para ␛]8;;http://evil.example␛\\link␛]8;;␛\\ and › raw ␛[2J⟨U+009B⟩1m⟨U+2066⟩x⟨U+2069⟩ end."
	if last := doc.Paragraphs[len(doc.Paragraphs)-1].Text; last != want {
		t.Errorf("text = %q\nwant %q", last, want)
	}
}

func TestTooDeep(t *testing.T) {
	svg := "<svg>" + strings.Repeat("<path d='M0 0'/>", 2*maxTreeDepth) + "</svg>"
	tests := []struct {
		name, page string
		want       bool
	}{
		{"nested divs", strings.Repeat("<div>", maxTreeDepth+1), true},
		{"self-closing divs nest in HTML", strings.Repeat("<div/>", maxTreeDepth+1), true},
		{"siblings", strings.Repeat("<div>x</div>", 5*maxTreeDepth), false},
		{"unclosed paragraphs and items", strings.Repeat("<p>x<li>y<br>", 5*maxTreeDepth), false},
		{"svg paths are empty", svg + strings.Repeat("<span></span>", maxTreeDepth), false},
	}
	for _, tt := range tests {
		if got := tooDeep(tt.page, maxTreeDepth); got != tt.want {
			t.Errorf("%s: tooDeep = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A list inside the article whose items are each only a link is a box of
// related stories, as in Markdown (TestMarkdownLinkListIsNoProse) and as
// the same box in an <aside> is: no paragraph of the story. A list with
// words of its own beside its links is content, whole.
func TestHTMLLinkListIsNoProse(t *testing.T) {
	in := `<!DOCTYPE html><html><head><title>Harbour bridge to close</title></head><body><article>
<h1>Harbour bridge to close</h1>
<p>The bridge will close for six weeks, the council said on Wednesday after inspectors found corrosion in two of its main cables.</p>
<p><strong>Further reading:</strong></p>
<ul class="related">
<li><a href="/1">Why the bridge is sinking</a></li>
<li><strong><a href="/2">Ferry timetable changes</a></strong></li>
<li><img src="t.jpg" alt="thumbnail"> <a href="/4">Road closures map</a></li>
</ul>
<ol><li><a href="/c">Closures</a><ul><li><a href="/b">Bus routes</a></li></ul></li></ol>
<p>Buses will use the Old Mill crossing while the bridge is shut, and ferries will run every twenty minutes.</p>
<ul>
<li><a href="/n">The council's notice</a>, published on Monday</li>
<li><a href="/m">Map of detours</a></li>
</ul>
<ul><li><a href="/w">Walkers</a><ul><li>the east footway</li></ul></li></ul>
<ul><li>Cyclists walk across.</li></ul>
<p>See <a href="/n">the notice</a>.</p>
</article></body></html>`
	doc, err := Parse("bridge.html", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(texts(doc), "|")
	for _, gone := range []string{"Why the bridge is sinking", "Ferry timetable changes", "Road closures map", "Closures", "Bus routes"} {
		if strings.Contains(got, gone) {
			t.Errorf("the link list's %q is kept: %q", gone, got)
		}
	}
	for _, kept := range []string{"The bridge will close for six weeks", "Further reading:", "Buses will use the Old Mill crossing",
		"The council's notice, published on Monday", "Map of detours", "Walkers", "the east footway", "Cyclists walk across.", "See the notice."} {
		if !strings.Contains(got, kept) {
			t.Errorf("%q is lost: %q", kept, got)
		}
	}
}

// The HTML twin of TestMarkdownLinkedSentencesAreProse: a list of linked
// sentences, or of links holding a list of linked sentences, is story text.
func TestHTMLLinkedSentencesAreProse(t *testing.T) {
	in := `<!DOCTYPE html><html><head><title>Floods: what we know</title></head><body><article>
<h1>Floods: what we know</h1>
<p>The river burst its banks at Castleford on Monday night, and water reached the town square by dawn.</p>
<ul>
<li><a href="/a">Rescuers took 40 people from their homes by boat overnight.</a></li>
<li><strong><a href="/b">The council opened two rest centres, a spokeswoman said</a></strong></li>
</ul>
<ul><li><a href="/t">Timeline</a><ul><li><a href="/m">Water reached the square at six in the morning.</a></li></ul></li></ul>
<ul class="related">
<li><a href="/r1">Why the river flooded again</a></li>
<li><a href="/r2">Castleford Flood Defences Were Never Finished.</a></li>
</ul>
<p>Schools in the town will stay shut on Tuesday, the council said in a statement on its website.</p>
</article></body></html>`
	doc, err := Parse("floods.html", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(texts(doc), "|")
	for _, kept := range []string{"Rescuers took 40 people from their homes by boat overnight.",
		"The council opened two rest centres, a spokeswoman said", "Timeline",
		"Water reached the square at six in the morning."} {
		if !strings.Contains(got, kept) {
			t.Errorf("%q is lost: %q", kept, got)
		}
	}
	for _, gone := range []string{"Why the river flooded again", "Never Finished"} {
		if strings.Contains(got, gone) {
			t.Errorf("the related list's %q is kept: %q", gone, got)
		}
	}
}

func TestLinkedSentence(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Police arrested 12 people after the bank fire, officials said.", true},
		{"Parliament passed the austerity bill late on Thursday by 172 votes to 121.", true},
		{"Police arrested 12 people, officials said", true},
		{"“The bridge is safe,” the engineer told the inquiry.", true},
		{"Greece bailout: the key numbers", false},
		{"Police say 12 arrested after bank fire", false},
		{"Parliament Passes Austerity Bill After Night Of Protest.", false},
		{"Read more.", false},
		{"Why the bridge is sinking, and what comes next...", false},
	} {
		if got := linkedSentence(tt.text); got != tt.want {
			t.Errorf("linkedSentence(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A list of names, each only a link, that a sentence of the story
// announces finishes that sentence: it stays, while a box of links under
// a label ("Read more:", "More on this story:") is still dropped.
func TestHTMLIntroducedLinkListIsProse(t *testing.T) {
	in := `<!DOCTYPE html><html><head><title>League fines four clubs</title></head><body><article>
<h1>League fines four clubs over late wages</h1>
<p>The Northern League on Friday fined four clubs a total of £80,000 for paying players late, its board said.</p>
<p>The clubs fined were:</p>
<ul>
<li><a href="/c/harrowgate">Harrowgate Town</a></li>
<li><a href="/c/stainby">Stainby Rovers</a></li>
<li><a href="/c/elmcote">Elmcote United</a></li>
</ul>
<div>Papers filed with the league's tribunal:<ol>
<li><a href="/p/ruling.pdf">Tribunal ruling (PDF)</a></li>
<li><a href="/p/appeal">Stainby's notice of appeal</a></li>
</ol></div>
<p>Read more:</p>
<ul><li><a href="/r1">Clubs warned over wage bills</a></li><li><a href="/r2">Stainby chairman quits</a></li></ul>
<p>The board said two of the clubs had paid late for three months running.</p>
<p>More on this story:</p>
<ul><li><a href="/r3">What the wage rules say</a></li></ul>
</article></body></html>`
	doc, err := Parse("league.html", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(texts(doc), "|")
	for _, kept := range []string{"The clubs fined were:|Harrowgate Town|Stainby Rovers|Elmcote United|",
		"Tribunal ruling (PDF)|Stainby's notice of appeal",
		"The board said two of the clubs had paid late for three months running."} {
		if !strings.Contains(got, kept) {
			t.Errorf("%q is lost: %q", kept, got)
		}
	}
	for _, gone := range []string{"Clubs warned over wage bills", "Stainby chairman quits", "What the wage rules say"} {
		if strings.Contains(got, gone) {
			t.Errorf("the related list's %q is kept: %q", gone, got)
		}
	}
}

func TestIntroducesList(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The clubs fined were:", true},
		{"Papers filed with the league's tribunal:", true},
		{"The board fined four clubs on Friday. They were:", true},
		{"More than 40 clubs have been fined since 2019, among them:", true},
		{"The clubs fined were", false},
		{"Read more:", false},
		{"Related:", false},
		{"Related stories:", false},
		{"More on this story:", false},
		{"More from the Northern League:", false},
		{"You may also like:", false},
		{"See also:", false},
		{"Papers Filed With The Tribunal:", false},
		{"Further coverage of the fines:", false},
	} {
		if got := introducesList(tt.text); got != tt.want {
			t.Errorf("introducesList(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
