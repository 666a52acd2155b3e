package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/storydiff/storydiff/compare"
)

// relatedDeal is the fixture with a related sentence of the deal
// (Meridian Wire tells it again in paragraph 3), the deal current.
func relatedDeal(t *testing.T, w, h int) Model {
	t.Helper()
	rep := loadFixture(t)
	deal := &rep.Groups[1]
	id := deal.ID
	deal.Related = []compare.Member{{Article: 1, Sentences: []int{4}}}
	rep.Articles[1].Sentences[4].Group = &id
	m := newTestModel(t, rep, w, h)
	i := m.ix.groupItem(1)
	if i < 0 {
		t.Fatal("the deal is no item")
	}
	return m.moveTo(i, m.ix.items[i].row)
}

// statusWords is the status bar's words, without the view's name.
func statusWords(m Model) []string {
	f := strings.Fields(ansi.Strip(m.statusView()))
	return f[1:]
}

// At 80 columns the status bar keeps the item, the progress, the place and
// every count, shortening the progress rather than cutting the counts; at
// any width it leaves fields out or shortens them, and never cuts a word.
func TestStatusBarNarrow(t *testing.T) {
	wide := relatedDeal(t, 240, 40)
	full := statusWords(wide)
	m := relatedDeal(t, 80, 24)
	line := ansi.Strip(m.statusView())
	c := m.ix.counts
	counts := fmt.Sprintf("═%d ≈%d ◆%d “%d !%d", c[kindShared], c[kindRelated], c[kindUnique], c[kindQuote], c[kindConflict])
	for _, want := range []string{m.itemName(m.cur), counts, "0/9"} {
		if !strings.Contains(line, want) {
			t.Errorf("80 columns: the status bar %q lacks %q", line, want)
		}
	}
	if strings.Contains(line, "…") {
		t.Errorf("80 columns: the status bar is cut: %q", line)
	}
	// Every word shown is a word of the full bar (panes or inspector) or
	// of a short form; only the line numbers change with the height.
	known := map[string]bool{"ref.": true}
	for _, w := range slices.Concat(full, statusWords(press(wide, "enter")), strings.Fields("✓0/9 ⚑0")) {
		known[w] = true
	}
	for w := minWidth; w <= 240; w++ {
		m := relatedDeal(t, w, 24)
		for _, v := range []Model{m, press(m, "enter")} {
			words := statusWords(v)
			shown := strings.Fields(v.shownStatus()) // which articles: by width
			for i, s := range words {
				s = strings.TrimSuffix(s, "…")
				if s == "" || known[s] || slices.Contains(shown, s) || strings.HasSuffix(s, "%") || (i > 0 && words[i-1] == "line") {
					continue
				}
				t.Errorf("%d columns: the status bar cut a word, %q: %q", w, s, ansi.Strip(v.statusView()))
				break
			}
		}
	}
}

// A group whose outlet tells its fact a second time says so where the
// reader looks, at 80x24: on a line under that outlet's member in the
// panes, and near the top of its inspector.
func TestRelatedHintOnTheRow(t *testing.T) {
	m := relatedDeal(t, 80, 24)
	if v := screen(m); !strings.Contains(v, "↳ again, related: ¶3") {
		t.Errorf("the deal's row does not say where Meridian Wire tells it again:\n%s", v)
	}
	in := press(m, "enter")
	top := strings.Join(strings.Split(screen(in), "\n")[:6], "\n")
	if !strings.Contains(top, "again, related: Meridian Wire ¶3") {
		t.Errorf("the deal's inspector does not say at its top where its fact is told again:\n%s", screen(in))
	}
	// Without a related sentence, no such line.
	plain := newTestModel(t, loadFixture(t), 80, 24)
	if i := plain.ix.groupItem(1); i >= 0 {
		plain = plain.moveTo(i, plain.ix.items[i].row)
	}
	if strings.Contains(screen(plain), "again, related") {
		t.Errorf("a group told once has an again line:\n%s", screen(plain))
	}
}

// barFields is the status bar's fields, without the view's name.
func barFields(m Model) []string {
	s := strings.TrimSpace(ansi.Strip(m.statusView()))
	_, rest, _ := strings.Cut(s, "  ")
	return strings.Split(strings.TrimSpace(rest), " │ ")
}

