// Package fetch downloads articles from the web for storydiff. It is the
// only code that touches the network, and it trusts nothing it is sent:
// every fetch has a total time limit, a size limit counted after
// decompression, a bounded chain of http and https redirects, and accepts
// only pages served as HTML or plain text. What it returns is bytes for
// compare/ingest to read.
package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// DefaultTimeout bounds a whole fetch when Options.Timeout is zero.
const DefaultTimeout = 20 * time.Second

// MaxRedirects is how many redirects one fetch follows.
const MaxRedirects = 10

// Errors Fetch wraps, for callers to errors.Is and explain in their own
// terms (which flag raises the limit, say).
var (
	ErrTimeout  = errors.New("timed out")
	ErrTooLarge = errors.New("too large")
)

// Options bound one fetch.
type Options struct {
	// Timeout covers everything: connecting, every redirect, the headers
	// and the whole body. Zero means DefaultTimeout.
	Timeout time.Duration
	// MaxSize is the most body bytes read, counted after the transport
	// has undone any gzip, so a small compressed bomb is refused as soon
	// as it has inflated past the limit. It must be positive.
	MaxSize int64
}

// Page is a fetched article.
type Page struct {
	URL string // the address the body came from, after redirects
	// Type is the media type it was served as: "text/html",
	// "application/xhtml+xml", "text/plain" or "text/markdown".
	Type string
	// Data is the body. When the response declared a charset, Data has
	// been transcoded to UTF-8 and starts with a UTF-8 byte order mark,
	// so that a reader gives the header precedence over a meta tag in the
	// page, as browsers do; otherwise it is the body as sent.
	Data []byte
}

// HTML reports whether the page was served as HTML.
func (p *Page) HTML() bool { return p.Type == "text/html" || p.Type == "application/xhtml+xml" }

// acceptedTypes are the media types storydiff reads.
var acceptedTypes = map[string]bool{
	"text/html": true, "application/xhtml+xml": true, "text/plain": true, "text/markdown": true,
}

// IsURL reports whether arg names a web address rather than a file: it
// starts with a scheme and "://". Only http and https are fetched; other
// schemes are still URLs, so that Fetch can refuse them by name.
func IsURL(arg string) bool {
	i := strings.Index(arg, "://")
	if i <= 0 {
		return false
	}
	for _, c := range arg[:i] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// Fetch downloads rawURL. Its errors are one short line that does not
// repeat the URL: the caller names it.
func Fetch(ctx context.Context, rawURL string, opt Options) (*Page, error) {
	if opt.MaxSize <= 0 {
		return nil, errors.New("fetch: MaxSize must be positive")
	}
	timeout := opt.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("not a valid URL: %w", unwrapURLError(err))
	}
	if err := checkScheme(u); err != nil {
		return nil, err
	}
	if u.Host == "" {
		return nil, errors.New("not a valid URL: no host")
	}

	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	transport := http.DefaultTransport.(*http.Transport).Clone()
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, CheckRedirect: checkRedirect}

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("not a valid URL: %w", unwrapURLError(err))
	}
	req.Header.Set("User-Agent", "storydiff (+https://github.com/storydiff/storydiff)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9")
	resp, err := client.Do(req)
	if err != nil {
		return nil, describe(ctx, err, timeout)
	}
	defer resp.Body.Close()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %s", strings.TrimSpace(resp.Status))
	}
	// The transport undoes gzip itself and then removes the header; any
	// other coding would hand ingest compressed bytes.
	if enc := resp.Header.Get("Content-Encoding"); enc != "" && !strings.EqualFold(enc, "identity") {
		return nil, fmt.Errorf("served with content encoding %q, which storydiff cannot read", enc)
	}
	declared := resp.Header.Get("Content-Type")
	mediaType, params, typeErr := mime.ParseMediaType(declared)
	if typeErr == nil && !acceptedTypes[mediaType] {
		return nil, fmt.Errorf("served as %s, not an HTML or text page", mediaType)
	}

	body, err := io.ReadAll(io.LimitReader(resp.Body, opt.MaxSize+1))
	if err != nil {
		return nil, describe(ctx, err, timeout)
	}
	if int64(len(body)) > opt.MaxSize {
		return nil, fmt.Errorf("%w (over %d bytes after decompression)", ErrTooLarge, opt.MaxSize)
	}
	if typeErr != nil {
		// No usable type: judge by the bytes, as a browser would.
		mediaType, params, _ = mime.ParseMediaType(http.DetectContentType(body))
		if !acceptedTypes[mediaType] {
			return nil, fmt.Errorf("served without a usable content type and looks like %s, not an HTML or text page", mediaType)
		}
	}
	return &Page{URL: resp.Request.URL.String(), Type: mediaType, Data: decode(body, params["charset"])}, nil
}

// decode transcodes body from the charset the response declared. A byte
// order mark in the body beats the header; an unknown label is ignored,
// as browsers ignore it.
func decode(body []byte, label string) []byte {
	if label == "" || hasBOM(body) {
		return body
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return body
	}
	out := body
	if name != "utf-8" {
		var err error
		if out, err = enc.NewDecoder().Bytes(body); err != nil {
			return body
		}
	}
	return append([]byte("\uFEFF"), out...)
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) || bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})
}

func checkScheme(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return nil
	case "":
		return errors.New("not a valid URL: no scheme")
	}
	return fmt.Errorf("%s: URLs cannot be fetched; only http and https", strings.ToLower(u.Scheme))
}

// checkRedirect follows at most MaxRedirects redirects, to http and https
// only: a page must not send storydiff to file: or anywhere else.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return fmt.Errorf("stopped after %d redirects", MaxRedirects)
	}
	switch req.URL.Scheme {
	case "http", "https":
		return nil
	}
	return fmt.Errorf("redirected to a %s: URL; only http and https are followed", req.URL.Scheme)
}

// describe turns a client error into a short phrase without the URL.
func describe(ctx context.Context, err error, timeout time.Duration) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%w after %s", ErrTimeout, timeout)
	}
	if errors.Is(err, context.Canceled) {
		return errors.New("cancelled")
	}
	err = unwrapURLError(err)
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return fmt.Errorf("cannot find host %s", dnsErr.Name)
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Op == "dial" {
		inner := opErr.Err
		var sysErr *os.SyscallError
		if errors.As(inner, &sysErr) {
			inner = sysErr.Err
		}
		return fmt.Errorf("cannot connect: %w", inner)
	}
	return err
}

// unwrapURLError drops url.Error's "Get \"URL\": " prefix, which would name
// the URL a second time.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
