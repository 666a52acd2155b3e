//go:build !unix

package review

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"
)

// Lock is a held session lock: a file beside the session naming its
// holder, created exclusively. A lock whose holder is a dead process on
// this host is stale and taken over.
type Lock struct{ path string }

// Acquire takes the lock of the session at path (symlinks resolved).
func Acquire(path string) (*Lock, error) {
	p, err := ResolvePath(path)
	if err != nil {
		return nil, err
	}
	lp := p + ".lock"
	host, _ := os.Hostname()
	me := Holder{PID: os.Getpid(), Host: host, Since: time.Now().UTC()}
	for attempt := 0; ; attempt++ {
		err := create(lp, me)
		if err == nil {
			return &Lock{path: lp}, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, fmt.Errorf("locking %s: %w", lp, err)
		}
		h, stale := inspect(lp, host)
		if !stale || attempt > 0 {
			return nil, &LockedError{Path: lp, Holder: h}
		}
		if err := os.Remove(lp); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("removing stale lock %s: %w", lp, err)
		}
	}
}

func create(path string, h Holder) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	data, _ := json.Marshal(h) // a Holder always encodes
	_, werr := f.Write(append(data, '\n'))
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		_ = os.Remove(path)
		return err
	}
	return nil
}

// Release removes the lock file.
func (l *Lock) Release() error {
	if l == nil {
		return nil
	}
	if err := os.Remove(l.path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("removing lock %s: %w", l.path, err)
	}
	return nil
}
