package fact_test

import (
	"fmt"
	"time"

	"github.com/storydiff/storydiff/compare/fact"
)

func ExampleCompareMentions() {
	published := time.Date(2017, 1, 9, 0, 0, 0, 0, time.UTC)
	a := fact.Quantities("Alibaba shares rose 0.9 per cent to $94.74 at 2:37 p.m.", published)
	b := fact.Quantities("Alibaba shares were up about 1% by mid-afternoon.", published)
	for _, m := range append(a, b...) {
		fmt.Printf("%-14q %-7s %-5s %g [%g, %g]\n", m.Text, m.Kind, m.Unit, m.Value, m.Low, m.High)
	}
	status, ok := fact.CompareMentions(a[0], b[0])
	fmt.Println(status, ok)
	// Output:
	// "0.9 per cent" percent %     0.9 [0.85, 0.95]
	// "$94.74"       money   USD   94.74 [94.735, 94.745]
	// "2:37 p.m."    time    clock 52620 [52590, 52650]
	// "about 1%"     percent %     1 [0.5, 1.5]
	// "mid-afternoon" time    clock 54000 [50400, 57600]
	// compatible true
}

func ExampleSameName() {
	names := fact.Names("Jack Ma, founder of Alibaba Group, met Trump. Ma said Alibaba would help.")
	for _, m := range names {
		fmt.Printf("%s %q → %q %q\n", m.Kind, m.Text, m.Unit, m.Aliases)
	}
	fmt.Println(fact.SameName(fact.Mention{Text: "USTR"}, fact.Mention{Text: "Office of the U.S. Trade Representative"}))
	// Output:
	// person "Jack Ma" → "Jack Ma" ["Ma"]
	// org "Alibaba Group" → "Alibaba Group" ["Alibaba"]
	// name "Trump" → "Trump" []
	// person "Ma" → "Jack Ma" ["Ma"]
	// org "Alibaba" → "Alibaba Group" ["Alibaba"]
	// true
}
