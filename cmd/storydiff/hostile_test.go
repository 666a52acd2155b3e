package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostileCase is one way article text could try to control a terminal,
// between two marker words that must come through intact.
type hostileCase struct {
	name, payload string
	shown         string // what the reader must see in its place, "" when it is removed
}

var hostileCases = []hostileCase{
	{"OSC 52 clipboard", "\x1b]52;c;cm0gLXJmIH4=\x07", "␛]52;c;cm0gLXJmIH4=␇"},
	{"OSC 0 title", "\x1b]0;pwned title\x07", "␛]0;pwned title␇"},
	{"OSC 2 title", "\x1b]2;pwned title\x1b\\", "␛]2;pwned title␛\\"},
	{"OSC 8 spoofed link", "\x1b]8;;https://evil.example/\x1b\\https://bank.example/\x1b]8;;\x1b\\", "␛]8;;https://evil.example/␛\\https://bank.example/␛]8;;␛\\"},
	{"CSI cursor and clear", "\x1b[2J\x1b[H\x1b[5;10H\x1b[1A\x1b[K", "␛[2J␛[H␛[5;10H␛[1A␛[K"},
	{"backspace", "refund\x08\x08\x08\x08\x08\x08charge", "refund␈␈␈␈␈␈charge"},
	{"C1 CSI as U+009B", "\u009b2J", "⟨U+009B⟩2J"},
	{"C1 CSI as a raw 0x9B byte", "\x9b2J", "\uFFFD2J"},
	{"right-to-left override", "\u202Egnp.exe", "⟨U+202E⟩gnp.exe"},
	{"isolates", "\u2066a\u2067b\u2068c\u2069", "⟨U+2066⟩a⟨U+2067⟩b⟨U+2068⟩c⟨U+2069⟩"},
	{"zero-width characters", "in\u200Bvis\u200Cib\u200Dle\u2060\uFEFF", "invisible"},
	{"BEL", "ding\x07", "ding␇"},
}

// hostileArticle is a plain-text article with every case in a sentence of
// its own, a bare CR that would overwrite a figure, and, last, an
// unterminated OSC followed by 1 MB of text a terminal would swallow.
func hostileArticle() string {
	var b strings.Builder
	b.WriteString("Harbour deal signed\n\nThe port signed a deal with Blue Line on Monday.\n\n")
	for i, c := range hostileCases {
		fmt.Fprintf(&b, "Before%d %s after%d.\n\n", i, c.payload, i)
	}
	b.WriteString("Jobs promised: 400\rJobs promised: 999 overwritten.\n\n")
	b.WriteString("Tail begins \x1b]0;")
	for b.Len() < 1<<20+4096 {
		b.WriteString("swallowed words ")
	}
	b.WriteString("tailend.\n")
	return b.String()
}

// hostileHTML spells the same escapes as HTML character references.
const hostileHTML = `<!doctype html><html><head><title>Entity&#27;]0;pwned&#7; title</title>
<meta property="og:site_name" content="Evil&#x1b;[31mSite"></head><body><article>
<h1>Port deal&#27;[2J signed</h1>
<p>The port signed a deal with Blue Line on Monday, officials said in a statement.</p>
<p>EntityBefore &#27;]52;c;cm0=&#7; &#x1B;[2J &#155;2J &#x9b; &#8238;gnp &#8203;x EntityAfter.</p>
<p>The deal will add 400 jobs over five years, the mayor said at the harbour.</p>
</article></body></html>`

// assertSafe fails if out could send a control sequence to a terminal.
func assertSafe(t *testing.T, what, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s: invalid UTF-8 (a raw 0x9B byte is a C1 CSI to some terminals)", what)
	}
	for i, r := range out {
		switch {
		case r == 0x1B, r == 0x07, r == '\r', r == '\b', r >= 0x80 && r <= 0x9F,
			r < 0x20 && r != '\n' && r != '\t', r == 0x7F,
			r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200B, r == 0x200C, r == 0x200D, r == 0xFEFF:
			t.Errorf("%s: %U at byte %d: %q", what, r, i, out[max(0, i-40):min(len(out), i+40)])
			return
		}
	}
}

