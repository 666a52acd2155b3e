package memo

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/storydiff/storydiff/review"
)

// TestMarkdownEscapesOrphanKindAndID: an orphaned mark's kind and id are
// printed from the session file as it was written, perhaps by hand or by
// someone else; they must not add links, HTML or lines to the memo.
func TestMarkdownEscapesOrphanKindAndID(t *testing.T) {
	rep := fixture(t)
	stored := review.File{Version: review.Version, Marks: []review.Mark{{
		ID:      "x`](https://evil.example/)<img src=x onerror=alert(1)>",
		Kind:    review.Kind("[click me](https://evil.example/)<script>alert(1)</script>\n# Forged heading"),
		Flagged: true, Texts: []string{"nothing the articles say"}, Excerpt: "Nothing the articles say.",
	}}}
	s := review.Resume(&stored, rep, nil)
	var buf bytes.Buffer
	if err := Write(&buf, "markdown", rep, s, "s.json"); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	_, orphans, _ := strings.Cut(out, "## Orphaned marks")
	for _, bad := range []string{"](https://evil.example/)", "<img", "<script>", "\n# Forged", "`](https"} {
		if i := strings.Index(orphans, bad); i > 0 && orphans[i-1] != '\\' {
			t.Errorf("the orphan section holds %q unescaped:\n%s", bad, orphans)
		}
	}
	if !strings.Contains(orphans, `\[click me\]\(https://evil.example/)\<script>`) {
		t.Errorf("the orphan's kind is not shown as text:\n%s", orphans)
	}
}

// Text escaped for Markdown reads back as the same text, in every place
// the memo puts it (after a label, opening a block quote or list item, in
// a table cell, in the title), with no element of its own; and ordinary
// text (file names, parentheses, hyphens) gets no backslashes at all.
func TestMarkdownEscapingRoundTrips(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
	render := func(src string) string {
		var buf bytes.Buffer
		if err := md.Convert([]byte(src), &buf); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	tagRE := regexp.MustCompile(`<[^>]*>`)
	texts := func(h string) string {
		return strings.Join(strings.Fields(html.UnescapeString(tagRE.ReplaceAllString(h, " "))), " ")
	}
	tags := func(h string) string { return strings.Join(tagRE.FindAllString(h, -1), "") }
	places := []struct {
		name string
		wrap func(string) string
		esc  func(string) string
	}{
		{"after a label", func(s string) string { return "- **Herald** (lede): " + s + "\n" }, mdEscape},
		{"a note", func(s string) string { return "> " + s + "\n" }, mdLine},
		{"a list item", func(s string) string { return "- " + s + "\n" }, mdLine},
		{"a table cell", func(s string) string { return "| A | B |\n|---|---|\n| " + s + " | 4 |\n" }, mdCell},
		{"the title", func(s string) string { return "# Review memo: " + s + "\n" }, mdEscape},
	}
	tricky := []string{
		"01-harbor-herald.txt", "Ruth Castellanos (Mayor)", "a 30-year lease", "- a list + plus # hash > quote",
		"1984. The year", "2) second", "*bold* _em_ __strong__ snake_case_name foo*bar*baz", "_lead and trail_",
		"[click me](https://evil.example/) ![img](x) [ref][1]", "<script>alert(1)</script> <https://x.example>",
		"`code` ``double``", "~~strike~~ ~one~", "AT&amp;T &#65; &copy; R&D & more", `back\slash \* C:\path \`,
		"a | pipe | cell", "Title ending ##", "#1 team", "===", "---", "***", "___", "+ plus", "> quoted",
		"[-not a diff-] {+nor this+}", "see ](x) and ]( y)", "Mike's \"quote\" — 60% of $1.2 billion; #hashtag!",
	}
	for _, p := range places {
		want := tags(render(p.wrap("x")))
		for _, s := range tricky {
			got := render(p.wrap(p.esc(s)))
			if tags(got) != want {
				t.Errorf("%s: %q escaped as %q renders with other elements:\n%s", p.name, s, p.esc(s), got)
			}
			if w := texts(render(p.wrap("XX"))); texts(got) != strings.Replace(w, "XX", strings.Join(strings.Fields(s), " "), 1) {
				t.Errorf("%s: %q escaped as %q reads back as %q", p.name, s, p.esc(s), texts(got))
			}
		}
	}
	for _, s := range []string{"01-harbor-herald.txt", "Ruth Castellanos (Mayor)", "a 30-year lease (approved).", "snake_case.txt", "Q&A: 60% + 5 = 65!", "3. place"} {
		if got := mdEscape(s); got != s {
			t.Errorf("mdEscape(%q) = %q: nothing there needs a backslash", s, got)
		}
	}
}
