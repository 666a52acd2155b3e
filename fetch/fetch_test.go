package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

const page = `<!doctype html><html><head><title>Port deal</title></head><body><p>The port signed a deal.</p></body></html>`

// serve starts a loopback server for one test.
func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// fetchErr fetches and wants an error containing want, within bound.
func fetchErr(t *testing.T, u string, opt Options, bound time.Duration, want ...string) error {
	t.Helper()
	start := time.Now()
	p, err := Fetch(context.Background(), u, opt)
	took := time.Since(start)
	if err == nil {
		t.Fatalf("fetched %d bytes; want an error", len(p.Data))
	}
	if took > bound {
		t.Errorf("took %v to fail, bound %v", took, bound)
	}
	msg := err.Error()
	if strings.Contains(msg, "\n") || strings.Contains(msg, u) {
		t.Errorf("error is not one line without the URL: %q", msg)
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("error %q does not mention %q", msg, w)
		}
	}
	return err
}

var small = Options{Timeout: 5 * time.Second, MaxSize: 1 << 20}

func TestFetchPage(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	p, err := Fetch(context.Background(), srv.URL+"/story", small)
	if err != nil {
		t.Fatal(err)
	}
	if !p.HTML() || p.URL != srv.URL+"/story" || !bytes.Contains(p.Data, []byte("signed a deal")) {
		t.Errorf("page %+v", p)
	}
}

func TestFetchHonoursTheDeclaredCharset(t *testing.T) {
	// The header says Latin-1; the page's own meta tag says UTF-8. The
	// header wins, as in a browser, and the result is UTF-8 with a BOM so
	// that ingest does not apply the meta tag a second time.
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		fmt.Fprint(w, "<html><head><meta charset=utf-8></head><body><p>Caf\xe9 na\xefve \x93quoted\x94</p></body></html>")
	})
	p, err := Fetch(context.Background(), srv.URL, small)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(p.Data, []byte("\uFEFF")) || !bytes.Contains(p.Data, []byte("Café naïve")) {
		t.Errorf("not transcoded from Latin-1 (windows-1252 per WHATWG): %q", p.Data)
	}
	if !bytes.Contains(p.Data, []byte("“quoted”")) {
		t.Errorf("ISO-8859-1 is read as windows-1252, as browsers do: %q", p.Data)
	}
}

func TestFetchWithoutDeclaredCharsetPassesBytesThrough(t *testing.T) {
	body := "<html><head><meta charset=windows-1252></head><body><p>Caf\xe9</p></body></html>"
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, body)
	})
	p, err := Fetch(context.Background(), srv.URL, small)
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Data) != body {
		t.Errorf("body changed without a declared charset: %q", p.Data)
	}
}

func TestFetchStalledServer(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // never answers
	})
	err := fetchErr(t, srv.URL, Options{Timeout: 300 * time.Millisecond, MaxSize: 1 << 20}, 3*time.Second, "timed out after 300ms")
	if !errors.Is(err, ErrTimeout) {
		t.Errorf("%v is not ErrTimeout", err)
	}
}

func TestFetchDripIsBoundedByTheTimeout(t *testing.T) {
	// One byte a second for ever: no read ever times out on its own, only
	// the total limit stops it.
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for {
			if _, err := w.Write([]byte("a")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(time.Second):
			}
		}
	})
	err := fetchErr(t, srv.URL, Options{Timeout: 1500 * time.Millisecond, MaxSize: 1 << 20}, 4*time.Second, "timed out after 1.5s")
	if !errors.Is(err, ErrTimeout) {
		t.Errorf("%v is not ErrTimeout", err)
	}
}

