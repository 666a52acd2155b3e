package review

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

// Holder is who holds a session's lock.
type Holder struct {
	PID   int       `json:"pid"`
	Host  string    `json:"host"`
	Since time.Time `json:"since"`
}

// LockedError says a session is open in another storydiff.
type LockedError struct {
	Path   string // the lock file
	Holder Holder
	// Held is true when the kernel says a process holds the lock: it is
	// dropped when that process ends, so there is nothing to remove.
	Held bool
}

func (e *LockedError) Error() string {
	open := fmt.Sprintf("open in another storydiff (pid %d on %s since %s)",
		e.Holder.PID, e.Holder.Host, e.Holder.Since.Local().Format("2006-01-02 15:04"))
	if e.Held {
		return open
	}
	// Only the file's content says so: an older storydiff, or a process
	// on another host sharing the folder, whose end this host cannot see.
	return open + "; remove " + e.Path + " if that process is gone"
}

// staleEmpty is how old an unreadable lock file must be to be stale: a
// holder writes it within moments of creating it.
const staleEmpty = 10 * time.Second

// inspect reads a lock file: its holder, and whether it is stale (a dead
// process on this host, or unreadable and old).
func inspect(path, host string) (Holder, bool) {
	var h Holder
	data, err := os.ReadFile(path)
	if err == nil {
		err = json.Unmarshal(data, &h)
	}
	if err != nil || h.PID <= 0 {
		info, serr := os.Stat(path)
		return h, serr == nil && time.Since(info.ModTime()) > staleEmpty
	}
	return h, h.Host == host && !processAlive(h.PID)
}

// Path is the lock file.
func (l *Lock) Path() string { return l.path }
