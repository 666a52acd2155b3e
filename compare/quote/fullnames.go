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
			names = d.fitting(names, sx)
			if len(names) > 1 {
				// Two people of one surname the text does not tell apart
				// here: the one the story opens with, when the others come
				// in later (a senator, then his wife); else (two officials
				// named together) the surname alone, never a guess.
				if fn := d.principal(names); fn != "" {
					return fn
				}
				return name
			}
		}
		if fn := d.pickFullName(names, sx); fn != "" {
			return fn
		}
	}
	return name
}

// fitting returns the people of names that fit sx, each once, by the
// fullest form of their name: "Bettie Page" and "Bettie Mae Page" are one.
func (d *doc) fitting(names []string, sx sex) []string {
	var out []string
	for _, n := range names {
		if strings.IndexByte(n, ' ') < 0 || d.pickFullName([]string{n}, sx) == "" || !givenName(n) {
			continue
		}
		one := false
		for i, o := range out {
			if oneName(n, o) {
				if len(n) > len(o) {
					out[i] = n
				}
				one = true
				break
			}
		}
		if !one {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return names
	}
	return out
}

// givenName reports whether a full name opens with what may be a first
// name: not "Added Gibbs" or "Like Patrick", a sentence's verb or
// preposition before a surname.
func givenName(n string) bool {
	w := firstWord(n)
	if speechVerbs.has(w) || capStops.has(w) {
		return false
	}
	return !commonWord(w) || sexOfFirstName(w) != anySex
}

// principal returns the one of names written first, in the headline or
// the lede, when every other is first written after the lede; else "".
func (d *doc) principal(names []string) string {
	lede := d.ledeEnd()
	first := ""
	for _, n := range names {
		if first == "" || d.firstAt[n] < d.firstAt[first] {
			first = n
		}
	}
	if d.firstAt[first] >= lede {
		return ""
	}
	for _, n := range names {
		if n != first && d.firstAt[n] < lede {
			return ""
		}
	}
	return first
}

// ledeEnd returns where the article's opening paragraph after its
// headlines ends.
func (d *doc) ledeEnd() int {
	for k, p := range d.paras {
		if !d.isHeadline(k) && !d.inHeadline(p.Start) {
			return p.End
		}
	}
	return 0
}

// oneName reports whether two full names with one surname are forms of
// one name: the same first name, the shorter's middle names in the
// longer's, in order.
func oneName(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	if !strings.EqualFold(fa[0], fb[0]) {
		return false
	}
	k := 1
	for _, w := range fb[1 : len(fb)-1] {
		if k < len(fa)-1 && strings.EqualFold(fa[k], w) {
			k++
		}
	}
	return k == len(fa)-1
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
		if w := d.text[m.s:m.e]; m.kind == person && strings.IndexByte(w, ' ') > 0 && !speechVerbs.has(firstWord(w)) && slices.Contains(names, w) && d.pickFullName([]string{w}, sx) != "" && d.leads(k, names) {
			return w
		}
	}
	return ""
}

// leads reports whether mention k is what its sentence is about, its
// subject or its speaker, and no other of names is joined to it: "with
// his wife, Mary Hale," does not make the next "Hale" Mary, and "Ann Voss
// and her brother, Peter Voss," leaves "Voss" either.
func (d *doc) leads(k int, names []string) bool {
	m := d.ments[k]
	if d.subj == nil {
		return true // while mentions are read, before any subject is
	}
	sn := d.sents[d.sentIndex(m.s)]
	for _, o := range d.ments {
		if o.s >= m.e && o.s < sn.End && o.kind == person && o.name != m.name && slices.Contains(names, d.text[o.s:o.e]) && d.joined(m.e, o.s) {
			return false
		}
	}
	if d.subjectOf(d.sentIndex(m.s)) == k || d.opensWith(sn, m) {
		return true
	}
	for _, s := range d.spoke {
		if s.name == m.name && s.at >= sn.Start && s.at < sn.End {
			return true
		}
	}
	return false
}

// opensWith reports whether sentence sn opens with mention m, after a
// conjunction and capitalised titles at most: "But City Councilman Jumaane
// Williams, a frequent critic, blasted …".
func (d *doc) opensWith(sn Span, m mention) bool {
	for i := d.tokAt(sn.Start); i < len(d.toks) && d.toks[i].s < m.s; i++ {
		if w := d.word(i); !d.toks[i].word || !d.toks[i].upper && w != "but" && w != "and" {
			return false
		}
	}
	return true
}

// joined reports whether the words between from and to join two names
// as one subject: "and" within a few words ("Ann Voss and her brother,
// Peter Voss"), not a clause away ("… on Monday with his wife, Mary Hale").
func (d *doc) joined(from, to int) bool {
	lo, hi := d.tokAt(from), d.tokAt(to)
	if hi-lo > 8 {
		return false
	}
	for i := lo; i < hi; i++ {
		if d.word(i) == "and" {
			return true
		}
	}
	return false
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
