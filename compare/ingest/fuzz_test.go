package ingest

import (
	"errors"
	"os"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParse checks Parse's promises on any bytes under any source name: no
// panic, an error that is one line, and output strings that are valid
// UTF-8 holding no control character but '\n' and '\t'.
func FuzzParse(f *testing.F) {
	seeds := []struct{ source, data string }{
		{"a.txt", "Title\n\nBy Jane Doe, Staff Writer\n\nBody\x1b[2J text.\r\nMore\rlines."},
		{"a.md", "# Head\n\n*_*_ [link](http://x) ![img](y) <b>raw</b>\n\n- item\n  > quote\n\n```\ncode\n```"},
		{"a.html", "<!doctype html><title>T&#27;</title><meta name=author content='By X'><p>P&#x9B;<br>q</p><figcaption>c</figcaption>"},
		{"-", "\xff\xfeH\x00i\x00"},
		{"-", "\xef\xbb\xbf\u202Eevil\u2066\u200B\x9b"},
		{"x.html", "<meta charset=windows-1252><p>\x93q\x94\x81</p>"},
		{"-", "<html>" + "<div>" + "<nav>n</nav><pre>\tp\n</pre>"},
	}
	for _, s := range seeds {
		f.Add(s.source, []byte(s.data))
	}
	if page, err := os.ReadFile("testdata/saved-page.html"); err == nil {
		f.Add("page.txt", page)
	}
	f.Fuzz(func(t *testing.T, source string, data []byte) {
		start := time.Now() // a time bound per input: slower is a quadratic path
		defer func() {
			if d := time.Since(start); d > 2*time.Second*slowdown {
				t.Errorf("took %v on %d bytes", d, len(data))
			}
		}()
		doc, err := Parse(source, data)
		if err != nil {
			if !errors.Is(err, ErrBinary) && !errors.Is(err, ErrEmpty) {
				t.Logf("other error: %v", err)
			}
			if msg := err.Error(); !utf8.ValidString(msg) || firstUnsafe(msg) >= 0 || containsNewline(msg) {
				t.Fatalf("error message is not one safe line: %q", msg)
			}
			return
		}
		if len(doc.Paragraphs) == 0 {
			t.Fatal("nil error without paragraphs")
		}
		fields := []string{doc.Label, doc.Source, doc.Format, doc.Title, doc.Byline, doc.Site, doc.Date}
		for _, s := range fields {
			if containsNewline(s) {
				t.Errorf("metadata field holds a line break: %q", s)
			}
		}
		for _, p := range doc.Paragraphs {
			fields = append(fields, p.Text, string(p.Kind))
		}
		for _, s := range fields {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8: %q", s)
			}
			if r := firstUnsafe(s); r >= 0 {
				t.Fatalf("%U survived in %q", r, s)
			}
		}
	})
}

func containsNewline(s string) bool {
	for _, r := range s {
		if r == '\n' {
			return true
		}
	}
	return false
}
