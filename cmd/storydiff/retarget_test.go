package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A session saved for some articles, opened with others, is refused in
// one line naming the file and left as it was, unless --retarget says to
// move it; then its marks that match nothing are kept and listed as
// orphaned. The same articles edited, named by another path, or joined by
// a new one still open it.
func TestSessionForOtherArticles(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	c := writeFile(t, dir, "c.txt", []byte("Library closes\n\nThe town library will close in June, the council said. Its books go to the school.\n"))
	d := writeFile(t, dir, "d.txt", []byte("Council shuts library\n\nThe council will shut the library in June. Pupils get its books.\n"))
	saved := fmt.Sprintf(`{"version": 1, "articles": [{"label": "a.txt", "source": %q, "sha256": %q}, {"label": "b.txt", "source": %q, "sha256": %q}],
"marks": [{"id": %q, "kind": "group", "flagged": true, "note": "ask the mayor", "texts": ["The port signed a deal with Blue Line on Monday."], "excerpt": "The port signed a deal"}]}`,
		a, hashOf([]byte(articleA)), b, hashOf([]byte(articleB)), groupID(t, a, b))
	sess := writeFile(t, dir, "s.json", []byte(saved))
	unchanged := func(what string) {
		t.Helper()
		if data, _ := os.ReadFile(sess); string(data) != saved {
			t.Errorf("%s changed the session file", what)
		}
	}

	code, _, errs := runCmd(t, "", "--format", "markdown", "--session", sess, c, d)
	if code != exitUsage || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Fatalf("other articles: exit %d, want %d and one line: %q", code, exitUsage, errs)
	}
	for _, w := range []string{"s.json", "other articles", "a.txt, b.txt", "--retarget"} {
		if !strings.Contains(errs, w) {
			t.Errorf("the refusal %q lacks %q", errs, w)
		}
	}
	unchanged("refusing a memo")
	// The interactive view opens the session the same way, before it
	// takes the screen.
	cfg, err := parseArgs([]string{"--session", sess, c, d}, &strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := startReview(cfg, strings.NewReader(""), true); err == nil || !strings.Contains(err.Error(), "other articles") {
		t.Errorf("the interactive view's session opened for other articles: %v", err)
	}
	unchanged("refusing the interactive view")
	if _, err := os.Stat(sess + ".lock"); err == nil {
		t.Error("a refused session was locked")
	}
	// One article swapped is still other articles: b's marks would go.
	if code, _, errs := runCmd(t, "", "--format", "json", "--session", sess, a, d); code != exitUsage || !strings.Contains(errs, "b.txt not among") {
		t.Errorf("one article swapped: exit %d: %q", code, errs)
	}

	code, out, errs := runCmd(t, "", "--format", "markdown", "--retarget", "--session", sess, c, d)
	if code != exitOK {
		t.Fatalf("--retarget: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "Orphaned marks (1)") || !strings.Contains(out, "ask the mayor") {
		t.Errorf("--retarget: the memo does not list the orphaned mark:\n%s", out)
	}
	// The session was saved for other articles: nothing changed.
	if !strings.Contains(out, "Session retargeted to these articles (--retarget): dropped a.txt, b.txt; added c.txt, d.txt.") || strings.Contains(out, "hanged since") || strings.Contains(out, "no longer contain") {
		t.Errorf("--retarget: the memo does not say a.txt, b.txt were dropped for c.txt, d.txt:\n%s", out)
	}
	if _, js, _ := runCmd(t, "", "--format", "json", "--retarget", "--session", sess, c, d); !strings.Contains(js, `"moved_from":["a.txt","b.txt"],"retarget":{"kept":[],"dropped":["a.txt","b.txt"],"added":["c.txt","d.txt"]}`) {
		t.Errorf("--retarget: the JSON memo lacks moved_from and retarget:\n%s", js)
	}
	// One article dropped, one kept, one added: nothing "moved from" b.txt
	// (review-r10: fox, nyt, hpo retargeted to fox, hpo).
	for _, f := range []string{"markdown", "html"} {
		_, out, _ := runCmd(t, "", "--format", f, "--retarget", "--session", sess, a, d)
		if !strings.Contains(out, "retargeted to these articles (--retarget): dropped b.txt; kept a.txt; added d.txt") || strings.Contains(out, "moved from") || strings.Contains(out, "changed since") {
			t.Errorf("--retarget to a and d: the %s memo does not say b.txt was dropped, a.txt kept and d.txt added:\n%s", f, out)
		}
	}
	// a.txt edited since and kept: the memo says it changed, not d.txt.
	os.WriteFile(a, []byte(strings.Replace(articleA, "400", "420", 1)), 0o644)
	if _, out, _ := runCmd(t, "", "--format", "markdown", "--retarget", "--session", sess, a, d); !strings.Contains(out, "Changed since the session was saved: a.txt.") {
		t.Errorf("--retarget keeping an edited a.txt: the memo does not say it changed:\n%s", out)
	}
	os.WriteFile(a, []byte(articleA), 0o644)
	if code, _, errs := runCmd(t, "", "--format", "markdown", "--retarget", c, d); code != exitUsage || !strings.Contains(errs, "needs --session") {
		t.Errorf("--retarget without --session: exit %d: %q", code, errs)
	}

	// Edited in place, named relative to another folder, joined by a third
	// article: the same session.
	os.WriteFile(a, []byte(strings.Replace(articleA, "400", "450", 1)), 0o644)
	t.Chdir(dir)
	for name, args := range map[string][]string{
		"edited":   {a, b},
		"relative": {"a.txt", "./b.txt"},
		"added":    {a, b, c},
	} {
		code, out, errs := runCmd(t, "", append([]string{"--format", "markdown", "--session", sess}, args...)...)
		if code != exitOK || !strings.Contains(out, "ask the mayor") {
			t.Errorf("%s: exit %d: %s\n%s", name, code, errs, out)
		}
	}
	if code, _, errs := runCmd(t, "", "--format", "markdown", "--session", filepath.Base(sess), c, d); code != exitUsage {
		t.Errorf("a relative session path with other articles: exit %d: %s", code, errs)
	}
	unchanged("writing memos")
}

// The text report names an article that shares no fact with the others,
// as it says when no article shares one.
func TestTextReportNamesAnUnrelatedArticle(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(articleA))
	b := writeFile(t, dir, "b.txt", []byte(articleB))
	c := writeFile(t, dir, "library.txt", []byte("Library closes\n\nThe town library will close in June, the council said. Its books go to the school.\n"))
	code, out, errs := runCmd(t, "", "--format", "text", a, b, c)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "[3] library.txt shares no fact with the others") || strings.Contains(out, "a.txt shares no fact") {
		t.Errorf("the text report does not name the unrelated article alone:\n%s", out)
	}
	if _, out, _ := runCmd(t, "", "--format", "text", a, c); !strings.Contains(out, "are they on one story?") || strings.Contains(out, "shares no fact") {
		t.Errorf("two unrelated articles:\n%s", out)
	}
}

