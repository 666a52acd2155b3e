package textsim_test

import (
	"fmt"

	"github.com/storydiff/storydiff/compare/textsim"
)

func Example() {
	c := textsim.NewCorpus()
	ma := c.Add("Alibaba chairman Jack Ma met with President-elect Donald Trump on Monday.")
	founder := c.Add("Jack Ma, founder of Alibaba Group, met with the president-elect Monday at Trump Tower.")
	shares := c.Add("Alibaba shares rose 0.9 per cent to $94.74 in New York.")
	c.Freeze()

	m := &textsim.Default
	for _, pair := range [][2]int{{ma, founder}, {ma, shares}} {
		s := m.Score(c.Features(pair[0], pair[1]))
		fmt.Printf("shared %v, related %v\n", m.IsShared(s), m.IsRelated(s))
	}
	// Output:
	// shared true, related true
	// shared false, related false
}
