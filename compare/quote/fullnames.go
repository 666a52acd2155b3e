package quote

import (
	"slices"
	"sort"
	"strings"
)

// Which name a mention stands for: the nearest earlier mention of a kind
// (resolve) and the full name a surname was written with (canonical).

// preference narrows which organisation a noun after "the" stands for.
type preference int

// resolve finds the nearest mention before pos of the wanted kind,
// preferring, when it can, the kind of organisation pref names; want ==
// unknown takes an organisation or a person.
func (d *doc) resolve(pos int, want kind, pref preference) (mention, bool) {
	end := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].s >= pos })
	for pass := 0; pass < 2; pass++ {
		for i := end - 1; i >= 0; i-- {
			m := d.ments[i]
			ok := m.kind == want || want == unknown && m.kind != unknown
			fits := pref == anyOrg || pass == 1 || pref == govOrg && m.gov || pref == bizOrg && m.biz
			if ok && fits {
				return m, true
			}
		}
		if pref == anyOrg {
			break
		}
	}
	return mention{}, false
}

// canonical returns the full name for a surname at pos seen earlier in full.
func (d *doc) canonical(name string, pos int) string { return d.canonicalFor(name, anySex, pos) }

// canonicalFor returns the full name for a surname at pos seen earlier in
// full, of the sex a title before it tells ("Mr. Obama" is not Michelle
// Obama).
func (d *doc) canonicalFor(name string, sx sex, pos int) string {
	if strings.IndexByte(name, ' ') < 0 {
		names := namedBefore(d.fullName[name], pos, d.firstAt)
		if d.inHeadline(pos) || d.isHeadline(d.paraIndex(pos)) {
			// A headline stands before the body that names its people:
			// its "Reed" is the Reed the body names first.
			names = d.firstWritten(d.fullName[name], sx, d.firstAt)
		}
		if len(names) > 1 {
			if fn := d.nearestFullName(names, sx, pos); fn != "" {
				return fn
			}
		}
		if fn := d.pickFullName(names, sx); fn != "" {
			return fn
		}
	}
	return name
}

// nearestFullName returns, of two people or more with one surname, the
// one written in full last before pos, in its paragraph or the one
// before: "His son, T.J. DiLeo, … said" and then `"…," DiLeo said` is the
// son, not the father the lede named. Else "".
func (d *doc) nearestFullName(names []string, sx sex, pos int) string {
	full := 0
	for _, n := range names {
		if strings.IndexByte(n, ' ') > 0 {
			full++
		}
	}
	pi := d.paraIndex(pos)
	if pi < 0 || full < 2 {
		return ""
	}
	lo := d.paras[max(pi-1, 0)].Start
	for k := len(d.ments) - 1; k >= 0; k-- {
		m := d.ments[k]
		if m.s >= pos {
			continue
		}
		if m.s < lo {
			break
		}
		if w := d.text[m.s:m.e]; m.kind == person && strings.IndexByte(w, ' ') > 0 && !speechVerbs.has(firstWord(w)) && slices.Contains(names, w) && d.pickFullName([]string{w}, sx) != "" {
			return w
		}
	}
	return ""
}

// nameSuffix reports whether w ends a name after the surname: "Jr.", "III".
func nameSuffix(w string) bool {
	switch strings.TrimSuffix(w, ",") {
	case "jr.", "jr", "sr.", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// namedBefore keeps the full names first written before pos: "President
// Obama" in a lede is not the "Michelle Obama" a later paragraph names.
func namedBefore(names []string, pos int, firstAt map[string]int) []string {
	kept := 0
	for _, n := range names {
		if firstAt[n] < pos {
			kept++
		}
	}
	if kept == len(names) {
		return names // the common case: no copy
	}
	out := make([]string, 0, kept)
	for _, n := range names {
		if firstAt[n] < pos {
			out = append(out, n)
		}
	}
	return out
}

// firstWritten returns, of the full names that fit sx, the one written
// first, or none.
func (d *doc) firstWritten(names []string, sx sex, firstAt map[string]int) []string {
	best := ""
	for _, n := range names {
		if fn := d.pickFullName([]string{n}, sx); fn != "" && (best == "" || firstAt[n] < firstAt[best]) {
			best = n
		}
	}
	if best == "" {
		return nil
	}
	return []string{best}
}

// pickFullName returns the longest of the full names that fits sx, or "".
// A first name fits by the common names, else by what the article tells of
// it: "Mr. Obama" is not Malia Obama when the article calls Malia a
// daughter.
func (d *doc) pickFullName(names []string, sx sex) string {
	best := ""
	for _, n := range names {
		if sx != anySex {
			s := sexOfFirstName(n)
			if s == anySex {
				s = d.firstSex[firstWord(n)]
			}
			if s != anySex && s != sx {
				continue
			}
		}
		if len(n) > len(best) {
			best = n
		}
	}
	return best
}

// firstWord returns a name's first word in lower case.
func firstWord(name string) string {
	if i := strings.IndexByte(name, ' '); i > 0 {
		name = name[:i]
	}
	return strings.ToLower(name)
}
