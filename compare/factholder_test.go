package compare

import (
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare/ingest"
)

// TestFigureOfAnotherHolder: in sentences that did not group, a figure
// told of another named holder (another chapel) does not join the
// story's figure, while one told of the same holder still does.
func TestFigureOfAnotherHolder(t *testing.T) {
	const a = "Dunmore news\n\nA fire on Friday night caused an estimated $2 million in damage to Harbor Chapel in Dunmore, investigators said.\n\n" +
		"No one was hurt, and the fire marshal has called the blaze suspicious."
	cases := []struct {
		name, b string
		want    bool // a money fact joins both articles
	}{
		{"another holder", "Opinion\n\nThe mayor of Dunmore was quiet again this week about the budget.\n\n" +
			"Can you imagine the outcry if arsonists had caused an estimated $5 million worth of damage to Saint Brendan Cathedral?", false},
		{"the same holder", "Opinion\n\nThe mayor of Dunmore was quiet again this week about the budget.\n\n" +
			"Can you imagine the outcry now that arsonists have caused an estimated $5 million worth of damage to Harbor Chapel?", true},
	}
	for _, c := range cases {
		r := Compare([]*ingest.Document{parse(t, "a.txt", a), parse(t, "b.txt", c.b)}, Options{})
		joined := false
		for _, f := range r.Facts {
			if f.Kind == "money" && len(f.Mentions) == 2 {
				joined = true
			}
		}
		if joined != c.want {
			var fs []string
			for _, f := range r.Facts {
				if f.Kind == "money" {
					fs = append(fs, f.Status)
				}
			}
			t.Errorf("%s: money facts joined %v, want %v (%s)", c.name, joined, c.want, strings.Join(fs, " "))
		}
	}
}
