package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/storydiff/storydiff/compare"
)

// navigationPage is a page that is mostly menus, links and footers around
// a short article, the way news sites are.
func navigationPage() string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html><head><title>Port deal signed | The Gazette</title>
<meta property="og:site_name" content="The Gazette"></head><body>
<header><nav><ul>`)
	for i := range 120 {
		fmt.Fprintf(&b, `<li><a href="/section/%d">Menu section %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></nav></header><aside class="sidebar"><h3>Most read</h3><ul>`)
	for i := range 40 {
		fmt.Fprintf(&b, `<li><a href="/story/%d">Trending headline number %d you will not believe</a></li>`, i, i)
	}
	b.WriteString(`</ul></aside><main><article><h1>Blue Line wins port deal</h1>
<p class="byline">By Jane Doe</p>
<p>The port and Blue Line signed a deal on Monday after months of talks between the two sides.</p>
<p>Officials said 400 jobs would follow over five years, most of them at the container terminal.</p>
<p>The mayor called the agreement the largest investment in the harbour for a generation.</p>
</article></main><footer><ul>`)
	for i := range 60 {
		fmt.Fprintf(&b, `<li><a href="/legal/%d">Footer link %d</a></li>`, i, i)
	}
	b.WriteString(`</ul><p>Copyright The Gazette. All rights reserved.</p></footer></body></html>`)
	return b.String()
}

func newSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/gazette", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, navigationPage())
	})
	mux.HandleFunc("/herald.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		fmt.Fprint(w, "Harbour deal signed\n\nThe port signed a deal with Blue Line on Monday. It will add 400 jobs, the caf\xe9 owner said.\n")
	})
	mux.HandleFunc("/fragment", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<div><p>The port signed a deal with <b>Blue Line</b> on Monday.</p></div>`)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, strings.Repeat("word ", 1000))
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7")
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestURLsAreFetchedAndLabelled(t *testing.T) {
	srv := newSite(t)
	gazette, herald := srv.URL+"/gazette", srv.URL+"/herald.txt"
	code, out, errs := runCmd(t, "", "--format", "json", herald, gazette)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r compare.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Articles[0].Label != "127.0.0.1" || r.Articles[1].Label != "The Gazette" {
		t.Errorf("labels %q, %q; want the host, then the site name", r.Articles[0].Label, r.Articles[1].Label)
	}
	if r.Articles[0].Source != herald || r.Articles[1].Source != gazette {
		t.Errorf("sources %q, %q", r.Articles[0].Source, r.Articles[1].Source)
	}
	if !strings.Contains(r.Articles[0].Text, "the café owner said") {
		t.Errorf("the declared charset was not honoured: %q", r.Articles[0].Text)
	}
	// Readability keeps the article and drops the navigation around it.
	g := r.Articles[1].Text
	for _, want := range []string{"Blue Line wins port deal", "signed a deal on Monday", "400 jobs", "largest investment"} {
		if !strings.Contains(g, want) {
			t.Errorf("the article lost %q:\n%s", want, g)
		}
	}
	for _, junk := range []string{"Menu section", "Trending headline", "Footer link"} {
		if strings.Contains(g, junk) {
			t.Errorf("navigation %q kept:\n%s", junk, g)
		}
	}
	if len(r.Groups) == 0 {
		t.Error("the fetched articles share no fact")
	}
}

func TestHTMLServedWithoutDoctypeIsReadAsHTML(t *testing.T) {
	srv := newSite(t)
	code, out, errs := runCmd(t, "", "--format", "json", srv.URL+"/fragment", srv.URL+"/herald.txt")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Contains(out, "<b>") || !strings.Contains(out, "with Blue Line on Monday") {
		t.Errorf("the page was not read as HTML:\n%.600s", out)
	}
}

func TestURLErrorsAreOneLineNamingTheURL(t *testing.T) {
	srv := newSite(t)
	ok := srv.URL + "/herald.txt"
	cases := []struct {
		path  string
		flags []string
		want  string
	}{
		{"/slow", []string{"--timeout", "300ms"}, "timed out after 300ms (see --timeout)"},
		{"/big", []string{"--max-size", "1K"}, "too large (over 1.0 KiB after decompression; see --max-size)"},
		{"/pdf", nil, "served as application/pdf, not an HTML or text page"},
		{"/to-file", nil, "redirected to a file: URL; only http and https are followed"},
		{"/missing", nil, "HTTP 404 Not Found"},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			start := time.Now()
			code, out, errs := runCmd(t, "", append(c.flags, ok, srv.URL+c.path)...)
			if code != exitUsage || out != "" {
				t.Errorf("exit %d, stdout %q", code, out)
			}
			want := "storydiff: " + srv.URL + c.path + ": " + c.want + "\n"
			if errs != want {
				t.Errorf("stderr %q\nwant   %q", errs, want)
			}
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("took %v", took)
			}
		})
	}
	code, _, errs := runCmd(t, "", ok, "ftp://example.com/story")
	if code != exitUsage || errs != "storydiff: ftp://example.com/story: ftp: URLs cannot be fetched; only http and https\n" {
		t.Errorf("ftp: exit %d, %q", code, errs)
	}
	code, _, errs = runCmd(t, "", "--timeout", "0s", ok, ok)
	if code != exitUsage || !strings.Contains(errs, "--timeout must be positive") {
		t.Errorf("--timeout 0s: exit %d, %q", code, errs)
	}
}
