package main

import (
	"fmt"
	"os"

	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/fetch"
)

// refuseOverwrite refuses an output path that is the session file or one
// of the articles being compared: writing there would replace the marks or
// the article with the output. Files are compared by identity (device and
// inode, symlinks followed), so another name for the same file, a link or
// a hard link, is caught too. A path that does not exist yet is fine.
func refuseOverwrite(out string, cfg config) error {
	oi, err := os.Stat(out)
	if err != nil {
		return nil
	}
	name := ingest.Sanitize(out)
	if cfg.session != "" {
		if si, err := os.Stat(cfg.session); err == nil && os.SameFile(oi, si) {
			return fmt.Errorf("%s is the session file %s; writing there would replace the marks (choose another name)", name, ingest.Sanitize(cfg.session))
		}
	}
	for _, p := range cfg.paths {
		if p == "-" || fetch.IsURL(p) {
			continue
		}
		if pi, err := os.Stat(p); err == nil && os.SameFile(oi, pi) {
			return fmt.Errorf("%s is the article %s being compared; writing there would replace it (choose another name)", name, ingest.Sanitize(p))
		}
	}
	return nil
}
