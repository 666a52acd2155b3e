package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/google/renameio/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/review"
)

// writeReport compares the documents and writes the report in the chosen
// format to -o (replaced atomically, so a failed write leaves any old file
// whole) or to stdout.
//
// JSON is streamed, one element at a time, and is indented only for a
// person reading it on a terminal: in a file or a pipe it is compact,
// which a program reads as well and which is a third of the size (a
// reader who wants it indented has jq). No flag is needed to choose.
func writeReport(cfg config, docs []*ingest.Document, stdout io.Writer) error {
	r := compare.Compare(docs, compare.Options{})
	write := func(w io.Writer) error {
		if cfg.format == "json" {
			if err := r.WriteJSON(w, cfg.output == "" && isTerminal(stdout)); err != nil {
				return fmt.Errorf("writing the report: %w", err)
			}
			return nil
		}
		bw := bufio.NewWriter(w)
		writeText(bw, r)
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("writing the report: %w", err)
		}
		return nil
	}
	if cfg.output == "" {
		return write(stdout)
	}
	return writeOut(cfg.output, write)
}

// writeOut writes path through write as -o writes a report (see
// pendingFile), its errors naming path, never the temporary file beside it.
func writeOut(path string, write func(io.Writer) error) error {
	f, err := pendingFile(path)
	if err != nil {
		return err
	}
	defer f.Cleanup()
	if err := write(f); err != nil {
		return fmt.Errorf("writing %s: %w", ingest.Sanitize(path), review.Cause(err))
	}
	if err := f.Commit(); err != nil {
		return fmt.Errorf("writing %s: %w", ingest.Sanitize(path), review.Cause(err))
	}
	return nil
}

// outFile is an output being written: a file replaced atomically on
// Commit, or a device, pipe or socket written in place.
type outFile interface {
	io.Writer
	// Commit makes what was written the file's.
	Commit() error
	// Cleanup abandons an uncommitted write; after Commit it does nothing.
	Cleanup() error
}

// pendingFile starts writing path. A regular file, or none yet, is
// replaced atomically, so that a failed write leaves any old one whole; a
// symbolic link is written through, so the file it names is replaced and
// the link stays. Anything else (-o /dev/null, a named pipe, /dev/stdout)
// is written in place: renamed over, a device became a regular file, and
// run as root "-o /dev/null" broke every program that writes to it. Its
// error names path, not the hidden temporary file beside it that renameio
// tried to create: "writing out/x.txt: no such file or directory".
//
// Links are followed as the session store follows them (review.ResolvePath),
// so a link whose file does not exist yet creates that file: renamed over,
// the link became a regular file and its target never got the output.
func pendingFile(path string) (outFile, error) {
	target := path
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("writing %s: %w", ingest.Sanitize(path), review.Cause(err))
		}
		return &inPlace{f: f}, nil
	}
	if resolved, err := review.ResolvePath(path); err == nil {
		target = resolved
	}
	f, err := renameio.NewPendingFile(target, renameio.WithPermissions(0o644), renameio.WithExistingPermissions())
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", ingest.Sanitize(path), review.Cause(err))
	}
	return replacing{f}, nil
}

// replaceFile writes data to path as -o writes a report (see pendingFile):
// a regular file is replaced atomically, a symbolic link's file is
// replaced and the link kept, a device or a pipe is written into. Its
// error names path, never the temporary file beside it.
func replaceFile(path string, data []byte) error {
	return writeOut(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// replacing is a renameio pending file as an outFile.
type replacing struct{ *renameio.PendingFile }

func (r replacing) Commit() error { return r.CloseAtomicallyReplace() }

// inPlace is an outFile written straight to what is already there.
type inPlace struct {
	f      *os.File
	closed bool
}

func (p *inPlace) Write(b []byte) (int, error) { return p.f.Write(b) }

func (p *inPlace) Commit() error {
	p.closed = true
	return p.f.Close()
}

func (p *inPlace) Cleanup() error {
	if p.closed {
		return nil
	}
	p.closed = true
	return p.f.Close()
}
