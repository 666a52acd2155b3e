package fact

import (
	"strings"
	"unicode/utf8"
)

// resolve links short forms to the full names found elsewhere in the same
// text: a lone surname to the one person who has it ("Ma" → "Jack Ma"), a
// name to the organisation it shortens ("Alibaba" → "Alibaba Group") or
// abbreviates ("USTR" → "Office of the U.S. Trade Representative"). A name
// left unclassified takes the kind an identical name has elsewhere.
func (n *nparser) resolve() {
	surnames := make(map[string]int, 8) // surname → span of the full name; -1 when two people share it
	kinds := make(map[string]string, len(n.spans))
	type org struct {
		span       int
		full, base string
		parts      []string
	}
	var orgs []org
	for i := range n.spans {
		sp := &n.spans[i]
		own := n.spanText(i)
		if sp.kind != "name" {
			kinds[own] = sp.kind
		}
		switch {
		case sp.kind == "person" && sp.last > sp.first:
			s := n.word(n.surnameTok(sp))
			if j, ok := surnames[s]; !ok {
				surnames[s] = i
			} else if j >= 0 && n.spanText(j) != own {
				surnames[s] = -1
			}
		case sp.kind == "org" && sp.last > sp.first:
			orgs = append(orgs, org{span: i, full: own, base: n.baseText(i), parts: initials(own)})
		}
	}
	for i := range n.spans {
		sp := &n.spans[i]
		own := n.spanText(i)
		if k, ok := kinds[own]; ok && sp.kind == "name" {
			sp.kind = k // "Alibaba chairman" made one "Alibaba" an org: all are
		}
		if sp.first == sp.last && (sp.kind == "name" || sp.kind == "person") {
			if j, ok := surnames[own]; ok && j >= 0 {
				sp.kind, sp.ref = "person", j
				continue
			}
		}
		if sp.kind != "name" && sp.kind != "org" {
			continue
		}
		acro := sp.first == sp.last && n.toks[sp.first].acro
		for _, o := range orgs {
			if o.full != own && (o.base == own || acro && acronymMatch(own, o.parts)) {
				sp.kind, sp.ref = "org", o.span
				break
			}
		}
	}
}

// surnameTok is the last token of a person's name, skipping "Jr." and the like.
func (n *nparser) surnameTok(sp *nameSpan) int {
	l := sp.last
	if l > sp.first && isGenerational(n.word(l)) {
		l--
	}
	return l
}

// isGenerational reports whether w is "Jr.", "Sr.", "II" or the like.
func isGenerational(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "jr", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// spanText is the title-free, possessive-free text of span i.
func (n *nparser) spanText(i int) string {
	sp := &n.spans[i]
	return n.text[n.toks[sp.first].start:n.toks[sp.last].stem]
}

// baseText is spanText without a trailing corporate suffix ("Alibaba Group"
// → "Alibaba").
func (n *nparser) baseText(i int) string {
	sp := &n.spans[i]
	if sp.last > sp.first && n.toks[sp.last].is(lxCorpSuffix) {
		return n.text[n.toks[sp.first].start:n.toks[sp.last-1].stem]
	}
	return n.spanText(i)
}

// acronym spells the initials of span i's capitalised words, "" for fewer
// than two.
func (n *nparser) acronym(i int) string {
	sp := &n.spans[i]
	last := sp.last
	if last > sp.first && n.toks[last].is(lxCorpSuffix) {
		last--
	}
	var buf [16]byte
	b, words := buf[:0], 0
	for k := sp.first; k <= last; k++ {
		t := &n.toks[k]
		if t.kind != tokWord || !t.cap {
			continue
		}
		words++
		w := n.text[t.start:t.stem]
		if !t.acro {
			r, size := utf8.DecodeRuneInString(w)
			if r >= utf8.RuneSelf {
				return ""
			}
			w = w[:size]
		}
		for j := 0; j < len(w); j++ {
			if w[j] != '.' {
				b = append(b, w[j])
			}
		}
	}
	if words < 2 {
		return ""
	}
	return string(b)
}

// mention turns a span into a Mention with its canonical name and aliases.
func (n *nparser) mention(i int) (Mention, bool) {
	sp := &n.spans[i]
	first := sp.first
	if sp.title >= 0 {
		first = sp.title
	}
	s, e := n.toks[first].start, n.toks[sp.last].stem
	self := sp.ref
	if self < 0 {
		self = i
	}
	m := Mention{Start: s, End: e, Text: n.text[s:e], Kind: sp.kind, Unit: n.spanText(self)}
	add := func(a string) {
		if a == "" || a == m.Unit {
			return
		}
		for _, x := range m.Aliases {
			if x == a {
				return
			}
		}
		if m.Aliases == nil {
			m.Aliases = make([]string, 0, 3)
		}
		m.Aliases = append(m.Aliases, a)
	}
	add(n.text[n.toks[sp.first].start:e]) // the short form it was resolved from
	if sp.title >= 0 {
		add(m.Text)
	}
	canon := &n.spans[self]
	switch m.Kind {
	case "person":
		if canon.last > canon.first {
			add(n.word(n.surnameTok(canon)))
		}
	case "org":
		add(n.baseText(self))
		add(n.acronym(self))
	}
	return m, m.Unit != ""
}
