//go:build !windows

package review

import (
	"path/filepath"

	"github.com/google/renameio/v2"
)

// newPendingFile opens a temporary file in the session's own directory
// (so the rename stays on one file system and nothing is left in /tmp),
// keeping the old file's permissions.
func newPendingFile(path string) (pendingFile, error) {
	return renameio.NewPendingFile(path,
		renameio.WithTempDir(filepath.Dir(path)),
		renameio.WithPermissions(0o644),
		renameio.WithExistingPermissions())
}
