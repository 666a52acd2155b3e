package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/compare"
)

// TestTextReportKeepsArticleLinesIndented: a sentence can hold line breaks
// (the rows of a Markdown table, kept as text); its later lines are
// indented under its first, so an article cannot start a line at column 0
// and pass it off as one of the report's own.
func TestTextReportKeepsArticleLinesIndented(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.md", []byte("# Council approves harbor plan\n\n"+
		"The council approved the harbor plan on Monday after a long debate.\n\n"+
		"| Item | Cost |\n|---|---|\n| dredging the QUOTES channel | forged |\n| [2] (lede) FORGED line | 400 |\n\n"+
		"The mayor said the plan would add 400 jobs.\n"))
	b := writeFile(t, dir, "b.md", []byte("# Harbor plan passes\n\n"+
		"The council approved the harbor plan on Monday after a long debate.\n\n"+
		"The mayor said the plan would add 450 jobs.\n"))
	code, out, errs := runCmd(t, "", "--format", "text", a, b)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	found := false
	for _, line := range strings.Split(out, "\n") {
		if !strings.Contains(line, "FORGED") && !strings.Contains(line, "QUOTES channel") {
			continue
		}
		found = true
		// Deeper than any heading ("QUOTES") or article line ("  [2] ...").
		// A sentence's first line is the report's: "    (¶3) ...".
		if !strings.HasPrefix(line, "     ") && !strings.HasPrefix(line, "    (¶") {
			t.Errorf("an article's line starts at column %d: %q", len(line)-len(strings.TrimLeft(line, " ")), line)
		}
	}
	if !found {
		t.Fatalf("the table's rows are not in the report:\n%s", out)
	}
}

// TestTextReportFramingLine: a group's framing line names the words that set
// one version apart ("claimed"), not the plain "said" of the other, which
// frames nothing.
func TestTextReportFramingLine(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("Harbor plan approved\n\n"+
		"The mayor said the harbor plan will bring 400 jobs to the city by next year.\n"))
	b := writeFile(t, dir, "b.txt", []byte("Harbor plan passes\n\n"+
		"The mayor claimed the harbor plan will bring 400 jobs to the city by next year.\n"))
	code, out, errs := runCmd(t, "", "--format", "text", a, b)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var line string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "framing: [") {
			line = l
		}
	}
	if !strings.Contains(line, "“claimed”") {
		t.Fatalf("no framing line naming \"claimed\":\n%s", out)
	}
	if strings.Contains(line, "“said”") {
		t.Errorf("the framing line lists the neutral \"said\": %q", line)
	}
}

// TestTextReportNamesRoughFigures: the section after the conflicts holds a
// clock time inside a part of the day, not only roundings, and is named
// for that, as the interactive overview names it.
func TestTextReportNamesRoughFigures(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("Market fire\n\n"+
		"A fire destroyed the central market in Brackwater at 2:37 p.m. on Thursday, the fire service said.\n\nNo one was hurt.\n"))
	b := writeFile(t, dir, "b.txt", []byte("Market burns\n\n"+
		"A fire destroyed the central market in Brackwater in mid-afternoon on Thursday, the fire service said.\n\nNo one was hurt.\n"))
	code, out, errs := runCmd(t, "", "--format", "text", a, b)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, section, ok := strings.Cut(out, "FIGURES THAT AGREE ONLY ROUGHLY\n")
	if !ok {
		t.Fatalf("no section of figures that agree only roughly:\n%s", out)
	}
	if first, _, _ := strings.Cut(section, "\n"); !strings.Contains(first, "“2:37 p.m.”") || !strings.Contains(first, "“mid-afternoon”") {
		t.Errorf("the section does not list 2:37 p.m. / mid-afternoon: %q\n%s", first, out)
	}
	if strings.Contains(out, "WITHIN ROUNDING") {
		t.Errorf("the report calls a part of the day a figure within rounding:\n%s", out)
	}
}

