package main

import (
	"bufio"
	"fmt"
	"io"

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
	f, err := renameio.NewPendingFile(cfg.output, renameio.WithPermissions(0o644), renameio.WithExistingPermissions())
	if err != nil {
		return fmt.Errorf("writing %s: %w", ingest.Sanitize(cfg.output), err)
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
