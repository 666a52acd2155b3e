package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/google/renameio/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
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
	f, err := pendingFile(cfg.output)
	if err != nil {
		return err
	}
	defer f.Cleanup()
	if err := write(f); err != nil {
		return fmt.Errorf("writing %s: %w", ingest.Sanitize(cfg.output), err)
	}
	if err := f.CloseAtomicallyReplace(); err != nil {
		return fmt.Errorf("writing %s: %w", ingest.Sanitize(cfg.output), err)
	}
	return nil
}

// pendingFile starts an atomic write of path. Its error names path, not
// the hidden temporary file beside it that renameio tried to create:
// "writing out/x.txt: no such file or directory".
func pendingFile(path string) (*renameio.PendingFile, error) {
	f, err := renameio.NewPendingFile(path, renameio.WithPermissions(0o644), renameio.WithExistingPermissions())
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("writing %s: %w", ingest.Sanitize(path), err)
	}
	return f, nil
}