// TestTextReportCountsAgree: a count and its noun agree, "1 sentence" and
// "of 1 fact", never "1 sentences".
func TestTextReportCountsAgree(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("The council approved the harbor plan on Monday after a long debate.\n"))
	b := writeFile(t, dir, "b.txt", []byte("The council approved the harbor plan on Monday after a long debate.\n"))
	code, out, errs := runCmd(t, "", "--format", "text", a, b)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"1 group of sentences", "1 sentence:", "of 1 fact the articles carry"} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q:\n%s", want, out)
		}
	}
	for _, bad := range []string{"1 groups", "1 sentences", "1 facts"} {
		if strings.Contains(out, bad) {
			t.Errorf("the report says %q:\n%s", bad, out)
		}
	}
}

// TestNoTextIsNoArticle: a file with no letter or digit, such as a UTF-16
// byte order mark and half a character, is refused as an empty file is,
// in one line naming it.
func TestNoTextIsNoArticle(t *testing.T) {
	dir := t.TempDir()
	weird := writeFile(t, dir, "weird.txt", []byte("\xff\xfe\x00"))
	ok := writeFile(t, dir, "ok.txt", []byte("The council approved the harbor plan on Monday.\n"))
	code, out, errs := runCmd(t, "", "--format", "text", weird, ok)
	if want := weird + ": no article text found\n"; code != exitUsage || out != "" || !strings.HasSuffix(errs, want) || strings.Count(errs, "\n") != 1 {
		t.Errorf("exit %d, output %q, error %q; want exit %d and one line ending %q", code, out, errs, exitUsage, want)
	}
}

// TestTextReportListsSharedQuoteOnce: a quote three outlets carry is one
// entry in the ledger, naming the other outlets that carry it, not one
// entry per outlet each repeating the others; a variant rendering is
// still shown with its word diff under that entry.
func TestTextReportListsSharedQuoteOnce(t *testing.T) {
	dir := t.TempDir()
	lede := "A storm flooded the harbor district of Brackwater on Tuesday night."
	q := `"We will rebuild every pier before the summer season," the harbor master said.`
	a := writeFile(t, dir, "a.txt", []byte("Storm floods harbor\n\n"+lede+"\n\n"+q+"\n"))
	b := writeFile(t, dir, "b.txt", []byte("Harbor under water\n\n"+lede+"\n\n"+q+"\n"))
	c := writeFile(t, dir, "c.txt", []byte("Brackwater storm\n\n"+lede+"\n\n"+q+"\n"))
	d := writeFile(t, dir, "d.txt", []byte("Piers lost in storm\n\n"+lede+"\n\n"+
		`"We will rebuild every pier before the busy summer season," the harbor master said.`+"\n"))
	code, out, errs := runCmd(t, "", "--format", "text", a, b, c, d)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, ledger, _ := strings.Cut(out, "\nQUOTES\n")
	ledger, _, _ = strings.Cut(ledger, "\nFIGURES")
	entries := 0
	for _, l := range strings.Split(ledger, "\n") {
		if strings.HasPrefix(l, "  [") && strings.Contains(l, "rebuild every pier") {
			entries++
		}
	}
	if entries != 1 {
		t.Errorf("the quote has %d entries in the ledger, want 1:\n%s", entries, ledger)
	}
	if !strings.Contains(ledger, "identical in [2], [3]") {
		t.Errorf("the entry does not name the outlets that carry the quote as it is:\n%s", ledger)
	}
	if !strings.Contains(ledger, "in [4]: ") || !strings.Contains(ledger, "{+ busy+}") {
		t.Errorf("the entry does not give [4]'s rendering with its word diff:\n%s", ledger)
	}
}

