package main

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/memo"
	"github.com/storydiff/storydiff/tui"
)

// wordsByLabel is, per article label, the words a view marks as framing
// the fact differently.
type wordsByLabel map[string][]string

func (w wordsByLabel) add(label, word string) {
	if word != "" && !slices.Contains(w[label], word) {
		w[label] = append(w[label], word)
		slices.Sort(w[label])
	}
}

func (w wordsByLabel) String() string {
	var parts []string
	for _, l := range slices.Sorted(maps.Keys(w)) {
		parts = append(parts, l+": "+strings.Join(w[l], ", "))
	}
	return "{" + strings.Join(parts, "; ") + "}"
}

// framingViewsReport compares the invented pair of testdata/framingviews:
// the Elwin Courier's lede "incited" a crowd, "accusing" the mayor of
// "stealing" (a sentiment word, which the fitted divergence rule does not
// count), where the Harbour Post "told" it plainly; and down the page its
// "embattled" board, one loaded word too few to frame that fact apart.
func framingViewsReport(t *testing.T) *compare.Report {
	t.Helper()
	paths, _ := filepath.Glob("../../testdata/framingviews/*.txt")
	if len(paths) != 2 {
		t.Fatalf("testdata/framingviews: %d articles, want 2", len(paths))
	}
	var docs []*ingest.Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := ingest.Parse(p, data)
		if err != nil {
			t.Fatal(err)
		}
		d.Label = filepath.Base(p)
		docs = append(docs, d)
	}
	return compare.Compare(docs, compare.Options{})
}

