package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/storydiff/storydiff"
	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/fetch"
	"github.com/storydiff/storydiff/review"
)

// loadAll reads and parses every article named on the command line, or the
// bundled demo when none is. The first article that fails stops the run.
func loadAll(cfg config, stdin io.Reader) ([]*ingest.Document, error) {
	return loadAllContext(context.Background(), cfg, stdin, nil)
}

// loadAllContext is loadAll with a context that cancels fetching and
// waiting on pipes (an interface can cancel it from a key), and a progress
// func, if not nil, told the step before each article is read ("reading 2
// of 4: b.txt", "fetching 1 of 4: example.com/a…"). Articles are read one
// at a time, each file closed before the next is opened, so any number of
// them fit in a small file descriptor limit.
func loadAllContext(ctx context.Context, cfg config, stdin io.Reader, progress func(step string)) ([]*ingest.Document, error) {
	testPanic("load")
	var docs []*ingest.Document
	if len(cfg.paths) == 0 {
		for _, f := range storydiff.Demo() {
			d, err := ingest.Parse(f.Name, f.Data)
			if err != nil {
				return nil, fmt.Errorf("demo %s: %w", f.Name, err)
			}
			docs = append(docs, d)
		}
	} else {
		if err := sameFileTwice(cfg.paths); err != nil {
			return nil, err
		}
		for i, p := range cfg.paths {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if progress != nil {
				progress(loadStep(i, len(cfg.paths), p))
			}
			d, err := load(ctx, p, cfg, stdin)
			if err != nil {
				return nil, err
			}
			docs = append(docs, d)
		}
	}
	if len(cfg.labels) > 0 && len(cfg.labels) != len(docs) {
		return nil, fmt.Errorf("got %d --label flags for %d articles", len(cfg.labels), len(docs))
	}
	for i, d := range docs {
		d.Label = articleLabel(d, cfg.labels, i)
	}
	if testPanicAt("compare") {
		// A nil article makes the engine panic inside one of its worker
		// goroutines: the crash path this hook exists to test.
		docs[len(docs)-1] = nil
	}
	return docs, nil
}

// sameFileTwice refuses a file named twice, under one name or through a
// link: an article compared with itself is shared sentence by sentence,
// which is never what an editor meant (a doubled name in a shell glob,
// usually). Only regular files are checked; pipes and URLs differ each
// time they are read, and a file that cannot be read fails on its own.
func sameFileTwice(paths []string) error {
	type seen struct {
		path string
		info os.FileInfo
	}
	var files []seen
	for _, p := range paths {
		if p == "-" || fetch.IsURL(p) {
			continue
		}
		info, err := os.Stat(p)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		for _, f := range files {
			if os.SameFile(f.info, info) {
				if f.path == p {
					return fmt.Errorf("%s: given twice; name each article once", ingest.Sanitize(p))
				}
				return fmt.Errorf("%s: the same file as %s; name each article once", ingest.Sanitize(p), ingest.Sanitize(f.path))
			}
		}
		files = append(files, seen{p, info})
	}
	return nil
}

// loadStep is the progress line for reading article i of n from path:
// a URL without its scheme, a file by its name.
func loadStep(i, n int, path string) string {
	switch {
	case fetch.IsURL(path):
		_, rest, _ := strings.Cut(path, "://")
		return fmt.Sprintf("fetching %d of %d: %s…", i+1, n, ingest.Sanitize(rest))
	case path == "-":
		return fmt.Sprintf("reading %d of %d: standard input", i+1, n)
	}
	return fmt.Sprintf("reading %d of %d: %s", i+1, n, ingest.Sanitize(filepath.Base(path)))
}

// articleLabel is the --label given for article i, else the site name from
// the page, else the URL's host or the file name; sanitised like article
// text.
func articleLabel(d *ingest.Document, labels []string, i int) string {
	l := d.Site
	switch {
	case i < len(labels):
		l = labels[i]
	case l != "":
	case d.Source == "-":
		l = "stdin"
	case fetch.IsURL(d.Source):
		l = hostLabel(d.Source)
	default:
		l = filepath.Base(d.Source)
	}
	return ingest.Sanitize(l)
}

// hostLabel is the host of a URL without "www.", the name an editor
// knows an outlet by when its page does not give one.
func hostLabel(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Hostname() == "" {
		return raw
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// load reads one article, from a URL, a file, a pipe or standard input,
// and parses it. Errors name the article and fit on one line.
func load(ctx context.Context, path string, cfg config, stdin io.Reader) (*ingest.Document, error) {
	if fetch.IsURL(path) {
		return loadURL(ctx, path, cfg)
	}
	name := path
	if path == "-" {
		name = "standard input"
	}
	data, err := readLimited(ctx, path, cfg, stdin)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ingest.Sanitize(name), err)
	}
	d, err := ingest.Parse(path, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ingest.Sanitize(name), err)
	}
	return d, nil
}

