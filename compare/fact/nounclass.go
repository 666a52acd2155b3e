package fact

// Two counts of differently named things are one figure only if the nouns
// may count the same things: "23 pirates" and "23 suspects" may, "nearly
// 100 attacks" and "as many as 100 merchant vessels" may not, however
// well the figures agree. What a noun may count is the coarse semantic
// class of its senses in WordNet 3.0 (its lexicographer files, merged
// where news counts one thing under either: a person or a group of people,
// an act or an event), and the class of its commonest sense, in
// nounclass_table.go, which TestNounClassTable writes from WordNet.
//
//go:generate go test -run ^TestNounClassTable$ -regen-nounclass

// nounClass is a set of coarse classes, one bit each (see nounClassBits in
// nounclass_gen_test.go for which lexicographer files make each).
type nounClass uint16

// classWho is the class of people: WordNet's noun.person and noun.group.
const classWho nounClass = 1

// classBytes is the length of an entry's classes in nounClassTable.
const classBytes = 3

// countsPeople are nouns whose count is a count of people though WordNet
// files them as acts or events: each is held by, or befalls, one person.
// A job or post is held by one ("employ 480 people", "480 permanent
// jobs"); an arrest, a death or a layoff befalls one ("46 people had been
// arrested", "46 arrests"; "12 people died", "12 deaths").
var countsPeople = map[string]bool{
	"job": true, "post": true, "position": true, "vacancy": true, "hire": true, "layoff": true,
	"arrest": true, "detention": true, "deportation": true, "evacuation": true, "rescue": true,
	"death": true, "fatality": true, "casualty": true, "injury": true, "killing": true,
	"murder": true, "homicide": true, "slaying": true, "execution": true,
}

// mayCountSameThing reports whether counts of the nouns a and b, singular
// and in lower case, may count the same things: the same noun; nouns that
// both mostly count people ("pirates", "suspects"), when either does; or
// else nouns with a class in common besides people ("passes", "catches").
// A rare sense does not make a noun count people ("shot": one who shoots;
// "letter": one who lets), nor does one of a noun that mostly counts people
// make it count anything else ("person": a grammatical category, a body),
// so "100 people" and "100 vessels" (blood vessels) are not one figure. A
// noun WordNet does not know (a misread unit, "ers") counts nothing another
// noun does.
func mayCountSameThing(a, b string) bool {
	if a == b {
		return true
	}
	ca, pa, okA := classesOf(a)
	cb, pb, okB := classesOf(b)
	switch {
	case !okA || !okB:
		return false
	case (pa|pb)&classWho != 0:
		return pa&pb&classWho != 0
	}
	return ca&cb&^classWho != 0
}

// classesOf returns the classes of noun, singular and in lower case, and
// the class of its commonest sense.
func classesOf(noun string) (all, first nounClass, ok bool) {
	all, first, ok = lookupNounClass(noun)
	// A closed compound WordNet lacks is what its last part is
	// ("crewmember", "schoolkid"): the longest known noun it ends with,
	// of four letters or more, after three or more.
	for i := 3; !ok && i+4 <= len(noun) && isLetters(noun); i++ {
		all, first, ok = lookupNounClass(noun[i:])
	}
	if countsPeople[noun] {
		all, first, ok = all|classWho, classWho, true
	}
	if countsBodies[noun] && first == classWho {
		first = 0 // a body of people, counted as one: no count of people
	}
	return all, first, ok
}

// countsBodies are nouns whose commonest sense WordNet files with people
// (noun.group) but whose count is of institutions or bodies, each of many
// people: "more than a hundred schools" remain occupied is no count of the
// "more than 100 people" who joined a vigil. Collective nouns that count
// their members ("23 crew", "six police") are not among them.
var countsBodies = map[string]bool{
	"school": true, "college": true, "university": true, "academy": true, "company": true, "firm": true,
	"business": true, "bank": true, "party": true, "club": true, "union": true, "agency": true,
	"church": true, "congregation": true, "hospital": true, "organization": true, "organisation": true,
	"institution": true, "team": true, "family": true, "household": true, "tribe": true, "clan": true,
	"nation": true, "government": true, "ministry": true, "department": true, "committee": true,
	"council": true, "newspaper": true, "network": true, "gang": true, "group": true, "band": true,
}

// lookupNounClass finds noun in nounClassTable by bisection and returns
// its classes and the class of its commonest sense. The table is its
// entries in byte order, each a noun in ASCII followed by three bytes with
// the high bit set: its classes, seven bits in each of two, and the bit
// number of its commonest sense's class. A byte of 0x80 or more always
// belongs to an entry's classes, so any position leads back to the start
// of its entry.
func lookupNounClass(noun string) (all, first nounClass, ok bool) {
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
		if e+classBytes > len(t) {
			return 0, 0, false // a corrupt table; never the generated one
		}
		switch w := t[s:e]; {
		case noun == w:
			return nounClass(t[e]&0x7f) | nounClass(t[e+1]&0x7f)<<7, 1 << (t[e+2] & 0x0f), true
		case noun < w:
			hi = s
		default:
			lo = e + classBytes
		}
	}
	return 0, 0, false
}

// isLetters reports whether s is only the letters a to z.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// classSpeech and classArtifact are the classes of WordNet's
// noun.communication and noun.artifact (see nounClassBits).
const classSpeech, classArtifact nounClass = 1 << 4, 1 << 2

// SpeechNoun reports whether w, a lower-case noun in either number, is
// mostly a thing said: its commonest sense in WordNet 3.0 is a
// communication ("insults", "epithet", "accusations") and no sense of it
// is an object one could throw ("book", "letter": a volume, a varsity
// letter), so a verb of throwing before it throws words.
func SpeechNoun(w string) bool {
	all, first, ok := lookupNounClass(singular(w))
	return ok && first == classSpeech && all&classArtifact == 0
}

// PersonNoun reports whether w, a lower-case noun in either number, is
// mostly a person: its commonest sense in WordNet 3.0 is a person or a
// group of people, and it is no institution counted as one
// (countsBodies: "team", "company").
func PersonNoun(w string) bool {
	one := singular(w)
	_, first, ok := lookupNounClass(one)
	return ok && first == classWho && !countsBodies[one]
}