func TestFetchGzipBombIsCutAtTheSizeLimit(t *testing.T) {
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	line := bytes.Repeat([]byte("<p>boom</p>\n"), 1<<12)
	for range 1 << 11 { // 96 MiB inflated
		zw.Write(line)
	}
	zw.Close()
	if int64(bomb.Len()) >= small.MaxSize {
		t.Fatalf("the bomb is %d bytes compressed; it must be under the limit to test decompression", bomb.Len())
	}
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb.Bytes())
	})
	err := fetchErr(t, srv.URL, small, 3*time.Second, "too large", "after decompression")
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("%v is not ErrTooLarge", err)
	}
}

func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, "Arrived.")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/x", http.StatusFound)
	})
	srv := serve(t, mux.ServeHTTP)

	fetchErr(t, srv.URL+"/loop", small, 3*time.Second, "stopped after 10 redirects")
	fetchErr(t, srv.URL+"/file", small, 3*time.Second, "redirected to a file: URL")
	fetchErr(t, srv.URL+"/ftp", small, 3*time.Second, "redirected to a ftp: URL")
	fetchErr(t, srv.URL+"/chain/11", small, 3*time.Second, "stopped after 10 redirects")
	p, err := Fetch(context.Background(), srv.URL+"/chain/10", small)
	if err != nil {
		t.Fatalf("ten redirects are allowed: %v", err)
	}
	if p.URL != srv.URL+"/chain/0" || string(p.Data) != "Arrived." {
		t.Errorf("after redirects: %+v", p)
	}
}

func TestFetchRefusesWhatIsNotAPage(t *testing.T) {
	cases := []struct {
		name, ctype, encoding, body string
		status                      int
		want                        string
	}{
		{"pdf", "application/pdf", "", "%PDF-1.7", 200, "served as application/pdf"},
		{"image", "image/png", "", "\x89PNG\r\n", 200, "served as image/png"},
		{"json", "application/json", "", `{"a":1}`, 200, "served as application/json"},
		{"octet stream", "application/octet-stream", "", "<p>x</p>", 200, "served as application/octet-stream"},
		{"untyped binary", "", "", "\x00\x01\x02binary", 200, "without a usable content type"},
		{"brotli", "text/html", "br", "\x1b\x02", 200, `content encoding "br"`},
		{"not found", "text/html", "", "<p>gone</p>", 404, "HTTP 404 Not Found"},
		{"server error", "text/html", "", "", 503, "HTTP 503"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header()["Content-Type"] = []string{c.ctype} // "" stops the server sniffing one
				if c.encoding != "" {
					w.Header().Set("Content-Encoding", c.encoding)
				}
				w.WriteHeader(c.status)
				fmt.Fprint(w, c.body)
			})
			fetchErr(t, srv.URL, small, 3*time.Second, c.want)
		})
	}
}

func TestFetchUntypedPageIsSniffed(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = []string{""}
		fmt.Fprint(w, page)
	})
	p, err := Fetch(context.Background(), srv.URL, small)
	if err != nil || !p.HTML() {
		t.Fatalf("an untyped HTML page: %+v, %v", p, err)
	}
}

func TestFetchRefusesOtherSchemesAndBadURLs(t *testing.T) {
	for u, want := range map[string]string{
		"file:///etc/passwd":    "file: URLs cannot be fetched",
		"ftp://example.com/a":   "ftp: URLs cannot be fetched",
		"http://":               "no host",
		"http://a b.example/\n": "not a valid URL",
	} {
		if _, err := Fetch(context.Background(), u, small); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Fetch(%q) = %v, want %q", u, err, want)
		}
	}
}

func TestFetchConnectionRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL
	srv.Close()
	fetchErr(t, u, small, 3*time.Second, "cannot connect")
}

func TestIsURL(t *testing.T) {
	for arg, want := range map[string]bool{
		"https://example.com/a": true, "HTTP://x": true, "file:///etc/passwd": true, "svn+ssh://h/r": true,
		"article.txt": false, "-": false, "./a://b": false, "://x": false, "C:\\x": false, "/tmp/x": false,
	} {
		if got := IsURL(arg); got != want {
			t.Errorf("IsURL(%q) = %v, want %v", arg, got, want)
		}
	}
}
