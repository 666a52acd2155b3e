package memo

import (
	"bytes"
	"strings"
	"testing"

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
	if !strings.Contains(orphans, `\[click me\]\(https://evil.example/\)\<script\>`) {
		t.Errorf("the orphan's kind is not shown as text:\n%s", orphans)
	}
}
