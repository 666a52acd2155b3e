package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/google/renameio/v2"

	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
)

// writeReport compares the documents and writes the report in the chosen
// format to -o (replaced atomically, so a failed write leaves any old file
// whole) or to stdout.
func writeReport(cfg config, docs []*ingest.Document, stdout io.Writer) error {
	r := compare.Compare(docs, compare.Options{})
	var buf bytes.Buffer
	switch cfg.format {
	case "json":
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("encoding the report: %w", err)
		}
	default:
		writeText(&buf, r)
	}
	if cfg.output != "" {
		if err := renameio.WriteFile(cfg.output, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", ingest.Sanitize(cfg.output), err)
		}
		return nil
	}
	if _, err := stdout.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	return nil
}
