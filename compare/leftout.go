package compare

import (
	"strconv"
	"strings"
)

// LeftOut counts the page furniture ingest left out of an article: lists
// whose items are each only a link to a title (related stories, social
// links) and side boxes (HTML <aside>, role="complementary") with words.
// A reader says so, so that an editor knows material was left out.
type LeftOut struct {
	LinkLists int `json:"link_lists"`
	Asides    int `json:"asides"`
}

// String says what was left out, "2 link lists, 1 aside", or "" when
// nothing was.
func (l LeftOut) String() string {
	var parts []string
	add := func(n int, what string) {
		switch {
		case n == 1:
			parts = append(parts, "1 "+what)
		case n > 1:
			parts = append(parts, strconv.Itoa(n)+" "+what+"s")
		}
	}
	add(l.LinkLists, "link list")
	add(l.Asides, "aside")
	return strings.Join(parts, ", ")
}
