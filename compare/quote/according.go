package quote

import (
	"sort"
	"strings"
)

// An outlet that reports ("according to the Courier") is the source of
// a fragment only when the fragment's own clause has no person as its
// subject (attribute, speaker.go).

// clauseSubjectBefore is the person named last before pos in its sentence
// (from from) who stands as a clause's subject, with no mark and no word
// opening another clause between them and pos: `which Ann hoped was not in
// connection to "…"` is Ann's clause.
func (d *doc) clauseSubjectBefore(from, pos int) (subject, bool) {
	end := sort.Search(len(d.ments), func(m int) bool { return d.ments[m].s >= pos })
	for m := end - 1; m >= 0 && d.ments[m].s >= from; m-- {
		n := d.ments[m]
		if n.kind != person {
			n.name = d.fullFromFirst(n.name, n.s) // "Sarah" for the Sarah Palin named before
		}
		if n.name == "" || d.reported(m) || !d.inSubjectPlace(m) {
			continue
		}
		for k := d.tokAt(d.ments[m].e); k < d.tokAt(pos); k++ {
			if !d.toks[k].word && strings.ContainsAny(d.punct(k), ",;:()—–-\"“”") || d.toks[k].word && clauseWords.has(d.word(k)) && d.word(k) != "to" {
				return subject{}, false
			}
		}
		return subject{from: d.tokAt(n.s), to: d.tokAt(n.e), name: n.name, ss: n.s, se: n.e}, true
	}
	return subject{}, false
}

// fullFromFirst is the full name of the one person named before pos whose
// first name is the single word w, or "".
func (d *doc) fullFromFirst(w string, pos int) string {
	if strings.IndexByte(w, ' ') >= 0 {
		return ""
	}
	full := ""
	for _, m := range d.ments {
		if m.s >= pos {
			break
		}
		if m.kind == person && strings.HasPrefix(m.name, w+" ") {
			if full != "" && full != m.name {
				return ""
			}
			full = m.name
		}
	}
	return full
}
