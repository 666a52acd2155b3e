//go:build unix

package review

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

// Lock is a held session lock: an flock(2) on a file beside the session,
// held for as long as the session is open. The kernel drops it when the
// holder exits, however it exits, so taking over a dead holder's lock is
// atomic: of several processes trying at once, exactly one gets it. The
// file's content names the holder, for the message others see; it is
// information, not the lock.
type Lock struct {
	path string
	f    *os.File
}

// Acquire takes the lock of the session at path (symlinks resolved). A
// lock held by another process is a *LockedError naming its holder.
//
// A lock file whose content names a live process on this host, or any
// process on another host, is also refused although nobody holds the
// flock: an older storydiff locked by the file's existence alone, and a
// file system shared between hosts may not carry flocks across them.
func Acquire(path string) (*Lock, error) {
	p, err := ResolvePath(path)
	if err != nil {
		return nil, err
	}
	lp := p + ".lock"
	host, _ := os.Hostname()
	for range 100 {
		f, err := os.OpenFile(lp, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, fmt.Errorf("locking %s: %w", lp, err)
		}
		if err := flock(f); err != nil {
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				h, _ := inspect(lp, host)
				return nil, &LockedError{Path: lp, Holder: h, Held: true}
			}
			return nil, fmt.Errorf("locking %s: %w", lp, err)
		}
		// The previous holder may have removed the file between our open
		// and our flock: then we hold a lock on a file nobody else can
		// find, and must start again on the file now at the path.
		if !samePath(f, lp) {
			f.Close()
			continue
		}
		if h, stale := inspect(lp, host); h.PID > 0 && !stale && !(h.PID == os.Getpid() && h.Host == host) {
			f.Close()
			return nil, &LockedError{Path: lp, Holder: h}
		}
		// The content is only information for whoever is refused: a full
		// disk that cannot take it must not stop the session opening
		// (its marks may still fit, or be saved elsewhere on quitting).
		_ = writeHolder(f, Holder{PID: os.Getpid(), Host: host, Since: time.Now().UTC()})
		return &Lock{path: lp, f: f}, nil
	}
	return nil, fmt.Errorf("locking %s: the lock file keeps being replaced", lp)
}

// flock takes an exclusive lock without waiting, retrying when a signal
// interrupts the call.
func flock(f *os.File) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}

// samePath reports whether f is still the file at path.
func samePath(f *os.File, path string) bool {
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	pi, err := os.Stat(path)
	return err == nil && os.SameFile(fi, pi)
}

func writeHolder(f *os.File, h Holder) error {
	data, _ := json.Marshal(h) // a Holder always encodes
	if err := f.Truncate(0); err != nil {
		return err
	}
	if _, err := f.WriteAt(append(data, '\n'), 0); err != nil {
		return err
	}
	return f.Sync()
}

// Release removes the lock file, if it is still the one this lock holds,
// and then drops the lock. It never removes a lock file another process
// holds.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	var err error
	if samePath(l.f, l.path) {
		if rerr := os.Remove(l.path); rerr != nil && !errors.Is(rerr, os.ErrNotExist) {
			err = fmt.Errorf("removing lock %s: %w", l.path, rerr)
		}
	}
	l.f.Close() // drops the flock
	l.f = nil
	return err
}