// TestHostileArticleReachesNoTerminal runs each report format on articles
// holding every hostile case: nothing may survive as a control, and each
// case must show as visible text with the words around it intact.
func TestHostileArticleReachesNoTerminal(t *testing.T) {
	dir := t.TempDir()
	text := writeFile(t, dir, "hostile.txt", []byte(hostileArticle()))
	page := writeFile(t, dir, "hostile.html", []byte(hostileHTML))
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			code, out, errs := runCmd(t, "", "--format", format, text, page)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			assertSafe(t, format, out)
			if format == "json" {
				// The JSON writer escapes controls (\u001b); a reader of
				// the report gets them back, so the strings must be clean.
				var v any
				if err := json.Unmarshal([]byte(out), &v); err != nil {
					t.Fatal(err)
				}
				out = flatten(v)
				assertSafe(t, "json strings", out)
			}
			for i, c := range hostileCases {
				want := fmt.Sprintf("Before%d %s after%d.", i, c.shown, i)
				if c.shown == "" {
					want = fmt.Sprintf("Before%d after%d.", i, i)
				}
				if !strings.Contains(out, want) {
					t.Errorf("%s: %q not shown as %q", c.name, c.payload, want)
				}
			}
			for _, want := range []string{"Jobs promised: 400", "Jobs promised: 999 overwritten.", "Tail begins ␛]0;swallowed", "tailend.", "EntityBefore ␛]52;c;cm0=␇ ␛[2J ›2J", "EntityAfter."} {
				if !strings.Contains(out, want) {
					t.Errorf("%q is not intact in the %s report", want, format)
				}
			}
		})
	}
}

// flatten joins every string in a decoded JSON value, one per line.
func flatten(v any) string {
	var b strings.Builder
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			b.WriteString(v)
			b.WriteByte('\n')
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for k, x := range v {
				walk(k)
				walk(x)
			}
		}
	}
	walk(v)
	return b.String()
}

// TestHostileNamesAndLabels gives file names and --label values with
// escapes: the reports and the error lines show them as visible text.
func TestHostileNamesAndLabels(t *testing.T) {
	dir := t.TempDir()
	evil := writeFile(t, dir, "evil\x1b]0;pwned\x07\u202Etxt.txt", []byte(articleA))
	plain := writeFile(t, dir, "b.txt", []byte(articleB))
	for _, format := range []string{"text", "json"} {
		code, out, errs := runCmd(t, "", "--format", format, evil, plain)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		assertSafe(t, format+" with a hostile file name", out)
		if format == "text" && !strings.Contains(out, "evil␛]0;pwned␇⟨U+202E⟩txt.txt") {
			t.Errorf("the file name is not shown as visible text:\n%.400s", out)
		}
		code, out, errs = runCmd(t, "", "--format", format, "--label", "Lab\x1b[31mel\r\x9b", "--label", "\u2066B\x07", evil, plain)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		assertSafe(t, format+" with hostile labels", out)
		if format == "text" && (!strings.Contains(out, "Lab␛[31mel␍\uFFFD") || !strings.Contains(out, "⟨U+2066⟩B␇")) {
			t.Errorf("the labels are not shown as visible text:\n%.400s", out)
		}
	}
	missing := filepath.Join(dir, "gone\x1b[2J\x07.txt")
	code, out, errs := runCmd(t, "", plain, missing)
	if code != exitUsage || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	assertSafe(t, "error line", strings.TrimSuffix(errs, "\n"))
	if !strings.Contains(errs, "gone␛[2J␇.txt: no such file") {
		t.Errorf("the error does not show the name: %q", errs)
	}
}
