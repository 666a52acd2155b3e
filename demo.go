// Package storydiff holds what the storydiff command ships inside its
// binary: the bundled demo articles. The engine is in package compare, the
// terminal interface in package tui, the command in cmd/storydiff.
package storydiff

import (
	"embed"
	"io/fs"
	"path"
)

//go:embed testdata/demo/*.txt
var demoFS embed.FS

// DemoFile is one bundled demo article.
type DemoFile struct {
	Name string
	Data []byte
}

// Demo returns the bundled demo articles in name order.
func Demo() []DemoFile {
	names, _ := fs.Glob(demoFS, "testdata/demo/*.txt") // the pattern is valid
	out := make([]DemoFile, 0, len(names))
	for _, n := range names {
		data, _ := demoFS.ReadFile(n) // embedded files always read
		out = append(out, DemoFile{Name: path.Base(n), Data: data})
	}
	return out
}