// wholeWordsHead reports whether head is name's leading words: a prefix
// that ends where a word of it does (before a space, "_", "-" or ".").
func wholeWordsHead(name, head string) bool {
	return head != "" && len(head) < len(name) && strings.HasPrefix(name, head) && strings.IndexByte(" _-.", name[len(head)]) >= 0
}

// A pinned article is named whole in the status bar at 80 columns and
// wider; narrower, shown whole, as its leading words, by its pane ("pinned
// (left)") or left out; never
// cut inside a word; and a range of one article reads "2 of 3", not "2–2
// of 3".
func TestPinnedNameWhole(t *testing.T) {
	rep := compareFiles(t, demoPaths(t)...)
	for w := minWidth; w <= 200; w++ {
		m := newTestModel(t, rep, w, 30)
		if m.paneCount() >= len(rep.Articles) {
			break
		}
		m = press(m, "p", "]", "n", "n", "n") // the second n pages in a fourth article for a group; the third is back beside the pinned one
		if m.pin < 0 {
			t.Fatalf("%d columns: p pinned nothing", w)
		}
		label := rep.Articles[m.pin].Label
		bar := ansi.Strip(m.statusView())
		rest := bar
		if i := strings.Index(bar, "pinned "); i >= 0 {
			name, after, _ := strings.Cut(bar[i+len("pinned "):], " ")
			if head, ok := strings.CutSuffix(name, "…"); ok && wholeWordsHead(label, head) || name == "(left)" {
				name = label // shortened to its leading words, or named by its pane, as narrow bars do
			}
			if name != label {
				t.Errorf("%d columns: the pinned article's name %q is cut: %q", w, label, bar)
			}
			rest = bar[:i] + after
		}
		if w >= 80 && !strings.Contains(bar, "pinned "+label+" ") {
			t.Errorf("%d columns: the bar does not name the pinned article %q whole: %q", w, label, bar)
		}
		if strings.Contains(rest, "…") {
			t.Errorf("%d columns: the bar is cut: %q", w, bar)
		}
		for _, f := range strings.Fields(bar) {
			if lo, hi, ok := strings.Cut(f, "–"); ok && lo == hi {
				t.Errorf("%d columns: a range of one article reads %q: %q", w, f, bar)
			}
		}
	}
}

// While the editor moves, flags and marks items, the status bar's parts
// other than the item keep their form: the counts (with or without those
// of none), the position and the progress do not come and go with the
// length of the moment's item or message (one no longer than an item's
// name), with a search or without.
func TestStatusBarStable(t *testing.T) {
	reps := map[string]*compare.Report{"demo": compareFiles(t, demoPaths(t)...), "fixture": loadFixture(t)}
	for name, rep := range reps {
		for w := 80; w <= 160; w++ {
			m := newTestModel(t, rep, w, 24)
			shape := func(m Model) string { return barShape(m, false) }
			m = press(m, "n")
			if w%2 == 1 { // with a search's place in the bar: n visits its matches
				m = press(typeText(press(m, "/"), "the"), "enter")
			}
			steady := m
			steady.paged = "" // "showing X", said once, beside the item
			want, bar := shape(steady), ansi.Strip(steady.statusView())
			for _, k := range []string{"n", "f", "n", "n", "x", "n", "f", "f", "n", "n"} {
				m = press(m, k)
				if m.paged != "" {
					continue // n paged an article in: "showing X" beside the item
				}
				if got := shape(m); got != want {
					t.Errorf("%s, %d columns: after %q the bar changed shape:\n  %s\n  %s", name, w, k, bar, ansi.Strip(m.statusView()))
					break
				}
			}
		}
	}
}

