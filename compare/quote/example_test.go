package quote_test

import (
	"fmt"

	"github.com/storydiff/storydiff/compare/quote"
)

func ExampleExtract() {
	text := `The company was put back on the US "Notorious Markets" list.

"Our results speak for themselves," Alibaba Group President Michael Evans said in a statement. After the meeting, the company tweeted it "wants to create US jobs."`
	for _, q := range quote.Extract(text, nil) {
		fmt.Printf("%q speaker=%q role=%q cue=%q partial=%v\n", q.Text, q.Speaker, q.Role, q.Cue, q.Partial)
	}
	// Output:
	// "Our results speak for themselves" speaker="Michael Evans" role="Alibaba Group President" cue="said in a statement" partial=false
	// "wants to create US jobs." speaker="Alibaba Group" role="" cue="tweeted" partial=true
}

func ExampleRelate() {
	a := quote.Quote{Text: "Jack and I are going to do some great things together,"}
	b := quote.Quote{Text: "Jack and I are going to do some great things."}
	rel, score := quote.Relate(a, b)
	fmt.Printf("%s %.2f\n", rel, score)
	// Output: truncated 0.95
}
