//go:build windows

package review

import (
	"bytes"

	"github.com/google/renameio/v2/maybe"
)

// bufferedFile collects the session and writes it with renameio's maybe
// package, since Windows has no atomic rename over an open file.
type bufferedFile struct {
	bytes.Buffer
	path string
}

func newPendingFile(path string) (pendingFile, error) { return &bufferedFile{path: path}, nil }

func (f *bufferedFile) CloseAtomicallyReplace() error {
	return maybe.WriteFile(f.path, f.Bytes(), 0o644)
}
func (f *bufferedFile) Cleanup() error { return nil }