// barShape is the forms of the status bar's parts other than the item or
// message (which are free to change): the counts, the position's form and
// the progress's form, and with shown whether the articles shown are named.
func barShape(m Model, shown bool) string {
	var s []string
	for _, f := range barFields(m) {
		switch {
		case strings.HasPrefix(f, markShared), strings.HasPrefix(f, markRelated), strings.HasPrefix(f, markUnique):
			s = append(s, "counts "+f)
		case strings.HasSuffix(f, "%"):
			s = append(s, fmt.Sprint("line ", strings.HasPrefix(f, "line")))
		case strings.Contains(f, " reviewed, "):
			s = append(s, "progress")
		case strings.HasPrefix(f, markReviewed):
			s = append(s, "✓progress")
		case shown && (strings.HasPrefix(f, "pinned ") || f[0] >= '1' && f[0] <= '9' && strings.Contains(f, " of ")):
			s = append(s, "shown") // present: its range moves as n pages
		}
	}
	return strings.Join(s, ", ")
}

// Standing on any row of the aligned view, a related sentence's row
// ("again, related → shared 3/40") among them, leaves the status bar's
// other parts as they are: the counts and the articles shown do not drop
// out when the editor steps onto the row a group's outlet tells again.
func TestStatusBarStableOverEveryRow(t *testing.T) {
	reps := map[string]func(w int) Model{
		"demo":    func(w int) Model { return newTestModel(t, compareFiles(t, demoPaths(t)...), w, 24) },
		"related": func(w int) Model { return relatedDeal(t, w, 24) },
	}
	for name, open := range reps {
		seen := false
		for w := 80; w <= 160; w++ {
			m := open(w)
			itemAt := map[int]int{}
			for i, it := range m.ix.items {
				if _, ok := itemAt[it.row]; !ok {
					itemAt[it.row] = i
				}
			}
			want, wantBar := "", ""
			for r := range m.ix.rows {
				if m.ix.rows[r].other {
					continue
				}
				i, ok := itemAt[r]
				if !ok {
					i = -1
				}
				v := m.moveTo(i, r)
				if v.ix.relatedOf(r) >= 0 && i < 0 {
					seen = true
				}
				bar := ansi.Strip(v.statusView())
				if strings.Contains(bar, "…") {
					t.Errorf("%s, %d columns, row %d: the bar is cut: %q", name, w, r, bar)
				}
				if want == "" {
					want, wantBar = barShape(v, true), bar
					continue
				}
				if got := barShape(v, true); got != want {
					t.Errorf("%s, %d columns: on row %d the bar changed shape:\n  %s\n  %s", name, w, r, wantBar, bar)
					break
				}
			}
		}
		if !seen && name == "related" {
			t.Errorf("%s: no related sentence's row was visited", name)
		}
	}
}

// The inspector opened on a related sentence keeps the progress and the
// item whole at 80 columns; the message gives way to its first clause.
func TestInspectorFromRelatedKeepsProgress(t *testing.T) {
	m := relatedDeal(t, 80, 24)
	row := -1
	for r := range m.ix.rows {
		if m.ix.relatedOf(r) >= 0 {
			row = r
		}
	}
	if row < 0 {
		t.Fatal("no related sentence's row")
	}
	in := press(m.moveTo(-1, row), "enter")
	if in.mode != modeInspector {
		t.Fatal("enter on the related sentence opened no inspector")
	}
	bar := ansi.Strip(in.statusView())
	for _, want := range []string{"again, related", in.itemName(in.insp.cur), "0/9"} {
		if !strings.Contains(bar, want) {
			t.Errorf("the inspector's bar lacks %q: %q", want, bar)
		}
	}
	if strings.Contains(bar, "…") {
		t.Errorf("the inspector's bar is cut: %q", bar)
	}
}

// J on an item that is not unique says what it is, in a sentence that
// ends on a noun ("this is a related group"), whole in an 80-column bar.
func TestJoinRefusalReads(t *testing.T) {
	m := relatedDeal(t, 80, 24)
	want := map[itemKind]string{kindShared: "this is a shared group", kindRelated: "this is a related group",
		kindQuote: "this is a quote", kindConflict: "this is a conflict"}
	seen := map[itemKind]bool{}
	for i, it := range m.ix.items {
		if it.kind == kindUnique || seen[it.kind] {
			continue
		}
		seen[it.kind] = true
		v := press(m.moveTo(i, it.row), "J")
		if !strings.HasSuffix(v.note, want[it.kind]) {
			t.Errorf("J on a %s item says %q, want it to end %q", it.kind, v.note, want[it.kind])
		}
		if bar := ansi.Strip(v.statusView()); !strings.Contains(bar, v.note) {
			t.Errorf("J on a %s item: the message is not whole in the bar: %q", it.kind, bar)
		}
	}
	if len(seen) != len(want) {
		t.Errorf("visited kinds %v, want every kind but unique", seen)
	}
}