// TestTextReportArticleFraming: each article's framing counts read as the
// overview's do: the kinds it uses in a fixed order, none it does not use
// and no raw keys ("attribution/neutral 11"); "none" when it uses none.
func TestTextReportArticleFraming(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("Harbor plan approved\n\n"+
		"The mayor said the harbor plan will bring 400 jobs to the city by next year.\n"))
	b := writeFile(t, dir, "b.txt", []byte("Harbor plan passes\n\n"+
		"The mayor claimed the disastrous harbor plan will reportedly bring 400 jobs to the city by next year.\n"))
	code, out, errs := runCmd(t, "", "--format", "text", a, b)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "      framing: ") {
			lines = append(lines, strings.TrimPrefix(l, "      framing: "))
		}
	}
	want := []string{"none", "loaded 1 (1−), doubt verbs 1, hedges 1"}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("the articles' framing lines are %q, want %q:\n%s", lines, want, out)
	}
}

// When outlets' renderings form a chain (one quotes the first sentence,
// one both, one the second), the quote listed under an earlier entry is
// pointed to with its difference, so the ledger shows how it differs.
func TestTextReportShowsTheDifferenceOfARenderingListedAbove(t *testing.T) {
	dir := t.TempDir()
	lede := "A storm flooded the harbor district of Brackwater on Tuesday night."
	first := "We will rebuild every pier before the summer season."
	second := "The harbor will open again in June with new cranes."
	a := writeFile(t, dir, "a.txt", []byte("Storm floods harbor\n\n"+lede+"\n\n\""+first+"\" the harbor master said.\n"))
	b := writeFile(t, dir, "b.txt", []byte("Harbor under water\n\n"+lede+"\n\n\""+first+" "+second+"\" the harbor master said.\n"))
	c := writeFile(t, dir, "c.txt", []byte("Brackwater storm\n\n"+lede+"\n\n\""+second+"\" the harbor master said.\n"))
	code, out, errs := runCmd(t, "", "--format", "text", a, b, c)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, ledger, _ := strings.Cut(out, "\nQUOTES\n")
	ledger, _, _ = strings.Cut(ledger, "\nFIGURES")
	var above []string
	for _, l := range strings.Split(ledger, "\n") {
		if strings.Contains(l, "listed above") {
			above = append(above, l)
		}
	}
	if len(above) != 1 {
		t.Fatalf("want one line pointing to a rendering listed above, got %d:\n%s", len(above), ledger)
	}
	if !strings.Contains(above[0], "cut short here; [2] gives more, listed above: ") || !strings.Contains(above[0], "{+We will rebuild every pier") {
		t.Errorf("the line pointing to [2] does not show how [2] renders the quote:\n%s", ledger)
	}
}

// A truncated rendering says which article cut the quotation short: under
// the shorter quote, that it is cut short here and the article that gives
// more; under the longer, the one that cuts it short. "truncated in [2]"
// under the article that cut it was read as [2] having cut it, and so was
// "truncated: [2] gives more".
func TestTextReportSaysWhoCutsAQuoteShort(t *testing.T) {
	dir := t.TempDir()
	lede := "A storm flooded the harbor district of Brackwater on Tuesday night."
	long := "We will rebuild every pier before the summer season, and we will do it together."
	short := "We will rebuild every pier before the summer season."
	a := writeFile(t, dir, "a.txt", []byte("Storm floods harbor\n\n"+lede+"\n\n\""+short+"\" the harbor master said.\n"))
	b := writeFile(t, dir, "b.txt", []byte("Harbor under water\n\n"+lede+"\n\n\""+long+"\" the harbor master said.\n"))
	code, out, errs := runCmd(t, "", "--format", "text", a, b)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, ledger, _ := strings.Cut(out, "\nQUOTES\n")
	ledger, _, _ = strings.Cut(ledger, "\nFIGURES")
	if !strings.Contains(ledger, "cut short here; [2] gives more: ") || strings.Contains(ledger, "truncated") {
		t.Errorf("the ledger does not say that [2] gives more:\n%s", ledger)
	}
	code, out, _ = runCmd(t, "", "--format", "text", b, a)
	_, ledger, _ = strings.Cut(out, "\nQUOTES\n")
	ledger, _, _ = strings.Cut(ledger, "\nFIGURES")
	if code != exitOK || !strings.Contains(ledger, "cut short in [2]: ") || strings.Contains(ledger, "truncated") {
		t.Errorf("the ledger does not say that [2] cuts it short:\n%s", ledger)
	}
}

