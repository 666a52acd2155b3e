package review

import "strings"

// Retarget says what --retarget did when it opened a session saved for
// other articles: which of the saved articles are among these (named by
// their label now), which were dropped, and which articles are new to the
// session. A session moves from its articles only as a whole, so the
// memo and the interface say exactly this rather than "moved from".
type Retarget struct {
	Kept    []string `json:"kept"`
	Dropped []string `json:"dropped"`
	Added   []string `json:"added"`
}

// String words it, what the editor lost first: "dropped nyt.txt; kept
// fox.txt, hpo.txt; added c.txt". A part with no article is left out.
func (r Retarget) String() string {
	var parts []string
	for _, p := range []struct {
		verb  string
		names []string
	}{{"dropped", r.Dropped}, {"kept", r.Kept}, {"added", r.Added}} {
		if len(p.names) > 0 {
			parts = append(parts, p.verb+" "+strings.Join(p.names, ", "))
		}
	}
	return strings.Join(parts, "; ")
}

// SetRetarget records that the session was opened with --retarget and
// what that did; it is not saved in the file, which then simply belongs
// to these articles.
func (s *Session) SetRetarget(r Retarget) { s.retarget = &r }

// Retarget is what --retarget did when this session was opened, nil when
// the session was opened for its own articles.
func (s *Session) Retarget() *Retarget { return s.retarget }