// The legend shows the current search match as search draws it, apart
// from the other matches, in a line that fits 80 columns.
func TestHelpLegendShowsTheCurrentMatch(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 80, 24)
	st := &m.styles
	at, other := st.Text[tsSearchAt].Render("word"), st.Text[tsSearch].Render("word")
	if at == other {
		t.Fatal("the current match is drawn like the other matches")
	}
	found := false
	for _, l := range m.helpLines() {
		if strings.HasPrefix(strings.TrimLeft(l, " "), at) && strings.Contains(l, "current search match") {
			found = true
			if w := ansi.StringWidth(l); w > 80 {
				t.Errorf("the current match's legend line is %d cells wide: %q", w, ansi.Strip(l))
			}
		}
	}
	if !found {
		t.Error("the legend does not show the current search match")
	}
}

// The help explains the line under a member whose outlet tells its fact
// again and the status bar's short forms, in lines that fit 80 columns.
func TestHelpExplainsAgainLineAndShortBar(t *testing.T) {
	m := newTestModel(t, loadFixture(t), 80, 24)
	var lines []string
	for _, l := range m.helpLines() {
		lines = append(lines, ansi.Strip(l))
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("a help line is %d cells wide: %q", w, ansi.Strip(l))
		}
	}
	has := func(words ...string) bool {
		for _, l := range lines {
			ok := true
			for _, w := range words {
				ok = ok && strings.Contains(l, w)
			}
			if ok {
				return true
			}
		}
		return false
	}
	if !has("↳", "again") {
		t.Error("the help does not explain the ↳ again, related line")
	}
	if !has(markReviewed+"12/40 "+markFlagged+"3", "reviewed", "flagged") {
		t.Error("the help does not explain the short progress ✓12/40 ⚑3")
	}
	if !has(markShared, markUnique, "kind") {
		t.Error("the help does not explain the counts in the status bar")
	}
}

// A message naming an article with a long label ("pinned X; …", "showing
// X") shortens the name to its leading words, whole, rather than push the
// progress out of an 80-column bar or cut inside a word; once the message
// has gone, the pin is named by leading words no other name begins with,
// else by its pane ("pinned (left)").
func TestLongNameInMessages(t *testing.T) {
	testLongNameInMessages(t, "breitbart_2016-09-1%d_stealth-over-health-hillary-clinton-collapse.txt", true)
	// Names that differ only at their ends: a message still keeps the
	// progress, but the pin is not named by a head that fits them all.
	testLongNameInMessages(t, "breitbart_2016-09-12_stealth-over-health-hillary-clinton-collapse_%d.txt", false)
}

