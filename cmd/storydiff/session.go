package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"

	tea "charm.land/bubbletea/v2"

	"github.com/storydiff/storydiff"
	"github.com/storydiff/storydiff/compare"
	"github.com/storydiff/storydiff/compare/ingest"
	"github.com/storydiff/storydiff/fetch"
	"github.com/storydiff/storydiff/memo"
	"github.com/storydiff/storydiff/review"
	"github.com/storydiff/storydiff/tui"
)

// reviewRun is --session for one run: the file, its store and lock, what
// it held, and the standard input's hash as it is read.
type reviewRun struct {
	path     string // as given; "" without --session
	store    *review.Store
	lock     *review.Lock
	stored   *review.File // nil for a new session
	readOnly string       // why marks are not saved, "" when they are
	// movedFrom names the articles a session was saved for that are not
	// among these: --retarget moves it to these without them; matched
	// says which of the articles given are among the saved ones.
	movedFrom []string
	matched   []bool
	stdin     *hashReader
	// held is the session the interface shows, which it changes in
	// place: after a crash, when bubbletea returns no model, it is what
	// is saved.
	held atomic.Pointer[review.Session]
}

// startReview opens --session before the screen is taken, so a corrupt
// file is one line on the terminal and exit status 2, and the file is left
// untouched. A session from a newer storydiff, or open in another one,
// opens read-only. With write, a writable session is locked.
func startReview(cfg config, stdin io.Reader, write bool) (*reviewRun, error) {
	rr := &reviewRun{path: cfg.session, stdin: &hashReader{r: stdin, h: sha256.New()}}
	if cfg.session == "" {
		return rr, nil
	}
	name := ingest.Sanitize(cfg.session)
	f, err := review.Read(cfg.session)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if !write {
			return nil, fmt.Errorf("session %s: no such file (the interactive view creates it)", name)
		}
	case errors.Is(err, review.ErrNewer):
		rr.stored, rr.readOnly = f, "the session is from a newer storydiff; marks are shown, not saved"
	case err != nil:
		return nil, err
	default:
		rr.stored = f
	}
	if rr.stored != nil {
		missing, matched := missingArticles(cfg, rr.stored.Articles)
		if len(missing) > 0 && !cfg.retarget {
			return nil, fmt.Errorf("session %s was saved for other articles (%s not among these): name them, or add --retarget to move it to these (marks that match nothing are kept as orphans)", name, strings.Join(missing, ", "))
		}
		rr.movedFrom, rr.matched = missing, matched
	}
	if fi, err := os.Stat(cfg.session); err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o222 == 0 && rr.readOnly == "" {
		// The editor made the file read-only: saving renames a new file
		// over it, which its mode does not stop, so it would be
		// replaced regardless. It opens to be looked at instead.
		rr.readOnly = fmt.Sprintf("session %s is read-only; marks are shown, not saved", name)
	}
	if !write || rr.readOnly != "" {
		return rr, nil
	}
	if rr.store, err = review.NewStore(cfg.session); err != nil {
		return nil, err
	}
	rr.lock, err = review.Acquire(cfg.session)
	var le *review.LockedError
	switch {
	case errors.As(err, &le):
		rr.readOnly = "session " + le.Error()
	case errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS):
		// A session in a folder this user cannot write (or on a read-only
		// file system) is still worth looking at.
		dir, what := ingest.Sanitize(filepath.Dir(rr.store.Path())), "write in"
		if rr.stored == nil {
			what = "create the session in"
		}
		rr.store, rr.readOnly = nil, fmt.Sprintf("cannot %s %s (%s); marks are shown, not saved", what, dir, describe(err))
	case err != nil:
		return nil, err
	}
	return rr, nil
}

// missingArticles names the saved articles that are not among the ones
// given now. An article counts as given when it has the same source (the
// path or URL as typed, or the same file by its absolute path), the same
// bytes, or the same label (the --label given, else the file name or the
// URL's host). Opening a session with other articles would otherwise move
// every mark to them, and most would be orphaned: the editor must say so.
// More articles than were saved are fine: every saved one is still there.
// matched says, for each article given (in order), whether it is one of
// the saved articles.
func missingArticles(cfg config, saved []review.Source) (missing []string, matched []bool) {
	type given struct {
		source, abs, sum string
		labels           []string
	}
	var cur []given
	if len(cfg.paths) == 0 {
		for _, d := range storydiff.Demo() {
			cur = append(cur, given{source: "demo:" + d.Name, sum: hashOf(d.Data)})
		}
	}
	for i, p := range cfg.paths {
		g := given{source: p}
		if i < len(cfg.labels) {
			g.labels = append(g.labels, cfg.labels[i])
		}
		switch {
		case p == "-":
			g.labels = append(g.labels, "stdin")
		case fetch.IsURL(p):
			g.labels = append(g.labels, hostLabel(p))
		default:
			g.labels = append(g.labels, filepath.Base(p))
			g.abs, _ = filepath.Abs(p)
			if data, err := readArticleBytes(p, cfg.maxSize); err == nil {
				g.sum = hashOf(data)
			}
		}
		cur = append(cur, g)
	}
	matched = make([]bool, len(cur))
	for _, s := range saved {
		found := false
		for i, g := range cur {
			if s.Source == g.source ||
				(s.Source != "" && filepath.IsAbs(s.Source) && filepath.Clean(s.Source) == g.abs) ||
				(s.Source != "" && !fetch.IsURL(s.Source) && g.abs != "" && filepath.Clean(s.Source) == filepath.Clean(g.source)) ||
				(s.SHA256 != "" && s.SHA256 == g.sum) ||
				(s.Label != "" && slices.Contains(g.labels, s.Label)) {
				found, matched[i] = true, true
			}
		}
		if !found {
			name := s.Label
			if name == "" {
				name = s.Source
			}
			missing = append(missing, ingest.Sanitize(name))
		}
	}
	return missing, matched
}

