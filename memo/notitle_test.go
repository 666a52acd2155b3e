package memo

import (
	"bytes"
	"strings"
	"testing"
)

// An article with no headline (text that opens with its first sentence)
// says so in the coverage table of the Markdown and HTML memos, rather
// than leaving the title cell empty, which reads as a fault.
func TestCoverageSaysNoHeadline(t *testing.T) {
	rep := fixture(t)
	rep.Articles[1].Title = ""
	label := rep.Articles[1].Label
	for _, format := range []string{"markdown", "html"} {
		var buf bytes.Buffer
		if err := Write(&buf, format, rep, nil, ""); err != nil {
			t.Fatal(err)
		}
		want := "| " + label + " | (no headline) |"
		if format == "html" {
			want = "<td>" + label + "</td><td>(no headline)</td>"
		}
		if !strings.Contains(buf.String(), want) {
			t.Errorf("%s: the coverage table lacks %q", format, want)
		}
	}
}
