package memo

import (
	"fmt"
	"strconv"
	"strings"
)

// The memo's sections: each item is given in full, with its note, once,
// and a section with nothing in it is left out (EmptyLine says which).

// Ref is an item's place in the memo: a section's heading and the
// item's number there.
type Ref struct {
	Section string
	Item    int
}

// String is the place in words: "Flagged, item 1".
func (r Ref) String() string { return fmt.Sprintf("%s, item %d", r.Section, r.Item) }

// Anchor is the place's id in the HTML page: "flagged-1".
func (r Ref) Anchor() string {
	return strings.ToLower(strings.ReplaceAll(r.Section, " ", "-")) + "-" + strconv.Itoa(r.Item)
}

// Section headings, as the Markdown and HTML memos write them, in order.
const (
	secFlagged   = "Flagged"
	secConflicts = "Conflicts"
	secRough     = "Figures that agree only roughly"
	secQuotes    = "Unique and variant quotes"
	secDivergent = "Facts framed differently"
	secNotes     = "Notes"
)

// linkRepeats gives each item in full, with its note, once: in the first
// section that lists it. A later section (a flagged fact the outlets also
// frame differently; every noted item under Notes) refers to it there.
func (m *Memo) linkRepeats() {
	shown := map[string]Ref{}
	for _, sec := range []struct {
		name string
		es   []Entry
	}{{secFlagged, m.Flagged}, {secConflicts, m.Conflicts}, {secRough, m.Rough}, {secQuotes, m.Quotes}, {secDivergent, m.Divergent}, {secNotes, m.Notes}} {
		for i := range sec.es {
			if r, ok := shown[sec.es[i].ID]; ok {
				sec.es[i].ShownIn = &r
				continue
			}
			shown[sec.es[i].ID] = Ref{Section: sec.name, Item: i + 1}
		}
	}
}

// roughIntro opens the section of figures that agree only roughly, as
// the overview's and the text report's headings mean it.
const roughIntro = "Not conflicts, but worth a check: figures within rounding or a hedge of each other, a clock time inside a part of the day, a date given more or less precisely, one number said of differently named things, or a name written two ways."

// SeeText is what a section says of an item it refers to, the item
// being given in full elsewhere: "Given in full under Flagged, item 1
// (with its note): Trump has called…".
func (e Entry) SeeText() string {
	s := "Given in full under " + e.ShownIn.String()
	if e.Mark.Note != "" {
		s += ", with its note"
	}
	if len(e.Versions) > 0 {
		s += ": " + Excerpt(e.Versions[0].Text, 80)
	}
	return s
}

// EmptyLine names the sections the memo leaves out because they have
// nothing in them ("No conflicting figures, corrections or orphaned
// marks."), or "": said once, rather than a heading over "None." each.
func (m *Memo) EmptyLine() string {
	var none []string
	add := func(empty bool, what string) {
		if empty {
			none = append(none, what)
		}
	}
	marks := m.session != nil
	add(marks && len(m.Flagged) == 0, "flagged items")
	add(len(m.Conflicts) == 0, "conflicting figures")
	add(len(m.Rough) == 0, "figures that agree only roughly")
	add(len(m.Quotes) == 0, "unique and variant quotes")
	add(len(m.Wording) == 0, "wording changes")
	add(len(m.Divergent) == 0, "facts framed differently")
	add(marks && len(m.Notes) == 0, "notes")
	add(marks && len(m.Corrections) == 0, "corrections")
	add(marks && len(m.Orphans) == 0, "orphaned marks")
	switch len(none) {
	case 0:
		return ""
	case 1:
		return "No " + none[0] + "."
	}
	return "No " + strings.Join(none[:len(none)-1], ", ") + " or " + none[len(none)-1] + "."
}