// One report, every view: the JSON's framing_differs (and its markers'
// differs), the text report, the Markdown and HTML memo, and the
// interactive inspector (its "framed differently" header and its ≠ per
// word) and overview mark the same words as framing the fact differently,
// and a word the rule does not count ("stealing") is still shown as
// wording, claiming no difference (review-r17 item 4).
func TestFramingViewsAgree(t *testing.T) {
	r := framingViewsReport(t)
	label := func(a int) string { return r.Articles[a].Label }

	// The JSON, as a reader of the contract sees it.
	var js bytes.Buffer
	if err := r.WriteJSON(&js, false); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Articles []struct {
			Label, Text string
		}
		Groups []struct {
			ID               string
			DivergentFraming bool `json:"divergent_framing"`
			Framing          []struct {
				Article, Start, End int
				Kind, Category      string
				Distinct, Differs   bool
			}
			FramingDiffers []struct {
				Article int
				Words   []string
			} `json:"framing_differs"`
		}
	}
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	want, jsonMarkers := wordsByLabel{}, wordsByLabel{}
	var uncounted, belowBar []string // words another member lacks that claim no difference
	var searches []string            // one word per group with framing, to open its inspector
	for _, g := range doc.Groups {
		for _, d := range g.FramingDiffers {
			for _, w := range d.Words {
				want.add(doc.Articles[d.Article].Label, w)
			}
		}
		for i, m := range g.Framing {
			word := doc.Articles[m.Article].Text[m.Start:m.End]
			if m.Differs {
				jsonMarkers.add(doc.Articles[m.Article].Label, word)
			}
			if i == 0 {
				searches = append(searches, word)
			}
			if m.Distinct && !m.Differs && m.Kind == "loaded" {
				if g.DivergentFraming {
					uncounted = append(uncounted, word)
				} else {
					belowBar = append(belowBar, word)
				}
			}
		}
	}
	if !slices.Contains(uncounted, "stealing") || !slices.Contains(belowBar, "embattled") || len(want) != 1 {
		t.Fatalf("the invented pair no longer has a group framed differently with a sentiment word the rule does not count (%v), "+
			"and one below the bar (%v); framing_differs %v", uncounted, belowBar, want)
	}
	if jsonMarkers.String() != want.String() {
		t.Errorf("JSON: markers with differs %v, framing_differs %v", jsonMarkers, want)
	}

	// The text report: ≠ before each word on a group's framing line.
	var text bytes.Buffer
	writeText(&text, r)
	textWords := wordsByLabel{}
	var textShown string
	for _, l := range strings.Split(text.String(), "\n") {
		l = strings.TrimSpace(l)
		if !strings.HasPrefix(l, "framing: [") {
			continue
		}
		textShown += l
		for _, p := range strings.Split(strings.TrimPrefix(l, "framing: "), "; ") {
			if !strings.HasPrefix(p, "[") || !strings.Contains(p, "≠") {
				continue
			}
			word := p[strings.Index(p, "“")+len("“") : strings.Index(p, "”")]
			textWords.add(label(int(p[1]-'1')), word)
		}
	}
	check(t, "text report", textWords, want)

	// The memo, Markdown and HTML: each version's framing line.
	var md, htm bytes.Buffer
	if err := memo.Write(&md, "markdown", r, nil, ""); err != nil {
		t.Fatal(err)
	}
	if err := memo.Write(&htm, "html", r, nil, ""); err != nil {
		t.Fatal(err)
	}
	mdWords, mdShown := wordsByLabel{}, ""
	who := ""
	for _, l := range strings.Split(md.String(), "\n") {
		if rest, ok := strings.CutPrefix(l, "- **"); ok {
			who, _, _ = strings.Cut(rest, "**")
			who = strings.ReplaceAll(who, `\`, "")
		}
		if line, ok := strings.CutPrefix(l, "  - framing: "); ok {
			mdShown += line
			markedWords(mdWords, who, line, "; ")
		}
	}
	check(t, "Markdown memo", mdWords, want)
	htmlWords, htmlShown := wordsByLabel{}, ""
	for _, li := range strings.Split(htm.String(), `<li><span class="label">`)[1:] {
		who, _, _ := strings.Cut(li, "</span>")
		if _, line, ok := strings.Cut(li, `<span class="where">framing: `); ok {
			line, _, _ = strings.Cut(line, "</span>")
			line = html.UnescapeString(line)
			htmlShown += line
			markedWords(htmlWords, html.UnescapeString(who), line, "; ")
		}
	}
	check(t, "HTML memo", htmlWords, want)

	// The interactive view: the inspector of every group with framing words
	// (found by searching one of them), then the overview.
	header, detail := wordsByLabel{}, wordsByLabel{}
	var tuiShown string
	for _, word := range searches {
		keys := append([]string{"/"}, strings.Split(word, "")...)
		v := tuiScreen(t, r, append(keys, "enter", "enter"), "reference:")
		if !strings.Contains(v, word) {
			t.Fatalf("searching %q and pressing enter shows no inspector with it:\n%s", word, v)
		}
		who, inFraming := "", false
		for _, l := range strings.Split(v, "\n") {
			l = strings.TrimSpace(l)
			if rest, ok := strings.CutPrefix(l, "framed differently: "); ok {
				for _, part := range strings.Split(rest, "; ") {
					lbl, words, _ := strings.Cut(part, ": ")
					if words != "no such words" {
						for _, w := range strings.Split(words, ", ") {
							header.add(lbl, w)
						}
					}
				}
			}
			if strings.HasPrefix(l, "═ ") || strings.HasPrefix(l, "≈ ") {
				who, _, _ = strings.Cut(l[len("═ "):], " · ")
			}
			line, ok := strings.CutPrefix(l, "framing: ")
			kind, entries, _ := strings.Cut(line, ": ")
			if !ok && inFraming {
				// The next kind's line, under the first.
				kind, entries, _ = strings.Cut(l, ": ")
				ok = slices.Contains([]string{"attribution", "hedge", "intensifier", "loaded", "negation"}, kind)
			}
			inFraming = ok && who != ""
			if inFraming {
				tuiShown += entries
				markedWords(detail, who, entries, ", ")
			}
		}
	}
	check(t, "inspector header", header, want)
	check(t, "inspector detail", detail, want)
	ov := tuiScreen(t, r, []string{"o"}, "OVERVIEW")
	overview := wordsByLabel{}
	who = ""
	for _, l := range strings.Split(ov, "\n") {
		l = strings.TrimSpace(l)
		for _, a := range r.Articles {
			if l == a.Label {
				who = l
			}
		}
		if _, rest, ok := strings.Cut(l, "framed apart in "); ok && who != "" {
			_, words, _ := strings.Cut(rest, ": ")
			for _, w := range strings.Split(words, ", ") {
				overview.add(who, w)
			}
		}
	}
	check(t, "overview", overview, want)

	// Wording the rule does not count is shown, not hidden.
	for view, shown := range map[string]string{"text report": textShown, "Markdown memo": mdShown, "HTML memo": htmlShown, "inspector": tuiShown} {
		if !strings.Contains(shown, "stealing") {
			t.Errorf("%s does not show “stealing” as wording: %q", view, shown)
		}
	}
}

// markedWords adds to got, for article label who, each entry of a framing
// line that carries ≠ (before it in the memo, after it in the inspector).
func markedWords(got wordsByLabel, who, line, sep string) {
	for _, e := range strings.Split(line, sep) {
		if !strings.Contains(e, "≠") {
			continue
		}
		e = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(e), "≠ "))
		for _, cut := range []string{" (", " ×", " ≠"} {
			e, _, _ = strings.Cut(e, cut)
		}
		got.add(who, e)
	}
}

func check(t *testing.T, view string, got, want wordsByLabel) {
	t.Helper()
	if got.String() != want.String() {
		t.Errorf("%s marks %v as framing the fact differently; framing_differs says %v", view, got, want)
	}
}

// tuiScreen runs the interactive view on r at 160x50, presses keys once
// the panes are drawn, waits for until and returns the screen, stripped.
func tuiScreen(t *testing.T, r *compare.Report, keys []string, until string) string {
	t.Helper()
	load := func(context.Context, func(string)) (*compare.Report, error) { return r, nil }
	tm := teatest.NewTestModel(t, tui.New(load), teatest.WithInitialTermSize(160, 50))
	wait := func(s string) {
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(20*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	}
	wait("ALIGNED")
	for _, k := range keys {
		switch k {
		case "enter":
			tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
		default:
			r := []rune(k)[0]
			tm.Send(tea.KeyPressMsg{Code: r, Text: k})
		}
	}
	wait(until)
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	m := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(tui.Model)
	return ansi.Strip(m.View().Content)
}