// loadURL fetches a web page and parses it as what it was served as.
func loadURL(ctx context.Context, raw string, cfg config) (*ingest.Document, error) {
	name := ingest.Sanitize(raw)
	page, err := fetch.Fetch(ctx, raw, fetch.Options{Timeout: cfg.timeout, MaxSize: cfg.maxSize})
	switch {
	case errors.Is(err, fetch.ErrTooLarge):
		return nil, fmt.Errorf("%s: too large (over %s after decompression; see --max-size)", name, formatSize(cfg.maxSize))
	case errors.Is(err, fetch.ErrTimeout):
		return nil, fmt.Errorf("%s: %w (see --timeout)", name, err)
	case err != nil:
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	// Parse guesses the format from a name; the content type is better
	// evidence than the URL's path.
	source := raw
	switch {
	case page.HTML():
		source = "page.html"
	case page.Type == "text/markdown":
		source = "page.md"
	}
	d, err := ingest.Parse(source, page.Data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	d.Source = name
	return d, nil
}

// readLimited reads an article's bytes, refusing more than --max-size.
// Standard input is read until it ends. A pipe or device named on the
// command line is read within --timeout: a named pipe nobody writes to
// would otherwise block the open for ever.
func readLimited(ctx context.Context, path string, cfg config, stdin io.Reader) ([]byte, error) {
	if path == "-" {
		return readAtMost(stdin, cfg.maxSize)
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, describe(err)
	}
	switch {
	case info.IsDir():
		return nil, errors.New("is a directory, not an article")
	case !info.Mode().IsRegular():
		return readSpecial(ctx, path, cfg)
	case info.Size() > cfg.maxSize:
		return nil, fmt.Errorf("too large (%s, limit %s; see --max-size)", formatSize(info.Size()), formatSize(cfg.maxSize))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, describe(err)
	}
	defer f.Close()
	return readSized(f, info.Size(), cfg.maxSize)
}

// readSpecial reads a pipe, socket or device within cfg.timeout. Opening a
// named pipe blocks until a writer opens it, and nothing can interrupt
// that, so the open and the read run on a goroutine of their own; when time
// runs out it is abandoned, blocked, and the command exits with the error.
func readSpecial(ctx context.Context, path string, cfg config) ([]byte, error) {
	timeout := cfg.timeout
	if timeout <= 0 {
		timeout = fetch.DefaultTimeout
	}
	type result struct {
		data     []byte
		err      error
		panicked any // raised again on the caller's goroutine, where guards recover it
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{panicked: r}
			}
		}()
		f, err := os.Open(path)
		if err != nil {
			done <- result{err: describe(err)}
			return
		}
		defer f.Close()
		_ = f.SetReadDeadline(time.Now().Add(timeout)) // pipes stop by themselves; devices cannot
		data, err := readAtMost(f, cfg.maxSize)
		done <- result{data: data, err: err}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	tooSlow := fmt.Errorf("nothing more to read after %s (a pipe with no writer?); see --timeout", timeout)
	select {
	case r := <-done:
		if r.panicked != nil {
			panic(r.panicked)
		}
		if errors.Is(r.err, os.ErrDeadlineExceeded) {
			return nil, tooSlow
		}
		return r.data, r.err
	case <-timer.C:
		return nil, tooSlow
	case <-ctx.Done():
		return nil, errors.New("cancelled")
	}
}

// readAtMost reads r to its end, refusing more than maxSize bytes: it
// reads one byte past the limit, so devices and pipes, which have no size
// up front, are cut off there.
func readAtMost(r io.Reader, maxSize int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, describe(err)
	}
	if int64(len(data)) > maxSize {
		return nil, fmt.Errorf("too large (over %s; see --max-size)", formatSize(maxSize))
	}
	return data, nil
}

// readSized is readAtMost for a file that says it holds size bytes: it
// reads into one buffer of that size, where io.ReadAll would grow one from
// 512 bytes, copying it at each step (reading was a fifth of the load
// step's time with 84 articles). A file that grows meanwhile is still read
// to its end, and to the limit.
func readSized(r io.Reader, size, maxSize int64) ([]byte, error) {
	lr := io.LimitReader(r, maxSize+1)
	data := make([]byte, 0, min(size, maxSize)+1) // +1: EOF is seen without growing
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := lr.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, describe(err)
		}
	}
	if int64(len(data)) > maxSize {
		return nil, fmt.Errorf("too large (over %s; see --max-size)", formatSize(maxSize))
	}
	return data, nil
}

// describe turns an OS error into a short phrase without repeating the path.
func describe(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	return review.Cause(err)
}

func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "IB"), "B")
	mult := int64(1)
	if n := len(t); n > 0 {
		switch t[n-1] {
		case 'K':
			mult, t = 1<<10, t[:n-1]
		case 'M':
			mult, t = 1<<20, t[:n-1]
		case 'G':
			mult, t = 1<<30, t[:n-1]
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<40)/mult {
		return 0, fmt.Errorf("invalid size %q (want bytes, or a number with K, M or G)", s)
	}
	return n * mult, nil
}

func formatSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
