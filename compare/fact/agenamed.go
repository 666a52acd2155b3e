package fact

import "strings"

// An age is also written without "-year-old": "Smith, age 61,", "a man
// aged 61", "John Smith, 61, of Troy". Read as bare numbers, these met
// another outlet's "61-year-old Smith" as nothing, and a "62-year-old
// Smith" went unflagged.

// maxAge bounds a bare figure read as a person's age.
const maxAge = 120

// namedAge reads the figure of q as an age when "age", "aged" or "the age
// of" stands before it, or when it stands between commas after a person
// noun ("his wife, 58."), and returns 0 otherwise. The age
// is a count of years held by that person (Mention.Of).
func (p *qparser) namedAge(q hedged) int {
	f, k := q.f, q.f.first
	if q.phrase != "" || f.tail != "" || f.next != f.first+1 || f.v < 1 || f.v > maxAge || f.v != float64(int(f.v)) || k < 2 {
		return 0
	}
	holder := ""
	switch before := strings.ToLower(p.word(k - 1)); {
	case p.toks[k-1].kind == tokWord && (before == "age" || before == "aged"):
		holder = "person"
		if h := p.holderBefore(k - 2); h != "" {
			holder = h
		}
	case before == "of" && k >= 3 && strings.EqualFold(p.word(k-2), "age") && strings.EqualFold(p.word(k-3), "the"):
		holder = "person" // "died at the age of 85"
	case before == "at" && p.toks[k-1].kind == tokWord && p.ageEnds(f.next):
		holder = p.deathAge(k - 2)
	case p.char(k-1) == ',' && p.ageCloses(f.next):
		// a person noun ("his wife, 58."); a name set off with a figure
		// ("Smith, 61,") is appositiveAges's, which asks the text's names
		// whether it is a person's and not a team's or a place's
		if h := p.holderBefore(k - 2); !strings.HasPrefix(h, "person:") {
			holder = h
		}
	}
	if holder == "" {
		return 0
	}
	n := len(p.out)
	next := p.emitFigure(q, "count", "year", f.next, 1)
	if len(p.out) > n {
		p.out[n].Of = holder
	}
	return next
}

// deathAge returns whose age a figure after "at" gives when a word of
// dying ends at token k ("Esther Vale dies at 91", "the actress died
// Tuesday at 91", "Novelist Ray Quill dead at 91"): the person named or
// described before that word, else "person"; and "" when no word of dying
// stands there. A headline's "dies at 91" is the age of the one who died,
// not a bare 91 to meet any other outlet's figure.
func (p *qparser) deathAge(k int) string {
	if k >= 1 && (p.toks[k].is(lxWeekday | lxRelDay)) {
		k-- // "died Tuesday at 91"
	}
	if k < 0 || p.toks[k].kind != tokWord || !deathWords[strings.ToLower(p.word(k))] {
		return ""
	}
	if h := p.holderBefore(k - 1); h != "" {
		return h
	}
	return "person"
}

// deathWords say that someone died, before "at" and their age.
var deathWords = words(`die dies died dead`)

// ageEnds reports whether token k ends a phrase of an age after "at": the
// text's or the line's end, punctuation, or a function word ("dies at 91
// in Los Angeles", "died at 91 of cancer"); not a word that makes the
// figure something else ("died at 91 Main Street").
func (p *qparser) ageEnds(k int) bool {
	if k >= len(p.toks) || p.toks[k].gap == gapLine || p.toks[k].kind == tokPunct {
		return true
	}
	t := &p.toks[k]
	return t.kind == tokWord && t.is(lxStop) && !t.cap
}

// ageCloses reports whether token k ends an age set off by commas: a
// comma, a closing parenthesis or a sentence's end.
func (p *qparser) ageCloses(k int) bool {
	if k >= len(p.toks) {
		return true
	}
	switch p.char(k) {
	case ',', ')', ';':
		return true
	case '.':
		return k+1 >= len(p.toks) || p.toks[k+1].gap != gapNone
	}
	return false
}

// holderBefore returns whose age follows token k ("Smith, age 61": k is
// the comma): "person:" and the surname for a name, what personOf makes of
// a person noun ("his wife, 58"), or "" for anything else.
func (p *qparser) holderBefore(k int) string {
	if k >= 0 && p.char(k) == ',' {
		k--
	}
	if k < 0 || p.toks[k].kind != tokWord || p.toks[k].is(lxStop|lxMonth|lxWeekday|lxNumber) {
		return ""
	}
	w := strings.ToLower(p.word(k))
	switch {
	case p.toks[k].cap && !p.toks[k].acro:
		return "person:" + w
	case personNouns[singular(w)] || personNoun(singular(w)):
		return personOf(singular(w))
	}
	return ""
}
