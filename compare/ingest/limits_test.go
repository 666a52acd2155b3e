package ingest

import (
	"strings"
	"testing"
	"time"
)

// pathological inputs that once cost quadratic time somewhere in the
// pipeline, with what Parse must still make of them.
var pathological = []struct {
	name, source string
	data         func() string
}{
	{"5MB single line text", "line.txt", func() string { return strings.Repeat("word ", 1<<20) }},
	{"10000 nested divs", "divs.html", func() string {
		return "<!doctype html><html><body>" + strings.Repeat("<div>", 10000) + "<p>Deep text.</p>" + strings.Repeat("</div>", 10000)
	}},
	{"10000 self-closing divs", "selfclosing.html", func() string {
		return "<!doctype html><html><body>" + strings.Repeat("<div/>", 10000) + "<p>Deep text.</p>"
	}},
	// The word at the end makes it an article: marks alone are none.
	{"50000 *_ in markdown", "stars.md", func() string { return strings.Repeat("*_", 50000) + " word" }},
	{"50000 nested *_ _* in markdown", "nested.md", func() string {
		return strings.Repeat("*_", 50000) + "x" + strings.Repeat("_*", 50000)
	}},
	{"50000 nested list markers", "list.md", func() string { return strings.Repeat("- ", 50000) + "x" }},
	{"50000 nested block quotes", "quote.md", func() string { return strings.Repeat(">", 50000) + "x" }},
	{"20000 unclosed formatting tags", "b.html", func() string { return "<html><body>" + strings.Repeat("<b>", 20000) + "x" }},
	{"100000 unclosed paragraphs", "p.html", func() string { return "<html><body>" + strings.Repeat("<p>para ", 100000) }},
}

// sanityBound is a generous ceiling, not a benchmark: each input takes
// milliseconds to a few hundred (see BenchmarkParsePathological); the bound
// only catches a return of quadratic behaviour, which took tens of seconds.
const sanityBound = 10 * time.Second * slowdown

func TestParsePathological(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	for _, tc := range pathological {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.data())
			start := time.Now()
			doc, err := Parse(tc.source, data)
			if d := time.Since(start); d > sanityBound {
				t.Errorf("took %v, bound %v", d, sanityBound)
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(doc.Paragraphs) == 0 {
				t.Error("no paragraphs")
			}
		})
	}
}

func BenchmarkParsePathological(b *testing.B) {
	for _, tc := range pathological {
		data := []byte(tc.data())
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse(tc.source, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// article6KB is a plain-text article of about 6 KB with a title, a byline
// and paragraphs with inner line breaks, like the seed articles.
func article6KB() []byte {
	var b strings.Builder
	b.WriteString("Harbour bridge to close for six weeks of repairs\n\nBy Jane Doe, Transport Reporter\n\n")
	paras := []string{
		"The Harbour Bridge will close to all traffic for six weeks from April 2, the city council\nannounced on Wednesday, after inspectors found corrosion in two of its main cables.",
		"“We found section loss of up to 12 percent in the north cable,” said council engineer Priya\nNatarajan. “That is well inside the safety margin today, but it will not be next winter.”",
		"Drivers will be diverted over the Old Mill crossing, which the council expects to add up to\n25 minutes to a peak-hour commute. Extra ferry sailings will run every fifteen minutes.",
	}
	for i := 0; b.Len() < 6<<10; i++ {
		b.WriteString(paras[i%len(paras)])
		b.WriteString("\n\n")
	}
	return []byte(b.String())
}

func BenchmarkParseText6KB(b *testing.B) {
	data := article6KB()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("article.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseMarkdown6KB(b *testing.B) {
	data := append([]byte("# "), article6KB()...)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("article.md", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseHTMLSavedPage(b *testing.B) {
	data := readFixture(b, "saved-page.html")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("page.html", data); err != nil {
			b.Fatal(err)
		}
	}
}
