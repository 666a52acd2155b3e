package tui

import "testing"

// A group that one article tells in two sentences with another of its
// own between them (the Courier's sentences 1 and 3, its sentence 2 about
// something else) is lined up with the Gazette's single sentence. The
// Courier's pane still reads in its article's order: its sentence 2 is
// drawn between 1 and 3, not above 1 (where it was stacked before the
// group) nor after 3.
func TestGappedGroupKeepsPaneOrder(t *testing.T) {
	arts := map[string][]string{
		"Valley Courier": {"Council backs harbour plan", "The ferry will run every half hour from May.",
			"Bus riders asked the council for a later last bus on Fridays.", "The new ferry timetable starts on the first Monday of May.", councilSentence("the Courier", 4)},
		"Ridge Gazette": {"Harbour plan wins council vote", "A half-hourly ferry starts on the first Monday of May.", councilSentence("the Gazette", 4)},
	}
	groups := [][][2]int{
		{{0, 0}, {1, 0}},
		{{0, 1}, {1, 1}},
		{{0, 4}, {1, 2}},
	}
	rep := invented(arts, []string{"Valley Courier", "Ridge Gazette"}, groups)
	// The Courier tells the ferry fact over sentences 1 and 3.
	g := &rep.Groups[1]
	g.Members[0].Sentences = []int{1, 3}
	rep.Articles[0].Sentences[3].Group = &g.ID
	for _, size := range [][2]int{{80, 24}, {160, 45}} {
		m := newTestModel(t, rep, size[0], size[1])
		checkAligned(t, m)
	}
}
