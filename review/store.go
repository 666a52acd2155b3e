package review

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/storydiff/storydiff/compare/ingest"
)

// ErrNewer is returned with a file written by a newer storydiff: it was
// read as far as this build understands it, and must not be written.
var ErrNewer = errors.New("written by a newer storydiff")

// Read reads a session file. A missing file gives an error matching
// fs.ErrNotExist. A file that is not a session gives an error naming it
// and is left as it was. A newer file is returned with ErrNewer.
func Read(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Decode(path, data)
}

// Decode parses a session file's bytes; name is for error messages.
func Decode(name string, data []byte) (*File, error) {
	var f File
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("session %s is not a storydiff session file (%v); it was left untouched", name, jsonProblem(err, data))
	}
	if dec.More() {
		return nil, fmt.Errorf("session %s is not a storydiff session file (text after the JSON object); it was left untouched", name)
	}
	if f.Version < 1 {
		return nil, fmt.Errorf("session %s is not a storydiff session file (no \"version\"); it was left untouched", name)
	}
	f.sanitize()
	if f.Version > Version {
		return &f, fmt.Errorf("session %s: version %d, %w (this one writes version %d)", name, f.Version, ErrNewer, Version)
	}
	return &f, nil
}

// sanitize replaces control characters in every string read from the
// file, as ingest does for articles: a hand-edited or hostile session must
// not send escape sequences to the terminal.
func (f *File) sanitize() {
	for i := range f.Articles {
		a := &f.Articles[i]
		a.Label, a.Source, a.SHA256 = ingest.Sanitize(a.Label), ingest.Sanitize(a.Source), ingest.Sanitize(a.SHA256)
	}
	for i := range f.Marks {
		m := &f.Marks[i]
		m.ID, m.Kind, m.Note, m.Excerpt = ingest.Sanitize(m.ID), Kind(ingest.Sanitize(string(m.Kind))), ingest.Sanitize(m.Note), ingest.Sanitize(m.Excerpt)
		for j := range m.Texts {
			m.Texts[j] = ingest.Sanitize(m.Texts[j])
		}
	}
}

// jsonProblem describes a decoding error with its line.
func jsonProblem(err error, data []byte) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	off := int64(-1)
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "empty or cut short"
	}
	if off < 0 {
		return err.Error()
	}
	line := 1 + bytes.Count(data[:min(int(off), len(data))], []byte("\n"))
	return fmt.Sprintf("line %d: %v", line, err)
}

// ResolvePath follows symlinks in a session path, so saving replaces the
// link's target and leaves the link in place. A link whose target does
// not exist yet resolves to that target.
func ResolvePath(path string) (string, error) {
	if p, err := filepath.EvalSymlinks(path); err == nil {
		return filepath.Abs(p)
	}
	p := path
	for range 40 {
		info, err := os.Lstat(p)
		if errors.Is(err, os.ErrNotExist) || (err == nil && info.Mode()&os.ModeSymlink == 0) {
			return filepath.Abs(p)
		}
		if err != nil {
			return "", err
		}
		t, err := os.Readlink(p)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(t) {
			t = filepath.Join(filepath.Dir(p), t)
		}
		p = t
	}
	return "", fmt.Errorf("%s: too many levels of symbolic links", path)
}

// pendingFile is a file being written that replaces its destination only
// on CloseAtomicallyReplace; Cleanup removes it otherwise. It is the seam
// where tests inject a full disk or a failure midway.
type pendingFile interface {
	io.Writer
	CloseAtomicallyReplace() error
	Cleanup() error
}

// Store writes a session file durably: to a temporary file beside it,
// fsync, rename over it, fsync the directory. A failed write leaves the
// old file whole and no temporary file behind. Saves are serialised, and a
// snapshot older than one already written is skipped, so a slow autosave
// never overwrites a later save.
type Store struct {
	path   string // symlinks resolved
	name   string // as given, for messages
	create func(path string) (pendingFile, error)

	mu    sync.Mutex
	saved uint64 // the newest revision written
	wrote bool
}

// NewStore returns a store for a session path, following symlinks.
func NewStore(path string) (*Store, error) {
	p, err := ResolvePath(path)
	if err != nil {
		return nil, fmt.Errorf("session %s: %w", path, err)
	}
	return &Store{path: p, name: ingest.Sanitize(path), create: newPendingFile}, nil
}

// Path is the file the store writes: the session path with links followed.
func (s *Store) Path() string { return s.path }

// Save writes revision rev of the session unless a revision as new is
// already written. It is safe to call from several goroutines.
func (s *Store) Save(rev uint64, data []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.wrote && rev <= s.saved {
		return nil
	}
	if err := writeAtomic(s.create, s.path, data); err != nil {
		return fmt.Errorf("saving session %s: %w", s.name, Cause(err))
	}
	s.saved, s.wrote = rev, true
	return nil
}

// Cause drops a PathError's operation and path from err: they name the
// temporary file beside the destination, which the user never named
// ("write /srv/.s.json4153: no space left on device"), and push the
// cause out of a one-line message.
func Cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// writeAtomic replaces path with data through a pending file.
func writeAtomic(create func(string) (pendingFile, error), path string, data []byte) (err error) {
	f, err := create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Cleanup(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.CloseAtomicallyReplace(); err != nil {
		return err
	}
	syncDir(filepath.Dir(path))
	return nil
}

// syncDir makes a rename in dir durable. Some systems cannot sync a
// directory; the rename is then as durable as the system makes it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}