func testLongNameInMessages(t *testing.T, long string, heads bool) {
	for w := 80; w <= 120; w++ {
		rep := loadFixture(t)
		for a := range rep.Articles {
			rep.Articles[a].Label = fmt.Sprintf(long, a)
		}
		m := newTestModel(t, rep, w, 24)
		if m.paneCount() >= len(rep.Articles) {
			break
		}
		hidden := m.pageable()[len(m.pageable())-1]
		for _, v := range []Model{press(m, "p"), m.show(hidden)} {
			label := rep.Articles[hidden].Label
			if v.pin >= 0 {
				label = rep.Articles[v.pin].Label
			}
			bar := ansi.Strip(v.statusView())
			if !strings.Contains(bar, "0/10") {
				t.Errorf("%d columns: %q pushed the progress out: %q", w, v.note, bar)
			}
			msg := barFields(v)[0]
			if v.paged != "" { // beside the item, not in its place
				msg = barFields(v)[1]
			}
			verb, name, _ := strings.Cut(msg, " ")
			if verb != "pinned" && verb != "showing" {
				t.Errorf("%d columns: the bar does not start with the message: %q (paged %q note %q)", w, bar, v.paged, v.note)
				continue
			}
			if name == label || strings.HasPrefix(name, label+";") {
				continue
			}
			head, ok := strings.CutSuffix(name, "…")
			if !ok || len(head) < len("breitbart") || !wholeWordsHead(label, head) {
				t.Errorf("%d columns: the name %q is not a head of whole words of %q: %q", w, name, label, bar)
			}
		}
		// Once the message has gone, the pin is still named, by its
		// leading words if need be, beside the progress.
		pinned := press(m, "p", "j")
		bar := ansi.Strip(pinned.statusView())
		_, name, ok := strings.Cut(bar, "pinned ")
		name, _, _ = strings.Cut(name, " ")
		label := rep.Articles[pinned.pin].Label
		head, cut := strings.CutSuffix(name, "…")
		if heads && (!ok || (name != label && !(cut && len(head) >= len("breitbart") && wholeWordsHead(label, head)))) {
			t.Errorf("%d columns: the pinned article is not named by its leading words: %q", w, bar)
		}
		if !heads && (!ok || name != label && name != "(left)") {
			t.Errorf("%d columns: the pinned article is not named whole or by its pane, but by words other names begin with or not at all: %q", w, bar)
		}
		if !strings.Contains(bar, "0/10") {
			t.Errorf("%d columns: the pin pushed the progress out: %q", w, bar)
		}
	}
}

