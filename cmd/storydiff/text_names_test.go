package main

import (
	"strings"
	"testing"
)

// An article with no headline says so in ARTICLES, as the panes and the
// memo do ("(no headline)"), rather than its file name alone, which reads
// as a headline the report left out; one with a headline keeps it.
func TestTextReportSaysNoHeadline(t *testing.T) {
	dir := t.TempDir()
	lede := "A storm flooded the harbor district of Brackwater on Tuesday night, the harbor master said."
	a := writeFile(t, dir, "plain.txt", []byte(lede+"\n\nThe piers will be rebuilt before the summer season, officials said.\n"))
	b := writeFile(t, dir, "titled.html", []byte("<html><head><title>Storm floods Brackwater harbor</title></head><body><article><h1>Storm floods Brackwater harbor</h1><p>"+lede+"</p><p>Crews began to pump water from the flooded streets on Wednesday.</p></article></body></html>"))
	code, out, errs := runCmd(t, "", "--format", "text", a, b)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, articles, _ := strings.Cut(out, "\nARTICLES\n")
	if !strings.Contains(articles, "[1] plain.txt: (no headline)\n") {
		t.Errorf("the article with no headline does not say so:\n%s", articles)
	}
	if !strings.Contains(articles, "[2] titled.html: “Storm floods Brackwater harbor”") {
		t.Errorf("the article with a headline lost it:\n%s", articles)
	}
}

// The report spells an unattributed quotation one way: ARTICLES' quote
// counts said "(unattributed) 1" while QUOTES said "unattributed:".
func TestTextReportSpellsUnattributedOnce(t *testing.T) {
	dir := t.TempDir()
	lede := "A storm flooded the harbor district of Brackwater on Tuesday night."
	said := "\"We lost everything in one night.\"\n\nThe harbor master, Ines Marlow, said: \"We will rebuild every pier before the summer season.\"\n"
	a := writeFile(t, dir, "a.txt", []byte("Storm floods harbor\n\n"+lede+"\n\n"+said))
	b := writeFile(t, dir, "b.txt", []byte("Harbor under water\n\n"+lede+"\n\n"+said))
	code, out, errs := runCmd(t, "", "--format", "text", a, b)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "unattributed") {
		t.Fatalf("set-up: no unattributed quote:\n%s", out)
	}
	if strings.Contains(out, "(unattributed)") {
		t.Errorf("the report spells it two ways:\n%s", out)
	}
	_, articles, _ := strings.Cut(out, "\nARTICLES\n")
	if !strings.Contains(articles, "quotes: unattributed ") {
		t.Errorf("the quote counts do not say unattributed:\n%s", articles)
	}
}
