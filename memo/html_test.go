package memo

import (
	"bytes"
	"context"
	"html/template"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func htmlMemo(t *testing.T) []byte {
	t.Helper()
	rep := fixture(t)
	// Text that would be markup if it were not escaped.
	rep.Articles[1].Label = `Wire <img src=x onerror=alert(1)>`
	s := &rep.Articles[1].Sentences[len(rep.Articles[1].Sentences)-1]
	s.Text = strings.Replace(s.Text, "ten years", `ten <script>alert("x")</script> years`, 1)
	var buf bytes.Buffer
	if err := Write(&buf, "html", rep, session(t, rep), "s.json"); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The page is self-contained and inert: every piece of article text is
// escaped, there is no script and nothing is fetched.
func TestHTMLIsSelfContainedAndEscaped(t *testing.T) {
	page := string(htmlMemo(t))
	for _, bad := range []string{"<script", "<img", "http://", "https://", "url(", "@import"} {
		if strings.Contains(strings.ToLower(page), bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
	// Links within the page (href="#flagged-1") fetch nothing.
	if regexp.MustCompile(`<[a-z]+[^>]*\s(src=|href=("[^#]|'[^#]|[^"'#]))`).MatchString(page) {
		t.Error("the page has an element that fetches or links")
	}
	for _, want := range []string{"&lt;script&gt;", "&lt;img src=x", "@media print", `class="columns"`, "⚑", "✓", "✎"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if n := strings.Count(page, `<section class="column">`); n != 3 {
		t.Errorf("%d article columns, want 3", n)
	}
}

// The page rendered in headless Chromium: a screenshot is taken, and the
// DOM Chromium built holds one column per article and the highlights.
func TestHTMLInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("chromium not installed (Debian: apt-get install chromium); the HTML memo was not rendered")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "memo.html")
	if err := os.WriteFile(page, htmlMemo(t), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) []byte {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + t.TempDir()}
		out, err := exec.CommandContext(ctx, bin, append(base, args...)...).Output()
		if err != nil {
			t.Fatalf("chromium %v: %v", args, err)
		}
		return out
	}
	shot := filepath.Join(dir, "memo.png")
	run("--screenshot="+shot, "--window-size=1280,1600", "file://"+page)
	if fi, err := os.Stat(shot); err != nil || fi.Size() < 10_000 {
		t.Errorf("no screenshot, or an empty one: %v", err)
	}
	if keep := os.Getenv("MEMO_SCREENSHOT"); keep != "" {
		data, _ := os.ReadFile(shot)
		_ = os.WriteFile(keep, data, 0o644)
	}
	dom := string(run("--dump-dom", "file://"+page))
	if n := strings.Count(dom, `<section class="column">`); n != 3 {
		t.Errorf("the rendered DOM has %d article columns, want 3", n)
	}
	for _, class := range []string{"s shared", "s related", "s unique", "s other", "quote strong", "conflict", "flagged"} {
		if !regexp.MustCompile(`class="[^"]*\b` + regexp.QuoteMeta(class) + `\b`).MatchString(dom) {
			t.Errorf("the rendered DOM has no element of class %q", class)
		}
	}
	if strings.Contains(dom, "<script") {
		t.Error("the rendered DOM holds a script element: article text was not escaped")
	}
}

// parasTemplate is how the template wrote an article's paragraphs before
// writeParas: writeParas must write the same bytes, escaping included.
var parasTemplate = template.Must(template.New("paras").Parse(`{{range .}}<p>{{range .}}<span class="s {{.Class}}" id="{{.ID}}" title="{{.Title}}"><span class="g"><span class="k">{{.Kind}}</span>{{if eq .Annot "!"}}<span class="annot-c">!</span>{{else if .Annot}}<span class="annot-q">{{.Annot}}</span>{{else}} {{end}}<span class="rv">{{.Review}}</span></span>{{range .Segs}}{{if .Class}}<span class="{{.Class}}">{{.Text}}</span>{{else}}{{.Text}}{{end}}{{end}}</span>
{{end}}</p>
{{end}}`))

func TestWriteParasEscapesAsTheTemplate(t *testing.T) {
	rep := fixture(t)
	hostile := ` a+b 'q' "d" & <script>x</script> ` + "\x00 ═ é"
	for i := range rep.Articles[0].Sentences {
		rep.Articles[0].Sentences[i].Text += hostile
	}
	rep.Articles[1].Label += hostile
	s := session(t, rep)
	for _, it := range s.Items() {
		s.SetNote(it.ID, "note"+hostile)
	}
	for _, col := range Build(rep, s, "s.json").columns(true) {
		var want strings.Builder
		if err := parasTemplate.Execute(&want, col.Paras); err != nil {
			t.Fatal(err)
		}
		if got := string(col.Body); got != want.String() {
			t.Errorf("writeParas differs from the template:\n got %.300q\nwant %.300q", got, want.String())
		}
	}
}
