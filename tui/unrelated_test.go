package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// Articles on different stories say so on the screen, as the text report
// does: two that share nothing in the status bar from the start (also
// after scrolling, until an item is chosen) and in full in the overview;
// one article that shares nothing with the others by name. Articles on
// one story get no such warning.
func TestUnrelatedArticlesAreNoticed(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	library := write("library.txt", "Library closes\n\nThe town library will close in June, the council said. Its books go to the school.\n")
	storm := write("storm.txt", "Storm hits coast\n\nA storm flooded the harbour road on Tuesday. Ferries were cancelled until Thursday.\n")
	screen := func(m Model) string { return ansi.Strip(m.View().Content) }

	m := newTestModel(t, compareFiles(t, library, storm), 80, 24)
	for _, step := range []string{"", "j"} {
		if step != "" {
			m = press(m, step)
		}
		if s := screen(m); !strings.Contains(s, "no fact shared: are they on one story?") {
			t.Errorf("two unrelated articles (after %q): the status bar does not warn:\n%s", step, s)
		}
	}
	if s := screen(press(m, "o")); !strings.Contains(s, "No fact shared: no sentence of one article reports what another does") {
		t.Errorf("two unrelated articles: the overview does not say so:\n%s", s)
	}

	demo := demoPaths(t)
	m = newTestModel(t, compareFiles(t, demo[0], demo[1], library), 160, 45)
	if s := screen(m); !strings.Contains(s, "library.txt shares no fact") {
		t.Errorf("an unrelated article among related ones: the status bar does not name it:\n%s", s)
	}
	for _, m := range []Model{newTestModel(t, compareFiles(t, demo...), 160, 45), newTestModel(t, loadFixture(t), 80, 24)} {
		if s := screen(m) + screen(press(m, "o")); strings.Contains(s, "no fact") || strings.Contains(s, "one story?") {
			t.Errorf("articles on one story are warned:\n%s", s)
		}
	}
}

// Articles on other stories are often linked by a sentence or two sharing
// only common words ("…," he said): an article whose only links are a few
// weak related groups, a small share of its sentences, is named too;
// one whose links are many, strong or shared is not.
func TestWeaklyLinkedArticleIsOffStory(t *testing.T) {
	rep := &compare.Report{Articles: []compare.Article{
		{Label: "a.txt", Summary: compare.Summary{Shared: 6, Unique: 14}},
		{Label: "b.txt", Summary: compare.Summary{Shared: 6, Unique: 10}},
		{Label: "off.txt", Summary: compare.Summary{Related: 1, Unique: 30}},
	}}
	for i := range 6 {
		rep.Groups = append(rep.Groups, compare.Group{Kind: compare.KindShared, Similarity: 0.7,
			Members: []compare.Member{{Article: 0, Sentences: []int{i}}, {Article: 1, Sentences: []int{i}}}})
	}
	rep.Groups = append(rep.Groups, compare.Group{Kind: compare.KindRelated, Similarity: 0.21,
		Members: []compare.Member{{Article: 1, Sentences: []int{9}}, {Article: 2, Sentences: []int{4}}}})
	if none, weak := rep.OffStory(); len(none) != 0 || len(weak) != 1 || weak[0] != 2 {
		t.Errorf("OffStory = %v, %v; want off.txt weak", none, weak)
	}
	if short, full := unrelated(rep); !strings.Contains(short, "off.txt shares only a weak link") || !strings.Contains(full, "is it on this story?") {
		t.Errorf("unrelated = %q, %q", short, full)
	}
	// The same link, strong: on the story.
	rep.Groups[6].Similarity = 0.6
	if short, _ := unrelated(rep); short != "" {
		t.Errorf("a strong link is called weak: %q", short)
	}
	// Weak but many of its sentences: on the story.
	rep.Groups[6].Similarity = 0.21
	rep.Articles[2].Summary = compare.Summary{Related: 1, Unique: 4}
	if short, _ := unrelated(rep); short != "" {
		t.Errorf("a short article's one link is called weak: %q", short)
	}
	// Two articles linked only weakly: are they on one story?
	two := &compare.Report{Articles: rep.Articles[1:], Groups: []compare.Group{{Kind: compare.KindRelated, Similarity: 0.21,
		Members: []compare.Member{{Article: 0, Sentences: []int{9}}, {Article: 1, Sentences: []int{4}}}}}}
	two.Articles[0].Summary = compare.Summary{Related: 1, Unique: 15}
	two.Articles[1].Summary = compare.Summary{Related: 1, Unique: 30}
	if short, _ := unrelated(two); short != "no fact clearly shared: are they on one story?" {
		t.Errorf("two weakly linked articles: %q", short)
	}
}

// On real articles (the shared eval data): a BASIL article beside two ECB+
// articles on an endangered-species rule is named; the BASIL and ECB+
// same-story sets are not. Its one link, a quote that shared only names
// with them, no longer links (body sentences that share only names do not
// link as mutual best matches), so it may be named as aligned with no fact
// instead of weakly linked.
func TestOffStoryOnRealArticles(t *testing.T) {
	const e = "../../shared/eval/"
	m := newTestModel(t, compareFiles(t, e+"ecb/t09/9_10ecb.txt", e+"ecb/t09/9_1ecb.txt", e+"basil/2014-c99adbdd/nyt.txt"), 160, 45)
	if s := screen(m); !strings.Contains(s, "nyt.txt shares only a weak link") && !strings.Contains(s, "nyt.txt aligned with no fact") {
		t.Errorf("the off-story article is not named:\n%s", s)
	}
	for _, set := range [][]string{
		{e + "ecb/t03/3_6ecb.txt", e + "ecb/t03/3_7ecb.txt"},
		{e + "basil/2011-2058ec60/fox.txt", e + "basil/2011-2058ec60/nyt.txt", e + "basil/2011-2058ec60/hpo.txt"},
		{e + "ecb/t22/22_1ecb.txt", e + "ecb/t22/22_2ecb.txt"}, // linked by one weak sentence
		{e + "ecb/t03/3_1ecb.txt", e + "ecb/t03/3_2ecb.txt"},
	} {
		if short, _ := unrelated(compareFiles(t, set...)); short != "" {
			t.Errorf("%v, one story, is warned: %q", set, short)
		}
	}
}