// retarget says what --retarget did: the saved articles dropped, and of
// the articles given (named by their label in the report), those among
// the saved ones and those new to the session.
func (rr *reviewRun) retarget(rep *compare.Report) review.Retarget {
	r := review.Retarget{Dropped: rr.movedFrom}
	for i, a := range rep.Articles {
		if i < len(rr.matched) && rr.matched[i] {
			r.Kept = append(r.Kept, a.Label)
		} else {
			r.Added = append(r.Added, a.Label)
		}
	}
	return r
}

// writable reports whether marks are saved.
func (rr *reviewRun) writable() bool { return rr.store != nil && rr.lock != nil }

// attach puts the session on the report. A writable session is saved at
// once: a new one so the file exists, a resumed one so re-attached marks
// and the articles' new hashes are kept.
func (rr *reviewRun) attach(cfg config, rep *compare.Report) (*review.Session, error) {
	sources := rr.sources(cfg, rep)
	var s *review.Session
	if rr.stored != nil {
		s = review.Resume(rr.stored, rep, sources)
		if len(rr.movedFrom) > 0 {
			s.SetRetarget(rr.retarget(rep))
		}
	} else {
		s = review.New(rep, sources)
	}
	if rr.writable() {
		data, err := s.Marshal()
		if err == nil {
			err = rr.store.Save(s.Rev(), data)
		}
		if err != nil {
			return s, err // opened, not saved (a full disk): the interface says so
		}
	}
	return s, nil
}

// finish saves the session's last state and releases the lock.
func (rr *reviewRun) finish(s *review.Session) error {
	defer rr.lock.Release()
	if !rr.writable() || s == nil {
		return nil
	}
	data, err := s.Marshal()
	if err != nil {
		return err
	}
	return rr.store.Save(s.Rev(), data)
}

// sources records each article's source and the SHA-256 of its bytes as
// read: files are read again; standard input was hashed as it was read;
// anything else (a URL) is hashed by its text after ingest.
func (rr *reviewRun) sources(cfg config, rep *compare.Report) []review.Source {
	out := make([]review.Source, len(rep.Articles))
	demo := storydiff.Demo()
	for i, a := range rep.Articles {
		src, sum := a.Source, ""
		switch {
		case len(cfg.paths) == 0 && i < len(demo):
			src, sum = "demo:"+demo[i].Name, hashOf(demo[i].Data)
		case i < len(cfg.paths) && cfg.paths[i] == "-":
			src, sum = "-", hex.EncodeToString(rr.stdin.h.Sum(nil))
		case i < len(cfg.paths):
			src = cfg.paths[i]
			if data, err := readArticleBytes(src, cfg.maxSize); err == nil {
				sum = hashOf(data)
			}
		}
		if sum == "" {
			sum = hashOf([]byte(a.Text))
		}
		out[i] = review.Source{Label: a.Label, Source: src, SHA256: sum}
	}
	return out
}

func hashOf(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}

// readArticleBytes reads a regular file of at most max bytes.
func readArticleBytes(path string, max int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() > max {
		return nil, errors.New("not a readable file")
	}
	return os.ReadFile(path)
}

// hashReader hashes standard input as loadAll reads it.
type hashReader struct {
	r io.Reader
	h hash.Hash
}

func (hr *hashReader) Read(p []byte) (int, error) {
	n, err := hr.r.Read(p)
	hr.h.Write(p[:n])
	return n, err
}

// tuiReview is what the interface needs to keep the session.
func (rr *reviewRun) tuiReview(cfg config) tui.Review {
	r := tui.Review{
		ReadOnly: rr.readOnly,
		MemoPath: memoPath(cfg.session),
		WriteMemo: func(path string, rep *compare.Report, s *review.Session) error {
			path = expandHome(path)
			if err := refuseOverwrite(path, cfg); err != nil {
				return err
			}
			return writeMemoFile(path, memo.FormatFor(path), rr.memo(rep, s, cfg))
		},
	}
	if cfg.session != "" {
		r.Open = func(rep *compare.Report) (*review.Session, error) {
			s, err := rr.attach(cfg, rep)
			if s != nil {
				rr.held.Store(s)
			}
			return s, err
		}
	}
	if rr.writable() {
		r.Save = rr.store.Save
		if testPanicAt("save") {
			r.Save = func(uint64, []byte) error { panic(latePanic(testPanicEnv + "=save")) }
		}
		r.CopyPath, r.Name = rescuePath(cfg.session), ingest.Sanitize(filepath.Base(cfg.session))
		r.SaveCopy = func(path string, data []byte) error {
			path = expandHome(path)
			if err := refuseOverwrite(path, cfg); err != nil {
				return err
			}
			return replaceFile(path, data)
		}
	}
	return r
}

// programOptions turn off bubbletea's own signal handling when a session
// is open: quitOnSignals handles SIGHUP too, and every signal saves.
func (rr *reviewRun) programOptions(opts ...tea.ProgramOption) []tea.ProgramOption {
	if rr.path != "" {
		opts = append(opts, tea.WithoutSignalHandler())
	}
	return opts
}

// quitOnSignals makes SIGINT, SIGTERM and SIGHUP end the program the way
// q does, so the session is saved before the process exits. (On a
// terminal in raw mode ctrl+c is a key, which the interface handles.)
func (rr *reviewRun) quitOnSignals(p *tea.Program) (stop func()) {
	if rr.path == "" {
		return func() {}
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			p.Quit()
		case <-done:
		}
	}()
	return func() { signal.Stop(ch); close(done) }
}