// TestTextReportFramingLineSaysNegated: a negated loaded word keeps its own
// tone, so the line must say it is negated ("may not be winnable" is not
// an outlet calling the war winnable).
func TestTextReportFramingLineSaysNegated(t *testing.T) {
	g := compare.Group{Framing: []compare.Marker{
		{Article: 1, Kind: "loaded", Text: "winnable", Lemma: "winnable", Tone: "positive", Negated: true, Distinct: true},
	}}
	if got := framingLine(g); !strings.Contains(got, "“winnable” (positive, negated)") {
		t.Errorf("framing line = %q, want the word marked negated", got)
	}
}

// TestTextReportSaysWhereAQuotationIsCarried: the Gazette prints the
// mayor's remarks as one sentence, grouped with the Courier's first; the
// group of her last remark, which the Courier and the Post print apart,
// says the Gazette carries its words in that sentence, so that its "leaves
// out 0" is not contradicted by a group it is missing from.
func TestTextReportSaysWhereAQuotationIsCarried(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "gazette.txt", []byte("Brandt pledges new north pier for Calloway harbour\n\n"+
		"Calloway mayor Odile Brandt promised on Tuesday to rebuild the storm-wrecked north pier before the winter gales return.\n\n"+
		`"I will not let this harbour lose another season to the sea. We will rebuild the north pier before winter, stone by stone. And we will pay for it without a single new tax on the fishing fleet," Brandt told reporters on the quay.`+"\n"))
	b := writeFile(t, dir, "courier.txt", []byte("Calloway to rebuild its storm-wrecked pier\n\n"+
		"Mayor Odile Brandt said on Tuesday that the town would rebuild the north pier, which the March storm destroyed.\n\n"+
		`"I will not let this harbour lose another season to the sea," Brandt said. "We will rebuild the north pier before winter, stone by stone."`+"\n\n"+
		"Engineers from the county council put the cost of the work at four million euros.\n\n"+
		`"And we will pay for it without a single new tax on the fishing fleet," she added.`+"\n"))
	c := writeFile(t, dir, "post.txt", []byte("Mayor vows pier rebuild, no new tax\n\n"+
		"The mayor of Calloway has vowed to rebuild the harbour's north pier within the year.\n\n"+
		`Brandt was blunt: "We will rebuild the north pier before winter, stone by stone. And we will pay for it without a single new tax on the fishing fleet."`+"\n"))
	code, out, errs := runCmd(t, "", "--format", "text", a, b, c)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "[1] carries its words within (¶3), a sentence grouped with another fact") {
		t.Errorf("no group says the Gazette carries the mayor's last remark in its ¶3:\n%s", out)
	}
	gazette, _, _ := strings.Cut(out[strings.Index(out, "[1] gazette.txt"):], "[2] courier.txt")
	if !strings.Contains(gazette, "leaves out 0 of") {
		t.Errorf("the Gazette is said to leave out a fact:\n%s", gazette)
	}
}

