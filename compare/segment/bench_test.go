package segment

import (
	"strings"
	"testing"
)

// benchSentences vary in length, quoting and abbreviations, so the
// benchmark exercises Punkt and every post-pass rule.
var benchSentences = []string{
	"Alibaba chairman Jack Ma met with President-elect Donald Trump Monday and discussed plans to create 1 million new jobs in the U.S. by helping small businesses sell goods to China.",
	`"Jack and I are going to do some great things together," Trump said in the lobby of the Trump Tower after the meeting in New York.`,
	"The meeting comes less than three weeks after the Office of the U.S. Trade Representative returned Alibaba to the list of \"Notorious Markets.\"",
	"Alibaba shares rose 0.9 per cent to $94.74 at 2:37 p.m. in New York.",
	`"It's over. We lost," she said.`,
	"Higher tariffs, were Trump to follow through with campaign rhetoric, would depress demand for the AliExpress site.",
	`“Why now?” he asked.`,
	"Mr. Ma and Gov. Brown spoke on Dec. 5 at St. Regis Inc. headquarters, according to the company.",
	"Several other companies -- from IBM to Ford -- have also unveiled plans... though some had been in the works before.",
	"Last year, 7,000 U.S. brands made sales worth $15 billion, up 3.5% from a year earlier.",
	"That would set back Ma's goal.",
}

// benchArticle returns an article of about n words in paragraphs of three
// sentences.
func benchArticle(n int) string {
	var b strings.Builder
	words := 0
	for i := 0; words < n; i++ {
		if i > 0 {
			b.WriteString(" ")
			if i%3 == 0 {
				b.WriteString("\n\n")
			}
		}
		s := benchSentences[i%len(benchSentences)]
		b.WriteString(s)
		words += len(strings.Fields(s))
	}
	return b.String()
}

func BenchmarkSplit1000Words(b *testing.B) {
	doc := plain(benchArticle(1000))
	Prepare() // a tokenizer is built once per goroutine; not part of a Split's cost
	b.ReportAllocs()
	for b.Loop() {
		Split(doc)
	}
}

// BenchmarkPunktWholeParagraphs is what Punkt alone costs on the same
// article when given whole paragraphs, the approach punktVerdicts replaced.
func BenchmarkPunktWholeParagraphs(b *testing.B) {
	doc := plain(benchArticle(1000))
	tok := wholeModelTokenizer(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range doc.Paragraphs {
			tok.AnnotatedTokens(p.Text + " ")
		}
	}
}
