package fact

// Two counts of differently named things are one figure only if the nouns
// may count the same things: "23 pirates" and "23 suspects" may, "nearly
// 100 attacks" and "as many as 100 merchant vessels" may not, however
// well the figures agree. What a noun may count is the coarse semantic
// class of its senses in WordNet 3.0 (its lexicographer files, merged
// where news counts one thing under either: a person or a group of people,
// an act or an event), in nounclass_table.go, which TestNounClassTable
// writes from WordNet.
//
//go:generate go test -run ^TestNounClassTable$ -regen-nounclass

// nounClass is a set of coarse classes, one bit each (see nounClassBits in
// nounclass_gen_test.go for which lexicographer files make each).
type nounClass uint16

// classWho is the class of people: WordNet's noun.person and noun.group.
const classWho nounClass = 1

// countsPeople are nouns whose count is a count of people though WordNet
// files them as acts: a job or post is held by one person, so "employ
// 480 people" and "480 permanent jobs" are one figure.
var countsPeople = map[string]bool{"job": true, "post": true, "position": true, "vacancy": true}

// mayCountSameThing reports whether counts of the nouns a and b, singular
// and in lower case, may count the same things: the same noun, or nouns
// with a class in common. A noun WordNet does not know (a misread unit,
// "ers") counts nothing another noun does.
func mayCountSameThing(a, b string) bool {
	if a == b {
		return true
	}
	ca, okA := classesOf(a)
	cb, okB := classesOf(b)
	return okA && okB && ca&cb != 0
}

// classesOf returns the classes of noun, singular and in lower case.
func classesOf(noun string) (nounClass, bool) {
	c, ok := lookupNounClass(noun)
	if countsPeople[noun] {
		c, ok = c|classWho, true
	}
	return c, ok
}

// lookupNounClass finds noun in nounClassTable by bisection. The table is
// its entries in byte order, each a noun in ASCII followed by its classes
// in two bytes of seven bits each, both with the high bit set, so that a
// byte of 0x80 or more always belongs to an entry's classes and any
// position leads back to the start of its entry.
func lookupNounClass(noun string) (nounClass, bool) {
	t := nounClassTable
	lo, hi := 0, len(t)
	for lo < hi {
		s := lo + (hi-lo)/2
		for s > lo && t[s] >= 0x80 {
			s--
		}
		for s > lo && t[s-1] < 0x80 {
			s--
		}
		e := s
		for e < len(t) && t[e] < 0x80 {
			e++
		}
		if e+2 > len(t) {
			return 0, false // a corrupt table; never the generated one
		}
		switch w := t[s:e]; {
		case noun == w:
			return nounClass(t[e]&0x7f) | nounClass(t[e+1]&0x7f)<<7, true
		case noun < w:
			hi = s
		default:
			lo = e + 2
		}
	}
	return 0, false
}