// A saved page's link lists and asides are left out of the comparison;
// the text report and the JSON say so per article, and say nothing for a
// plain text that left nothing out. The list's label ("Follow us on:")
// is boilerplate, not a sentence only this article has.
func TestReportsSayWhatFurnitureWasLeftOut(t *testing.T) {
	dir := t.TempDir()
	page := writeFile(t, dir, "a.html", []byte(`<!DOCTYPE html><html><head><title>Quarry plan rejected</title></head><body><article>
<h1>Quarry plan rejected after two-year fight</h1>
<p>Councillors in Dunmere on Wednesday rejected a plan to reopen the old limestone quarry above the village.</p>
<p>The planning committee voted seven to two against the scheme after a four-hour meeting.</p>
<aside><h3>The quarry in numbers</h3><p>Opened in 1887, closed in 1994.</p></aside>
<p>Follow us on:</p>
<ul><li><a href="https://social.example/herald">Mastodon</a></li><li><a href="https://rss.example/herald">RSS</a></li></ul>
<p>The operator, Pennine Aggregates, said it would consider an appeal.</p>
<p>More on this story:</p>
<ul><li><a href="/x">Bypass opens a year late</a></li></ul>
</article></body></html>`))
	plain := writeFile(t, dir, "b.txt", []byte("Dunmere quarry plan thrown out\n\n"+
		"Councillors in Dunmere on Wednesday rejected a plan to reopen the old limestone quarry above the village.\n\n"+
		"The operator said it would consider an appeal.\n"))
	code, out, errs := runCmd(t, "", "--format", "text", page, plain)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if n := strings.Count(out, "page furniture left out:"); n != 1 || !strings.Contains(out, "page furniture left out: 2 link lists, 1 aside\n") {
		t.Errorf("want one line \"page furniture left out: 2 link lists, 1 aside\" (the page's), got %d:\n%s", n, out)
	}
	if strings.Contains(out, "Follow us on") {
		t.Errorf("the label of a dropped list is reported as a sentence:\n%s", out)
	}
	code, out, errs = runCmd(t, "", "--format", "json", page, plain)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep struct {
		Articles []struct {
			LeftOut *struct {
				LinkLists int `json:"link_lists"`
				Asides    int `json:"asides"`
			} `json:"left_out"`
			Sentences []struct {
				Text, Role string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if lo := rep.Articles[0].LeftOut; lo == nil || lo.LinkLists != 2 || lo.Asides != 1 {
		t.Errorf("left_out of the page = %+v, want 2 link lists, 1 aside", lo)
	}
	if lo := rep.Articles[1].LeftOut; lo != nil {
		t.Errorf("left_out of the plain text = %+v, want it omitted", lo)
	}
	for _, s := range rep.Articles[0].Sentences {
		if s.Text == "Follow us on:" && s.Role != string(compare.RoleBoilerplate) {
			t.Errorf("%q is %s, want boilerplate", s.Text, s.Role)
		}
	}
}

// A quotation one article runs whole and another breaks with "she
// continued" is listed once, identical in the other article, split: the
// ledger must not say the second article cuts it short.
func TestTextReportSaysASplitQuotationIsWhole(t *testing.T) {
	dir := t.TempDir()
	lede := "A storm flooded the harbor district of Brackwater on Tuesday night."
	s1 := "We will rebuild every pier before the summer season"
	s2 := "Nobody in this town will be left without a roof"
	a := writeFile(t, dir, "a.txt", []byte("Storm floods harbor\n\n"+lede+"\n\nThe harbor master, Ines Marlow, said: \""+s1+". "+s2+".\"\n"))
	b := writeFile(t, dir, "b.txt", []byte("Harbor under water\n\n"+lede+"\n\n\""+s1+",\" the harbor master, Ines Marlow, said.\n\n\""+s2+",\" she continued.\n"))
	code, out, errs := runCmd(t, "", "--format", "text", a, b)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, ledger, _ := strings.Cut(out, "\nQUOTES\n")
	ledger, _, _ = strings.Cut(ledger, "\nFIGURES")
	if !strings.Contains(ledger, "identical in [2] (split over 2 quotations)\n") || strings.Contains(ledger, "short") || strings.Contains(ledger, "[2], [2]") {
		t.Errorf("the ledger does not say that [2] splits the quotation:\n%s", ledger)
	}
}