// A warning that names articles on another story ("X shares no fact: on
// this story?") shortens long names, and at the last counts them, rather
// than cut the warning after the first name and push the progress out.
func TestLongNamesInTheOffStoryWarning(t *testing.T) {
	library := filepath.Join(t.TempDir(), "library.txt")
	if err := os.WriteFile(library, []byte("Library closes\n\nThe town library will close in June, the council said. Its books go to the school.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	demo := demoPaths(t)
	for w := 80; w <= 120; w += 20 {
		rep := compareFiles(t, demo[0], demo[1], library)
		for a := range rep.Articles {
			rep.Articles[a].Label = fmt.Sprintf("huff-post_2016-09-2%d_hillary-clinton-goes-after-donald-trump.txt", a)
		}
		m := press(newTestModel(t, rep, w, 24), "j") // the warning stands for the item until n
		bar := ansi.Strip(m.statusView())
		if !strings.Contains(bar, "on this story?") || !strings.Contains(bar, "0/") {
			t.Errorf("%d columns: the warning or the progress is cut: %q", w, bar)
		}
		if !strings.Contains(bar, "huff-post_2016-09-22") && !strings.Contains(bar, "1 article shares no fact") {
			t.Errorf("%d columns: the warning names or counts no article: %q", w, bar)
		}
		if strings.Contains(bar, "huff-post_2016-09…") || strings.Contains(bar, "huff-post_2016…") {
			t.Errorf("%d columns: a name is shortened to a head every article's name begins with: %q", w, bar)
		}
	}
}

// At 80 to 113 columns, with more articles than panes, the status bar
// names the pinned article whatever else it holds (a search's place, a
// filter, an article n paged in, long names no head tells apart), and it
// names no item off screen: after G took the current item away, it named
// it still, and x marked it and S split it unseen.
func TestStatusBarNamesThePinAndWhatIsOnScreen(t *testing.T) {
	offScreen := 0
	for _, long := range []string{"", "breitbart_2016-09-1%d_stealth-over-health-hillary-clinton-collapse.txt", "breitbart_2016-09-12_stealth-over-health-hillary-clinton-collapse_%d.txt"} {
		for w := 80; w <= 113; w++ {
			rep := loadFixture(t)
			if long != "" {
				for a := range rep.Articles {
					rep.Articles[a].Label = fmt.Sprintf(long, a)
				}
			}
			m := newTestModel(t, rep, w, 24)
			if m.paneCount() >= len(rep.Articles) {
				break
			}
			m = press(m, "p")
			for _, keys := range [][]string{{"j"}, {"G"}, {"n", "n", "n", "n", "n", "n"}, {"]"}, {"t", "2", "n"}, {"v"}, {"/", "t", "h", "e", "enter"}, {"/", "t", "h", "e", "enter", "n", "n", "n"}} {
				v := press(m, keys...)
				if bar := ansi.Strip(v.statusView()); !strings.Contains(bar, "pinned ") {
					t.Errorf("%d columns, %v: the bar does not say what is pinned: %q", w, keys, bar)
				}
			}
		}
	}
	demo := compareFiles(t, demoPaths(t)...)
	for w := 80; w <= 113; w++ {
		v := press(newTestModel(t, demo, w, 24), "p", "n", "n", "G")
		if v.cur < 0 || v.onScreen(v.curRow) {
			continue
		}
		offScreen++
		bar := ansi.Strip(v.statusView())
		if strings.Contains(bar, v.itemName(v.cur)) || !strings.Contains(bar, "pinned ") {
			t.Errorf("%d columns: after G the bar names %s, off screen, or not the pin: %q", w, v.itemName(v.cur), bar)
		}
		if x := press(v, "x"); len(x.rv.sess.Marks()) > 0 {
			t.Errorf("%d columns: after G, x marked %s, off screen", w, v.itemName(v.cur))
		}
		if s := press(v, "S"); len(s.rv.sess.Corrections()) > 0 {
			t.Errorf("%d columns: after G, S split a sentence off %s, off screen", w, v.itemName(v.cur))
		}
	}
	if offScreen == 0 {
		t.Fatal("G never took the current item off screen: the test checks nothing there")
	}
}

// At 80 columns, % on a sentence only one article has says so in the bar
// without losing the review progress to a cut at the bar's end: the
// message's explanation comes after a "; ", which the bar gives up first
// ("only The Harbour Evening Chronicle has this: no other article's
// version to go to" ran past the edge, ended in "…" and took the
// progress with it).
func TestPercentOnAUniqueSentenceKeepsTheProgress(t *testing.T) {
	rep := handReport([]string{"The Harbour Evening Chronicle", "Tidewater Morning Post"}, [][]string{
		{"Ferry strike ends", "The ferry crews of the Tidewater line voted on Tuesday to end their nine-day strike after the operator raised its pay offer.", "Crews said the new rota was the sticking point, not pay."},
		{"Ferry strike over", "The ferry crews of the Tidewater line voted on Tuesday to end their nine-day strike after the operator raised its pay offer.", "Sailings resume on Thursday."},
	}, []compare.GroupKind{compare.KindShared}, [][][2]int{{{0, 1}, {1, 1}}})
	m := newTestModel(t, rep, 80, 24)
	for range 8 {
		if m.cur >= 0 && m.ix.items[m.cur].kind == kindUnique && m.ix.items[m.cur].article == 0 && m.ix.items[m.cur].sentence == 2 {
			break
		}
		m = press(m, "n")
	}
	if m.cur < 0 || m.ix.items[m.cur].kind != kindUnique || m.ix.items[m.cur].sentence != 2 {
		t.Fatal("n never reached the Chronicle's unique sentence")
	}
	m = press(m, "%")
	bar := ansi.Strip(m.statusView())
	if !strings.Contains(m.note, "no other article's version") {
		t.Fatalf("%% on a unique sentence: note %q", m.note)
	}
	progress := strings.Contains(bar, m.rv.progressShort) || strings.Contains(bar, m.rv.progress)
	if strings.HasSuffix(strings.TrimSpace(bar), "…") || !progress || !strings.Contains(bar, "has this") {
		t.Errorf("the bar is cut, lacks the progress %q or the message: %q", m.rv.progressShort, bar)
	}
	if w := ansi.StringWidth(bar); w > 80 {
		t.Errorf("the bar is %d cells wide: %q", w, bar)
	}
	// The other messages that ran past 80 columns, the same way.
	for _, k := range []string{"]", "p"} {
		n := press(m, k)
		bar := ansi.Strip(n.statusView())
		progress := strings.Contains(bar, n.rv.progressShort) || strings.Contains(bar, n.rv.progress)
		if !strings.Contains(bar, "every article is shown") || strings.HasSuffix(strings.TrimSpace(bar), "…") || !progress {
			t.Errorf("%s with every article shown: the bar is cut or lacks the message or the progress: %q", k, bar)
		}
	}
}
