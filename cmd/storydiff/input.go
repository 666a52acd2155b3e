package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/storydiff/storydiff"
	"github.com/storydiff/storydiff/compare/ingest"
)

// loadAll reads and parses every article named on the command line, or the
// bundled demo when none is. The first article that fails stops the run.
func loadAll(cfg config, stdin io.Reader) ([]*ingest.Document, error) {
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
		for _, p := range cfg.paths {
			d, err := load(p, cfg.maxSize, stdin)
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
	return docs, nil
}

// articleLabel is the --label given for article i, else the site name from
// the page, else the file name; sanitised like article text.
func articleLabel(d *ingest.Document, labels []string, i int) string {
	l := d.Site
	switch {
	case i < len(labels):
		l = labels[i]
	case l != "":
	case d.Source == "-":
		l = "stdin"
	default:
		l = filepath.Base(d.Source)
	}
	return ingest.Sanitize(l)
}

// load reads one article and parses it. Errors name the file and fit on
// one line.
func load(path string, maxSize int64, stdin io.Reader) (*ingest.Document, error) {
	name := path
	if path == "-" {
		name = "standard input"
	}
	data, err := readLimited(path, maxSize, stdin)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ingest.Sanitize(name), err)
	}
	d, err := ingest.Parse(path, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ingest.Sanitize(name), err)
	}
	return d, nil
}

func readLimited(path string, maxSize int64, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	if path != "-" {
		info, err := os.Stat(path)
		if err != nil {
			return nil, describe(err)
		}
		if info.IsDir() {
			return nil, errors.New("is a directory, not an article")
		}
		if info.Mode().IsRegular() && info.Size() > maxSize {
			return nil, fmt.Errorf("too large (%s, limit %s; see --max-size)", formatSize(info.Size()), formatSize(maxSize))
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, describe(err)
		}
		defer f.Close()
		r = f
	}
	// Devices and pipes have no size up front: read one byte past the limit.
	data, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, describe(err)
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
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
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
