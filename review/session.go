package review

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/storydiff/storydiff/compare"
)

// Version is the version of the session file this build writes. A file
// with a higher version opens read-only: this build would drop what it
// does not know.
const Version = 1

// File is the session file as stored: JSON with a version.
type File struct {
	Version  int       `json:"version"`
	Created  time.Time `json:"created"`
	Updated  time.Time `json:"updated"`
	Articles []Source  `json:"articles"`
	// Marks holds every mark, attached or orphaned: a mark is never
	// dropped unless the editor clears it.
	Marks []Mark `json:"marks"`
	// Place is where the editor left off; absent in files written before
	// it was kept, which open at the top.
	Place *Place `json:"place,omitempty"`
	// Corrections are the editor's corrections of the grouping.
	Corrections []Correction `json:"corrections,omitempty"`
}

// Place is where the editor left off, by item ids so it survives
// re-running: the current item, the item at the top of the screen and how
// many lines the screen was scrolled past it, and by label the article
// pinned in the first pane and the first of the others shown.
type Place struct {
	Item   string `json:"item,omitempty"`
	Top    string `json:"top,omitempty"`
	Offset int    `json:"offset,omitempty"`
	Pin    string `json:"pin,omitempty"`
	First  string `json:"first,omitempty"`
}

// Source is one compared article as the session saw it.
type Source struct {
	Label  string `json:"label"`
	Source string `json:"source"`
	// SHA256 is the hex SHA-256 of the article's bytes as read.
	SHA256 string `json:"sha256"`
}

// Mark is what an editor did with one item.
type Mark struct {
	ID       string `json:"id"`
	Kind     Kind   `json:"kind"`
	Reviewed bool   `json:"reviewed,omitempty"`
	Flagged  bool   `json:"flagged,omitempty"`
	Note     string `json:"note,omitempty"`
	// Texts and Excerpt are the item's content when it was marked: what
	// re-attachment matches, and what an orphan shows.
	Texts   []string  `json:"texts"`
	Excerpt string    `json:"excerpt"`
	Updated time.Time `json:"updated"`
}

// empty reports whether the mark records nothing.
func (m Mark) empty() bool { return !m.Reviewed && !m.Flagged && m.Note == "" }

// Session is a review attached to one report: the marks by current item
// id, the orphans, and what changed since the file was saved. It is not
// safe for concurrent use; Marshal a snapshot to save it from elsewhere.
type Session struct {
	created     time.Time
	sources     []Source
	items       []Item
	byID        map[string]int
	marks       map[string]Mark // attached, by current item id
	orphans     []Mark
	place       Place
	corrections []Correction
	changed     []string  // labels of articles whose bytes changed since the file was saved
	moved       int       // marks re-attached by content to an item with another id
	retarget    *Retarget // what --retarget did when the session was opened; nil without it
	rev         uint64    // bumped on every change
	now         func() time.Time
}

// New starts a session with no marks on a report.
func New(rep *compare.Report, sources []Source) *Session {
	s := &Session{sources: sources, marks: map[string]Mark{}, now: time.Now}
	s.created = s.now().UTC()
	s.setItems(Items(rep))
	return s
}

// Resume attaches a stored session to a report: marks whose id is still
// there stay; the others re-attach to the item that best matches their
// text, or become orphans.
func Resume(f *File, rep *compare.Report, sources []Source) *Session {
	s := New(rep, sources)
	if !f.Created.IsZero() {
		s.created = f.Created
	}
	if f.Place != nil {
		s.place = *f.Place
	}
	s.corrections = slices.Clone(f.Corrections)
	s.changed = changedArticles(f.Articles, sources)
	s.marks, s.orphans, s.moved = attach(f.Marks, s.items)
	return s
}

// SetClock replaces time.Now, for tests.
func (s *Session) SetClock(now func() time.Time) { s.now = now }

func (s *Session) setItems(items []Item) {
	s.items = items
	s.byID = make(map[string]int, len(items))
	for i, it := range items {
		if _, dup := s.byID[it.ID]; !dup {
			s.byID[it.ID] = i
		}
	}
}

// changedArticles lists the current articles whose bytes differ from the
// saved ones, matched by source, else by label. An article with the bytes
// of a saved one (a file renamed or moved) has not changed.
func changedArticles(saved, cur []Source) []string {
	var out []string
	for _, c := range cur {
		if c.SHA256 != "" && slices.ContainsFunc(saved, func(s Source) bool { return s.SHA256 == c.SHA256 }) {
			continue
		}
		i := slices.IndexFunc(saved, func(s Source) bool { return s.Source == c.Source })
		if i < 0 {
			i = slices.IndexFunc(saved, func(s Source) bool { return s.Label == c.Label })
		}
		if i < 0 || saved[i].SHA256 != c.SHA256 {
			out = append(out, c.Label)
		}
	}
	return out
}

// Items is every markable item of the report.
func (s *Session) Items() []Item { return s.items }

// Item returns the item with an id.
func (s *Session) Item(id string) (Item, bool) {
	i, ok := s.byID[id]
	if !ok {
		return Item{}, false
	}
	return s.items[i], true
}

// Mark is the mark on an item; the zero Mark when there is none.
func (s *Session) Mark(id string) Mark { return s.marks[id] }

// Orphans are the marks that no item of the report matches, in file order.
func (s *Session) Orphans() []Mark { return s.orphans }

// Changed lists the articles whose bytes changed since the session was saved.
func (s *Session) Changed() []string { return s.changed }