// The text report also names an article linked to the others only by a
// weak sentence or two (real articles: a BASIL story beside two ECB+ ones;
// since alignment needs shared evidence for a link, t03's two articles and
// BASIL 2011-2058ec60 share no link at all, nor, since a split found by
// coverage needs four uncommon words, t08's bank bombing and BASIL
// 2010-ae243a95; t09's endangered-species rule and BASIL 2014-c99adbdd's
// nyt were linked by one weak quote until body sentences that share only
// names stopped linking as mutual best matches: "President Obama and the
// Democrats have had their chance" and "President-elect Barack Obama takes
// office". No pair of an ECB+ sub-topic's first two articles with a BASIL
// article or another topic's article is linked so weakly now, so the report
// may name the off-story article as in no group instead; either way, it
// alone).
func TestTextReportNamesAWeaklyLinkedArticle(t *testing.T) {
	const e = "../../../shared/eval/"
	if _, err := os.Stat(e + "basil/2014-c99adbdd/nyt.txt"); err != nil {
		t.Skip("no shared eval data")
	}
	code, out, errs := runCmd(t, "", "--format", "text", e+"ecb/t09/9_10ecb.txt", e+"ecb/t09/9_1ecb.txt", e+"basil/2014-c99adbdd/nyt.txt")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	named := strings.Contains(out, "[3] nyt.txt shares only a weak link") || strings.Contains(out, "[3] nyt.txt is in no group")
	if !named || strings.Contains(out, "9_10ecb.txt shares") || strings.Contains(out, "9_10ecb.txt is in no group") {
		t.Errorf("the text report does not name the off-story article alone:\n%s", out)
	}
}