// Reattached is how many marks moved, by content, to an item with a new id.
func (s *Session) Reattached() int { return s.moved }

// Rev counts changes; a store skips a snapshot older than one it wrote.
func (s *Session) Rev() uint64 { return s.rev }

// Sources are the compared articles.
func (s *Session) Sources() []Source { return s.sources }

// Place is where the editor left off.
func (s *Session) Place() Place { return s.place }

// SetPlace records where the editor is; it reports whether that changed
// (and so needs saving).
func (s *Session) SetPlace(p Place) bool {
	if p == s.place {
		return false
	}
	s.place = p
	s.rev++
	return true
}

// ToggleReviewed marks an item reviewed, or clears that.
func (s *Session) ToggleReviewed(id string) bool {
	return s.update(id, func(m *Mark) { m.Reviewed = !m.Reviewed })
}

// ToggleFlagged flags an item, or clears the flag.
func (s *Session) ToggleFlagged(id string) bool {
	return s.update(id, func(m *Mark) { m.Flagged = !m.Flagged })
}

// SetNote replaces an item's note; "" removes it.
func (s *Session) SetNote(id, note string) bool {
	return s.update(id, func(m *Mark) { m.Note = note })
}

// update changes the mark on a known item; it reports whether it did.
func (s *Session) update(id string, f func(*Mark)) bool {
	it, ok := s.Item(id)
	if !ok {
		return false
	}
	m, had := s.marks[id]
	if !had {
		m = Mark{ID: id, Kind: it.Kind}
	}
	m.Texts, m.Excerpt = it.Texts, it.Excerpt
	f(&m)
	m.Updated = s.now().UTC()
	if m.empty() {
		delete(s.marks, id)
	} else {
		s.marks[id] = m
	}
	s.rev++
	return true
}

// ToggleOrphanFlagged flags orphan i (in Orphans' order), or clears its
// flag; an orphan left with no mark at all is dropped, as an item's is.
// It reports whether i is an orphan.
func (s *Session) ToggleOrphanFlagged(i int) bool {
	return s.updateOrphan(i, func(m *Mark) { m.Flagged = !m.Flagged })
}

// ToggleOrphanReviewed marks orphan i reviewed, or clears that.
func (s *Session) ToggleOrphanReviewed(i int) bool {
	return s.updateOrphan(i, func(m *Mark) { m.Reviewed = !m.Reviewed })
}

// SetOrphanNote replaces orphan i's note; "" removes it.
func (s *Session) SetOrphanNote(i int, note string) bool {
	return s.updateOrphan(i, func(m *Mark) { m.Note = note })
}

// updateOrphan changes orphan i, keeping what it marked; it reports
// whether i is an orphan.
func (s *Session) updateOrphan(i int, f func(*Mark)) bool {
	if i < 0 || i >= len(s.orphans) {
		return false
	}
	m := s.orphans[i]
	f(&m)
	m.Updated = s.now().UTC()
	if m.empty() {
		s.orphans = slices.Delete(slices.Clone(s.orphans), i, i+1)
	} else {
		s.orphans = slices.Clone(s.orphans)
		s.orphans[i] = m
	}
	s.rev++
	return true
}

// Progress counts the reviewable items, those reviewed, and the flagged
// marks (attached ones; orphans are counted apart).
func (s *Session) Progress() (reviewed, total, flagged int) {
	seen := map[string]bool{}
	for _, it := range s.items {
		if !it.Reviewable || seen[it.ID] {
			continue
		}
		seen[it.ID] = true
		total++
		if s.marks[it.ID].Reviewed {
			reviewed++
		}
	}
	for _, m := range s.marks {
		if m.Flagged {
			flagged++
		}
	}
	return reviewed, total, flagged
}

// ProgressText is the progress as the status bar and memo give it.
func (s *Session) ProgressText() string {
	r, t, f := s.Progress()
	return fmt.Sprintf("%d/%d reviewed, %d flagged", r, t, f)
}

// Marks lists the attached marks in report order.
func (s *Session) Marks() []Mark {
	out := make([]Mark, 0, len(s.marks))
	seen := map[string]bool{}
	for _, it := range s.items {
		if m, ok := s.marks[it.ID]; ok && !seen[it.ID] {
			seen[it.ID] = true
			out = append(out, m)
		}
	}
	return out
}

// File is the session as stored now.
func (s *Session) File() File {
	marks := append(s.Marks(), s.orphans...)
	f := File{Version: Version, Created: s.created, Updated: s.now().UTC(), Articles: s.sources, Marks: marks}
	if s.place != (Place{}) {
		p := s.place
		f.Place = &p
	}
	f.Corrections = slices.Clone(s.corrections)
	return f
}

// Marshal encodes the session file: cheap, so it can run in Update and
// hand the bytes to a tea.Cmd that writes them.
func (s *Session) Marshal() ([]byte, error) {
	data, err := json.MarshalIndent(s.File(), "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encoding the session: %w", err)
	}
	return append(data, '\n'), nil
}

// Clone is an independent copy, for a tea.Cmd that reads the session (a
// memo) while Update changes it.
func (s *Session) Clone() *Session {
	c := *s
	c.marks = make(map[string]Mark, len(s.marks))
	for k, v := range s.marks {
		c.marks[k] = v
	}
	c.orphans = slices.Clone(s.orphans)
	c.corrections = slices.Clone(s.corrections)
	return &c
}
